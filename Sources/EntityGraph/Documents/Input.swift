/// One source of documents the pipeline reads: a file path, or standard input.
public enum Input: Sendable, Hashable {
    /// A file, by the path it was named or found under.
    case file(String)
    /// Standard input, named `-` on the command line.
    case standardInput

    /// The id its documents get, and the name errors use: the path, or `stdin`.
    public var id: String {
        switch self {
        case .file(let path): return path
        case .standardInput: return Self.standardInputID
        }
    }

    /// The id of documents read from standard input.
    public static let standardInputID = "stdin"
}
