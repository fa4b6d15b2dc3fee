/// Reads plain text and Markdown: paragraphs are separated by blank lines.
///
/// The text is kept byte for byte (after a UTF-8 byte order mark is dropped): paragraphs are
/// byte ranges into it, markup like `**`, `[x](#)` and `\r` stays in the text. A paragraph's
/// range leaves out surrounding whitespace and a heading's `#` marks.
///
/// - A line holding only whitespace (including no-break spaces) is blank.
/// - `# Heading` lines (one to six `#` then a space) are headings and end the paragraph before
///   them; so is a paragraph underlined with `===` or `---` (the underline is left out).
/// - The first paragraph is the title when it is short (at most 3 lines, 200 bytes, 25 words)
///   and does not end like a sentence, or when it is a heading; it becomes a heading too.
/// - Later single-line paragraphs of at most 12 words that start with an uppercase letter or a
///   digit, hold no comma or URL and end without `.`, `,`, `;` or `:` are subheadings
///   ("Second Chances?").
/// - `TextFurnitureDetector` splits share rows, teasers, credits and the dateline out of
///   paragraphs (text from web pages often holds a whole article on one line), then
///   `FurnitureClassifier` marks page furniture.
public struct PlainTextReader: DocumentReader {
    /// Marks page furniture in the documents read.
    public var classifier: FurnitureClassifier

    /// A reader that marks furniture with `classifier`.
    public init(classifier: FurnitureClassifier = FurnitureClassifier()) {
        self.classifier = classifier
    }

    /// The documents in `bytes` (the raw file); errors name `id`.
    public func read(_ bytes: [UInt8], id: String) throws(DocumentReadError) -> [Document] {
        let decoded = try TextDecoder().decode(bytes, id: id)
        return [try document(utf8: decoded.utf8, id: id, title: nil)]
    }

    /// The document for text already known to be valid UTF-8; `title` overrides the guess.
    func document(utf8: [UInt8], id: String, title givenTitle: String?) throws(DocumentReadError) -> Document {
        var (paragraphs, guessedTitle) = utf8.withUnsafeBufferPointer { Self.paragraphs(in: $0) }
        if paragraphs.isEmpty { throw .noText(path: id) }
        paragraphs = utf8.withUnsafeBufferPointer { bytes in
            classifier.classify(classifier.textFurniture.split(paragraphs, bytes: bytes), bytes: bytes, anchors: nil)
        }
        let text = String(decoding: utf8, as: UTF8.self)
        return Document(id: id, text: text, paragraphs: paragraphs, title: givenTitle ?? guessedTitle)
    }

    /// One line: its content range without the line break, and whether it is blank.
    private struct Line {
        var range: Range<Int>
        var isBlank: Bool
    }

    /// The paragraphs of `bytes` (heading or body; furniture comes later) and a guessed title.
    static func paragraphs(in bytes: UnsafeBufferPointer<UInt8>) -> ([Paragraph], String?) {
        var paragraphs: [Paragraph] = []
        var block: [Line] = []
        var title: String?

        func flush() {
            defer { block.removeAll(keepingCapacity: true) }
            guard !block.isEmpty else { return }
            var lines = block[...]
            var role = Paragraph.Role.body
            if lines.count >= 2, let last = lines.last, isSetextUnderline(bytes, last.range) {
                lines = lines.dropLast()
                role = .heading
            }
            let range = TextBytes.trimmed(lines.first!.range.lowerBound..<lines.last!.range.upperBound, in: bytes)
            guard !range.isEmpty else { return }
            if paragraphs.isEmpty, title == nil, role == .heading || looksLikeTitle(bytes, lines: lines) {
                title = joinedLines(bytes, lines.map(\.range))
                role = .heading
            } else if role == .body, lines.count == 1, looksLikeSubheading(bytes, range) {
                role = .heading
            }
            paragraphs.append(Paragraph(range: range, role: role))
        }

        var start = 0
        let count = bytes.count
        while start < count {
            var end = start
            while end < count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            let line = Line(range: start..<end, isBlank: TextBytes.trimmed(start..<end, in: bytes).isEmpty)
            // A line ends at LF, CRLF, or a lone CR (old Mac files).
            var next = end
            if next < count, bytes[next] == 0x0D { next += 1 }
            if next < count, bytes[next] == 0x0A, next == end || bytes[end] == 0x0D { next += 1 }
            if next == end { next += 1 }
            start = next

            if line.isBlank {
                flush()
            } else if let heading = atxHeadingContent(bytes, line.range) {
                flush()
                guard !heading.isEmpty else { continue }
                if paragraphs.isEmpty, title == nil {
                    title = String(decoding: UnsafeBufferPointer(rebasing: bytes[heading]), as: UTF8.self)
                }
                paragraphs.append(Paragraph(range: heading, role: .heading))
            } else {
                block.append(line)
            }
        }
        flush()
        return (paragraphs, title)
    }

