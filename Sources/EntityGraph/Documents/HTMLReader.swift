internal import CLibXML2

/// Reads an HTML or XHTML page with libxml2's forgiving HTML parser and keeps its article text.
///
/// - Encoding: bytes that are valid UTF-8 (or UTF-16/32 with a byte order mark, transcoded) are
///   parsed as UTF-8, whatever `<meta charset>` says; without that, libxml2 would read a
///   charset-less UTF-8 page as Latin-1 and garble it. Bytes that are not UTF-8 are parsed with
///   the charset the page declares, if it declares one other than UTF-8; otherwise the page is
///   refused with the offset of the first bad byte. A NUL byte is refused as binary before
///   parsing, since libxml2 silently ends the document there.
/// - Safety: no network, no DTD loading, no entity substitution (the HTML parser ignores an
///   internal DTD subset, so an XHTML page's external entity is never resolved).
/// - Truncation: libxml2 stops part-way, even in recover mode, when elements nest more than 256
///   deep or a text node exceeds 10 MB. The reader detects that from the parser context and
///   throws `htmlNestingTooDeep` / `htmlTextNodeTooLarge` rather than return half a page. A byte
///   the declared charset cannot convert also ends libxml2's input early, without a word to the
///   context: `LibXML2ErrorTrap` catches it and the page fails with `htmlParseFailed`.
/// - Date: from the page's metadata (`HTMLDateFinder`), else the file name's (`DocumentLoader`).
/// - Text: see `HTMLTextExtractor`; `Document.text` is the extracted text, blocks joined by a
///   blank line, so offsets are into that text, not into the HTML. `FurnitureClassifier` marks
///   furniture blocks, then `TextFurnitureDetector` splits credits, share rows and the
///   dateline ("SEOUL (Reuters) -") out of the others.
/// - Concurrency: each call has its own parser context and error state (errors are switched off
///   with the NOERROR/NOWARNING options, so libxml2 prints nothing); libxml2 is initialised once.
public struct HTMLReader: DocumentReader {
    /// Marks page furniture in the documents read.
    public var classifier: FurnitureClassifier

    /// A reader that marks furniture with `classifier`.
    public init(classifier: FurnitureClassifier = FurnitureClassifier()) {
        self.classifier = classifier
    }

    /// The documents in `bytes` (the raw file); errors name `id`.
    public func read(_ bytes: [UInt8], id: String) throws(DocumentReadError) -> [Document] {
        var input: [UInt8]
        var encoding: String? = "UTF-8"
        do {
            input = try TextDecoder().decode(bytes, id: id).utf8
        } catch {
            guard case .invalidUTF8 = error, let charset = Self.declaredCharset(in: bytes),
                  charset != "utf-8", charset != "utf8" else { throw error }
            input = bytes
            encoding = nil
        }
        let extraction = try Self.parse(input, encoding: encoding, id: id)
        if extraction.paragraphs.isEmpty { throw .noText(path: id) }
        // Blocks are classified with their link statistics first; then credits, share rows and
        // the dateline are split out of what is left, as in plain text.
        let paragraphs = extraction.text.withUnsafeBufferPointer {
            classifier.textFurniture.split(classifier.classify(extraction.paragraphs, bytes: $0, anchors: extraction.anchors), bytes: $0)
        }
        // libxml2 outputs UTF-8; check anyway, since a repaired String would shift every offset.
        guard extraction.text.withUnsafeBufferPointer(UTF8Validator.isValid) else {
            throw .htmlParseFailed(path: id, line: 0, message: "libxml2 returned text that is not UTF-8")
        }
        let text = String(decoding: extraction.text, as: UTF8.self)
        return [Document(id: id, text: text, paragraphs: paragraphs, title: extraction.title, date: extraction.date)]
    }

    /// Parses `bytes` and extracts its text; throws when libxml2 stopped before the end.
    static func parse(_ bytes: [UInt8], encoding: String?, id: String) throws(DocumentReadError) -> HTMLTextExtractor {
        _ = LibXML2.initialized
        guard bytes.count < Int(Int32.max) else {
            throw .htmlParseFailed(path: id, line: 0, message: "file larger than 2 GB")
        }
        if case .tooManyAttributes(let line)? = MarkupPrescan.scan(bytes, refusesDoctype: false) {
            throw .tooManyAttributes(path: id, line: line, limit: MarkupPrescan.maxAttributes)
        }
        guard let context = htmlNewParserCtxt() else {
            throw .htmlParseFailed(path: id, line: 0, message: "cannot create a parser context")
        }
        defer { htmlFreeParserCtxt(context) }
        let options = HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue
        let (document, trap) = LibXML2ErrorTrap.catching { () -> htmlDocPtr? in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, encoding, Int32(bitPattern: options))
                }
            }
        }
        defer { if let document { xmlFreeDoc(document) } }
        if context.pointee.disableSAX != 0 {
            throw stopError(context: context, id: id)
        }
        // A byte the declared charset cannot convert ends libxml2's input there, silently.
        if let conversionError = trap.conversionError {
            let line = context.pointee.input.map { Int($0.pointee.line) } ?? 0
            let charset = declaredCharset(in: bytes) ?? "the declared charset"
            throw .htmlParseFailed(path: id, line: line, message: "not valid \(charset.uppercased()): \(conversionError)")
        }
        var extractor = HTMLTextExtractor()
        // No tree without a stop ("Document is empty"): nothing to read, as for a page without text.
        if let document, let root = xmlDocGetRootElement(document) {
            extractor.walk(root)
            extractor.date = HTMLDateFinder.find(in: root)
        }
        return extractor
    }

    /// The typed error for a parse libxml2 stopped part-way, from the context's last error.
    private static func stopError(context: htmlParserCtxtPtr, id: String) -> DocumentReadError {
        guard let error = xmlCtxtGetLastError(context) else {
            return .htmlParseFailed(path: id, line: 0, message: "parser stopped")
        }
        let line = Int(error.pointee.line)
        var message = error.pointee.message.map { String(cString: $0) } ?? "parser stopped"
        while message.last?.isWhitespace == true { message.removeLast() }
        let lowercased = message.lowercased()
        if lowercased.contains("depth") { return .htmlNestingTooDeep(path: id, line: line) }
        if lowercased.contains("huge text") { return .htmlTextNodeTooLarge(path: id, line: line) }
        return .htmlParseFailed(path: id, line: line, message: message)
    }

    /// The charset a page declares in its first 2 KB (`<meta charset=…>` or an http-equiv
    /// content type), lowercased, or nil.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(2048).map(TextBytes.asciiLowercased)
        let marker = Array("charset=".utf8)
        guard head.count > marker.count else { return nil }
        for start in 0...(head.count - marker.count) where head[start..<start + marker.count].elementsEqual(marker) {
            var index = start + marker.count
            while index < head.count, head[index] == UInt8(ascii: "\"") || head[index] == UInt8(ascii: "'") || head[index] == 0x20 {
                index += 1
            }
            var end = index
            while end < head.count, TextBytes.isASCIIAlphanumeric(head[end]) || head[end] == UInt8(ascii: "-")
                || head[end] == UInt8(ascii: "_") || head[end] == UInt8(ascii: ":") || head[end] == UInt8(ascii: ".") {
                end += 1
            }
            if end > index { return String(decoding: head[index..<end], as: UTF8.self) }
        }
        return nil
    }
}

/// libxml2's one-time global set-up, done before the first parse on any thread.
enum LibXML2 {
    /// Touching this runs `xmlInitParser` exactly once. `xmlCleanupParser` is never called: other
    /// threads may still be parsing.
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()
}
