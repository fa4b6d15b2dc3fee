/// Finds the pairs of person names worth comparing with `NameMatcher`, without comparing every
/// name with every other (blocking, as record linkage does it).
///
/// Each full name goes into buckets keyed by (surname key, given-name class): the surname's
/// `TransliterationKey` and, for keys of five letters or more, each of its one-letter deletions
/// (`SingleEditMatch.deletionKeys`), crossed with the first given name's transliteration key and
/// the `NameVariants` groups it belongs to. Two names `NameMatcher` can match always share a bucket,
/// except where one first name is an initial: initials are bucketed by (surname key, letter)
/// against every full name with that letter. Surnames alone are looked up by equal surname, then
/// equal key, then one typing error.
///
/// - Complexity: O(Σ n²) to index names of n letters, plus O(Σ b²) comparisons for buckets of b
///   names (names sharing a surname and a first name, a handful), instead of O(m²) for m names.
/// - Reference: P. Christen, "A survey of indexing techniques for scalable record linkage and
///   deduplication", IEEE TKDE 24(9), 2012, doi:10.1109/TKDE.2011.127.
struct PersonNameBlocking {
    private var buckets: [Bucket: [Int]] = [:]
    private var byInitial: [Bucket: [Int]] = [:]
    private var bySurname: [String: [Int]] = [:]
    private var bySurnameKey: [String: [Int]] = [:]
    private var bySurnameDeletion: [String: [Int]] = [:]
    private var names: [Int: PersonName] = [:]

    /// Indexes the full names (with a given name) among `names`, by their position.
    init(_ names: [PersonName?]) {
        for (i, name) in names.enumerated() {
            guard let name, !name.isSurnameOnly else { continue }
            self.names[i] = name
            let surnameKey = name.surnameKey
            bySurname[name.surname, default: []].append(i)
            bySurnameKey[surnameKey, default: []].append(i)
            let surnameKeys = Self.surnameBlockingKeys(surnameKey)
            for key in surnameKeys where key != surnameKey { bySurnameDeletion[key, default: []].append(i) }
            let first = name.given[0], firstKey = name.givenKeys[0]
            let classes = first.count == 1 ? [] : NameMatcher.givenNameClasses(key: firstKey)
            for key in surnameKeys {
                if first.count == 1 {
                    byInitial[Bucket(surname: key, given: first), default: []].append(i)
                    continue
                }
                byInitial[Bucket(surname: key, given: String(first.prefix(1))), default: []].append(i)
                buckets[Bucket(surname: key, given: firstKey), default: []].append(i)
                for group in classes { buckets[Bucket(surname: key, group: group), default: []].append(i) }
            }
        }
    }

    private static func surnameBlockingKeys(_ key: String) -> Set<String> {
        key.count >= 5 ? SingleEditMatch.deletionKeys(key) : [key]
    }

    /// Every pair (i < j) of indexed full names that share a bucket, in ascending order.
    func candidatePairs() -> [(Int, Int)] {
        var pairs = Set<Pair>()
        for members in buckets.values where members.count > 1 {
            for a in members.indices { for b in members.indices where a < b { pairs.insert(Pair(members[a], members[b])) } }
        }
        for members in byInitial.values where members.count > 1 {
            for a in members.indices {
                for b in members.indices where a < b
                && (names[members[a]]!.given[0].count == 1 || names[members[b]]!.given[0].count == 1) {
                    pairs.insert(Pair(members[a], members[b]))
                }
            }
        }
        return pairs.sorted().map { ($0.low, $0.high) }
    }

    /// The full names whose surname best matches a surname alone: equal surnames if there are
    /// any, else equal transliteration keys, else keys one typing error apart.
    func fullNames(withSurname surname: String) -> (agreement: NameMatcher.SurnameAgreement, indices: [Int])? {
        if let equal = bySurname[surname] { return (.equal, equal) }
        let key = TransliterationKey.of(surname)
        if let same = bySurnameKey[key] { return (.transliteration, same) }
        guard key.count >= 5 else { return nil }
        var found = Set<Int>()
        for deletion in SingleEditMatch.deletionKeys(key) {
            for i in (bySurnameDeletion[deletion] ?? []) + (bySurnameKey[deletion] ?? [])
            where NameMatcher.isSpellingVariant(key, names[i]!.surnameKey) {
                found.insert(i)
            }
        }
        return found.isEmpty ? nil : (.spelling, found.sorted())
    }

    /// A blocking key: a surname key with a first name (its key, or its initial) or with one of
    /// the first name's variant groups.
    private struct Bucket: Hashable {
        var surname: String
        var given = ""
        var group = -1
    }

    private struct Pair: Hashable, Comparable {
        let low: Int, high: Int
        init(_ a: Int, _ b: Int) { (low, high) = (min(a, b), max(a, b)) }
        static func < (x: Pair, y: Pair) -> Bool { (x.low, x.high) < (y.low, y.high) }
    }
}
