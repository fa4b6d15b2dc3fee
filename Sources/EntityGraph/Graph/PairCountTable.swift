/// Co-mention counts of entity pairs: a hash map from a pair key (two 32-bit entity indices
/// packed in a UInt64) to its counts per window, in one flat array.
///
/// Open addressing with linear probing and Fibonacci hashing (multiply by 2⁶⁴/φ, keep the top
/// bits): one multiply per lookup instead of a SipHash round, the key and its counts side by
/// side so an increment touches one cache line, and no key path indirection on the count. This
/// made the fold in input order, the one sequential step of a build, several times cheaper
/// than a `[UInt64: PairCounts]`. Key 0 (the pair (0, 0)) marks an empty slot: a pair joins two
/// distinct entities, so it never occurs.
///
/// Reference: D. E. Knuth, The Art of Computer Programming, vol. 3, §6.4 (multiplicative hashing).
/// - Complexity: O(1) expected per increment and lookup; memory O(pairs).
struct PairCountTable: Sendable {
    /// Sentence, paragraph and document windows in which a pair is co-mentioned.
    struct Counts: Sendable {
        var sentences = 0, paragraphs = 0, documents = 0
    }

    enum Window { case sentence, paragraph, document }

    private struct Slot {
        var key: UInt64 = 0
        var sentences: UInt32 = 0, paragraphs: UInt32 = 0, documents: UInt32 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var shift: UInt64 = 64 - 10
    private(set) var count = 0

    /// The counts of `key`, if the pair was ever counted.
    subscript(key: UInt64) -> Counts? {
        var slot = home(key)
        while slots[slot].key != 0 {
            if slots[slot].key == key { return counts(slots[slot]) }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Every pair counted, with its counts, in no particular order.
    var pairs: [(key: UInt64, counts: Counts)] {
        slots.lazy.filter { $0.key != 0 }.map { ($0.key, self.counts($0)) }
    }

    /// Adds `amount` co-mentions of `key` (not 0) in `window`.
    mutating func increment(_ key: UInt64, _ window: Window, by amount: UInt32 = 1) {
        var slot = home(key)
        while slots[slot].key != key {
            if slots[slot].key == 0 {
                slots[slot].key = key
                count += 1
                if count * 2 > slots.count {
                    grow()
                    increment(key, window, by: amount)
                    return
                }
                break
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        switch window {
        case .sentence: slots[slot].sentences += amount
        case .paragraph: slots[slot].paragraphs += amount
        case .document: slots[slot].documents += amount
        }
    }

    /// The table with every pair's two entity indices replaced by `newIndex` of them (a
    /// permutation of the indices), each key packed smaller index first again.
    ///
    /// - Complexity: O(pairs) expected.
    func renumbered(_ newIndex: [Int]) -> PairCountTable {
        var result = PairCountTable()
        for slot in slots where slot.key != 0 {
            let a = UInt64(newIndex[Int(slot.key >> 32)]), b = UInt64(newIndex[Int(slot.key & 0xFFFF_FFFF)])
            let key = min(a, b) << 32 | max(a, b)
            if slot.sentences > 0 { result.increment(key, .sentence, by: slot.sentences) }
            if slot.paragraphs > 0 { result.increment(key, .paragraph, by: slot.paragraphs) }
            if slot.documents > 0 { result.increment(key, .document, by: slot.documents) }
        }
        return result
    }

    private func counts(_ slot: Slot) -> Counts {
        Counts(sentences: Int(slot.sentences), paragraphs: Int(slot.paragraphs), documents: Int(slot.documents))
    }

    private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        shift -= 1
        for entry in old where entry.key != 0 {
            var slot = home(entry.key)
            while slots[slot].key != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = entry
        }
    }
}
