/// Co-mention counts of entity pairs: a hash map from a pair key (two 32-bit entity indices
/// packed in a UInt64) to its counts per window, in flat arrays.
///
/// Open addressing with linear probing and Fibonacci hashing (multiply by 2⁶⁴/φ, keep the top
/// bits): one multiply per lookup instead of a SipHash round, and no key path indirection on
/// the count, which made the fold in input order, the one sequential step of a build, several
/// times cheaper than a `[UInt64: PairCounts]`. Pairs are kept in insertion order.
///
/// Reference: D. E. Knuth, The Art of Computer Programming, vol. 3, §6.4 (multiplicative hashing).
/// - Complexity: O(1) expected per increment and lookup; memory O(pairs).
struct PairCountTable: Sendable {
    /// Sentence, paragraph and document windows in which a pair is co-mentioned.
    struct Counts: Sendable {
        var sentences = 0, paragraphs = 0, documents = 0
    }

    enum Window { case sentence, paragraph, document }

    /// Pair keys in insertion order, and their counts.
    private(set) var keys: [UInt64] = []
    private(set) var counts: [Counts] = []
    /// Index into `keys` plus one; 0 marks an empty slot.
    private var slots = [Int32](repeating: 0, count: 1024)
    private var shift = 64 - 10

    var count: Int { keys.count }

    /// The counts of `key`, if the pair was ever counted.
    subscript(key: UInt64) -> Counts? {
        var slot = home(key)
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if keys[index] == key { return counts[index] }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Adds one co-mention of `key` in `window`.
    mutating func increment(_ key: UInt64, _ window: Window) {
        let index = indexInserting(key)
        switch window {
        case .sentence: counts[index].sentences += 1
        case .paragraph: counts[index].paragraphs += 1
        case .document: counts[index].documents += 1
        }
    }

    private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift)) }

    private mutating func indexInserting(_ key: UInt64) -> Int {
        var slot = home(key)
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if keys[index] == key { return index }
            slot = (slot + 1) & (slots.count - 1)
        }
        keys.append(key)
        counts.append(Counts())
        slots[slot] = Int32(keys.count)
        if keys.count * 2 > slots.count { grow() }
        return keys.count - 1
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        shift -= 1
        for (index, key) in keys.enumerated() {
            var slot = home(key)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index + 1)
        }
    }
}
