/// Writes GEXF 1.3 for Gephi: typed node and edge attributes, edge weights, and node colours by
/// entity type (or community) in the viz namespace.
///
/// GEXF has no graph-level attributes, so the graph's attributes (window, types, what the weight
/// counts) go into `<meta><description>` as `name: value` pairs in key order. Node attributes
/// are `type`, `mentions`, `documents`, `aliases` (`|`-joined), then extras in key order; edge
/// attributes `sentences`, `paragraphs`, `documents`, then extras, with the weight in the edge's
/// own `weight` attribute. Attribute ids are the attribute names. Edge ids are their positions.
///
/// A graph sliced by period (graph attribute `slice`, nodes and edges with `periods`, see
/// `EdgeAnnotations`) is written in dynamic mode with `timeformat="date"`: each node and edge
/// gets one spell per period it occurs in (first to last day, closed), and a dynamic attribute,
/// `period_documents` for nodes and `period_weight` for edges, with one value per spell, which
/// Gephi's timeline plays and NetworkX reads as (value, start, end) triples.
public struct GEXFExporter: GraphExporter {
    public init() {}

    static let namespace = "http://gexf.net/1.3"
    static let vizNamespace = "http://gexf.net/1.3/viz"
    /// The core attributes written as attribute values; the label and the weight are XML
    /// attributes of their own (`<node label>`, `<edge weight>`), and `name` is GraphML's.
    static let nodeValueAttributes = CoreNodeAttribute.everywhere.filter { $0 != .label }
    static let edgeValueAttributes = CoreEdgeAttribute.allCases.filter { $0 != .weight }

    public func files(for graph: CoMentionGraph) throws -> [ExportedFile] {
        [ExportedFile(bytes: try write(graph))]
    }

    /// The GEXF document.
    public func write(_ graph: CoMentionGraph) throws(ExportError) -> [UInt8] {
        // Names an extra attribute may not take: the core ones and what GEXF keeps in XML attributes.
        let nodeColumns = graph.present(Self.nodeValueAttributes).map { AttributeColumn(name: $0.rawValue, type: $0.columnType(in: graph)) }
            + AttributeColumn.columns(of: graph.nodes.lazy.map(\.attributes), reserved: graph.reservedNodeNames(CoreNodeAttribute.everywhere, ["id"]))
        let edgeColumns = graph.present(Self.edgeValueAttributes).map { AttributeColumn(name: $0.rawValue, type: $0.columnType(in: graph)) }
            + AttributeColumn.columns(of: graph.edges.lazy.map(\.attributes), reserved: graph.reservedEdgeNames(CoreEdgeAttribute.allCases, ["id"]))

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

        let slice: TimeSlice?
        if case .string(let name)? = graph.attributes["slice"] { slice = TimeSlice(rawValue: name) } else { slice = nil }
        func periods(_ attributes: [String: AttributeValue]) -> PeriodCounts? {
            guard let slice, case .string(let text)? = attributes["periods"] else { return nil }
            return PeriodCounts.parse(text, slice: slice)
        }
        try xml.startElement("graph")
        try xml.attribute("mode", slice == nil ? "static" : "dynamic")
        try xml.attribute("defaultedgetype", "undirected")
        if slice != nil {
            try xml.attribute("timeformat", "date")
            try xml.attribute("timerepresentation", "interval")
        }
        try declare(nodeColumns, class: "node", in: xml)
        try declare(edgeColumns, class: "edge", in: xml)
        if slice != nil {
            try declare([AttributeColumn(name: "period_documents", type: .double)], class: "node", mode: "dynamic", in: xml)
            try declare([AttributeColumn(name: "period_weight", type: .double)], class: "edge", mode: "dynamic", in: xml)
        }

        let byCommunity = EntityStyle.colorsByCommunity(graph)
        try xml.startElement("nodes")
        for node in graph.nodes {
            try xml.startElement("node")
            try xml.attribute("id", node.id)
            if graph.has(.label) { try xml.attribute("label", node.label) }
            let nodePeriods = periods(node.attributes)
            try values(nodeColumns, dynamic: nodePeriods.map { ("period_documents", $0) }, in: xml) { name in
                if let core = CoreNodeAttribute(rawValue: name), Self.nodeValueAttributes.contains(core), graph.has(core) {
                    node.value(of: core)
                } else {
                    node.attributes[name]
                }
            }
            if let nodePeriods { try spells(nodePeriods, in: xml) }
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
            if graph.has(.weight) { try xml.attribute("weight", NumberText.double(edge.weight)) }
            let edgePeriods = periods(edge.attributes)
            try values(edgeColumns, dynamic: edgePeriods.map { ("period_weight", $0) }, in: xml) { name in
                if let core = CoreEdgeAttribute(rawValue: name), Self.edgeValueAttributes.contains(core), graph.has(core) {
                    edge.value(of: core)
                } else {
                    edge.attributes[name]
                }
            }
            if let edgePeriods { try spells(edgePeriods, in: xml) }
            try xml.endElement()
        }
        try xml.endElement()

        try xml.endElement()
        try xml.endElement()
        return try xml.finish()
    }

    private func declare(_ columns: [AttributeColumn], class kind: String, mode: String = "static", in xml: XMLDocumentWriter)
        throws(ExportError)
    {
        guard !columns.isEmpty else { return }  // a foreign graph with no attributes at all
        try xml.startElement("attributes")
        try xml.attribute("class", kind)
        try xml.attribute("mode", mode)
        for column in columns {
            try xml.element("attribute", ["id": column.name, "title": column.name, "type": column.type.gexfName])
        }
        try xml.endElement()
    }

    private func values(
        _ columns: [AttributeColumn], dynamic: (name: String, periods: PeriodCounts)? = nil,
        in xml: XMLDocumentWriter, _ value: (String) -> AttributeValue?
    ) throws(ExportError) {
        let present = columns.compactMap { column in value(column.name).map { (column, $0) } }
        guard !present.isEmpty || dynamic != nil else { return }
        try xml.startElement("attvalues")
        for (column, value) in present {
            try xml.element("attvalue", ["for": column.name, "value": value.text(as: column.type)])
        }
        if let dynamic {
            for (period, count) in dynamic.periods.entries {
                try xml.element("attvalue", ["for": dynamic.name, "value": NumberText.double(count),
                                             "start": period.first.description, "end": period.last.description])
            }
        }
        try xml.endElement()
    }

    /// One spell per period: the days the node or edge exists on Gephi's timeline.
    private func spells(_ periods: PeriodCounts, in xml: XMLDocumentWriter) throws(ExportError) {
        try xml.startElement("spells")
        for (period, _) in periods.entries {
            try xml.element("spell", ["start": period.first.description, "end": period.last.description])
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
