#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the HTML view shows and how far a big graph is pruned before it is drawn.
public struct HTMLViewOptions: Sendable, Equatable {
    /// The measure that sizes nodes (area grows with the value).
    public var sizeBy: Measure
    /// Above this many nodes the view draws the `maxNodes` most-mentioned entities and the
    /// disparity-filter backbone (at `backboneAlpha`) of the edges among them.
    public var maxNodes: Int
    public var backboneAlpha: Double
    /// Seed of the layout and of the communities the page can colour by.
    public var seed: UInt64

    public init(sizeBy: Measure = .pagerank, maxNodes: Int = 2000, backboneAlpha: Double = 0.05, seed: UInt64 = 1) {
        self.sizeBy = sizeBy
        self.maxNodes = maxNodes
        self.backboneAlpha = backboneAlpha
        self.seed = seed
    }
}

/// Writes one self-contained HTML page that draws the graph: no network, no library, the
/// JavaScript is ours (`HTMLViewPage`).
///
/// The layout (`ForceLayout`), node sizes (`HTMLViewOptions.sizeBy`) and Louvain communities
/// (unless every node has an integer `community` attribute already) are computed here, so the page draws at once and two runs give the same bytes. A graph of
/// more than `maxNodes` nodes is pruned first (`prunedForView`) and the page says so.
///
/// Every string of the graph reaches the page only as JSON inside
/// `<script type="application/json">`, with `<`, `>`, `&`, U+2028 and U+2029 written as `\uXXXX`
/// escapes (`scriptSafeString`): no label can close that element or start markup, and the
/// page's script puts text into the document with `textContent` only, never as HTML.
///
/// The data: `{"nodes": [[label, type index, x, y, size value, mentions, documents, [aliases],
/// community, id]], "edges": [[source, target, weight, sentences, documents(, evidence)]], …}`;
/// an edge's `evidence` string attribute (one sentence per line, or a JSON list) is carried
/// when the graph has it and shown when the edge is clicked.
public struct HTMLExporter: GraphExporter {
    public var options: HTMLViewOptions

    public init(options: HTMLViewOptions = HTMLViewOptions()) {
        self.options = options
    }

    public func files(for graph: CoMentionGraph) throws -> [ExportedFile] {
        [ExportedFile(bytes: try write(graph))]
    }

    /// The page's bytes.
    /// - Throws: `ExportError` when the graph has weights the measures refuse (not positive
    ///   and finite).
    public func write(_ graph: CoMentionGraph) throws -> [UInt8] {
        let (shown, note) = try prunedForView(graph)
        var out = HTMLViewPage.head
        out += try dataJSON(shown, note: note, total: graph)
        out += HTMLViewPage.tail
        return Array(out.utf8)
    }

    /// The graph the page draws, and a sentence saying how it was pruned (nil when it was not).
    public func prunedForView(_ graph: CoMentionGraph) throws -> (CoMentionGraph, String?) {
        guard graph.nodes.count > options.maxNodes else { return (graph, nil) }
        // The most-mentioned entities first (what a reader looks for), then the significant
        // edges among them: the backbone of the whole graph is mostly pairs of rare names.
        let shown: CoMentionGraph
        do {
            shown = try DisparityFilter.backbone(graph.keepingTopNodes(options.maxNodes), alpha: options.backboneAlpha)
        } catch {
            throw ExportError(format: .html, message: "cannot prune \(graph.nodes.count) nodes for the view: \(error)")
        }
        let note = "The graph has \(graph.nodes.count) entities and \(graph.edges.count) edges; "
            + "drawn here: \(shown.nodes.count) entities and \(shown.edges.count) edges, "
            + "the disparity-filter backbone (alpha \(NumberText.double(options.backboneAlpha))) of the edges among "
            + "the \(options.maxNodes) most-mentioned entities, without those it leaves with no edge. "
            + "Other views: entgraph build … --html-max-nodes N, or the GraphML file in Gephi."
        return (shown, note)
    }

