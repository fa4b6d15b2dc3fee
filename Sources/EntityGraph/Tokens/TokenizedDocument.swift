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

    /// The distinct words written in lowercase inside a sentence (none of its first tokens), as
    /// FNV-1a hashes of their bytes (`FeatureHash.fnv1a`): what the corpus uses as ordinary words
    /// ("rival", "singer"), so that the same word capitalized at a sentence's start can be told
    /// from a name. Words of letters, hyphens and apostrophes only; sorted. Hashes, not Strings:
    /// every token of every document passes here.
    ///
    /// - Complexity: O(t log t) for t tokens.
    public func lowercaseWords() -> [UInt64] {
        var words: [UInt64] = []
        words.reserveCapacity(tokens.count / 2)
        bytes.withUnsafeBufferPointer { buffer in
            for sentence in sentences where sentence.tokens.count > 1 {
                for k in sentence.tokens.dropFirst() {
                    let token = tokens[k]
                    guard token.shape.contains(.hasLower), !token.shape.contains(.capitalized), !token.shape.contains(.hasDigit),
                          !token.shape.contains(.punctuation), !token.shape.contains(.clitic), token.byteCount > 1,
                          (0x61...0x7A).contains(buffer[Int(token.start)]) else { continue }
                    words.append(FeatureHash.fnv1a(buffer, token.byteRange))
                }
            }
        }
        SortedIntersection.sortDistinct(&words)
        return words
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
