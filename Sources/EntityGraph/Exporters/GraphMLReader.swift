internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A GraphML file that could not be read; names the file, the line when known, and the problem.
public struct GraphMLReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}

/// Reads GraphML, ours or NetworkX's, igraph's, Gephi's or yEd's, into a `CoMentionGraph`.
///
/// It streams with libxml2's xmlTextReader (a 100 MB file needs tens of megabytes, not
/// gigabytes) with the network off and entity substitution, DTD loading and huge-input mode
/// left off. Any DOCTYPE is refused: GraphML needs none, and a DTD is how entity bombs and
/// external entities (XXE) get in.
///
/// Attributes are matched by their key's `attr.name`. A node's label is its `label`, else
/// its `name`, else its id; `type` becomes the entity kind when it names one (PERSON,
/// country…), else the kind is `misc` and the original value is kept as `original_type`;
/// `mentions` and `documents` default to 0, `aliases` is split at `|`. A node attribute `id`
/// replaces the node id, because igraph renumbers nodes n0, n1… and keeps the original ids
/// there. An edge's `weight` defaults to 1; `sentences`, `paragraphs` and `documents` to 0.
/// Everything else goes to `attributes`, typed as its key declares; numbers are read as XML
/// Schema writes them (no hexadecimal), and a weight must be finite. Only what a co-mention
/// graph is can be read faithfully, so everything else is refused with its line rather than
/// changed silently: directed graphs and edges, self-loops, parallel edges, two keys of one
/// name, a `<data>` given twice, nested graphs, hyperedges and ports.
public struct GraphMLReader: Sendable {
    public init() {}

