/// A document with its tokens, sentences and content paragraphs (spaCy's `Doc` idea):
/// everything later stages need is an index range into `tokens`.
public struct TokenizedDocument: Sendable {
    public let document: Document
    /// The UTF-8 bytes of `document.text`, kept contiguous for fast scanning.
    public let bytes: [UInt8]
    public let tokens: [Token]
    public let sentences: [Sentence]
    /// Token index ranges of the content paragraphs, in text order.
    public let paragraphs: [Range<Int>]

    public init(document: Document, bytes: [UInt8], tokens: [Token], sentences: [Sentence], paragraphs: [Range<Int>]) {
        self.document = document
        self.bytes = bytes
        self.tokens = tokens
        self.sentences = sentences
        self.paragraphs = paragraphs
    }

    /// The text of one token.
    public func text(of index: Int) -> String {
        text(bytes: tokens[index].byteRange)
    }

    /// The text of a token range, as it stands in the document (inner spacing kept).
    public func text(tokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return text(bytes: Int(tokens[first].start)..<Int(tokens[last].end))
    }

    public func text(bytes range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Whether token `index` spells exactly `word` (byte comparison, no String built).
    public func token(_ index: Int, is word: StaticString) -> Bool {
        let token = tokens[index]
        guard token.byteCount == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { word in
            var i = 0
            var b = Int(token.start)
            while i < word.count {
                if word[i] != bytes[b] { return false }
                i += 1; b += 1
            }
            return true
        }
    }
}
