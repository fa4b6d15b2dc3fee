/// Which buckets of the hashed weight table hold a weight row, and which row: a bitmap with
/// the number of set bits before every 64-bucket block stored beside the block's bits
/// (Jacobson's rank directory, "Space-efficient static trees and graphs", FOCS 1989,
/// doi:10.1109/SFCS.1989.63533).
///
/// rank(b) = counts[b / 64] + popcount(bits[b / 64] & (2^(b mod 64) − 1)).
///
/// Why: only about 2% of the 2²² buckets of the shipped model hold a row. A table of one
/// UInt32 offset per bucket takes 16 MB, and each of a token's ~40 feature lookups missed the
/// caches in it; the bitmap with its counts takes 1 MB (16 bytes per 64 buckets, bits and count
/// in the same cache line), so one lookup is one cache line that usually stays in L2/L3.
/// - Complexity: O(1) per lookup; 2^b / 4 bytes for 2^b buckets.
struct RankedBitmap: Sendable {
    /// For block i: `words[2i]` the bits of buckets 64i..<64i+64, `words[2i+1]` how many bits
    /// are set in blocks before i.
    let words: [UInt64]
    /// Set bits in all.
    let count: Int

    /// A bitmap of `size` buckets (a multiple of 64) where `isSet(bucket)` says which are set.
    init(size: Int, isSet: (Int) -> Bool) {
        precondition(size % 64 == 0)
        self.init(blocks: (0..<(size / 64)).map { block in
            (0..<64).reduce(UInt64(0)) { bits, i in isSet(block * 64 + i) ? bits | 1 << UInt64(i) : bits }
        })
    }

    /// A bitmap from bytes in which bucket b is bit (b mod 8) of byte b / 8 (the model file's
    /// layout); `bytes.count` must be a multiple of 8.
    init<Bytes: Collection<UInt8>>(littleEndianBytes bytes: Bytes) {
        precondition(bytes.count % 8 == 0)
        var blocks = [UInt64](repeating: 0, count: bytes.count / 8)
        for (i, byte) in bytes.enumerated() { blocks[i / 8] |= UInt64(byte) << UInt64(8 * (i % 8)) }
        self.init(blocks: blocks)
    }

    /// A bitmap from the bits of each 64-bucket block; adds the running counts.
    private init(blocks: [UInt64]) {
        var words = [UInt64](repeating: 0, count: 2 * blocks.count)
        var total: UInt64 = 0
        for (block, bits) in blocks.enumerated() {
            words[2 * block] = bits
            words[2 * block + 1] = total
            total += UInt64(bits.nonzeroBitCount)
        }
        self.words = words
        self.count = Int(total)
    }

    /// Whether `bucket` is set.
    func contains(_ bucket: Int) -> Bool {
        words[2 * (bucket >> 6)] & (1 << UInt64(bucket & 63)) != 0
    }

    /// 1 + the number of set buckets before `bucket` when it is set, else 0: the row of a
    /// table whose row 0 is all zeros.
    ///
    /// Branch-free on purpose: the bits usually come from a cache miss, and a branch on them
    /// is mispredicted often enough to stall the other lookups queued behind it; without the
    /// branch, a token's ~40 lookups overlap their misses.
    @inline(__always)
    static func row(_ bucket: Int, in words: UnsafePointer<UInt64>) -> Int {
        let bits = words[2 * (bucket >> 6)]
        let shift = UInt64(bucket & 63)
        let isSet = Int((bits >> shift) & 1)
        let before = (bits & ((1 << shift) &- 1)).nonzeroBitCount
        return (Int(words[2 * (bucket >> 6) + 1]) + before + 1) * isSet
    }
}
