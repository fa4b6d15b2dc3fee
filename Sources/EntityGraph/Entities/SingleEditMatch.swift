/// Finds words one typing error apart: one letter inserted, deleted or replaced, or two adjacent
/// letters swapped ("Trenin" / "Ternin", "Lukashenko" / "Lukashenka").
///
/// `isOneEdit` decides it for a pair: the Damerau–Levenshtein distance (restricted to one
/// operation) is exactly 1. `deletionKeys` makes the search sublinear: two words within one
/// such error share a key from {w} ∪ {w with one letter deleted} (a replacement or a swap deletes
/// to the same string at the changed position; an insertion deletes to the shorter word), so
/// bucketing by these keys and checking candidates with `isOneEdit` finds every pair without
/// comparing all of them.
///
/// - Complexity: `isOneEdit` O(n); `deletionKeys` O(n²) characters for a word of n letters (n
///   keys of length n − 1), so indexing m names costs O(Σ n²) and each lookup touches only its
///   buckets.
/// - Reference: F. J. Damerau, "A technique for computer detection and correction of spelling
///   errors", CACM 7(3), 1964, doi:10.1145/363958.363994; M. Mor and A. S. Fraenkel, "A hash code
///   method for detecting and correcting spelling errors", CACM 25(12), 1982,
///   doi:10.1145/358728.358752 (the deletion operator used with hashing).
public enum SingleEditMatch {
    /// Whether `a` becomes `b` by exactly one insertion, deletion, replacement or adjacent swap.
    public static func isOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        if x == y { return false }
        if x.count == y.count {
            var diffs: [Int] = []
            for i in x.indices where x[i] != y[i] {
                diffs.append(i)
                if diffs.count > 2 { return false }
            }
            if diffs.count == 1 { return true }
            return diffs[1] == diffs[0] + 1 && x[diffs[0]] == y[diffs[1]] && x[diffs[1]] == y[diffs[0]]
        }
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        guard long.count == short.count + 1 else { return false }
        var i = 0
        while i < short.count && long[i] == short[i] { i += 1 }
        return long[(i + 1)...].elementsEqual(short[i...])
    }

    /// The word and each of its one-letter deletions: bucket keys under which every word one
    /// error away shares at least one.
    public static func deletionKeys(_ word: String) -> Set<String> {
        var keys: Set<String> = [word]
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: one byte per Character, so deleting bytes is deleting letters.
            let bytes = Array(word.utf8)
            for i in bytes.indices {
                var shorter = bytes
                shorter.remove(at: i)
                keys.insert(String(decoding: shorter, as: UTF8.self))
            }
            return keys
        }
        let letters = Array(word)
        for i in letters.indices {
            var shorter = letters
            shorter.remove(at: i)
            keys.insert(String(shorter))
        }
        return keys
    }
}