    /// The content of a `#` heading line without its marks and closing `#`s, or nil when the
    /// line is not a heading (`#hashtag` is not; up to three leading spaces are allowed).
    static func atxHeadingContent(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var index = range.lowerBound
        var indent = 0
        while index < range.upperBound, bytes[index] == 0x20, indent < 3 { index += 1; indent += 1 }
        var level = 0
        while index < range.upperBound, bytes[index] == UInt8(ascii: "#") { index += 1; level += 1 }
        guard (1...6).contains(level) else { return nil }
        guard index == range.upperBound || bytes[index] == 0x20 || bytes[index] == 0x09 else { return nil }
        var content = TextBytes.trimmed(index..<range.upperBound, in: bytes)
        // An optional closing sequence: spaces then #s at the end of the line.
        var end = content.upperBound
        while end > content.lowerBound, bytes[end - 1] == UInt8(ascii: "#") { end -= 1 }
        if end < content.upperBound, end == content.lowerBound || bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
            content = TextBytes.trimmed(content.lowerBound..<end, in: bytes)
        }
        return content
    }

    /// A line of only `=` or only `-` (at least three), spaces around allowed.
    static func isSetextUnderline(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let content = TextBytes.trimmed(range, in: bytes)
        guard content.count >= 3 else { return false }
        let mark = bytes[content.lowerBound]
        guard mark == UInt8(ascii: "=") || mark == UInt8(ascii: "-") else { return false }
        return bytes[content].allSatisfy { $0 == mark }
    }

    private static func looksLikeTitle(_ bytes: UnsafeBufferPointer<UInt8>, lines: ArraySlice<Line>) -> Bool {
        guard lines.count <= 3 else { return false }
        let range = TextBytes.trimmed(lines.first!.range.lowerBound..<lines.last!.range.upperBound, in: bytes)
        guard range.count <= 200, TextBytes.wordCount(in: bytes, range: range) <= 25 else { return false }
        guard TextBytes.hasLetterOrDigit(in: bytes, range: range) else { return false }
        if TextBytes.endsWithColon(in: bytes, range: range) { return false }
        // A question is a common headline ("Will Russia-US relations improve?"); a full stop is not.
        guard let last = TextBytes.lastSignificantIndex(in: bytes, range: range) else { return false }
        return bytes[last] != UInt8(ascii: ".") && bytes[last] != UInt8(ascii: ",") && bytes[last] != UInt8(ascii: ";")
    }

    private static func looksLikeSubheading(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count <= 120, TextBytes.wordCount(in: bytes, range: range) <= 12 else { return false }
        // Commas and URLs belong to sentences and credits, not to subheadings.
        if bytes[range].contains(UInt8(ascii: ",")) || TextBytes.contains(bytes[range], Self.urlSchemeSeparator) {
            return false
        }
        let first = bytes[range.lowerBound]
        let startsUpper = (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39)
        guard startsUpper, let last = TextBytes.lastSignificantIndex(in: bytes, range: range) else { return false }
        switch bytes[last] {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"): return false
        default: return true
        }
    }

    private static let urlSchemeSeparator = Array("://".utf8)

    /// The lines' trimmed text joined with single spaces.
    private static func joinedLines(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>]) -> String {
        ranges.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[TextBytes.trimmed($0, in: bytes)]), as: UTF8.self) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}
