/// The kinds of file the Documents stage reads, and the file name extensions that select them.
public enum DocumentFormat: String, CaseIterable, Sendable {
    /// Plain text: paragraphs separated by blank lines.
    case text
    /// Markdown, read as plain text that knows `#` headings and underlined headings.
    case markdown
    /// HTML or XHTML, read with libxml2's forgiving HTML parser.
    case html
    /// JSON Lines: one JSON object per line with a string text and optional id, date and title.
    case jsonLines
    /// CSV (RFC 4180) with a header row: one document per record.
    case csv
    /// An RSS or Atom feed: one document per item or entry. `.xml` files are picked up from
    /// folders too and sniffed (`xmlExtensions`): HTML pages are read as HTML, anything else as a
    /// feed, refused with a reason when its root says it is not one.
    case feed

    /// The lowercase file name extensions (no dot) taken from folders for this format.
    public var pathExtensions: [String] {
        switch self {
        case .text: return ["txt", "text"]
        case .markdown: return ["md", "markdown"]
        case .html: return ["html", "htm", "xhtml"]
        case .jsonLines: return ["jsonl"]
        case .csv: return ["csv"]
        case .feed: return ["rss", "atom"]
        }
    }

    /// Extensions taken from folders whose format is sniffed: an `.xml` file may be a feed or
    /// an XHTML page.
    public static let xmlExtensions = ["xml"]

    /// Whether a folder walk takes `path`: a format's extension, or `.xml`.
    public static func isCollected(_ path: String) -> Bool {
        DocumentFormat(path: path) != nil || xmlExtensions.contains(lowercasedExtension(of: path) ?? "")
    }

    /// The lowercased extension of the last path component, without the dot.
    static func lowercasedExtension(of path: String) -> String? {
        guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")),
              !path.utf8[dot...].contains(UInt8(ascii: "/")) else { return nil }
        return String(path[path.index(after: dot)...]).lowercased()
    }

    /// The format a path's extension selects, compared without regard to ASCII case; nil when
    /// the extension is not one of ours.
    public init?(path: String) {
        guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")),
              !path.utf8[dot...].contains(UInt8(ascii: "/")) else { return nil }
        let pathExtension = String(path[path.index(after: dot)...]).lowercased()
        guard let format = Self.allCases.first(where: { $0.pathExtensions.contains(pathExtension) }) else {
            return nil
        }
        self = format
    }

    /// HTML when the first non-blank bytes look like an HTML document, a feed when they look
    /// like an RSS or Atom one, text otherwise: used for standard input and for files named
    /// explicitly whose extension is not one of ours.
    /// An `.xml` file's format: HTML when it looks like a page, a feed otherwise (the feed
    /// reader says why when it is not one).
    static func sniffXML(_ bytes: UnsafeBufferPointer<UInt8>) -> DocumentFormat {
        sniff(bytes) == .html ? .html : .feed
    }

    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) -> DocumentFormat {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        while start < bytes.count, TextBytes.isASCIIWhitespace(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else { return .text }
        let head = bytes[start..<min(bytes.count, start + 1024)].map(TextBytes.asciiLowercased)
        for marker in ["<rss", "<feed", "<rdf:rdf"] where TextBytes.contains(head[...], Array(marker.utf8)) {
            if !TextBytes.contains(head[...], Array("<html".utf8)) { return .feed }
        }
        for marker in ["<!doctype html", "<html", "<head", "<body"] where TextBytes.contains(head[...], Array(marker.utf8)) {
            return .html
        }
        return .text
    }
}
