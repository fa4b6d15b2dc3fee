/// A small, fast, seedable random number generator (xoshiro256**, seeded through SplitMix64)
/// whose sequence is fixed by its seed on every platform and Swift version.
///
/// Randomized analyses (Louvain's node order, betweenness pivots) take a seed and draw from
/// this generator only, through `index(below:)` and `shuffle(_:)` defined here, rather than
/// the standard library's `shuffle(using:)` whose algorithm is not part of its contract.
///
/// Reference: D. Blackman, S. Vigna, "Scrambled linear pseudorandom number generators",
/// ACM Transactions on Mathematical Software 47(4), 2021, doi:10.1145/3460772.
/// - Complexity: O(1) per number.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// Creates the generator for `seed`; the same seed gives the same sequence.
    public init(seed: UInt64) {
        var splitMix = seed
        func nextSplitMix() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (nextSplitMix(), nextSplitMix(), nextSplitMix(), nextSplitMix())
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotateLeft(state.3, 45)
        return result
    }

    /// A uniformly distributed integer in `0 ..< bound` (rejection sampling, no modulo bias).
    public mutating func index(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let b = UInt64(bound)
        let threshold = (0 &- b) % b
        while true {
            let r = next()
            if r >= threshold { return Int(r % b) }
        }
    }

    /// Shuffles `array` in place (Fisher–Yates, from the back).
    public mutating func shuffle<T>(_ array: inout [T]) {
        var i = array.count - 1
        while i > 0 {
            let j = index(below: i + 1)
            array.swapAt(i, j)
            i -= 1
        }
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
