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
