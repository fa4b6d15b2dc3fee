/// Finds the longest known phrase (a country name, a demonym, an acronym) starting at a token.
///
/// Phrases are tokenized with the document tokenizer, so "U.S." or "Côte d'Ivoire" match the way
/// they are split in text. Matching is case-sensitive, with an all-caps fallback for headlines.
///
/// - Complexity: O(p · l) per lookup, p the phrases sharing the first token (a handful), l their
///   length in tokens.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    private var byFirstToken: [String: [(tokens: [String], payload: Payload)]] = [:]

    init(_ phrases: [(phrase: String, payload: Payload)]) {
        let tokenizer = Tokenizer()
        for (phrase, payload) in phrases {
            let document = Document(id: "phrase", text: phrase,
                                    paragraphs: [Paragraph(range: 0..<phrase.utf8.count, role: .body)])
            let tokenized = tokenizer.tokenize(document)
            let tokens = tokenized.tokens.indices.map { tokenized.text(of: $0) }
            guard let first = tokens.first else { continue }
            byFirstToken[first, default: []].append((tokens, payload))
            let upper = tokens.map { $0.uppercased() }
            if upper != tokens, phrase.count >= 4 { byFirstToken[upper[0], default: []].append((upper, payload)) }
        }
        for key in byFirstToken.keys { byFirstToken[key]!.sort { $0.tokens.count > $1.tokens.count } }
    }

    /// The longest phrase starting at token `start` and ending before `end`.
    func match(in document: TokenizedDocument, at start: Int, end: Int,
               text: (Int) -> String) -> (range: Range<Int>, payload: Payload)? {
        guard let candidates = byFirstToken[text(start)] else { return nil }
        for candidate in candidates where start + candidate.tokens.count <= end {
            var matches = true
            for offset in 1..<max(1, candidate.tokens.count) where text(start + offset) != candidate.tokens[offset] {
                matches = false
                break
            }
            if matches { return (start..<(start + candidate.tokens.count), candidate.payload) }
        }
        return nil
    }
}
