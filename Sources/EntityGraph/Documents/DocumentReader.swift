/// Turns the bytes of one input into documents: one per file for text and HTML, one per line
/// for JSON Lines.
///
/// Readers are value types without shared state: two threads may read at once.
public protocol DocumentReader: Sendable {
    /// The documents in `bytes` (the raw file, byte order mark included); `id` names the input
    /// in document ids and errors.
    func read(_ bytes: [UInt8], id: String) throws(DocumentReadError) -> [Document]

    /// The documents of the records in `bytes` that can be read; each one that cannot (a JSON
    /// Lines line) is appended to `skipped`. Throws when the input as a whole cannot be read.
    func read(_ bytes: [UInt8], id: String, skipping skipped: inout [DocumentReadError]) throws(DocumentReadError) -> [Document]
}

extension DocumentReader {
    /// A format of one record per input has nothing to skip: `read(_:id:)`.
    public func read(_ bytes: [UInt8], id: String, skipping skipped: inout [DocumentReadError])
        throws(DocumentReadError) -> [Document]
    {
        try read(bytes, id: id)
    }
}

/// A format of many records per input (JSON Lines, CSV, feeds), whose `read(_:id:)` is the
/// records read, or the first bad record's error.
public protocol RecordReader: DocumentReader {}

extension RecordReader {
    /// The documents in `bytes`, or the error of the first bad record.
    public func read(_ bytes: [UInt8], id: String) throws(DocumentReadError) -> [Document] {
        var skipped: [DocumentReadError] = []
        let documents = try read(bytes, id: id, skipping: &skipped)
        if let first = skipped.first { throw first }
        return documents
    }
}
