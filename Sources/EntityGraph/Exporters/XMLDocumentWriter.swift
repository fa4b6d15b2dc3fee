internal import CLibXML2

/// Writes one indented XML document into memory with libxml2's xmlTextWriter.
///
/// Every name and value passes through `XMLSafeText` first: xmlTextWriter escapes `&`, `<`, `"`
/// and line breaks but writes control characters raw, which no XML parser accepts.
final class XMLDocumentWriter {
    private let format: ExportFormat
    private let buffer: xmlBufferPtr
    private var writer: xmlTextWriterPtr?
    /// The elements a fragment writer pretends to be inside (empty for a whole document).
    private var enclosing: [String] = []

    /// Starts a UTF-8 document indented by two spaces.
    convenience init(format: ExportFormat) throws(ExportError) {
        try self.init(format: format, fragmentInside: [])
    }

    /// A writer for a fragment of a document: elements written as if inside the open elements
    /// `enclosing` (so indented to their depth) of a UTF-8 document indented by two spaces.
    /// `fragment()` then returns only what was written inside them.
    init(format: ExportFormat, fragmentInside enclosing: [String]) throws(ExportError) {
        XMLExportSupport.initialize()
        self.format = format
        guard let buffer = xmlBufferCreate() else {
            throw ExportError(format: format, message: "xmlBufferCreate failed")
        }
        // Doubling instead of libxml2 2.9's default exact growth: a big graph's document grows
        // in thousands of flushes, and exact growth reallocates on each.
        xmlBufferSetAllocationScheme(buffer, XML_BUFFER_ALLOC_DOUBLEIT)
        self.buffer = buffer
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw ExportError(format: format, message: "xmlNewTextWriterMemory failed")
        }
        self.writer = writer
        self.enclosing = enclosing
        try check(xmlTextWriterSetIndent(writer, 1), "xmlTextWriterSetIndent")
        try withXMLChars("  ") { indent throws(ExportError) in
            try check(xmlTextWriterSetIndentString(writer, indent), "xmlTextWriterSetIndentString")
        }
        // A fragment is declared UTF-8 too: without a declared encoding, libxml2 writes non-ASCII
        // characters in attributes as character references.
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
        for name in enclosing { try startElement(name) }
    }

    /// For a fragment writer: the bytes written inside the enclosing elements, or nil when
    /// libxml2 did not frame them as expected (the XML declaration, then each enclosing start
    /// tag on its own line, indented by two spaces per level, and the end tags likewise), which
    /// callers answer by writing the whole document in one writer.
    func fragment() throws(ExportError) -> [UInt8]? {
        let bytes = try finish()
        var prefix = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", suffix = ""
        for (depth, name) in enclosing.enumerated() {
            let indent = String(repeating: "  ", count: depth)
            prefix += "\(indent)<\(name)>\n"
            suffix = "\(indent)</\(name)>\n" + suffix
        }
        let head = Array(prefix.utf8), tail = Array(suffix.utf8)
        guard bytes.count >= head.count + tail.count, bytes.starts(with: head), bytes.suffix(tail.count).elementsEqual(tail) else {
            return nil
        }
        return Array(bytes[head.count..<(bytes.count - tail.count)])
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    /// Opens an element; names may carry a prefix ("viz:color") whose namespace the caller declared.
    func startElement(_ name: String) throws(ExportError) {
        let writer = try activeWriter()
        try withXMLChars(name) { name throws(ExportError) in
            try check(xmlTextWriterStartElement(writer, name), "xmlTextWriterStartElement")
        }
    }

    func attribute(_ name: String, _ value: String) throws(ExportError) {
        let writer = try activeWriter()
        try withXMLChars(name) { name throws(ExportError) in
            try withXMLChars(XMLSafeText.sanitized(value)) { value throws(ExportError) in
                try check(xmlTextWriterWriteAttribute(writer, name, value), "xmlTextWriterWriteAttribute")
            }
        }
    }

    func text(_ value: String) throws(ExportError) {
        let writer = try activeWriter()
        try withXMLChars(XMLSafeText.sanitized(value)) { value throws(ExportError) in
            try check(xmlTextWriterWriteString(writer, value), "xmlTextWriterWriteString")
        }
    }

    func endElement() throws(ExportError) {
        try check(xmlTextWriterEndElement(try activeWriter()), "xmlTextWriterEndElement")
    }

    /// A whole element: start tag with `attributes` in the given order, optional text, end tag.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil)
        throws(ExportError)
    {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text) }
        try endElement()
    }

    /// Closes every open element and returns the document's bytes.
    func finish() throws(ExportError) -> [UInt8] {
        let writer = try activeWriter()
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        xmlFreeTextWriter(writer)  // flushes into `buffer`
        self.writer = nil
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    private func activeWriter() throws(ExportError) -> xmlTextWriterPtr {
        guard let writer else { throw ExportError(format: format, message: "document already finished") }
        return writer
    }

    private func check(_ result: Int32, _ call: String) throws(ExportError) {
        if result < 0 { throw ExportError(format: format, message: "\(call) failed") }
    }

    private func withXMLChars<R>(
        _ text: String, _ body: (UnsafePointer<xmlChar>) throws(ExportError) -> R
    ) throws(ExportError) -> R {
        // No copy for native strings. A NUL inside `text` would end it early: names are ours,
        // and values went through `XMLSafeText`, which replaces NUL.
        var result: Result<R, ExportError>?
        text.withCString { cString in
            let chars = UnsafeRawPointer(cString).assumingMemoryBound(to: xmlChar.self)
            result = Result { () throws(ExportError) in try body(chars) }
        }
        return try result!.get()
    }
}

/// Initializes libxml2 once per process, before the first reader or writer; never cleaned up,
/// because `xmlCleanupParser` would pull the rug from other threads still parsing.
enum XMLExportSupport {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialize() {
        _ = initialized
    }
}
