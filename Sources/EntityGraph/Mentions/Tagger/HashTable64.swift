/// A fixed open-addressing map from 64-bit hashes to 32-bit values, for the tagger's hot-path
/// lookups (word clusters, gazetteer phrases): no Swift `Dictionary` hashing per token, and no
/// iteration-order dependence since it is only ever probed.
///
/// Linear probing at load factor ≤ 0.5 (Knuth, TAOCP vol. 3, §6.4).
/// - Complexity: O(1) expected per lookup; O(n) to build.
struct HashTable64: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private let mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    /// 0 marks an empty slot, so the key 0 is stored as 1 (a collision nobody will meet).
    @inline(__always) private static func normalize(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// Sets `key` to `value`, replacing any earlier value.
    mutating func set(_ key: UInt64, _ value: UInt32) {
        let k = Self.normalize(key)
        var i = Int(truncatingIfNeeded: k >> 7) & mask
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
        keys[i] = k
        values[i] = value
    }

    @inline(__always)
    func get(_ key: UInt64) -> UInt32? {
        let k = Self.normalize(key)
        return keys.withUnsafeBufferPointer { keys in
            var i = Int(truncatingIfNeeded: k >> 7) & mask
            while true {
                let found = keys[i]
                if found == k { return values[i] }
                if found == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }
}
