/// The verbs that join two entities in the sentences they share: "Joe Biden warned Vladimir
/// Putin" gives the pair the word "warned".
///
/// In each sentence that mentions two or more graph entities, the sentence is tagged with
/// word classes (`WordClassTagger`), and every verb strictly between a mention of one entity and
/// the next mention of another (at most `maxGap` tokens apart, so that the verb belongs to the
/// clause joining them) counts for that pair, once per sentence. Only lowercase words count
/// (a capitalized word there is a name the tagger took for a verb: "Xi Jinping"), and not the
/// auxiliaries (forms of be, have, do), which say nothing about the relation.
/// - Complexity: O(t · f · c) to tag the t tokens of the sentences with two entities or more,
///   plus O(k² · g) for k mentions a sentence and gaps of g tokens.
enum RelationWords {
    static let maxGap = 12

    /// For each pair of local entities (i < j packed as i << 32 | j), the verbs joining them in
    /// `tokenized`, each counted once per sentence; `local` gives each mention's local entity
    /// (nil for mentions the graph leaves out).
    static func find(in tokenized: TokenizedDocument, mentions: [(tokens: Range<Int>, sentence: Int, entity: Int)],
                     tagger: WordClassTagger) -> [UInt64: [String: Int]] {
        var found: [UInt64: [String: Int]] = [:]
        var bySentence: [Int: [(tokens: Range<Int>, entity: Int)]] = [:]
        for mention in mentions { bySentence[mention.sentence, default: []].append((mention.tokens, mention.entity)) }
        for sentence in bySentence.keys.sorted() {
            let items = bySentence[sentence]!.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            guard Set(items.map(\.entity)).count > 1 else { continue }
            let range = tokenized.sentences[sentence].tokens
            let texts = range.map { tokenized.text(of: $0) }
            let classes = tagger.tag(texts.map { Substring($0) })
            var inSentence: Set<String> = []
            for (i, first) in items.enumerated() {
                for second in items[(i + 1)...] where second.entity != first.entity {
                    let gap = first.tokens.upperBound..<max(first.tokens.upperBound, second.tokens.lowerBound)
                    guard gap.count <= maxGap else { break }
                    let pair = UInt64(min(first.entity, second.entity)) << 32 | UInt64(max(first.entity, second.entity))
                    for token in gap where classes[token - range.lowerBound] == .verb {
                        let word = texts[token - range.lowerBound]
                        guard isRelationWord(word) else { continue }
                        if inSentence.insert("\(pair) \(word)").inserted { found[pair, default: [:]][word, default: 0] += 1 }
                    }
                }
            }
        }
        return found
    }

    static let auxiliaries: Set<String> = [
        "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m",
        "has", "have", "had", "having", "'ve", "'d", "do", "does", "did", "done", "doing",
    ]

    /// A lowercase word of letters (inner hyphens and apostrophes allowed), not an auxiliary.
    static func isRelationWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isLowercase, !auxiliaries.contains(word) else { return false }
        return word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// `warned:3|met:2`: the words most frequent first (ties in byte order), at most `limit`.
    static func attributeText(_ counts: [String: Int], limit: Int = 5) -> String {
        counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(limit).map { "\($0.key):\($0.value)" }.joined(separator: "|")
    }
}
