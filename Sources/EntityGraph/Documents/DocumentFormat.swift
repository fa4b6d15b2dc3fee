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

    /// The name `--input-format` takes: the raw value, except `jsonl` for JSON Lines.
    public var name: String { self == .jsonLines ? "jsonl" : rawValue }

    /// The format `name` names (`jsonl`, `csv` …), nil for another word.
    public init?(name: String) {
        guard let format = Self.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = format
    }

    /// Whether a folder walk takes `path`: a format's extension, or `.xml`, also under a `.gz`
    /// (`page.html.gz`).
    public static func isCollected(_ path: String) -> Bool {
        let path = Gzip.innerPath(of: path) ?? path
        return DocumentFormat(path: path) != nil || xmlExtensions.contains(lowercasedExtension(of: path) ?? "")
    }

    /// Extensions of files that hold graphs, not articles: refused when named directly, whatever
    /// they hold (a DOT or GML file is text a reader would happily take).
    static let graphExtensions: [String: String] = [
        "graphml": "a GraphML graph", "gexf": "a GEXF graph", "gml": "a GML graph",
        "dot": "a Graphviz DOT graph", "gv": "a Graphviz DOT graph",
    ]

    /// What `bytes` are when they are plainly not an article, from their first bytes: a graph,
    /// a picture, an archive, a document format, a JSON document that is not JSON Lines; nil when
    /// they may be one. Used for standard input and files named directly without an extension
    /// of ours, so `entgraph build graph.graphml` says what it got instead of building a graph of
    /// its XML.
    static func foreignKind(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        func starts(_ magic: [UInt8]) -> Bool {
            bytes.count >= magic.count && zip(bytes, magic).allSatisfy { $0 == $1 }
        }
        let magics: [(magic: [UInt8], kind: String)] = [
            (Array("%PDF-".utf8), "a PDF document"),
            ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a Word, Excel, OpenDocument or EPUB file)"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            (Array("GIF8".utf8), "a GIF image"), (Array("SQLite format 3".utf8) + [0], "an SQLite database"),
            ([0x7F, 0x45, 0x4C, 0x46], "a program (ELF)"),
            (Array("BZh".utf8), "bzip2-compressed data (gzip is read as it is; decompress bzip2 first)"),
            ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data (gzip is read as it is; decompress xz first)"),
            ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed data (gzip is read as it is; decompress zstd first)"),
            ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
            (Array("PAR1".utf8), "a Parquet file"),
        ]
        if let found = magics.first(where: { starts($0.magic) }) { return found.kind }
        var start = 0
        if starts([0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, TextBytes.isASCIIWhitespace(bytes[start]) { start += 1 }
        guard start < bytes.count else { return nil }
        let head = bytes[start..<min(bytes.count, start + 1024)].map(TextBytes.asciiLowercased)
        switch bytes[start] {
        case UInt8(ascii: "<"):
            if TextBytes.contains(head[...], Array("<graphml".utf8)) { return "a GraphML graph" }
            if TextBytes.contains(head[...], Array("<gexf".utf8)) { return "a GEXF graph" }
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            if sniffJSONLines(bytes[start...]) != .jsonLines { return "a JSON document that is not JSON Lines (one object per line)" }
        default:
            if isDOTHead(head) { return "a Graphviz DOT graph" }
        }
        return nil
    }

    /// JSON Lines when the first line is one `{…}` object alone, nil otherwise.
    private static func sniffJSONLines(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> DocumentFormat? {
        guard bytes.first == UInt8(ascii: "{") else { return nil }
        let end = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        var last = end
        while last > bytes.startIndex, TextBytes.isASCIIWhitespace(bytes[last - 1]) { last -= 1 }
        return last > bytes.startIndex && bytes[last - 1] == UInt8(ascii: "}") ? .jsonLines : nil
    }

    /// `[strict] (graph|digraph) [id] {` at the start: how every DOT file begins.
    private static func isDOTHead(_ head: [UInt8]) -> Bool {
        var words = head.split(whereSeparator: TextBytes.isASCIIWhitespace)[...]
        if words.first.map(Array.init) == Array("strict".utf8) { words = words.dropFirst() }
        guard let keyword = words.first else { return false }
        let graph = Array("graph".utf8), digraph = Array("digraph".utf8)
        for name in [graph, digraph] where keyword.starts(with: name) {
            let rest = keyword.dropFirst(name.count)
            if rest.first == UInt8(ascii: "{") { return true }
            guard rest.isEmpty, let next = words.dropFirst().first else { return false }
            if next.first == UInt8(ascii: "{") { return true }
            return words.dropFirst(2).first?.first == UInt8(ascii: "{") && !next.contains(UInt8(ascii: "."))
        }
        return false
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

    /// An `.xml` file's format: HTML when it looks like a page, a feed otherwise (the feed
    /// reader says why when it is not one).
    static func sniffXML(_ bytes: UnsafeBufferPointer<UInt8>) -> DocumentFormat {
        sniff(bytes) == .html ? .html : .feed
    }

    /// JSON Lines when the first line is a `{…}` object, HTML when the first non-blank bytes
    /// look like an HTML document, a feed when they look like an RSS or Atom one, text
    /// otherwise: used for standard input and for files named explicitly whose extension is not
    /// one of ours.
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) -> DocumentFormat {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        while start < bytes.count, TextBytes.isASCIIWhitespace(bytes[start]) { start += 1 }
        if let lines = sniffJSONLines(bytes[start...]) { return lines }
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
