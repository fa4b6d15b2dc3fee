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

    /// Extra attributes named like a core column (in any case) are not written; nor are those
    /// named like the columns that are not attributes.
    static let structuralNodeNames = ["id"]
    static let structuralEdgeNames = ["id", "source", "target", "type"]

    public func files(for graph: CoMentionGraph) throws -> [ExportedFile] {
        [ExportedFile(part: "nodes", bytes: nodesTable(graph)),
         ExportedFile(part: "edges", bytes: edgesTable(graph))]
    }

    /// The nodes table.
    public func nodesTable(_ graph: CoMentionGraph) -> [UInt8] {
        let reserved = graph.reservedNodeNames(CoreNodeAttribute.everywhere, Self.structuralNodeNames)
        let extras = AttributeColumn.columns(of: graph.nodes.lazy.map(\.attributes)).filter {
            !reserved.contains($0.name.lowercased())
        }
        // The core columns the graph has: a foreign graph's absent ones are left out, not invented.
        let core = graph.present(CoreNodeAttribute.everywhere).map { ($0, $0.columnType(in: graph)) }
        let id = switch dialect {
        case .gephi: "Id"
        case .neo4j: "id:ID"
        }
        var out = Self.row([id] + core.map { header(for: $0.0, $0.1) } + extras.map { text(self.header(for: $0)) })
        for node in graph.nodes {
            let fields = [text(node.id)] + core.map { cell(node.value(of: $0.0), $0.1) }
                + extras.map { cell(node.attributes[$0.name], $0.type) }
            out += Self.row(fields)
        }
        return Array(out.utf8)
    }

    /// The edges table.
    public func edgesTable(_ graph: CoMentionGraph) -> [UInt8] {
        let reserved = graph.reservedEdgeNames(CoreEdgeAttribute.allCases, Self.structuralEdgeNames)
        let extras = AttributeColumn.columns(of: graph.edges.lazy.map(\.attributes)).filter {
            !reserved.contains($0.name.lowercased())
        }
        // Source, target and the edge type always; the counts the graph has.
        let core = graph.present(CoreEdgeAttribute.allCases).map { ($0, $0.columnType(in: graph)) }
        let ends: [String], type: String
        switch dialect {
        case .gephi:
            ends = ["Source", "Target", "Type"]
            type = "Undirected"
        case .neo4j:
            ends = [":START_ID", ":END_ID", ":TYPE"]
            type = "CO_MENTIONED"
        }
        var out = Self.row(ends + core.map { header(for: $0.0.rawValue, $0.1) } + extras.map { text(self.header(for: $0)) })
        for edge in graph.edges {
            let fields = [text(graph.nodes[edge.source].id), text(graph.nodes[edge.target].id), type]
                + core.map { cell(edge.value(of: $0.0), $0.1) } + extras.map { cell(edge.attributes[$0.name], $0.type) }
            out += Self.row(fields)
        }
        return Array(out.utf8)
    }

    /// A core node column's header: Neo4j's node label for the type, a string array for the aliases.
    private func header(for attribute: CoreNodeAttribute, _ type: AttributeColumnType) -> String {
        switch (dialect, attribute) {
        case (.neo4j, .type): ":LABEL"
        case (.neo4j, _) where attribute.type == .textList: "\(attribute.rawValue):string[]"
        default: header(for: attribute.rawValue, type)
        }
    }

    /// A core column's header: the name capitalized for Gephi; for Neo4j, numbers with their type.
    private func header(for name: String, _ type: AttributeColumnType) -> String {
        switch dialect {
        case .gephi: name.prefix(1).uppercased() + name.dropFirst()
        case .neo4j: type == .string ? name : "\(name):\(type.graphMLName)"
        }
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
