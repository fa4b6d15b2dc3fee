#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the graph as an undirected Graphviz DOT graph, styled so that `dot -Tsvg` (or
/// `neato`, `sfdp`) draws something readable without further options.
///
/// Every id and value is a quoted string: reserved words (`node`, `edge`, `graph`, `digraph`,
/// `subgraph`, `strict`, in any case) and names with spaces or punctuation need no special
/// care. Nodes are shaped and coloured by type (`EntityStyle`), or coloured by community when
/// nodes have an integer `community` attribute; font size grows with the log of the mentions and
/// pen width with the log of the edge weight. The layout engine is chosen in the file: `neato`
/// up to `largeGraphNodeCount` nodes, `sfdp` with prism overlap removal above, so a plain
/// `dot -Tsvg` uses a force-directed layout, which suits a co-mention graph better than layers.
///
/// Attributes the style sets (label, shape, colours, fontsize, penwidth, weight) win over extra
/// node or edge attributes of the same name; every other attribute, including the graph's, is
/// written as it is (Graphviz ignores attributes it does not know).
public struct DOTExporter: GraphExporter {
    /// Above this many nodes the file asks for `sfdp`, which scales to thousands of nodes.
    public static let largeGraphNodeCount = 300

    public init() {}

    public func files(for graph: CoMentionGraph) throws -> [ExportedFile] {
        [ExportedFile(bytes: write(graph))]
    }

    static let styledNodeAttributes: Set<String> = [
        "label", "type", "mentions", "documents", "aliases", "shape", "style", "color",
        "fillcolor", "fontsize",
    ]
    static let styledEdgeAttributes: Set<String> = [
        "weight", "sentences", "paragraphs", "documents", "penwidth",
    ]

    /// The DOT text.
    public func write(_ graph: CoMentionGraph) -> [UInt8] {
        var out = "graph \"entities\" {\n"
        var graphAttributes: [(String, String)] = []
        if graph.nodes.count > Self.largeGraphNodeCount {
            graphAttributes += [("layout", "sfdp"), ("overlap", "prism")]
        } else {
            graphAttributes += [("layout", "neato"), ("overlap", "false")]
        }
        graphAttributes.append(("outputorder", "edgesfirst"))
        let reservedGraphNames = Set(graphAttributes.map(\.0))
        for name in graph.attributes.keys.sorted() where !reservedGraphNames.contains(name) {
            let value = graph.attributes[name]!
            graphAttributes.append((name, value.text(as: AttributeColumnType(value))))
        }
        out += "  graph " + Self.attributeList(graphAttributes) + ";\n"
        out += "  node [style=\"filled\", fontname=\"Helvetica\"];\n"
        out += "  edge [color=\"#6E6E6E\"];\n"
        let byCommunity = EntityStyle.colorsByCommunity(graph)
        for node in graph.nodes {
            out += "  " + Self.quoted(node.id) + " " + Self.attributeList(nodeAttributes(node, byCommunity: byCommunity))
                + ";\n"
        }
        for edge in graph.edges {
            out += "  " + Self.quoted(graph.nodes[edge.source].id) + " -- "
                + Self.quoted(graph.nodes[edge.target].id) + " "
                + Self.attributeList(edgeAttributes(edge)) + ";\n"
        }
        out += "}\n"
        return Array(out.utf8)
    }

    func nodeAttributes(_ node: CoMentionGraph.Node, byCommunity: Bool) -> [(String, String)] {
        let style = EntityStyle(node: node, byCommunity: byCommunity)
        var list: [(String, String)] = [
            ("label", node.label), ("type", node.kind.label),
            ("mentions", NumberText.integer(node.mentions)),
            ("documents", NumberText.integer(node.documents)),
        ]
        if !node.aliases.isEmpty { list.append(("aliases", node.aliases.joined(separator: "|"))) }
        list += [
            ("shape", style.shape), ("color", style.color.hex),
            ("fillcolor", Self.tint(style.color).hex),
            ("fontsize", NumberText.rounded(10 + 4 * log1p(Double(max(node.mentions, 0))), places: 1)),
        ]
        for name in node.attributes.keys.sorted() where !Self.styledNodeAttributes.contains(name) {
            let value = node.attributes[name]!
            list.append((name, value.text(as: AttributeColumnType(value))))
        }
        return list
    }

    func edgeAttributes(_ edge: CoMentionGraph.Edge) -> [(String, String)] {
        let strength = edge.weight.isFinite ? max(edge.weight, 1) : 1
        var list: [(String, String)] = [
            ("weight", NumberText.double(edge.weight)),
            ("penwidth", NumberText.rounded(1 + log(strength), places: 1)),
            ("sentences", NumberText.integer(edge.sentences)),
            ("paragraphs", NumberText.integer(edge.paragraphs)),
            ("documents", NumberText.integer(edge.documents)),
        ]
        for name in edge.attributes.keys.sorted() where !Self.styledEdgeAttributes.contains(name) {
            let value = edge.attributes[name]!
            list.append((name, value.text(as: AttributeColumnType(value))))
        }
        return list
    }

    /// `[a="1", b="2"]`.
    static func attributeList(_ pairs: [(String, String)]) -> String {
        "[" + pairs.map { quoted($0.0) + "=" + quoted($0.1) }.joined(separator: ", ") + "]"
    }

    /// `text` as a DOT double-quoted string: backslashes and quotes escaped, line breaks as
    /// `\n` (a centred line break in labels), characters XML forbids replaced, because Graphviz
    /// copies labels into SVG.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in XMLSafeText.sanitized(text).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A pale, opaque version of `color` for node fills, so black labels stay readable.
    static func tint(_ color: EntityStyle.Color) -> EntityStyle.Color {
        func lighten(_ component: UInt8) -> UInt8 {
            UInt8((Double(component) + (255 - Double(component)) * 0.7).rounded())
        }
        return EntityStyle.Color(red: lighten(color.red), green: lighten(color.green), blue: lighten(color.blue))
    }
}
