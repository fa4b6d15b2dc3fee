/// Writes schema-valid GraphML that NetworkX, igraph, Gephi, Cytoscape and yEd read with every
/// attribute typed.
///
/// Each attribute is declared once as a `<key>` with `attr.name` and `attr.type`; its id is the
/// attribute name itself (made an XML NMTOKEN), so the file reads well by eye. Key ids must be
/// unique across the document, so a name already taken by a node key gets a domain prefix:
/// edges' `documents` becomes `edge_documents`, a graph attribute `weight` becomes
/// `graph_weight`; `attr.name` stays the plain name, which is what readers use.
///
/// Nodes carry the core attributes (`CoreNodeAttribute`): `label`, `name` (the node id again,
/// unique, because igraph and R key vertices by `name`; the display name is `label`),
/// `type` (PERSON, COUNTRY…), `mentions`, `documents`, `aliases` (`|`-joined, left out when
/// empty), then the extra attributes in key order. Edges carry `weight`, `sentences`,
/// `paragraphs`, `documents` (`CoreEdgeAttribute`), then the extras. An extra attribute whose name is one of these
/// core names is not written: the core value wins; nor is a node attribute `id`, which
/// `GraphMLReader` would take for the node's id.
///
/// Big graphs are written on `threads` threads: the nodes and edges after the first
/// `chunkSize` are cut into chunks of `chunkSize` elements, each written by its own xmlTextWriter
/// as a fragment at the depth of `<graph>` and spliced in in order. The bytes are the same as one
/// writer's (a test checks it); if libxml2 ever frames a fragment differently, the exporter
/// notices and writes the document in one writer.
public struct GraphMLExporter: GraphExporter {
    public var threads: Int
    /// Nodes or edges per chunk.
    var chunkSize = 4_096

    public init(threads: Int = 1) {
        self.threads = max(1, threads)
    }

    static let namespace = "http://graphml.graphdrawing.org/xmlns"
    static let schemaLocation = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

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
        // The first chunk's elements go through the main writer, so `<graph>` is never empty
        // and its end tag is always the two lines the splice below expects.
        let elements = graph.nodes.count + graph.edges.count
        let head = min(elements, threads > 1 ? chunkSize : elements)
        try Self.writeElements(0..<head, of: graph, keys: keys, to: xml)
        try xml.endElement()
        try xml.endElement()
        let document = try xml.finish()
        guard head < elements else { return document }
        let chunks = stride(from: head, to: elements, by: chunkSize).map { $0..<min($0 + chunkSize, elements) }
        let fragments = ParallelMap.map(chunks, threads: threads) { range in
            Result { () throws(ExportError) -> [UInt8]? in
                let fragment = try XMLDocumentWriter(format: .graphml, fragmentInside: ["graphml", "graph"])
                try Self.writeElements(range, of: graph, keys: keys, to: fragment)
                return try fragment.fragment()
            }
        }
        let tail = Array("  </graph>\n</graphml>\n".utf8)
        var parts: [[UInt8]] = []
        for fragment in fragments {
            guard let bytes = try fragment.get() else { return try GraphMLExporter(threads: 1).write(graph) }
            parts.append(bytes)
        }
        guard document.suffix(tail.count).elementsEqual(tail) else { return try GraphMLExporter(threads: 1).write(graph) }
        var out = Array(document.dropLast(tail.count))
        out.reserveCapacity(document.count + parts.reduce(0) { $0 + $1.count })
        for part in parts { out += part }
        out += tail
        return out
    }

    /// Writes nodes and edges by position in the sequence nodes-then-edges.
    private static func writeElements(_ range: Range<Int>, of graph: CoMentionGraph, keys: GraphMLKeys,
                                      to xml: XMLDocumentWriter) throws(ExportError) {
        for index in range {
            if index < graph.nodes.count {
                let node = graph.nodes[index]
                try xml.startElement("node")
                try xml.attribute("id", node.id)
                for key in keys.node {
                    let value = if let core = key.nodeCore { node.value(of: core) } else { node.attributes[key.column.name] }
                    if let value {
                        try xml.element("data", ["key": key.id], text: value.text(as: key.column.type))
                    }
                }
            } else {
                let edge = graph.edges[index - graph.nodes.count]
                try xml.startElement("edge")
                try xml.attribute("source", graph.nodes[edge.source].id)
                try xml.attribute("target", graph.nodes[edge.target].id)
                for key in keys.edge {
                    let value = if let core = key.edgeCore { edge.value(of: core) } else { edge.attributes[key.column.name] }
                    if let value {
                        try xml.element("data", ["key": key.id], text: value.text(as: key.column.type))
                    }
                }
            }
            try xml.endElement()
        }
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
        /// The node's or edge's own field the key holds, if it is not an extra attribute.
        var nodeCore: CoreNodeAttribute?
        var edgeCore: CoreEdgeAttribute?
    }

    var node: [Key] = []
    var edge: [Key] = []
    var graph: [Key] = []
    var all: [Key] { node + edge + graph }

    init(_ graph: CoMentionGraph) {
        // Every core attribute the graph has; `name`, the id, always.
        let nodeCore = CoreNodeAttribute.allCases.filter { $0 == .name || graph.has($0) }
        let edgeCore = graph.present(CoreEdgeAttribute.allCases)
        let nodeExtra = AttributeColumn.columns(
            of: graph.nodes.lazy.map(\.attributes), reserved: graph.reservedNodeNames(CoreNodeAttribute.allCases, ["id"]))
        let edgeExtra = AttributeColumn.columns(
            of: graph.edges.lazy.map(\.attributes), reserved: graph.reservedEdgeNames(CoreEdgeAttribute.allCases))
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
        node = nodeCore.map { core in
            var key = key(AttributeColumn(name: core.rawValue, type: core.columnType(in: graph)), .node)
            key.nodeCore = core
            return key
        } + nodeExtra.map { key($0, .node) }
        edge = edgeCore.map { core in
            var key = key(AttributeColumn(name: core.rawValue, type: core.columnType(in: graph)), .edge)
            key.edgeCore = core
            return key
        } + edgeExtra.map { key($0, .edge) }
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
