/// Turns the bytes of one input into documents: one per file for text and HTML, one per line
/// for JSON Lines.
///
/// Readers are value types without shared state: two threads may read at once.
public protocol DocumentReader: Sendable {
    /// The documents in `bytes` (the raw file, byte order mark included); `id` names the input
    /// in document ids and errors.
    func read(_ bytes: [UInt8], id: String) throws(DocumentReadError) -> [Document]
}
