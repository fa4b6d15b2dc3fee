/// Reads one input into documents: the call the pipeline makes for each collected input.
///
/// The format comes from the file's extension (`DocumentFormat`); files with other extensions
/// and standard input are sniffed: HTML when they start like an HTML page, a feed when they
/// start like RSS or Atom, plain text otherwise; `.xml` files are HTML when they look like a
/// page and feeds otherwise. A document that gives no date of its own
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
            let bytes = try FileBytes.read(path: path, limit: limit)
            var format = DocumentFormat(path: path)
            if format == nil, DocumentFormat.xmlExtensions.contains(DocumentFormat.lowercasedExtension(of: path) ?? "") {
                format = bytes.withUnsafeBufferPointer(DocumentFormat.sniffXML)
            }
            var documents = try read(bytes, id: path, format: format, skipping: &skipped)
            // A date in the file name ("2024-03-05-summit.txt") dates what gave no date of its own.
            if documents.contains(where: { $0.date == nil }), let date = DocumentDate.inFileName(path) {
                for index in documents.indices where documents[index].date == nil { documents[index].date = date }
            }
            return documents
        case .standardInput:
            return try read(FileBytes.readStandardInput(limit: limit), id: standardInputID, format: standardInputFormat, skipping: &skipped)
        }
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
