/// Forms of one organization's name that news text uses side by side: with or without a legal
/// form or "Party" ("Labour" / "Labour Party", "Gazprom" / "Gazprom PJSC"), singular or plural
/// ("Liberal Democrat" / "Liberal Democrats"), with words shortened to their first letters
/// ("Lib Dems" / "Liberal Democrats", "Intl" / "International"), in British or American
/// spelling ("World Health Organisation" / "Organization", "Programme", "Centre", "Defence"),
/// with "and" or "&" ("Standard and Poor's" / "Standard & Poor's"),
/// with a leading built-in acronym written out ("UN Security Council" / "United Nations
/// Security Council"), and with a department's head first or last ("Department of Justice" /
/// "Justice Department").
///
/// Keys are compared word by word after the form is set aside and a plural "s" dropped: two
/// names are forms of one when they have as many words and each word of one is a prefix (of at
/// least three letters) of the other's, one of them at least shortened or equal throughout.
///
/// - Complexity: O(n · w) to bucket n keys of w words by the first three letters of each word,
///   plus the comparisons within buckets (names sharing those letters, a handful).
enum OrganizationForms {
    /// Words that name a legal form or a party and may be left out.
    static let formWords: Set<String> = [
        "party", "inc", "corp", "corporation", "ltd", "limited", "plc", "llc", "co", "company", "group",
        "holdings", "sa", "ag", "gmbh", "nv", "pjsc", "ojsc", "jsc", "spa", "bv", "oyj", "asa",
    ]

    /// Pairs (i, j), i < j, of keys (nil for entries that are no organization) that are forms of
    /// one name. A key with a qualifier (the country of "Labour Party [Israel]", whose key is then
    /// the base's, "labour party") pairs only with keys of the same qualifier.
    static func pairs(_ keys: [String?], qualifiers: [String?] = []) -> [(Int, Int)] {
        var buckets: [String: [(index: Int, words: [String])]] = [:]
        for (index, key) in keys.enumerated() {
            guard let key, let words = comparable(key) else { continue }
            let qualifier = index < qualifiers.count ? qualifiers[index].map { $0 + ":" } ?? "" : ""
            buckets[qualifier + words.map { String($0.prefix(3)) }.joined(separator: " "), default: []].append((index, words))
        }
        var result: [(Int, Int)] = []
        for bucket in buckets.values where bucket.count > 1 {
            for x in bucket.indices {
                for y in bucket.indices where y > x && areForms(bucket[x].words, bucket[y].words) {
                    result.append((min(bucket[x].index, bucket[y].index), max(bucket[x].index, bucket[y].index)))
                }
            }
        }
        return result.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// The words compared: without a trailing form word, and without a plural "s" on the last
    /// word of a longer name ("Liberal Democrats", not "BBC News"); nil for a single word that
    /// is short ("UN", "Fed"), a common English word ("World") or a generic head ("Congress").
    static func comparable(_ key: String) -> [String]? {
        // "Standard & Poor's" / "Standard and Poor's": the key drops "&", so "and" goes too.
        var words = key.split(separator: " ").filter { $0 != "and" }.map(americanSpelling)
        // "UN Security Council" / "United Nations Security Council".
        if words.count > 1, let long = leadingAcronyms[words[0]] { words.replaceSubrange(0..<1, with: long) }
        // "Department of Justice" / "Justice Department".
        if words.count >= 3, words[1] == "of", invertibleHeads.contains(words[0]) {
            let rest = words[2] == "the" ? 3 : 2
            if rest < words.count { words = [words[rest], words[0]] + words[(rest + 1)...] }
        }
        if words.count > 1, let last = words.last, formWords.contains(last) { words.removeLast() }
        if words.count > 1, let last = words.last, last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss") {
            words[words.count - 1] = String(last.dropLast())
        }
        if words.count == 1 {
            let word = words[0]
            guard word.count >= 4, !Lexicon.commonWords.contains(word), !Lexicon.organizationHeads.contains(word),
                  !Lexicon.institutionWords.contains(word) else { return nil }
        }
        return words
    }

    /// A word of a name in American spelling, where British spelling differs in a way names
    /// show: "-isation" ("organisation", "privatisation"), "programme", "centre", "defence".
    static func americanSpelling(_ word: Substring) -> String {
        for (british, american) in britishEndings where word.hasSuffix(british) {
            return word.dropLast(british.count) + american
        }
        return britishWords[String(word)] ?? String(word)
    }

    /// Built-in acronyms (`Lexicon.organizationAcronyms`) by key, as the words of their long names.
    private static let leadingAcronyms: [String: [String]] = {
        var table: [String: [String]] = [:]
        for (acronym, long) in Lexicon.organizationAcronyms {
            let words = NameCanonicalizer.key(long).split(separator: " ").map(americanSpelling)
            if words.count > 1 { table[NameCanonicalizer.key(acronym)] = words }
        }
        return table
    }()

    /// Heads of names written either way round ("Department of Justice", "Justice Department").
    /// Not "ministry": joining "Ministry of Finance (Japan)" to "Finance Ministry (Japan)" tipped
    /// rule 7 (`CorpusResolver.institutionsByCountry`) into giving Japan the bare "Finance
    /// Ministry" of every country in the Reuters corpus.
    private static let invertibleHeads: Set<String> = ["department"]

    private static let britishEndings = [("isation", "ization"), ("isations", "izations")]
    private static let britishWords = ["programme": "program", "programmes": "programs", "centre": "center", "centres": "centers",
                                       "defence": "defense"]

    /// Equal word for word, or every word equal or shortened ("Lib Dem" / "Liberal Democrat":
    /// at least two words shortened to prefixes of three letters or more, so that "Beverly
    /// Hills" is no form of "Beverly Hillbillies").
    private static func areForms(_ a: [String], _ b: [String]) -> Bool {
        guard a.count == b.count else { return false }
        if a == b { return true }
        var shortened = 0
        for (x, y) in zip(a, b) where x != y {
            guard min(x.count, y.count) >= 3, x.hasPrefix(y) || y.hasPrefix(x) else { return false }
            shortened += 1
        }
        return shortened >= 2
    }
}
