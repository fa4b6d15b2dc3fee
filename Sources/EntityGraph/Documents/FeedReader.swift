internal import CLibXML2

/// Reads an RSS 2.0 (or RSS 1.0/RDF) or Atom feed with libxml2's streaming xmlTextReader: one
/// document per `<item>` or `<entry>`.
///
/// - Fields: the text is `content:encoded` or Atom `content`, else `description` or `summary`;
///   the id is `guid` or Atom `id`, else the item's link, else `path#N`; the date is `pubDate`,
///   `dc:date` or `published`, else `updated`; the title is `title`. Text that holds markup
///   (an escaped or CDATA HTML description, XHTML content) is read as HTML (`HTMLReader`), the
///   rest as plain text.
/// - Safety: as the GraphML reader: no network, no entity substitution, no DTD loading, no
///   huge-input mode, and any DOCTYPE is refused before libxml2 sees the file (`MarkupPrescan`),
///   so neither entity bombs nor external entities get in; an element with too many attributes
///   is refused too.
/// - Errors: an item without text is skipped with its number and line; XML that stops being
///   well-formed ends the feed there: the items before it are read and the error names the
///   item and line where it stopped. XML whose root is not `rss`, `RDF` or `feed` is refused.
///
/// Reference: RSS 2.0 Specification (RSS Advisory Board, 2009); M. Nottingham, R. Sayre, RFC 4287,
/// "The Atom Syndication Format", 2005.
/// - Complexity: O(n) in the bytes of the feed; memory O(largest item) besides the documents.
public struct FeedReader: RecordReader {
    /// Marks page furniture in the documents read.
    public var classifier: FurnitureClassifier

    public init(classifier: FurnitureClassifier = FurnitureClassifier()) {
        self.classifier = classifier
    }

    /// The documents of the items that can be read; each one that cannot goes to `skipped`.
    public func read(_ bytes: [UInt8], id: String, skipping skipped: inout [DocumentReadError])
        throws(DocumentReadError) -> [Document]
    {
        let utf8 = try TextDecoder().decode(bytes, id: id).utf8
        switch MarkupPrescan.scan(utf8, refusesDoctype: true) {
        case .doctype(let line)?:
            throw .unreadableRecords(path: id, line: line, reason: "a DOCTYPE is not accepted in a feed (it can define entity bombs or load outside files)")
        case .tooManyAttributes(let line)?:
            throw .tooManyAttributes(path: id, line: line, limit: MarkupPrescan.maxAttributes)
        case nil:
            break
        }
        guard utf8.count < Int(Int32.max) else { throw .tooLarge(path: id, size: utf8.count, limit: Int(Int32.max) - 1) }
        let scan = try FeedScan.run(utf8, id: id)
        var documents: [Document] = []
        let textReader = PlainTextReader(classifier: classifier)
        let htmlReader = HTMLReader(classifier: classifier)
        for item in scan.items {
            guard let body = item.text, !body.allSatisfy(\.isWhitespace) else {
                skipped.append(.invalidRecord(path: id, record: item.number, line: item.line,
                                              reason: "no text (no description, summary or content)"))
                continue
            }
            let documentID = item.id ?? item.link ?? "\(id)#\(item.number)"
            var document: Document
            do {
                if item.isMarkup {
                    guard let read = try htmlReader.read(Array(body.utf8), id: documentID).first else { continue }
                    document = read
                    document.title = item.title ?? read.title
                } else {
                    document = try textReader.document(utf8: Array(body.utf8), id: documentID, title: item.title)
                }
            } catch .noText {
                skipped.append(.invalidRecord(path: id, record: item.number, line: item.line, reason: "no text"))
                continue
            } catch {
                skipped.append(.invalidRecord(path: id, record: item.number, line: item.line, reason: error.problem))
                continue
            }
            if let date = item.date.flatMap(DocumentDate.init(parsing:)) { document.date = date }
            documents.append(document)
        }
        if let stop = scan.stop { skipped.append(stop) }
        if documents.isEmpty {
            if skipped.isEmpty { throw .noText(path: id) }
            throw skipped.removeFirst()
        }
        return documents
    }
}

/// One item or entry as the scan found it: its fields' text, before it becomes a document.
struct FeedItem {
    var number: Int
    var line: Int
    var title: String?
    var id: String?
    var link: String?
    var content: String?
    var summary: String?
    var published: String?
    var updated: String?

    var text: String? { content ?? summary }
    var date: String? { published ?? updated }
    /// Whether the text holds HTML markup (an escaped or CDATA description); XHTML content was
    /// flattened to text with paragraph breaks as it was read.
    var isMarkup: Bool {
        guard let body = text else { return false }
        for marker in ["</", "<p", "<br", "<div", "<a ", "<P", "<BR"] where body.contains(marker) { return true }
        return false
    }
}

/// The streaming pass over a feed: every item's fields, and where the XML stopped if it did.
final class FeedScan {
    private let reader: xmlTextReaderPtr
    private let id: String
    private(set) var items: [FeedItem] = []
    /// Why the XML stopped before its end, naming the item it stopped in.
    private(set) var stop: DocumentReadError?
    private var firstMessage: String?
    private var firstLine: Int?

    /// Which field the text being read belongs to.
    private enum Field { case title, id, link, content, summary, published, updated }
    private var current: FeedItem?
    private var itemDepth = 0
    private var field: Field?
    private var fieldDepth = 0
    private var fieldText: [UInt8] = []
    private var sawRoot = false

    private init(reader: xmlTextReaderPtr, id: String) {
        self.reader = reader
        self.id = id
    }

    deinit { xmlFreeTextReader(reader) }

