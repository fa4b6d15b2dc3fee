/// Writes schema-valid GraphML that NetworkX, igraph, Gephi, Cytoscape and yEd read with every
/// attribute typed.
///
/// Each attribute is declared once as a `<key>` with `attr.name` and `attr.type`; its id is the
/// attribute name itself (made an XML NMTOKEN), so the file reads well by eye. Key ids must be
/// unique across the document, so a name already taken by a node key gets a domain prefix:
/// edges' `documents` becomes `edge_documents`, a graph attribute `weight` becomes
/// `graph_weight`; `attr.name` stays the plain name, which is what readers use.
///
/// Nodes carry `label`, `name` (the label again, because igraph names vertices by `name`),
/// `type` (PERSON, COUNTRY…), `mentions`, `documents`, `aliases` (`|`-joined, left out when
/// empty), then the extra attributes in key order. Edges carry `weight`, `sentences`,
/// `paragraphs`, `documents`, then the extras. An extra attribute whose name is one of these
/// core names is not written: the core value wins; nor is a node attribute `id`, which
/// `GraphMLReader` would take for the node's id.
public struct GraphMLExporter: GraphExporter {
    public init() {}

    static let namespace = "http://graphml.graphdrawing.org/xmlns"
    static let schemaLocation = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
    static let coreNodeNames = ["label", "name", "type", "mentions", "documents", "aliases"]
    static let coreEdgeNames = ["weight", "sentences", "paragraphs", "documents"]

    public func files(for graph: CoMentionGraph) throws -> [ExportedFile] {
        [ExportedFile(bytes: try write(graph))]
    }

    /// The GraphML document.
    public func write(_ graph: CoMentionGraph) throws(ExportError) -> [UInt8] {
        let keys = GraphMLKeys(graph)
        let xml = try XMLDocumentWriter(format: .graphml)
        try xml.startElement("graphml")
        try xml.attribute("xmlns", Self.namespace)
        try xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        try xml.attribute("xsi:schemaLocation", Self.schemaLocation)
        for key in keys.all {
            try xml.element("key", [
                "id": key.id, "for": key.domain.rawValue, "attr.name": key.column.name,
                "attr.type": key.column.type.graphMLName,
            ])
        }
        try xml.startElement("graph")
        try xml.attribute("id", "G")
        try xml.attribute("edgedefault", "undirected")
        for key in keys.graph {
            if let value = graph.attributes[key.column.name] {
                try xml.element("data", ["key": key.id], text: value.text(as: key.column.type))
            }
        }
        for node in graph.nodes {
            try xml.startElement("node")
            try xml.attribute("id", node.id)
            for key in keys.node {
                if let value = key.isCore ? node.coreValue(key.column.name) : node.attributes[key.column.name] {
                    try xml.element("data", ["key": key.id], text: value.text(as: key.column.type))
                }
            }
            try xml.endElement()
        }
        for edge in graph.edges {
            try xml.startElement("edge")
            try xml.attribute("source", graph.nodes[edge.source].id)
            try xml.attribute("target", graph.nodes[edge.target].id)
            for key in keys.edge {
                if let value = key.isCore ? edge.coreValue(key.column.name) : edge.attributes[key.column.name] {
                    try xml.element("data", ["key": key.id], text: value.text(as: key.column.type))
                }
            }
            try xml.endElement()
        }
        try xml.endElement()
        try xml.endElement()
        return try xml.finish()
    }
}

/// The `<key>` declarations of one graph: core and extra attributes per domain, with unique ids.
struct GraphMLKeys {
    enum Domain: String {
        case graph, node, edge
    }

    struct Key {
        var id: String
        var domain: Domain
        var column: AttributeColumn
        /// One of the node's or edge's own fields (`coreValue`), not an extra attribute.
        var isCore = false
    }

    var node: [Key] = []
    var edge: [Key] = []
    var graph: [Key] = []
    var all: [Key] { node + edge + graph }

    init(_ graph: CoMentionGraph) {
        let nodeCore: [AttributeColumn] = [
            .init(name: "label", type: .string), .init(name: "name", type: .string),
            .init(name: "type", type: .string),
            .init(name: "mentions", type: AttributeColumnType.integers(graph.nodes.lazy.map(\.mentions))),
            .init(name: "documents", type: AttributeColumnType.integers(graph.nodes.lazy.map(\.documents))),
            .init(name: "aliases", type: .string),
        ]
        let edgeCore: [AttributeColumn] = [
            .init(name: "weight", type: .double),
            .init(name: "sentences", type: AttributeColumnType.integers(graph.edges.lazy.map(\.sentences))),
            .init(name: "paragraphs", type: AttributeColumnType.integers(graph.edges.lazy.map(\.paragraphs))),
            .init(name: "documents", type: AttributeColumnType.integers(graph.edges.lazy.map(\.documents))),
        ]
        let nodeExtra = AttributeColumn.columns(
            of: graph.nodes.lazy.map(\.attributes), reserved: Set(GraphMLExporter.coreNodeNames + ["id"]))
        let edgeExtra = AttributeColumn.columns(
            of: graph.edges.lazy.map(\.attributes), reserved: Set(GraphMLExporter.coreEdgeNames))
        let graphColumns = AttributeColumn.columns(of: [graph.attributes])

        var used: Set<String> = []
        func key(_ column: AttributeColumn, _ domain: Domain) -> Key {
            let plain = Self.nmtoken(column.name)
            var id = plain
            if used.contains(id) { id = "\(domain.rawValue)_\(plain)" }
            var counter = 2
            while used.contains(id) {
                id = "\(domain.rawValue)_\(plain)_\(counter)"
                counter += 1
            }
            used.insert(id)
            return Key(id: id, domain: domain, column: column)
        }
        node = (nodeCore + nodeExtra).map { key($0, .node) }
        edge = (edgeCore + edgeExtra).map { key($0, .edge) }
        for i in nodeCore.indices { node[i].isCore = true }
        for i in edgeCore.indices { edge[i].isCore = true }
        self.graph = graphColumns.map { key($0, .graph) }
    }

    /// `name` as an XML NMTOKEN, the type GraphML's schema gives key ids: letters, digits and
    /// `.-_:` stay, anything else becomes `_`.
    static func nmtoken(_ name: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            let allowed = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || ".-_:".unicodeScalars.contains(scalar)
            result.append(allowed ? scalar : "_")
        }
        return result.isEmpty ? "_" : String(result)
    }
}

extension AttributeColumnType {
    /// The `attr.type` GraphML declares for the column.
    var graphMLName: String {
        switch self {
        case .boolean: "boolean"
        case .int: "int"
        case .long: "long"
        case .double: "double"
        case .string: "string"
        }
    }
}
