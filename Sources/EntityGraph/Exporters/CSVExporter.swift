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
/// `-o out.csv` writes `out.nodes.csv` and `out.edges.csv` (see `OutputFile`). With the Neo4j
/// dialect:
///
///     neo4j-admin database import full --array-delimiter="|" \
///         --nodes=Entity=out.nodes.csv --relationships=out.edges.csv neo4j
public struct CSVExporter: GraphExporter {
    public var dialect: CSVDialect

    public init(dialect: CSVDialect = .gephi) {
        self.dialect = dialect
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
        let extras = AttributeColumn.columns(of: graph.nodes.lazy.map(\.attributes)).filter {
            !Self.reservedNodeNames.contains($0.name.lowercased())
        }
        var header: [String]
        switch dialect {
        case .gephi: header = ["Id", "Label", "Type", "Mentions", "Documents", "Aliases"]
        case .neo4j:
            header = ["id:ID", "label", ":LABEL", "mentions:\(AttributeColumnType.integers(graph.nodes.map(\.mentions)).graphMLName)",
                      "documents:\(AttributeColumnType.integers(graph.nodes.map(\.documents)).graphMLName)", "aliases:string[]"]
        }
        header += extras.map(header(for:))
        var out = Self.row(header)
        for node in graph.nodes {
            var fields = [
                node.id, node.label, node.kind.label, NumberText.integer(node.mentions),
                NumberText.integer(node.documents), node.aliases.joined(separator: "|"),
            ]
            fields += extras.map { node.attributes[$0.name]?.text(as: $0.type) ?? "" }
            out += Self.row(fields)
        }
        return Array(out.utf8)
    }

    /// The edges table.
    public func edgesTable(_ graph: CoMentionGraph) -> [UInt8] {
        let extras = AttributeColumn.columns(of: graph.edges.lazy.map(\.attributes)).filter {
            !Self.reservedEdgeNames.contains($0.name.lowercased())
        }
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
        header += extras.map(header(for:))
        var out = Self.row(header)
        for edge in graph.edges {
            var fields = [
                graph.nodes[edge.source].id, graph.nodes[edge.target].id, type,
                NumberText.double(edge.weight), NumberText.integer(edge.sentences),
                NumberText.integer(edge.paragraphs), NumberText.integer(edge.documents),
            ]
            fields += extras.map { edge.attributes[$0.name]?.text(as: $0.type) ?? "" }
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
