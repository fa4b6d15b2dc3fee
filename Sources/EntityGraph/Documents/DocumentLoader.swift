/// Reads one input into documents: the call the pipeline makes for each collected input.
///
/// The format comes from the file's extension (`DocumentFormat`); files with other extensions
/// and standard input are sniffed: HTML when they start like an HTML page, plain text
/// otherwise. Every failure is a `DocumentReadError` naming the input; it concerns that input
/// only, so callers report it and go on. The loader holds no mutable state: call it from any
/// number of threads at once.
public struct DocumentLoader: Sendable {
    /// Marks page furniture in the documents read.
    public var classifier: FurnitureClassifier

    /// A loader whose readers mark furniture with `classifier`.
    public init(classifier: FurnitureClassifier = FurnitureClassifier()) {
        self.classifier = classifier
    }

    /// The documents of `input`.
    public func load(_ input: Input) throws(DocumentReadError) -> [Document] {
        switch input {
        case .file(let path):
            return try read(FileBytes.read(path: path), id: path, format: DocumentFormat(path: path))
        case .standardInput:
            return try read(FileBytes.readStandardInput(), id: Input.standardInputID, format: nil)
        }
    }

    /// The documents in `bytes`, read as `format`, or as the bytes look when `format` is nil.
    public func read(_ bytes: [UInt8], id: String, format: DocumentFormat? = nil) throws(DocumentReadError) -> [Document] {
        let format = format ?? bytes.withUnsafeBufferPointer(DocumentFormat.sniff)
        return try reader(for: format).read(bytes, id: id)
    }

    /// The reader for `format`.
    public func reader(for format: DocumentFormat) -> any DocumentReader {
        switch format {
        case .text, .markdown: return PlainTextReader(classifier: classifier)
        case .html: return HTMLReader(classifier: classifier)
        case .jsonLines: return JSONLinesReader(classifier: classifier)
        }
    }
}
