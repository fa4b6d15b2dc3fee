/// Finds the longest known phrase (a country name, a demonym, an acronym) starting at a token.
///
/// Phrases are tokenized with the document tokenizer, so "U.S." or "Côte d'Ivoire" match the way
/// they are split in text. Matching is case-sensitive, with an all-caps fallback for headlines.
/// A document token in ASCII is looked up by a hash of its bytes and compared byte for byte, so
/// a lookup for a capitalized word builds no String; a token with other characters is compared
/// as a Swift String (canonical equivalence), as before. The two agree because the phrases are
/// in NFC, where an ASCII token can only equal an ASCII phrase token.
///
/// - Complexity: O(p · l) per lookup, p the phrases sharing the first token's hash (a handful),
///   l their length in tokens.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    private struct Candidate: Sendable {
        let tokens: [[UInt8]]
        let texts: [String]
        let payload: Payload

        init(_ texts: [String], _ payload: Payload) {
            self.texts = texts
            tokens = texts.map { Array($0.utf8) }
            self.payload = payload
        }
    }

    /// Candidates by the hash of their first token's bytes (for ASCII document tokens).
    private var byFirstBytes: [UInt64: [Candidate]] = [:]
    /// Candidates by their first token's text (for other document tokens).
    private var byFirstText: [String: [Candidate]] = [:]

    init(_ phrases: [(phrase: String, payload: Payload)]) {
        let tokenizer = Tokenizer()
        var entries: [(order: Int, candidate: Candidate)] = []
        for (phrase, payload) in phrases {
            let document = Document(id: "phrase", text: phrase,
                                    paragraphs: [Paragraph(range: 0..<phrase.utf8.count, role: .body)])
            let tokenized = tokenizer.tokenize(document)
            let tokens = tokenized.tokens.indices.map { tokenized.text(of: $0) }
            guard !tokens.isEmpty else { continue }
            entries.append((entries.count, Candidate(tokens, payload)))
            let upper = tokens.map { $0.uppercased() }
            if upper != tokens, phrase.count >= 4 {
                entries.append((entries.count, Candidate(upper, payload)))
            }
        }
        // Longest first; among equals, in the order given (the first payload of a phrase wins).
        entries.sort { ($0.candidate.tokens.count, -$0.order) > ($1.candidate.tokens.count, -$1.order) }
        for (_, candidate) in entries {
            candidate.tokens[0].withUnsafeBufferPointer { first in
                byFirstBytes[Self.hash(first), default: []].append(candidate)
            }
            byFirstText[candidate.texts[0], default: []].append(candidate)
        }
    }

    /// The longest phrase starting at token `start` and ending before `end`.
    func match(in document: TokenizedDocument, at start: Int, end: Int) -> (range: Range<Int>, payload: Payload)? {
        document.bytes.withUnsafeBufferPointer { bytes in
            func tokenBytes(_ k: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: bytes[document.tokens[k].byteRange])
            }
            func isASCII(_ token: UnsafeBufferPointer<UInt8>) -> Bool { !token.contains { $0 >= 0x80 } }
            func equal(_ candidate: Candidate, _ offset: Int) -> Bool {
                let token = tokenBytes(start + offset)
                if isASCII(token) { return candidate.tokens[offset].elementsEqual(token) }
                return candidate.texts[offset] == document.text(of: start + offset)
            }
            let first = tokenBytes(start)
            let found = isASCII(first) ? byFirstBytes[Self.hash(first)] : byFirstText[document.text(of: start)]
            guard let candidates = found else { return nil }
            for candidate in candidates where start + candidate.tokens.count <= end {
                var matches = true
                for offset in 0..<candidate.tokens.count where !equal(candidate, offset) {
                    matches = false
                    break
                }
                if matches { return (start..<(start + candidate.tokens.count), candidate.payload) }
            }
            return nil
        }
    }

    /// FNV-1a over a token's bytes.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