    static let parserOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Scans `bytes` (UTF-8, checked by `MarkupPrescan`) for items.
    static func run(_ bytes: [UInt8], id: String) throws(DocumentReadError) -> FeedScan {
        XMLExportSupport.initialize()
        let result: Result<FeedScan, DocumentReadError> = bytes.withUnsafeBufferPointer { buffer in
            let start = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            guard let reader = xmlReaderForMemory(start, Int32(buffer.count), id, "UTF-8", parserOptions) else {
                return .failure(.unreadableRecords(path: id, line: 0, reason: "cannot start the XML reader"))
            }
            let scan = FeedScan(reader: reader, id: id)
            let (outcome, _) = LibXML2ErrorTrap.catching { Result { () throws(DocumentReadError) in try scan.scan() } }
            return outcome.map { scan }
        }
        return try result.get()
    }

    private func scan() throws(DocumentReadError) {
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let scan = Unmanaged<FeedScan>.fromOpaque(context).takeUnretainedValue()
            guard scan.firstMessage == nil else { return }
            let text = error.pointee.message.map { String(cString: $0) } ?? "XML error \(error.pointee.code)"
            scan.firstMessage = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            scan.firstLine = error.pointee.line > 0 ? Int(error.pointee.line) : nil
        }, Unmanaged.passUnretained(self).toOpaque())
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            if status < 0 {
                let line = firstLine ?? Int(xmlTextReaderGetParserLineNumber(reader))
                let message = firstMessage ?? "not well-formed XML"
                guard sawRoot else { throw .unreadableRecords(path: id, line: line, reason: "not well-formed XML: \(message)") }
                // libxml2 parses ahead of the nodes it hands out: the item being read may end
                // before the break, but its text is not complete, so it goes with the rest.
                stop = .unreadableRecords(path: id, line: line,
                                          reason: "XML stops being well-formed (\(message)); \(items.count) item(s) before it read, the rest of the feed is lost")
                return
            }
            try handleNode()
        }
        guard sawRoot else { throw .noText(path: id) }
    }

    private func handleNode() throws(DocumentReadError) {
        let type = UInt32(xmlTextReaderNodeType(reader))
        let depth = Int(xmlTextReaderDepth(reader))
        switch type {
        case XML_READER_TYPE_ELEMENT.rawValue:
            let name = localName
            if !sawRoot {
                sawRoot = true
                guard name == "rss" || name == "RDF" || name == "feed" else {
                    throw .unreadableRecords(path: id, line: line, reason: "XML whose root is <\(name)>, not an RSS or Atom feed")
                }
                return
            }
            let empty = xmlTextReaderIsEmptyElement(reader) == 1
            if current == nil {
                if name == "item" || name == "entry" {
                    current = FeedItem(number: items.count + 1, line: line)
                    itemDepth = depth
                    if empty { finishItem() }
                }
                return
            }
            if field != nil {
                if Self.breaks.contains(name), !fieldText.isEmpty { fieldText += [0x0A, 0x0A] }
                return
            }
            guard depth == itemDepth + 1 else { return }
            if name == "link", let href = attribute("href") {
                let rel = attribute("rel")
                if current?.link == nil, rel == nil || rel == "alternate" { current?.link = href }
                return
            }
            guard let chosen = Self.field(name: name, namespace: namespace) else { return }
            if empty { return }
            field = chosen
            fieldDepth = depth
            fieldText.removeAll(keepingCapacity: true)
        case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue,
             XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue, XML_READER_TYPE_WHITESPACE.rawValue:
            guard field != nil, let value = xmlTextReaderConstValue(reader) else { return }
            var pointer = value
            while pointer.pointee != 0 {
                fieldText.append(pointer.pointee)
                pointer += 1
            }
        case XML_READER_TYPE_END_ELEMENT.rawValue:
            if let chosen = field {
                if depth == fieldDepth {
                    store(chosen)
                    field = nil
                } else if Self.breaks.contains(localName) {
                    fieldText += [0x0A, 0x0A]
                }
                return
            }
            if current != nil, depth == itemDepth { finishItem() }
        default:
            return
        }
    }

    /// Block elements inside XHTML content: a paragraph break in the text.
    private static let breaks: Set<String> = ["p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"]

    private static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"
    private static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"

    private static func field(name: String, namespace: String?) -> Field? {
        switch name {
        case "title": return .title
        case "guid", "id": return .id
        case "link": return .link
        case "encoded" where namespace == contentNamespace: return .content
        case "content": return .content
        case "description", "summary": return .summary
        case "pubDate", "published", "issued": return .published
        case "date" where namespace == dublinCoreNamespace: return .published
        case "updated", "modified": return .updated
        default: return nil
        }
    }

    private func store(_ chosen: Field) {
        let range = TextBytes.trimmed(0..<fieldText.count, in: fieldText)
        guard !range.isEmpty else { return }
        let value = String(decoding: fieldText[range], as: UTF8.self)
        switch chosen {
        case .title: if current?.title == nil { current?.title = value }
        case .id: if current?.id == nil { current?.id = value }
        case .link: if current?.link == nil { current?.link = value }
        case .content:
            if current?.content == nil { current?.content = value }
        case .summary:
            if current?.summary == nil { current?.summary = value }
        case .published: if current?.published == nil { current?.published = value }
        case .updated: if current?.updated == nil { current?.updated = value }
        }
    }

    private func finishItem() {
        if let item = current { items.append(item) }
        current = nil
        field = nil
    }

    private var localName: String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    private var namespace: String? {
        xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) }
    }

    private func attribute(_ name: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { entgraph_xmlFree(value) }
        return String(cString: value)
    }

    private var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = xmlGetLineNo(node)
            if line > 0 { return Int(line) }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }
}
