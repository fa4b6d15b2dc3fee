/// Stable 64-bit hashing for tagger features: FNV-1a over UTF-8 bytes, then a SplitMix64
/// finalizer to spread the bits before a feature is reduced to a table bucket.
///
/// Swift's `Hasher` is seeded per process, so it cannot name a weight in a saved model;
/// these functions give the same value on every run and every machine.
///
/// FNV-1a: `h₀ = 0xcbf29ce484222325`, `hᵢ = (hᵢ₋₁ ⊕ byteᵢ) · 0x100000001b3 mod 2⁶⁴`
/// (Fowler, Noll, Vo; IETF draft-eastlake-fnv). Feature hashing: Weinberger et al. 2009,
/// "Feature hashing for large scale multitask learning", doi:10.1145/1553374.1553516.
/// - Complexity: O(n) in the number of bytes.
enum FeatureHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a of a byte range.
    @inline(__always)
    static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, seed: UInt64 = offsetBasis) -> UInt64 {
        var h = seed
        var i = range.lowerBound
        while i < range.upperBound {
            h = (h ^ UInt64(bytes[i])) &* prime
            i += 1
        }
        return h
    }

    /// FNV-1a of a byte range with ASCII letters lowered (other bytes kept as they are).
    @inline(__always)
    static func fnv1aLower(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, seed: UInt64 = offsetBasis) -> UInt64 {
        var h = seed
        var i = range.lowerBound
        while i < range.upperBound {
            h = (h ^ UInt64(asciiLower(bytes[i]))) &* prime
            i += 1
        }
        return h
    }

    /// FNV-1a of a String's UTF-8 bytes.
    static func fnv1a(_ string: String, lowered: Bool = false) -> UInt64 {
        var h = offsetBasis
        for b in string.utf8 {
            h = (h ^ UInt64(lowered ? asciiLower(b) : b)) &* prime
        }
        return h
    }

    /// Adds one byte to a running FNV-1a hash.
    @inline(__always)
    static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* prime }

    /// SplitMix64's finalizer (Steele, Lea, Flood 2014, doi:10.1145/2660193.2660195).
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Combines a feature template with a value hash.
    @inline(__always)
    static func combine(_ template: UInt64, _ value: UInt64) -> UInt64 {
        mix(value &+ template &* 0xd6e8_feb8_6659_fd93)
    }

    @inline(__always)
    static func asciiLower(_ b: UInt8) -> UInt8 { (b >= 65 && b <= 90) ? b | 0x20 : b }
}

/// A seeded pseudo-random generator (SplitMix64) so that training shuffles, k-means seeds and
/// projections are the same on every run: `SystemRandomNumberGenerator` is not seedable.
///
/// Steele, Lea, Flood 2014, "Fast splittable pseudorandom number generators",
/// doi:10.1145/2660193.2660195. - Complexity: O(1) per number.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &+ 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
    /// A uniform integer in 0..<n without modulo bias worth caring about for shuffles.
    mutating func below(_ n: Int) -> Int { Int((next() >> 11) % UInt64(n)) }
    /// A uniform Double in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0) }
    /// Fisher–Yates shuffle (deterministic given the seed; `shuffle(using:)` is not
    /// guaranteed stable across Swift versions).
    mutating func shuffle<T>(_ a: inout [T]) {
        var i = a.count - 1
        while i > 0 {
            let j = below(i + 1)
            a.swapAt(i, j)
            i -= 1
        }
    }
}
