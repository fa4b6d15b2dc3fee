/// Writes GEXF 1.3 for Gephi: typed node and edge attributes, edge weights, and node colours by
/// entity type (or community) in the viz namespace.
///
/// GEXF has no graph-level attributes, so the graph's attributes (window, types, what the weight
/// counts) go into `<meta><description>` as `name: value` pairs in key order. Node attributes
/// are `type`, `mentions`, `documents`, `aliases` (`|`-joined), then extras in key order; edge
/// attributes `sentences`, `paragraphs`, `documents`, then extras, with the weight in the edge's
/// own `weight` attribute. Attribute ids are the attribute names. Edge ids are their positions.
public struct GEXFExporter: GraphExporter {
    public init() {}

    static let namespace = "http://gexf.net/1.3"
    static let vizNamespace = "http://gexf.net/1.3/viz"
    static let coreNodeNames = ["type", "mentions", "documents", "aliases"]
    static let coreEdgeNames = ["sentences", "paragraphs", "documents"]
    /// Names an extra attribute may not take: the core ones and what GEXF keeps in XML attributes.
    static let reservedNodeNames = Set(coreNodeNames + ["label", "id"])
    static let reservedEdgeNames = Set(coreEdgeNames + ["weight", "id"])

    public func files(for graph: CoMentionGraph) throws -> [ExportedFile] {
        [ExportedFile(bytes: try write(graph))]
    }

    /// The GEXF document.
    public func write(_ graph: CoMentionGraph) throws(ExportError) -> [UInt8] {
        let nodeColumns = [
            AttributeColumn(name: "type", type: .string),
            AttributeColumn(name: "mentions", type: AttributeColumnType.integers(graph.nodes.map(\.mentions))),
            AttributeColumn(name: "documents", type: AttributeColumnType.integers(graph.nodes.map(\.documents))),
            AttributeColumn(name: "aliases", type: .string),
        ] + AttributeColumn.columns(of: graph.nodes.lazy.map(\.attributes), reserved: Self.reservedNodeNames)
        let edgeColumns = [
            AttributeColumn(name: "sentences", type: AttributeColumnType.integers(graph.edges.map(\.sentences))),
            AttributeColumn(name: "paragraphs", type: AttributeColumnType.integers(graph.edges.map(\.paragraphs))),
            AttributeColumn(name: "documents", type: AttributeColumnType.integers(graph.edges.map(\.documents))),
        ] + AttributeColumn.columns(of: graph.edges.lazy.map(\.attributes), reserved: Self.reservedEdgeNames)

        let xml = try XMLDocumentWriter(format: .gexf)
        try xml.startElement("gexf")
        try xml.attribute("xmlns", Self.namespace)
        try xml.attribute("xmlns:viz", Self.vizNamespace)
        try xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        try xml.attribute("xsi:schemaLocation", "\(Self.namespace) \(Self.namespace)/gexf.xsd")
        try xml.attribute("version", "1.3")
        try xml.startElement("meta")
        try xml.element("creator", text: "EntityGraph")
        if !graph.attributes.isEmpty {
            let pairs = graph.attributes.keys.sorted().map { name in
                let value = graph.attributes[name]!
                return "\(name): \(value.text(as: AttributeColumnType(value)))"
            }
            try xml.element("description", text: pairs.joined(separator: "; "))
        }
        try xml.endElement()

        try xml.startElement("graph")
        try xml.attribute("mode", "static")
        try xml.attribute("defaultedgetype", "undirected")
        try declare(nodeColumns, class: "node", in: xml)
        try declare(edgeColumns, class: "edge", in: xml)

        let byCommunity = EntityStyle.colorsByCommunity(graph)
        try xml.startElement("nodes")
        for node in graph.nodes {
            try xml.startElement("node")
            try xml.attribute("id", node.id)
            try xml.attribute("label", node.label)
            try values(nodeColumns, in: xml) { name in
                Self.coreNodeNames.contains(name) ? node.coreValue(name) : node.attributes[name]
            }
            let color = EntityStyle(node: node, byCommunity: byCommunity).color
            try xml.element("viz:color", [
                "r": String(color.red), "g": String(color.green), "b": String(color.blue),
            ])
            try xml.endElement()
        }
        try xml.endElement()

        try xml.startElement("edges")
        for (index, edge) in graph.edges.enumerated() {
            try xml.startElement("edge")
            try xml.attribute("id", String(index))
            try xml.attribute("source", graph.nodes[edge.source].id)
            try xml.attribute("target", graph.nodes[edge.target].id)
            try xml.attribute("weight", NumberText.double(edge.weight))
            try values(edgeColumns, in: xml) { name in
                Self.coreEdgeNames.contains(name) ? edge.coreValue(name) : edge.attributes[name]
            }
            try xml.endElement()
        }
        try xml.endElement()

        try xml.endElement()
        try xml.endElement()
        return try xml.finish()
    }

    private func declare(_ columns: [AttributeColumn], class kind: String, in xml: XMLDocumentWriter)
        throws(ExportError)
    {
        try xml.startElement("attributes")
        try xml.attribute("class", kind)
        try xml.attribute("mode", "static")
        for column in columns {
            try xml.element("attribute", ["id": column.name, "title": column.name, "type": column.type.gexfName])
        }
        try xml.endElement()
    }

    private func values(
        _ columns: [AttributeColumn], in xml: XMLDocumentWriter, _ value: (String) -> AttributeValue?
    ) throws(ExportError) {
        let present = columns.compactMap { column in value(column.name).map { (column, $0) } }
        guard !present.isEmpty else { return }
        try xml.startElement("attvalues")
        for (column, value) in present {
            try xml.element("attvalue", ["for": column.name, "value": value.text(as: column.type)])
        }
        try xml.endElement()
    }
}

extension AttributeColumnType {
    /// The attribute `type` GEXF declares for the column.
    var gexfName: String {
        switch self {
        case .boolean: "boolean"
        case .int: "integer"
        case .long: "long"
        case .double: "double"
        case .string: "string"
        }
    }
}
