import Foundation

/// A CoNLL-format file (token in the first column, gold tag in the last, blank line between
/// sentences, `-DOCSTART-` between documents) read into the tagger's byte-range form.
///
/// Each document's tokens are laid out in one UTF-8 buffer, separated by spaces and sentences
/// by newlines, so the file is tagged by the same code as any other text.
public struct CoNLLCorpus: Sendable {
    /// One document of the file.
    public struct Document: Sendable {
        public var bytes: [UInt8] = []
        public var tokens: [Token] = []
        /// Token index ranges.
        public var sentences: [Range<Int>] = []
        /// The last column of each token line ("O" where the line had a single column).
        public var goldTags: [String] = []
        /// The line (in `CoNLLCorpus.lines`) each token came from.
        public var lineNumbers: [Int] = []

        public init() {}

        /// The text of token `i`.
        public func text(of i: Int) -> String { String(decoding: bytes[tokens[i].byteRange], as: UTF8.self) }

        /// The document as the pipeline sees it: shaped tokens, its sentences in one paragraph.
        public func tokenized() -> TokenizedDocument {
            let shaped = bytes.withUnsafeBufferPointer { buffer in
                tokens.map { Token(start: $0.byteRange.lowerBound, end: $0.byteRange.upperBound,
                                   shape: Tokenizer.shape(of: $0.byteRange, in: buffer)) }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let document = EntityGraph.Document(id: "conll", text: text,
                                                paragraphs: [Paragraph(range: 0..<bytes.count, role: .body)])
            return TokenizedDocument(document: document, bytes: bytes, tokens: shaped,
                                     sentences: sentences.map { Sentence(tokens: $0, paragraph: 0) },
                                     paragraphs: [0..<tokens.count])
        }
    }

    public var lines: [Substring]
    public var documents: [Document]

    /// Why a CoNLL file could not be read.
    public struct ReadError: Error, CustomStringConvertible {
        public var path: String
        public var problem: String
        public var description: String { "\(path): \(problem)" }
    }

    /// Reads a file; documents without `-DOCSTART-` markers are cut every
    /// `sentencesPerUnmarkedDocument` sentences (nil: the whole file is one document).
    public init(contentsOf path: String, sentencesPerUnmarkedDocument: Int? = nil) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(path: path, problem: "cannot read the file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ReadError(path: path, problem: "not valid UTF-8")
        }
        self.init(text: text, sentencesPerUnmarkedDocument: sentencesPerUnmarkedDocument)
    }

    public init(text: String, sentencesPerUnmarkedDocument: Int? = nil) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        documents = []
        var doc = Document()
        var sentenceStart = 0
        var sawMarker = false
        func endSentence() {
            if doc.tokens.count > sentenceStart {
                doc.sentences.append(sentenceStart..<doc.tokens.count)
                doc.bytes.append(10)
            }
            sentenceStart = doc.tokens.count
            if !sawMarker, let limit = sentencesPerUnmarkedDocument, doc.sentences.count >= limit { endDocument() }
        }
        func endDocument() {
            if !doc.tokens.isEmpty { documents.append(doc) }
            doc = Document()
            sentenceStart = 0
        }
        for (number, line) in lines.enumerated() {
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let first = columns.first else { endSentence(); continue }
            if first == "-DOCSTART-" {
                endSentence(); endDocument(); sawMarker = true
                continue
            }
            if doc.tokens.count > sentenceStart { doc.bytes.append(32) }
            let start = doc.bytes.count
            doc.bytes.append(contentsOf: first.utf8)
            doc.tokens.append(Token(start: start, end: doc.bytes.count, shape: []))
            doc.goldTags.append(columns.count > 1 ? String(columns.last!) : "O")
            doc.lineNumbers.append(number)
        }
        endSentence()
        endDocument()
    }

    /// Gold spans of a document, decoded from the tag column (IOB1 or IOB2), sentence by sentence.
    public static func goldSpans(_ doc: Document) -> [TypedSpan<String>] {
        var spans: [TypedSpan<String>] = []
        for s in doc.sentences {
            for span in IOBDecoding.spans(Array(doc.goldTags[s])) {
                spans.append(TypedSpan(tokens: (span.tokens.lowerBound + s.lowerBound)..<(span.tokens.upperBound + s.lowerBound), type: span.type))
            }
        }
        return spans
    }
}

extension NERType {
    /// The tagger type for a corpus label: CoNLL-2003 (PER ORG LOC MISC), GMB (per org geo gpe
    /// art eve nat; tim is not a name) and CrossNER (person politician organisation
    /// politicalparty country location misc election event …). Nil: not an entity to learn.
    public init?(corpusLabel: String) {
        switch corpusLabel.lowercased() {
        case "per", "person", "politician", "scientist", "writer", "musicalartist": self = .person
        case "org", "organisation", "organization", "politicalparty", "university", "band": self = .organization
        case "loc", "geo", "country", "location": self = .location
        case "tim", "": return nil
        default: self = .misc
        }
    }
}
