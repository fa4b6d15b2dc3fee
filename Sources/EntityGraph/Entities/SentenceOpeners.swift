/// Rule 0 of `CorpusResolver`: names capitalized only by their place in the sentence.
extension CorpusResolver {
    /// Whether the corpus writes `word` in lowercase inside sentences in two documents or more:
    /// an ordinary word ("rival", "newsroom"), whatever its capitals here.
    static func isOrdinaryWord(_ word: some StringProtocol, lowercaseDocuments: [UInt64: Int32]) -> Bool {
        lowercaseDocuments[FeatureHash.fnv1a(word.lowercased()), default: 0] >= 2
    }

    /// Entries named only at sentence starts by a word the corpus writes in lowercase inside
    /// sentences (in two documents or more), with the key of the rest of the name: "Rival Sony"
    /// → "sony", "Singer Britney Spears" → "britney spears". A capitalized word is ambiguous at
    /// a sentence's start, and the corpus's own lowercase use tells an ordinary word from a
    /// name (Mikheev 2002). Known given names and the given names of full names the corpus
    /// writes inside sentences are names ("Mark Hughes", "Bill Gates" stay), a one-word rest
    /// must be no ordinary word itself ("News Corporation" stays), and an organization's
    /// documents must call it by the rest alone too.
    ///
    /// - Complexity: O(e) for e entries.
    /// - Reference: A. Mikheev, "Periods, capitalized words, etc.", Computational Linguistics
    ///   28(3), 2002, doi:10.1162/089120102760275992.
    static func sentenceOpeners(_ registry: EntityRegistry, names: [PersonName?], lowercaseDocuments: [UInt64: Int32]) -> [Int: String] {
        guard !lowercaseDocuments.isEmpty else { return [:] }
        func isOrdinary(_ word: some StringProtocol) -> Bool { isOrdinaryWord(word, lowercaseDocuments: lowercaseDocuments) }
        func opensOnly(_ entry: EntityRegistry.Entry) -> Bool {
            guard entry.openerMentions > 0, entry.preferredLabel == nil else { return false }
            let own = entry.aliases.reduce(0) { $0 + (NameCanonicalizer.key($1.key) == entry.key.name ? $1.value.count : 0) }
            return entry.openerMentions >= own
        }
        let entries = registry.entries
        // An ordinary word is a given name if known (`Lexicon`, `CensusGivenNames`), or the first
        // name of three full names or more written inside sentences ("Mark Hughes", "Mark Lewis",
        // "Mark Cueto"): a stray "Does Trump" in a quotation makes no given name of "Does".
        var surnamesByGivenName: [String: Set<String>] = [:]
        for (i, name) in names.enumerated() {
            guard let name, !name.isSurnameOnly, let given = name.given.first, !opensOnly(entries[i]) else { continue }
            surnamesByGivenName[given.lowercased(), default: []].insert(name.surnameKey)
        }
        func isGivenName(_ word: String) -> Bool {
            Lexicon.isKnownGivenName(word) || (surnamesByGivenName[word]?.count ?? 0) >= 3
        }
        var openers: [Int: String] = [:]
        for (i, entry) in entries.enumerated() where entry.key.kind == .person || entry.key.kind == .organization {
            let words = entry.key.name.split(separator: " ")
            guard words.count > 1, opensOnly(entry), isOrdinary(words[0]), !isGivenName(String(words[0])) else { continue }
            let rest = words.dropFirst()
            // "Transport & General Workers' Union" is one name: its key lost the "&".
            let joined = entry.aliases.keys.contains { $0.split(separator: " ").dropFirst().first.map { $0 == "&" || $0 == "and" } ?? false }
            guard !joined, rest.count > 1 || !isOrdinary(rest.first!), !Lexicon.functionWords.contains(String(rest.first!)) else { continue }
            let restKey = rest.joined(separator: " ")
            // An organization's first word is more often its own ("Church World Service", "Export-
            // Import Bank of China"): only where its documents call it by the rest alone too
            // ("Fellow Fine Gael … Fine Gael").
            if entry.key.kind == .organization, !entry.aliases.keys.contains(where: { NameCanonicalizer.key($0) == restKey }) { continue }
            openers[i] = restKey
        }
        return openers
    }
}