    /// Reads the file at `path`; "-" reads standard input.
    public func read(contentsOf path: String) throws(GraphMLReadError) -> CoMentionGraph {
        if path == "-" {
            return try read(descriptor: STDIN_FILENO, name: "standard input")
        }
        let fd = FileSystemPath.withSystemPath(path) { open($0, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else {
            throw GraphMLReadError(file: path, message: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        return try read(descriptor: fd, name: path)
    }

    /// Streams GraphML from an open descriptor, which stays open: memory stays bounded whatever
    /// comes down it (standard input used to be read whole first, `/dev/zero` until memory ran out).
    /// The bytes go through `MarkupPrescan` on their way to libxml2, which never sees an
    /// element with too many attributes nor a DOCTYPE.
    private func read(descriptor: Int32, name: String) throws(GraphMLReadError) -> CoMentionGraph {
        XMLExportSupport.initialize()
        let input = PrescannedDescriptor(descriptor)
        guard let reader = xmlReaderForIO(PrescannedDescriptor.read, nil, Unmanaged.passUnretained(input).toOpaque(),
                                          name, nil, Self.parserOptions) else {
            throw GraphMLReadError(file: name, message: "cannot start the XML reader")
        }
        let parse = GraphMLParse(reader: reader, file: name)
        defer { withExtendedLifetime(input) {} }  // libxml2 reads through it until the reader is freed
        do {
            return try parse.runCatchingConversionErrors()
        } catch {
            if let finding = input.finding { throw GraphMLReadError(file: name, finding) }
            if let code = input.readError {
                throw GraphMLReadError(file: name, message: "cannot read: \(String(cString: strerror(code)))")
            }
            throw error.withInputLine(input.comments)
        }
    }

    /// Reads GraphML from memory; `name` is used in error messages.
    public func read(_ bytes: [UInt8], name: String) throws(GraphMLReadError) -> CoMentionGraph {
        XMLExportSupport.initialize()
        guard !bytes.isEmpty else { throw GraphMLReadError(file: name, message: "empty input") }
        guard bytes.count <= Int(Int32.max) else { throw GraphMLReadError(file: name, message: "larger than 2 GB: read it from a file") }
        if let finding = MarkupPrescan.scan(bytes, refusesDoctype: true) { throw GraphMLReadError(file: name, finding) }
        var comments = XMLCommentFilter()
        var filtered = [UInt8](repeating: 0, count: bytes.count + XMLCommentFilter.maxHeld)
        let kept = filtered.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.update(from: bytes, count: bytes.count)
            return comments.filter(buffer.baseAddress!, count: bytes.count)
        }
        filtered.removeSubrange(kept...)
        filtered += comments.finish()
        guard !filtered.isEmpty else { throw GraphMLReadError(file: name, message: "no element, only comments") }
        let result: Result<CoMentionGraph, GraphMLReadError> = filtered.withUnsafeBufferPointer { buffer in
            let start = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            guard let reader = xmlReaderForMemory(start, Int32(buffer.count), name, nil, Self.parserOptions)
            else { return .failure(GraphMLReadError(file: name, message: "cannot start the XML reader")) }
            return Result { () throws(GraphMLReadError) in try GraphMLParse(reader: reader, file: name).runCatchingConversionErrors() }
        }
        do { return try result.get() } catch { throw error.withInputLine(comments) }
    }

    static let doctypeRefusal = "a DOCTYPE is not accepted in GraphML (it can define entity bombs or load outside files)"

    /// No network, no entity substitution, no DTD loading, no huge-input mode: see the type's
    /// doc. Big lines keeps line numbers right past line 65535.
    static let parserOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
}

extension GraphMLReadError {
    /// The error with its line in the file, not in the text without comments libxml2 read.
    func withInputLine(_ comments: XMLCommentFilter) -> GraphMLReadError {
        var error = self
        error.line = line.map(comments.inputLine)
        return error
    }

    /// The error for what `MarkupPrescan` found before libxml2 saw it.
    init(file: String, _ finding: MarkupPrescan.Finding) {
        switch finding {
        case .doctype(let line):
            self.init(file: file, line: line, message: GraphMLReader.doctypeRefusal)
        case .tooManyAttributes(let line):
            self.init(file: file, line: line, message: "an element with more than \(MarkupPrescan.maxAttributes) attributes; not read")
        }
    }
}

/// A descriptor read for libxml2 through `MarkupPrescan` (`xmlReaderForIO`); the descriptor
/// stays open, its owner closes it.
private final class PrescannedDescriptor {
    let descriptor: Int32
    var scanner = MarkupPrescan(refusesDoctype: true)
    var comments = XMLCommentFilter()
    /// What the scan found; the read that found it failed, which stops libxml2.
    var finding: MarkupPrescan.Finding?
    /// The `errno` of a failed read.
    var readError: Int32?

    init(_ descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// libxml2's read callback: up to `length` bytes into `buffer`, without comments
    /// (`XMLCommentFilter`), -1 on an error or a finding, 0 at the end.
    static let read: xmlInputReadCallback = { context, buffer, length in
        guard let context, let buffer, length > XMLCommentFilter.maxHeld else { return -1 }
        let input = Unmanaged<PrescannedDescriptor>.fromOpaque(context).takeUnretainedValue()
        if input.finding != nil || input.readError != nil { return -1 }
        let bytes = UnsafeMutableRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
        // A chunk that was all comment gives libxml2 nothing, which would read as the end: read on.
        while true {
            var count: Int
            repeat { count = Glibc.read(input.descriptor, bytes, Int(length) - XMLCommentFilter.maxHeld) } while count < 0 && errno == EINTR
            if count < 0 {
                input.readError = errno
                return -1
            }
            if count == 0 {
                let held = input.comments.finish()
                for (i, byte) in held.enumerated() { bytes[i] = byte }
                return Int32(held.count)
            }
            if let finding = input.scanner.scan(UnsafeBufferPointer(start: bytes, count: count)) {
                input.finding = finding
                return -1
            }
            let kept = input.comments.filter(bytes, count: count)
            if kept > 0 { return Int32(kept) }
        }
    }
}

extension CoMentionGraph {
    /// Reads a GraphML file ("-" for standard input); see `GraphMLReader`.
    public init(graphMLFile path: String) throws(GraphMLReadError) {
        self = try GraphMLReader().read(contentsOf: path)
    }
}

/// The first error libxml2 reports for one reader, with its line.
private final class ParserErrorCapture {
    var message: String?
    var line: Int?
}

/// One pass over one document: collects keys, nodes and edges as text, then types them.
private final class GraphMLParse {
    struct Key {
        var name: String
        var type: String
        var domain: String
        var defaultText: String?

        /// Whether the two keys can apply to the same element ("all" applies to every one).
        func overlaps(_ other: Key) -> Bool {
            domain == other.domain || domain == "all" || other.domain == "all"
        }
    }

    struct RawElement {
        var id: String
        var target: String = ""
        var line: Int
        var data: [(key: String, text: String, line: Int)] = []
    }

    enum Owner {
        case graph, node, edge, key, other
    }

    let reader: xmlTextReaderPtr
    let file: String
    let errors = ParserErrorCapture()

    var keys: [String: Key] = [:]
    var keyOrder: [String] = []
    var graphData: [(key: String, text: String, line: Int)] = []
    var nodes: [RawElement] = []
    var edges: [RawElement] = []
    var graphCount = 0
    var graphDepth: Int?
    /// Where a `<data>` or `<default>` being read belongs, and its text so far.
    var owner: Owner = .other
    var dataKey: String?
    var dataText = ""
    var dataDepth = 0
    var dataLine = 0
    var dataHasElements = false
    var currentKeyID: String?
    var readingDefault = false
    /// Depth of an element from another namespace being skipped (yEd's graphics, for instance).
    var foreignDepth: Int?

    init(reader: xmlTextReaderPtr, file: String) {
        self.reader = reader
        self.file = file
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// `run()`, with charset conversion errors (which libxml2 raises outside the reader's
    /// context) kept off standard error and reported as the reason the file could not be read.
    func runCatchingConversionErrors() throws(GraphMLReadError) -> CoMentionGraph {
        let (result, trap) = LibXML2ErrorTrap.catching {
            Result { () throws(GraphMLReadError) in try run() }
        }
        if case .failure(let error) = result, let conversionError = trap.conversionError, errors.message == nil {
            throw GraphMLReadError(file: error.file, line: error.line, message: conversionError)
        }
        return try result.get()
    }

    func run() throws(GraphMLReadError) -> CoMentionGraph {
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let capture = Unmanaged<ParserErrorCapture>.fromOpaque(context).takeUnretainedValue()
            guard capture.message == nil else { return }
            let text = error.pointee.message.map { String(cString: $0) } ?? "XML error \(error.pointee.code)"
            // Some messages run on to a second line ("…indicate encoding !\nBytes: 0xFF…").
            capture.message = text.trimmingSuffix().split(whereSeparator: \.isNewline).joined(separator: " ")
            capture.line = error.pointee.line > 0 ? Int(error.pointee.line) : nil
        }, Unmanaged.passUnretained(errors).toOpaque())

        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            if status < 0 {
                // Given under four bytes, libxml2 says "Extra content at the end of the document".
                if xmlTextReaderByteConsumed(reader) == 0, errors.message?.hasPrefix("Extra content") == true {
                    throw GraphMLReadError(file: file, message: "empty, or too short to be XML")
                }
                throw GraphMLReadError(file: file, line: errors.line ?? line,
                                       message: errors.message ?? "not well-formed XML")
            }
            try handleNode()
        }
        if let message = errors.message {
            throw GraphMLReadError(file: file, line: errors.line, message: message)
        }
        guard graphCount > 0 else { throw failure("no <graph> element: not a GraphML file") }
        return try GraphMLTyping(
            file: file,
            keys: keys.mapValues { ($0.name, $0.type, $0.domain, $0.defaultText) },
            graphData: graphData,
            nodes: nodes.map { ($0.id, $0.target, $0.line, $0.data) },
            edges: edges.map { ($0.id, $0.target, $0.line, $0.data) }
        ).graph()
    }

    /// The line of the node being read; the parser's own position runs ahead of it.
    var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = xmlGetLineNo(node)
            if line > 0 { return Int(line) }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    func failure(_ message: String) -> GraphMLReadError {
        GraphMLReadError(file: file, line: line, message: message)
    }

    func handleNode() throws(GraphMLReadError) {
        let type = UInt32(xmlTextReaderNodeType(reader))
        let depth = Int(xmlTextReaderDepth(reader))
        switch type {
        case XML_READER_TYPE_DOCUMENT_TYPE.rawValue:
            throw failure(GraphMLReader.doctypeRefusal)
        case XML_READER_TYPE_ENTITY_REFERENCE.rawValue:
            throw failure("entity references are not accepted")
        case XML_READER_TYPE_ELEMENT.rawValue:
            let empty = xmlTextReaderIsEmptyElement(reader) == 1
            try startElement(depth: depth)
            if empty { try endElement(depth: depth) }
        case XML_READER_TYPE_END_ELEMENT.rawValue:
            try endElement(depth: depth)
        case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue,
             XML_READER_TYPE_WHITESPACE.rawValue, XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue:
            if (dataKey != nil && !dataHasElements) || readingDefault, foreignDepth == nil,
               let value = xmlTextReaderConstValue(reader) {
                dataText += String(cString: value)
            }
        default:
            break
        }
    }

    func startElement(depth: Int) throws(GraphMLReadError) {
        if foreignDepth != nil { return }
        if dataKey != nil {
            dataHasElements = true  // structured data (yEd graphics): not a scalar, skipped
            return
        }
        let namespace = xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) }
        guard namespace == nil || namespace == GraphMLExporter.namespace else {
            foreignDepth = depth
            return
        }
        let name = xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
        switch name {
        case "graphml", "desc", "locator":
            break
        case "key":
            guard let id = attribute("id") else { throw failure("<key> without an id") }
            if keys[id] != nil { throw failure("key \"\(id)\" is declared twice") }
            let key = Key(name: attribute("attr.name") ?? id, type: attribute("attr.type") ?? "string",
                          domain: attribute("for") ?? "all")
            // Readers match attributes by name: two keys of one name would let one value hide the other.
            if let other = keyOrder.first(where: { keys[$0].map { $0.name == key.name && $0.overlaps(key) } ?? false }) {
                throw failure("keys \"\(other)\" and \"\(id)\" both declare the attribute \"\(key.name)\"")
            }
            keys[id] = key
            keyOrder.append(id)
            currentKeyID = id
        case "default":
            guard currentKeyID != nil else { throw failure("<default> outside a <key>") }
            readingDefault = true
            dataText = ""
        case "graph":
            if graphDepth != nil { throw failure("nested graphs are not supported") }
            if graphCount > 0 { throw failure("only one <graph> per file is supported") }
            // NetworkX reads a graph without edgedefault as undirected; so does this reader.
            if attribute("edgedefault") == "directed" {
                throw failure("a directed graph (edgedefault=\"directed\") is not supported: its measures and exports "
                              + "would be those of another, undirected graph; make it undirected first")
            }
            graphCount += 1
            graphDepth = depth
            owner = .graph
        case "node":
            guard graphDepth != nil else { throw failure("<node> outside a <graph>") }
            guard let id = attribute("id") else { throw failure("<node> without an id") }
            nodes.append(RawElement(id: id, line: line))
            owner = .node
        case "edge":
            guard graphDepth != nil else { throw failure("<edge> outside a <graph>") }
            guard let source = attribute("source"), let target = attribute("target") else {
                throw failure("<edge> without a source or a target")
            }
            if attribute("directed") == "true" {
                throw failure("a directed edge (directed=\"true\") is not supported: only undirected graphs can be read")
            }
            edges.append(RawElement(id: source, target: target, line: line))
            owner = .edge
        case "data":
            guard let key = attribute("key") else { throw failure("<data> without a key") }
            dataKey = key
            dataText = ""
            dataDepth = depth
            dataLine = line
            dataHasElements = false
        case "hyperedge", "port", "endpoint":
            throw failure("<\(name)> is not supported: only simple graphs can be read")
        default:
            throw failure("unexpected element <\(name)>")
        }
    }

    func endElement(depth: Int) throws(GraphMLReadError) {
        if let foreign = foreignDepth {
            if depth == foreign { foreignDepth = nil }
            return
        }
        if let key = dataKey {
            guard depth == dataDepth else { return }
            dataKey = nil
            if dataHasElements { return }
            let item = (key: key, text: dataText, line: dataLine)
            switch owner {
            case .graph: graphData.append(item)
            case .node: nodes[nodes.count - 1].data.append(item)
            case .edge: edges[edges.count - 1].data.append(item)
            case .key, .other: break
            }
            return
        }
        let name = xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
        switch name {
        case "default":
            if let id = currentKeyID { keys[id]?.defaultText = dataText }
            readingDefault = false
        case "key":
            currentKeyID = nil
        case "node", "edge":
            owner = .graph
        case "graph":
            graphDepth = nil
            owner = .other
        default:
            break
        }
    }

    /// An attribute of the current element, or nil.
    func attribute(_ name: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { entgraph_xmlFree(value) }
        return String(cString: value)
    }
}

extension String {
    fileprivate func trimmingSuffix() -> String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
