/// Reads one input into documents: the call the pipeline makes for each collected input.
///
/// Gzip data (`page.html.gz`, or any input starting with gzip's magic number) are inflated
/// first, within the same byte limit. The format then comes from `inputFormat` when set, else
/// from the file's extension (`DocumentFormat`, after a `.gz`); files with other extensions
/// and standard input are sniffed: JSON Lines when the first line is one JSON object, HTML when
/// they start like an HTML page, a feed when they start like RSS or Atom, plain text
/// otherwise; `.xml` files are HTML when they look like a page and feeds otherwise. What is
/// plainly no article (a GraphML, GEXF or DOT graph, a PDF, an image, an archive, a JSON
/// document) is refused with `notAnArticle` rather than read as text. A document that gives no date of its own
/// takes the YYYY-MM-DD in its file's name, if there is one. Every failure is a `DocumentReadError` naming the input; it concerns that input
/// only, so callers report it and go on. The loader holds no mutable state: call it from any
/// number of threads at once.
public struct DocumentLoader: Sendable {
    /// Marks page furniture in the documents read.
    public var classifier: FurnitureClassifier
    /// The most bytes one input may hold; a larger one is refused with `tooLarge` before it is
    /// read into memory (streams are cut off at the limit). nil, or anything above
    /// `largestMaxBytes`, means `largestMaxBytes`.
    public var maxBytes: Int?
    /// Which fields of CSV and JSON Lines records hold text, id, date and title.
    public var fields = RecordFields()
    /// The format every input is read as (`--input-format`), whatever its name or first bytes
    /// say; nil takes it from the extension or the bytes. Gzip data are still inflated first.
    public var inputFormat: DocumentFormat?
    /// How standard input is read; nil sniffs it from its bytes (`partial` reads JSON Lines).
    public var standardInputFormat: DocumentFormat?
    /// The id documents read from standard input get (and errors name): by default `stdin`;
    /// `partial --source` names them as the file they were streamed from.
    public var standardInputID = Input.standardInputID

    /// The default `maxBytes`, 64 MiB: far above any article or web page, and an input this
    /// size already needs about a gigabyte on its way through the pipeline.
    public static let defaultMaxBytes = 64 << 20

    /// The largest input the pipeline can take, 2 GiB - 1: tokens keep 32-bit byte offsets.
    public static let largestMaxBytes = Int(Int32.max)

    /// A loader whose readers mark furniture with `classifier`, refusing inputs over `maxBytes`.
    public init(classifier: FurnitureClassifier = FurnitureClassifier(), maxBytes: Int? = DocumentLoader.defaultMaxBytes) {
        self.classifier = classifier
        self.maxBytes = maxBytes
    }

    /// The documents of `input`.
    public func load(_ input: Input) throws(DocumentReadError) -> [Document] {
        var skipped: [DocumentReadError] = []
        let documents = try load(input, skipping: &skipped)
        if let first = skipped.first { throw first }
        return documents
    }

    /// The documents of `input`'s readable records; each record that cannot be read (a line of
    /// a JSON Lines file) goes to `skipped`. Throws when the input gives no document.
    public func load(_ input: Input, skipping skipped: inout [DocumentReadError]) throws(DocumentReadError) -> [Document] {
        let limit = min(maxBytes ?? Self.largestMaxBytes, Self.largestMaxBytes)
        switch input {
        case .file(let path):
            var bytes = try FileBytes.read(path: path, limit: limit)
            // `page.html.gz` is read as `page.html`; gzip data under any name are inflated.
            let formatPath = Gzip.innerPath(of: path) ?? path
            if Gzip.isCompressed(bytes) { bytes = try Gzip.decompress(bytes, id: path, limit: limit) }
            let format = try resolvedFormat(of: bytes, path: formatPath, id: path)
            var documents = try read(bytes, id: path, format: format, skipping: &skipped)
            // A date in the file name ("2024-03-05-summit.txt") dates what gave no date of its own.
            if documents.contains(where: { $0.date == nil }), let date = DocumentDate.inFileName(path) {
                for index in documents.indices where documents[index].date == nil { documents[index].date = date }
            }
            return documents
        case .standardInput:
            var bytes = try FileBytes.readStandardInput(limit: limit)
            let id = standardInputID
            if Gzip.isCompressed(bytes) { bytes = try Gzip.decompress(bytes, id: id, limit: limit) }
            let format: DocumentFormat
            if let given = inputFormat ?? standardInputFormat { format = given } else { format = try resolvedFormat(of: bytes, path: nil, id: id) }
            return try read(bytes, id: id, format: format, skipping: &skipped)
        }
    }

    /// The format of an input's (decompressed) `bytes`: `inputFormat` when set, else its extension's when `path` has one of
    /// ours, else sniffed; refused when the name or the bytes say it is not an article (a graph,
    /// a picture, a JSON document …).
    private func resolvedFormat(of bytes: [UInt8], path: String?, id: String) throws(DocumentReadError) -> DocumentFormat {
        if let inputFormat { return inputFormat }
        let pathExtension = path.flatMap(DocumentFormat.lowercasedExtension(of:)) ?? ""
        if let path, let format = DocumentFormat(path: path) { return format }
        if DocumentFormat.xmlExtensions.contains(pathExtension) {
            return bytes.withUnsafeBufferPointer(DocumentFormat.sniffXML)
        }
        if let kind = DocumentFormat.graphExtensions[pathExtension] ?? bytes.withUnsafeBufferPointer(DocumentFormat.foreignKind) {
            throw .notAnArticle(path: id, kind: kind)
        }
        return bytes.withUnsafeBufferPointer(DocumentFormat.sniff)
    }

    /// The documents in `bytes`, read as `format`, or as the bytes look when `format` is nil.
    public func read(_ bytes: [UInt8], id: String, format: DocumentFormat? = nil) throws(DocumentReadError) -> [Document] {
        var skipped: [DocumentReadError] = []
        let documents = try read(bytes, id: id, format: format, skipping: &skipped)
        if let first = skipped.first { throw first }
        return documents
    }

    /// `read(_:id:format:)` keeping the readable records; the others go to `skipped`.
    public func read(_ bytes: [UInt8], id: String, format: DocumentFormat? = nil,
                     skipping skipped: inout [DocumentReadError]) throws(DocumentReadError) -> [Document] {
        let format = format ?? bytes.withUnsafeBufferPointer(DocumentFormat.sniff)
        return try reader(for: format).read(bytes, id: id, skipping: &skipped)
    }

    /// The reader for `format`.
    public func reader(for format: DocumentFormat) -> any DocumentReader {
        switch format {
        case .text, .markdown: return PlainTextReader(classifier: classifier)
        case .html: return HTMLReader(classifier: classifier)
        case .jsonLines: return JSONLinesReader(classifier: classifier, fields: fields)
        case .csv: return CSVReader(classifier: classifier, fields: fields)
        case .feed: return FeedReader(classifier: classifier)
        }
    }
}