    func dataJSON(_ graph: CoMentionGraph, note: String?, total: CoMentionGraph) throws -> String {
        let adjacency: WeightedAdjacency
        let sizes: [Double]
        do {
            adjacency = try WeightedAdjacency(graph)
            sizes = try options.sizeBy.values(adjacency)
        } catch {
            throw ExportError(format: .html, message: "\(options.sizeBy.rawValue): \(error)")
        }
        // Communities the graph carries (`build --centrality`, found on the whole graph) win;
        // otherwise Louvain on the graph drawn.
        let given = graph.nodes.compactMap { node -> Int? in
            if case .int(let community)? = node.attributes["community"] { community } else { nil }
        }
        let communities = !graph.nodes.isEmpty && given.count == graph.nodes.count
            ? given : Louvain(seed: options.seed).communities(adjacency).membership
        let positions = ForceLayout(seed: options.seed).positions(graph)
        let kinds = EntityKind.allCases.filter { kind in graph.nodes.contains { $0.kind == kind } }
        let kindIndex = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        func number(_ value: Double) -> String { value.isFinite ? NumberText.double(value) : "0" }

        var out = "{\"sizeBy\":" + Self.scriptSafeString(options.sizeBy.rawValue)
        out += ",\"sizeSummary\":" + Self.scriptSafeString(options.sizeBy.summary)
        out += ",\"note\":" + (note.map(Self.scriptSafeString) ?? "null")
        out += ",\"total\":[\(total.nodes.count),\(total.edges.count)]"
        out += ",\"attributes\":[" + graph.attributes.keys.sorted().map { key in
            "[" + Self.scriptSafeString(key) + "," + Self.scriptSafeString(graph.attributes[key]!.text(as: AttributeColumnType(graph.attributes[key]!))) + "]"
        }.joined(separator: ",") + "]"
        out += ",\"types\":[" + kinds.map { Self.scriptSafeString($0.label) }.joined(separator: ",") + "]"
        out += ",\"typeColors\":[" + kinds.map { Self.scriptSafeString(EntityStyle(kind: $0).color.hex) }.joined(separator: ",") + "]"
        out += ",\"communityColors\":[" + EntityStyle.communityColors.map { Self.scriptSafeString($0.hex) }.joined(separator: ",") + "]"
        out += ",\"nodes\":["
        for (v, node) in graph.nodes.enumerated() {
            out += (v == 0 ? "\n[" : ",\n[") + Self.scriptSafeString(node.label)
            out += ",\(kindIndex[node.kind]!)," + NumberText.rounded(positions[v].x, places: 2)
            out += "," + NumberText.rounded(positions[v].y, places: 2) + "," + number(sizes[v])
            out += ",\(node.mentions),\(node.documents),["
            out += node.aliases.map(Self.scriptSafeString).joined(separator: ",")
            out += "],\(communities[v])," + Self.scriptSafeString(node.id) + "]"
        }
        out += "],\"edges\":["
        for (index, edge) in graph.edges.enumerated() {
            out += (index == 0 ? "\n[" : ",\n[") + "\(edge.source),\(edge.target)," + number(edge.weight)
            out += ",\(edge.sentences),\(edge.documents)"
            if case .string(let evidence)? = edge.attributes["evidence"] {
                out += "," + Self.scriptSafeString(evidence)
            }
            out += "]"
        }
        return out + "]}"
    }

    /// `text` as a JSON string that is safe inside an HTML `<script>` element: JSON's own
    /// escapes (RFC 8259 §7), plus `<`, `>`, `&`, U+2028 and U+2029 as `\uXXXX`, so the text
    /// can neither end the element (`</script>`), open a comment (`<!--`) nor break a line in
    /// older JavaScript parsers.
    public static func scriptSafeString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                out += unicodeEscape(scalar.value)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += unicodeEscape(scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
