/// Turns a co-mention graph into the bytes of one export format.
///
/// Implementations write nodes and edges in the order the graph stores them and use
/// `NumberText` for every number, so one graph always gives byte-identical files.
public protocol GraphExporter: Sendable {
    /// The files of one export: a single file for most formats, a nodes and an edges table for CSV.
    func files(for graph: CoMentionGraph) throws -> [ExportedFile]
}

/// One file of an export, before it is written anywhere.
public struct ExportedFile: Sendable, Equatable {
    /// Which part of a multi-file export this is ("nodes", "edges"), nil for a single-file format.
    /// `OutputFile.path(for:part:)` turns it into a file name.
    public var part: String?
    public var bytes: [UInt8]

    public init(part: String? = nil, bytes: [UInt8]) {
        self.part = part
        self.bytes = bytes
    }
}

/// An export that could not be produced; says which format and what failed.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var format: ExportFormat
    public var message: String

    public init(format: ExportFormat, message: String) {
        self.format = format
        self.message = message
    }

    public var description: String { "\(format.rawValue) export: \(message)" }
}
