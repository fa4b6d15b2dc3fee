/// Why one input could not be turned into documents; each case names the input and the problem.
///
/// Byte offsets in these errors are offsets into the file as stored (a byte order mark counts),
/// so `cmp`/`xxd` on the file finds the culprit. Offsets inside a `Document` are different: they
/// are into `Document.text`, after a UTF-8 byte order mark was dropped (see `TextDecoder`).
/// These errors are per input: a run reports them and goes on with the other inputs.
public enum DocumentReadError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Nothing exists at the path (or it is a symbolic link to nothing).
    case notFound(path: String)
    /// The path exists but could not be opened or read; `reason` is the system's message.
    case unreadable(path: String, reason: String)
    /// Following symbolic links leads back to a folder being walked, or the link chain is too long.
    case symbolicLinkLoop(path: String)
    /// The path is neither a regular file, a folder, nor a pipe (a socket, a device).
    case unsupportedFileType(path: String)
    /// A named pipe that no program opened for writing within `seconds`.
    case pipeWithoutWriter(path: String, seconds: Int)
    /// The file has zero bytes (or only a byte order mark).
    case empty(path: String)
    /// Gzip data that are corrupt or cut short; `reason` says how (zlib's words where it has some).
    case invalidGzip(path: String, reason: String)
    /// Gzip data that inflate past the loader's limit (`DocumentLoader.maxBytes`): a huge file or
    /// a "gzip bomb"; refused as soon as the output passes the limit.
    case gzipTooLarge(path: String, limit: Int)
    /// Not an article: a graph, a picture, an archive, a JSON document… named directly, or
    /// JSON that is not JSON Lines; `kind` says what it looks like ("a GraphML graph").
    case notAnArticle(path: String, kind: String)
    /// The input holds more bytes than the loader's limit (`DocumentLoader.maxBytes`); `size` is
    /// nil when it is a stream (standard input, a pipe, a device) that went past the limit.
    case tooLarge(path: String, size: Int?, limit: Int)
    /// The file decoded fine but holds no text: only whitespace, or HTML without readable text.
    case noText(path: String)
    /// The bytes are not UTF-8: the sequence starting at `byteOffset` is ill-formed or truncated.
    case invalidUTF8(path: String, byteOffset: Int)
    /// The file has a UTF-16 byte order mark but is not valid UTF-16 from `byteOffset` on.
    case invalidUTF16(path: String, byteOffset: Int)
    /// The file has a UTF-32 byte order mark but is not valid UTF-32 from `byteOffset` on.
    case invalidUTF32(path: String, byteOffset: Int)
    /// A NUL byte, or a control character near the start, says this is not a text file.
    case binary(path: String, byteOffset: Int, byte: UInt8)
    /// libxml2 stopped because elements nest deeper than it allows; the rest of the page is lost.
    case htmlNestingTooDeep(path: String, line: Int)
    /// libxml2 stopped at a text node larger than it allows (10 MB); the rest of the page is lost.
    case htmlTextNodeTooLarge(path: String, line: Int)
    /// An element has more attributes than `limit` (`MarkupPrescan`), which libxml2 would
    /// check in quadratic time; the page is not parsed.
    case tooManyAttributes(path: String, line: Int, limit: Int)
    /// libxml2 gave up on the page for another reason; `message` is its own words.
    case htmlParseFailed(path: String, line: Int, message: String)
    /// A line of a JSON Lines file is not a JSON object with a string "text".
    case invalidJSONLine(path: String, line: Int, reason: String)
    /// A record of a CSV file or an item of a feed cannot be read; `record` is its 1-based
    /// number (the header row not counted), `line` the line it starts on.
    case invalidRecord(path: String, record: Int, line: Int, reason: String)
    /// The input cannot be read as records at all: a CSV file without a text column, an XML
    /// file that is not an RSS or Atom feed, a feed that is not well-formed before its first item.
    case unreadableRecords(path: String, line: Int, reason: String)

    /// The input the error is about: a path, or `stdin`.
    public var path: String {
        switch self {
        case .notFound(let path), .unreadable(let path, _), .symbolicLinkLoop(let path),
             .unsupportedFileType(let path), .empty(let path), .tooLarge(let path, _, _), .noText(let path),
             .invalidUTF8(let path, _), .invalidUTF16(let path, _), .invalidUTF32(let path, _),
             .binary(let path, _, _), .htmlNestingTooDeep(let path, _), .htmlTextNodeTooLarge(let path, _),
             .htmlParseFailed(let path, _, _), .invalidJSONLine(let path, _, _), .tooManyAttributes(let path, _, _),
             .invalidRecord(let path, _, _, _), .unreadableRecords(let path, _, _),
             .pipeWithoutWriter(let path, _), .invalidGzip(let path, _), .gzipTooLarge(let path, _),
             .notAnArticle(let path, _):
            return path
        }
    }

    /// `path: problem`, e.g. `corpus/a.html: not valid UTF-8 at byte 1832`.
    public var description: String {
        "\(path): \(problem)"
    }

    /// The problem alone, without the path.
    public var problem: String {
        switch self {
        case .notFound:
            return "no such file or folder"
        case .unreadable(_, let reason):
            return "cannot be read (\(reason))"
        case .symbolicLinkLoop:
            return "symbolic link loop"
        case .unsupportedFileType:
            return "not a regular file or folder (a named pipe, socket or device in a folder is not read)"
        case .pipeWithoutWriter(_, let seconds):
            return "named pipe without a writer (waited \(seconds) s); not read"
        case .empty:
            return "empty file"
        case .tooLarge(_, let size?, let limit):
            return "file too large (\(size) bytes > limit of \(limit) bytes); not read"
        case .tooLarge(_, nil, let limit):
            return "input too large (more than the limit of \(limit) bytes); not read"
        case .noText:
            return "no text found"
        case .invalidGzip(_, let reason):
            return "not valid gzip data: \(reason); not read"
        case .gzipTooLarge(_, let limit):
            return "gzip data expand to more than the limit of \(limit) bytes (--max-bytes); not read"
        case .notAnArticle(_, let kind):
            return "looks like \(kind), not an article; not read (--input-format reads it anyway)"
        case .invalidUTF8(_, let offset):
            return "not valid UTF-8 at byte \(offset)"
        case .invalidUTF16(_, let offset):
            return "not valid UTF-16 at byte \(offset)"
        case .invalidUTF32(_, let offset):
            return "not valid UTF-32 at byte \(offset)"
        case .binary(_, let offset, let byte):
            let hex = String(byte, radix: 16, uppercase: true)
            return "binary data (byte 0x\(hex.count == 1 ? "0" + hex : hex)) at byte \(offset)"
        case .htmlNestingTooDeep(_, let line):
            return "HTML nests elements too deeply (libxml2 stopped at line \(line)); not read"
        case .htmlTextNodeTooLarge(_, let line):
            return "HTML text node larger than 10 MB (libxml2 stopped at line \(line)); not read"
        case .tooManyAttributes(_, let line, let limit):
            return "an element with more than \(limit) attributes at line \(line); not read"
        case .htmlParseFailed(_, let line, let message):
            return "HTML parser stopped at line \(line): \(message)"
        case .invalidJSONLine(_, let line, let reason):
            return "line \(line): \(reason)"
        case .invalidRecord(_, let record, let line, let reason):
            return "record \(record) (line \(line)): \(reason)"
        case .unreadableRecords(_, let line, let reason):
            return line > 0 ? "line \(line): \(reason)" : reason
        }
    }
}
