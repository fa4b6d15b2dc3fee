#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes DOT meant for one picture read at a glance (`neato -Tsvg`), not for data exchange:
/// only the `labelled` most central nodes (PageRank) carry their names, the others are dots
/// sized by PageRank with the name as a tooltip; a legend of the types and a caption sit
/// under the drawing (the graph's label, an HTML-like table, so it works in every layout
/// engine); `overlap=false` keeps nodes, and so the labels inside them, apart.
///
/// `make graphs` draws `graphs/sample.svg` from it. `DOTExporter` stays the format to read
/// back: this one carries no data attributes.
public struct DOTPictureExporter: GraphExporter {
    /// How many nodes carry a label.
    public var labelled: Int

    public init(labelled: Int = 15) {
        self.labelled = labelled
    }

    public func files(for graph: CoMentionGraph) throws -> [ExportedFile] {
        [ExportedFile(bytes: try write(graph))]
    }

    /// The DOT text.
    /// - Throws: `ExportError` when PageRank refuses the graph's weights.
    public func write(_ graph: CoMentionGraph) throws -> [UInt8] {
        let rank: [Double]
        do {
            rank = try PageRank.values(WeightedAdjacency(graph))
        } catch {
            throw ExportError(format: .dot, message: "picture: \(error)")
        }
        let order = graph.nodes.indices.sorted { (-rank[$0], graph.nodes[$0].id) < (-rank[$1], graph.nodes[$1].id) }
        var isLabelled = [Bool](repeating: false, count: graph.nodes.count)
        for v in order.prefix(max(0, labelled)) { isLabelled[v] = true }
        let top = rank.max() ?? 0

        var out = "graph \"entities\" {\n"
        out += "  graph " + DOTExporter.attributeList([
            ("overlap", "false"), ("splines", "true"), ("outputorder", "edgesfirst"), ("pad", "0.3"),
            ("fontname", "Helvetica"), ("labelloc", "b"), ("labeljust", "l"),
        ]) + ";\n"
        out += "  graph [label=<" + legend(graph, shown: order.prefix(max(0, labelled)).count) + ">];\n"
        out += "  node " + DOTExporter.attributeList([("style", "filled"), ("fontname", "Helvetica"), ("penwidth", "1.2")]) + ";\n"
        out += "  edge " + DOTExporter.attributeList([("color", "#8C8C8C80")]) + ";\n"
        for (v, node) in graph.nodes.enumerated() {
            let style = EntityStyle(kind: node.kind)
            let share = top > 0 ? (rank[v] / top).squareRoot() : 0
            var attributes: [(String, String)]
            if isLabelled[v] {
                attributes = [
                    ("label", node.label), ("shape", style.shape), ("color", style.color.hex),
                    ("fillcolor", DOTExporter.tint(style.color).hex),
                    ("fontsize", NumberText.rounded(11 + 7 * share, places: 1)),
                ]
            } else {
                let size = NumberText.rounded(0.12 + 0.2 * share, places: 2)
                attributes = [
                    ("label", ""), ("shape", "circle"), ("fixedsize", "true"), ("width", size), ("height", size),
                    ("color", style.color.hex), ("fillcolor", style.color.hex),
                ]
            }
            attributes.append(("tooltip", node.label))
            out += "  " + DOTExporter.quoted(node.id) + " " + DOTExporter.attributeList(attributes) + ";\n"
        }
        let heaviest = graph.edges.map(\.weight).filter(\.isFinite).max() ?? 1
        for edge in graph.edges {
            let weight = edge.weight.isFinite ? max(edge.weight, 1) : 1
            let width = 0.5 + 2.5 * log(weight) / log(max(heaviest, 2))
            out += "  " + DOTExporter.quoted(graph.nodes[edge.source].id) + " -- "
                + DOTExporter.quoted(graph.nodes[edge.target].id) + " "
                + DOTExporter.attributeList([("penwidth", NumberText.rounded(width, places: 2))]) + ";\n"
        }
        out += "}\n"
        return Array(out.utf8)
    }

    /// The legend and caption: an HTML-like table with a swatch per type the graph holds.
    func legend(_ graph: CoMentionGraph, shown: Int) -> String {
        let kinds = EntityKind.allCases.filter { kind in graph.nodes.contains { $0.kind == kind } }
        var cells = ""
        for kind in kinds {
            let color = EntityStyle(kind: kind).color.hex
            cells += "<TD BGCOLOR=\"\(color)\" WIDTH=\"14\" HEIGHT=\"14\" FIXEDSIZE=\"TRUE\"></TD><TD ALIGN=\"LEFT\">\(kind.rawValue)</TD>"
        }
        let caption = "\(graph.nodes.count) entities, \(graph.edges.count) co-mention edges. "
            + "Size: PageRank; names on the \(shown) highest; edge width: weight."
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\"><TR><TD ALIGN=\"LEFT\">"
            + "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\"><TR>" + cells + "</TR></TABLE>"
            + "</TD></TR><TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\">" + caption + "</FONT></TD></TR></TABLE>"
    }
}
