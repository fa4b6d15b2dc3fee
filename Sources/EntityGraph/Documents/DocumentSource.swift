/// Something the pipeline can read documents from: a file, standard input, a test string.
public struct DocumentSource: Sendable {
    /// The path or name shown in messages.
    public var name: String
    public var load: @Sendable () throws -> [Document]

    public init(name: String, load: @escaping @Sendable () throws -> [Document]) {
        self.name = name
        self.load = load
    }
}
