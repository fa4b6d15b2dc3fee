/// Which import tool the CSV headers are written for.
public enum CSVDialect: String, Sendable, CaseIterable {
    /// Gephi's spreadsheet import: `Id,Label,Type,…` and `Source,Target,Type,Weight,…` with
    /// `Type` = `Undirected`.
    case gephi
    /// `neo4j-admin database import`: `id:ID,label,:LABEL,…` and
    /// `:START_ID,:END_ID,:TYPE,weight:double,…`, every column typed.
    case neo4j
}

/// Writes the graph as two CSV tables, nodes and edges (RFC 4180 quoting, `\n` line ends).
///
/// Nodes: id, label, type (PERSON…), mentions, documents, aliases (`|`-joined), then extra
/// attributes in key order (empty where a node has none). Edges: source and target ids, the
/// type (`Undirected` for Gephi, `CO_MENTIONED` for Neo4j), weight, sentences, paragraphs,
/// documents, then extras. Graph attributes have no place in CSV and are left out.
///
/// Text cells (ids, labels, aliases, text attributes and their names) that a spreadsheet would
/// run as a formula, those starting with `=`, `+`, `-`, `@`, a tab or a carriage return, get a
/// leading `'` as OWASP recommends ("CSV Injection"), unless `neutralizesFormulas` is off.
/// Numbers are never changed, so a negative weight stays a number.
///
/// `-o out.csv` writes `out.nodes.csv` and `out.edges.csv` (see `OutputFile`). With the Neo4j
/// dialect:
///
///     neo4j-admin database import full --array-delimiter="|" \
///         --nodes=Entity=out.nodes.csv --relationships=out.edges.csv neo4j
public struct CSVExporter: GraphExporter {
    public var dialect: CSVDialect
    /// Whether text cells that start a formula are written with a leading `'`.
    public var neutralizesFormulas: Bool

    public init(dialect: CSVDialect = .gephi, neutralizesFormulas: Bool = true) {
        self.dialect = dialect
        self.neutralizesFormulas = neutralizesFormulas
    }

    /// Extra attributes named like a core column (in any case) are not written.
    static let reservedNodeNames: Set<String> = ["id", "label", "type", "mentions", "documents", "aliases"]
    static let reservedEdgeNames: Set<String> = [
        "id", "source", "target", "type", "weight", "sentences", "paragraphs", "documents",
    ]

    public func files(for graph: CoMentionGraph) throws -> [ExportedFile] {
        [ExportedFile(part: "nodes", bytes: nodesTable(graph)),
         ExportedFile(part: "edges", bytes: edgesTable(graph))]
    }

    /// The nodes table.
    public func nodesTable(_ graph: CoMentionGraph) -> [UInt8] {
        let reserved = graph.reservedNodeNames(Self.reservedNodeNames)
        let extras = AttributeColumn.columns(of: graph.nodes.lazy.map(\.attributes)).filter {
            !reserved.contains($0.name.lowercased())
        }
        // The core columns the graph has: a foreign graph's absent ones are left out, not invented.
        let core = ["id", "label", "type", "mentions", "documents", "aliases"].map { $0 == "id" || graph.hasNodeAttribute($0) }
        func present<T>(_ values: [T]) -> [T] { zip(values, core).filter(\.1).map(\.0) }
        var header: [String]
        switch dialect {
        case .gephi: header = ["Id", "Label", "Type", "Mentions", "Documents", "Aliases"]
        case .neo4j:
            header = ["id:ID", "label", ":LABEL", "mentions:\(AttributeColumnType.integers(graph.nodes.map(\.mentions)).graphMLName)",
                      "documents:\(AttributeColumnType.integers(graph.nodes.map(\.documents)).graphMLName)", "aliases:string[]"]
        }
        header = present(header) + extras.map { text(self.header(for: $0)) }
        var out = Self.row(header)
        for node in graph.nodes {
            var fields = present([
                text(node.id), text(node.label), node.kind.label, NumberText.integer(node.mentions),
                NumberText.integer(node.documents), text(node.aliases.joined(separator: "|")),
            ])
            fields += extras.map { cell(node.attributes[$0.name], $0.type) }
            out += Self.row(fields)
        }
        return Array(out.utf8)
    }

    /// The edges table.
    public func edgesTable(_ graph: CoMentionGraph) -> [UInt8] {
        let reserved = graph.reservedEdgeNames(Self.reservedEdgeNames)
        let extras = AttributeColumn.columns(of: graph.edges.lazy.map(\.attributes)).filter {
            !reserved.contains($0.name.lowercased())
        }
        // Source, target and the edge type always; the counts the graph has.
        let core = [true, true, true] + ["weight", "sentences", "paragraphs", "documents"].map(graph.hasEdgeAttribute)
        func present<T>(_ values: [T]) -> [T] { zip(values, core).filter(\.1).map(\.0) }
        var header: [String]
        let type: String
        switch dialect {
        case .gephi:
            header = ["Source", "Target", "Type", "Weight", "Sentences", "Paragraphs", "Documents"]
            type = "Undirected"
        case .neo4j:
            header = [":START_ID", ":END_ID", ":TYPE", "weight:double",
                      "sentences:\(AttributeColumnType.integers(graph.edges.map(\.sentences)).graphMLName)",
                      "paragraphs:\(AttributeColumnType.integers(graph.edges.map(\.paragraphs)).graphMLName)",
                      "documents:\(AttributeColumnType.integers(graph.edges.map(\.documents)).graphMLName)"]
            type = "CO_MENTIONED"
        }
        header = present(header) + extras.map { text(self.header(for: $0)) }
        var out = Self.row(header)
        for edge in graph.edges {
            var fields = present([
                text(graph.nodes[edge.source].id), text(graph.nodes[edge.target].id), type,
                NumberText.double(edge.weight), NumberText.integer(edge.sentences),
                NumberText.integer(edge.paragraphs), NumberText.integer(edge.documents),
            ])
            fields += extras.map { cell(edge.attributes[$0.name], $0.type) }
            out += Self.row(fields)
        }
        return Array(out.utf8)
    }

    private func header(for column: AttributeColumn) -> String {
        switch dialect {
        case .gephi: column.name
        case .neo4j: "\(column.name):\(column.type.graphMLName)"
        }
    }

    /// An extra attribute's cell: numbers and booleans as they are, text neutralized.
    private func cell(_ value: AttributeValue?, _ type: AttributeColumnType) -> String {
        guard let value else { return "" }
        if case .string = value { return text(value.text(as: type)) }
        return value.text(as: type)
    }

    /// A text cell, neutralized when that is asked for.
    private func text(_ text: String) -> String {
        neutralizesFormulas ? Self.neutralized(text) : text
    }

    /// `text` with a leading `'` when a spreadsheet would read it as a formula.
    public static func neutralized(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// One CSV line: fields with a comma, quote, line break or edge space are quoted, quotes doubled.
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text {
            quoted += character == "\"" ? "\"\"" : String(character)
        }
        return quoted + "\""
    }
}
