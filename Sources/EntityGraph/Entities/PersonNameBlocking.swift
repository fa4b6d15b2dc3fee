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
    // Buckets are keyed by 64-bit hashes of their keys, not by the strings: building them was
    // most of corpus-wide resolution's time. A hash collision can only add a candidate pair,
    // and every candidate is judged by `NameMatcher` (and every surname found through a
    // deletion by `NameMatcher.isSpellingVariant`), so collisions never change a result.
    private var buckets: [UInt64: [Int]] = [:]
    private var byInitial: [UInt64: [Int]] = [:]
    private var bySurname: [String: [Int]] = [:]
    private var bySurnameKey: [String: [Int]] = [:]
    private var bySurnameDeletion: [UInt64: [Int]] = [:]
    private var names: [Int: PersonName] = [:]
    /// The first given names (words, not initials) of the full names.
    private var givenNames: Set<String> = []

    /// Indexes the full names (with a given name) among `names`, by their position.
    init(_ names: [PersonName?]) {
        for (i, name) in names.enumerated() {
            guard let name, !name.isSurnameOnly else { continue }
            self.names[i] = name
            let surnameKey = name.surnameKey
            bySurname[name.surname, default: []].append(i)
            bySurnameKey[surnameKey, default: []].append(i)
            let deletions = Self.deletionHashes(surnameKey)
            for key in deletions { bySurnameDeletion[key, default: []].append(i) }
            let surnameKeys = [FeatureHash.fnv1a(surnameKey)] + deletions
            let first = name.given[0], firstKey = name.givenKeys[0]
            if first.count > 1 { givenNames.insert(first) }
            let classes = first.count == 1 ? [] : NameMatcher.givenNameClasses(key: firstKey)
            let firstHash = FeatureHash.fnv1a(firstKey)
            let initialHash = FeatureHash.fnv1a(String(first.prefix(1)))
            for key in surnameKeys {
                byInitial[Self.bucket(key, .initial, initialHash), default: []].append(i)
                guard first.count > 1 else { continue }
                buckets[Self.bucket(key, .givenKey, firstHash), default: []].append(i)
                for group in classes { buckets[Self.bucket(key, .givenGroup, UInt64(group)), default: []].append(i) }
            }
        }
    }

    private enum BucketKind: UInt64 { case initial = 1, givenKey, givenGroup }

    private static func bucket(_ surname: UInt64, _ kind: BucketKind, _ value: UInt64) -> UInt64 {
        FeatureHash.combine(FeatureHash.combine(surname, kind.rawValue), value)
    }

    /// Hashes of the one-letter deletions of a surname key of five letters or more (none for
    /// shorter keys), without duplicates.
    private static func deletionHashes(_ key: String) -> [UInt64] {
        guard key.count >= 5 else { return [] }
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else {
            return SingleEditMatch.deletionKeys(key).subtracting([key]).map { FeatureHash.fnv1a($0) }
        }
        // ASCII: hash the deletions straight from the bytes (what `deletionKeys` would spell).
        let bytes = Array(key.utf8)
        var hashes: [UInt64] = []
        for skip in bytes.indices {
            var h = FeatureHash.offsetBasis
            for (j, b) in bytes.enumerated() where j != skip { h = FeatureHash.step(h, b) }
            hashes.append(h)
        }
        hashes.sort()
        return hashes.enumerated().filter { $0.offset == 0 || hashes[$0.offset - 1] != $0.element }.map(\.element)
    }

    /// Every pair (i < j) of indexed full names that share a bucket, in ascending order.
    func candidatePairs() -> [(Int, Int)] {
        var pairs = Set<Pair>()
        for members in buckets.values where members.count > 1 {
            for a in members.indices { for b in members.indices where a < b && members[a] != members[b] { pairs.insert(Pair(members[a], members[b])) } }
        }
        for members in byInitial.values where members.count > 1 {
            for a in members.indices {
                for b in members.indices where a < b && members[a] != members[b]
                && (names[members[a]]!.given[0].count == 1 || names[members[b]]!.given[0].count == 1) {
                    pairs.insert(Pair(members[a], members[b]))
                }
            }
        }
        return pairs.sorted().map { ($0.low, $0.high) }
    }

    /// The full names a surname alone may stand for: by its surname, else ("De Mistura" beside
    /// "Staffan de Mistura") by the surname without its capitalized particles, written equal
    /// after the same particles ("Van Jones" is no "Tom Jones").
    func fullNames(of name: PersonName) -> (agreement: NameMatcher.SurnameAgreement, indices: [Int])? {
        if let found = fullNames(withSurname: name.surname) { return found }
        guard let bare = name.particleFreeSurname,
              let found = bySurname[bare]?.filter({ names[$0]!.particles == name.particles }), !found.isEmpty else { return nil }
        return (.equal, found)
    }

    /// The full names whose surname best matches a surname alone: equal surnames if there are
    /// any, else equal transliteration keys, else keys one typing error apart. Only equal ones
    /// for a word that may be spelled like a name without being it (`spellsOnlyItself`).
    func fullNames(withSurname surname: String) -> (agreement: NameMatcher.SurnameAgreement, indices: [Int])? {
        if let equal = bySurname[surname] { return (.equal, equal) }
        guard !spellsOnlyItself(surname) else { return nil }
        let key = TransliterationKey.of(surname)
        if let same = bySurnameKey[key] { return (.transliteration, same) }
        // Short names one edit apart are often different words ("Osama" / "Obama", "Qaeda" /
        // "Kanda"): a typing error is assumed only in a long surname with the same first letter.
        guard key.count >= 7 else { return nil }
        var found = Set<Int>()
        for deletion in SingleEditMatch.deletionKeys(key) {
            for i in (bySurnameDeletion[FeatureHash.fnv1a(deletion)] ?? []) + (bySurnameKey[deletion] ?? [])
            where NameMatcher.isSpellingVariant(key, names[i]!.surnameKey) && key.first == names[i]!.surnameKey.first {
                found.insert(i)
            }
        }
        return found.isEmpty ? nil : (.spelling, found.sorted())
    }

    /// Whether a word alone is too weak a name to join another spelling: a given name, of the
    /// census lists or of a full name in the corpus ("Ellen" is no "Yellen", "Barack" no "Ehud
    /// Barak", "Emily" no "Mustafa Emili"), or a key of under four letters, where transliteration
    /// keys of different names meet ("Jing" / "Ying", "Yoo" / "Jo"), or an East Asian family name
    /// ("Yang" is no "Charlie Jiang").
    func spellsOnlyItself(_ word: String) -> Bool {
        TransliterationKey.of(word).count < 4 || givenNames.contains(word) || CensusGivenNames.all.contains(word)
            || NameVariants.eastAsianFamilyNames.contains(word)
    }

    /// Whether the surnames of full names `i` and `j` are both the surnames of other people in the
    /// corpus (a full name with another first name): two names in their own right ("George
    /// Mitchell" / "George Michael", "Greg Clark" / "Greg Clarke"), not one and its typing error.
    /// Surnames a final "s" apart are one name written with and without it ("John Roberts" /
    /// "John Robert", "Cliff Richard" / "Cliff Richards"), attested or not.
    func bothSurnamesAttested(_ i: Int, _ j: Int) -> Bool {
        let a = names[i]!.surname, b = names[j]!.surname
        if a + "s" == b || b + "s" == a { return false }
        func attested(_ index: Int) -> Bool {
            let name = names[index]!
            return bySurname[name.surname]!.contains { other in
                let given = names[other]!.given[0]
                return given.count > 1 && names[other]!.givenKeys[0] != name.givenKeys[0]
            }
        }
        return attested(i) && attested(j)
    }

    private struct Pair: Hashable, Comparable {
        let low: Int, high: Int
        init(_ a: Int, _ b: Int) { (low, high) = (min(a, b), max(a, b)) }
        static func < (x: Pair, y: Pair) -> Bool { (x.low, x.high) < (y.low, y.high) }
    }
}
