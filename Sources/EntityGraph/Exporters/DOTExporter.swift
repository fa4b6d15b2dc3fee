#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the graph as an undirected Graphviz DOT graph, styled so that `neato -Tsvg` (or
/// `sfdp`, or `dot`) draws something readable without further options.
///
/// The file does not choose the layout engine (no `layout` attribute): the program the user
/// runs does, so `sfdp -Tpng` runs sfdp. Co-mention graphs suit the force-directed engines
/// (`neato` for a few hundred nodes, `sfdp` above) better than `dot`'s layers; the file asks
/// for overlap removal that suits each (`overlap=false` up to `largeGraphNodeCount` nodes,
/// `prism` above), which `dot` ignores.
///
/// Node ids are quoted strings. Attribute names and values that are plain DOT identifiers
/// (`label`, `filled`) or numerals (`3`, `12.5`) are written bare, so pydot-based readers
/// (`networkx.nx_pydot.read_dot`) get plain names and numbers back; anything else, and the
/// reserved words (`node`, `edge`, `graph`, `digraph`, `subgraph`, `strict`, in any case), is
/// quoted, so names with spaces or punctuation need no special care. Nodes are shaped and
/// coloured by type (`EntityStyle`), or coloured by community when nodes have an integer
/// `community` attribute; font size grows with the log of the mentions and pen width with the
/// log of the edge weight.
///
/// Attributes the style sets (label, shape, colours, fontsize, penwidth, weight) win over extra
/// node or edge attributes of the same name. Every other attribute, including the graph's, is
/// data: one whose name Graphviz would act on (`URL`, `href`, `image`, `fontpath`, `dpi`,
/// `layout`… in any case: see `graphvizNames`) is written with the prefix `data_`, so a graph
/// read from an untrusted GraphML file cannot put links into the SVG `dot` draws, make it open
/// local files, or change how it lays out; other names are written as they are (Graphviz
/// ignores them).
public struct DOTExporter: GraphExporter {
    /// Above this many nodes the file asks for `prism` overlap removal (what `sfdp`, which
    /// scales to thousands of nodes, does well) instead of `overlap=false`.
    public static let largeGraphNodeCount = 300

    public init() {}

    public func files(for graph: CoMentionGraph) throws -> [ExportedFile] {
        [ExportedFile(bytes: write(graph))]
    }

    /// The attributes the style sets beside the core ones.
    static let styleNodeNames = ["shape", "style", "color", "fillcolor", "fontsize"]
    static let styleEdgeNames = ["penwidth"]

    /// The DOT text.
    public func write(_ graph: CoMentionGraph) -> [UInt8] {
        var out = "graph \"entities\" {\n"
        var graphAttributes: [(String, String)] = []
        graphAttributes.append(("overlap", graph.nodes.count > Self.largeGraphNodeCount ? "prism" : "false"))
        graphAttributes.append(("outputorder", "edgesfirst"))
        let reservedGraphNames = Set(graphAttributes.map(\.0))
        graphAttributes += Self.data(graph.attributes, except: reservedGraphNames, graphLevel: true)
        out += "  graph " + Self.attributeList(graphAttributes) + ";\n"
        out += "  node " + Self.attributeList([("style", "filled"), ("fontname", "Helvetica")]) + ";\n"
        out += "  edge " + Self.attributeList([("color", "#6E6E6E")]) + ";\n"
        let byCommunity = EntityStyle.colorsByCommunity(graph)
        for node in graph.nodes {
            out += "  " + Self.quoted(node.id) + " " + Self.attributeList(nodeAttributes(node, byCommunity: byCommunity, absent: graph.absentNodeAttributes))
                + ";\n"
        }
        for edge in graph.edges {
            out += "  " + Self.quoted(graph.nodes[edge.source].id) + " -- "
                + Self.quoted(graph.nodes[edge.target].id) + " "
                + Self.attributeList(edgeAttributes(edge, absent: graph.absentEdgeAttributes)) + ";\n"
        }
        out += "}\n"
        return Array(out.utf8)
    }

    /// The node's attributes; `absent` core attributes (a foreign graph's) are left out, and
    /// extra attributes may then take their names.
    func nodeAttributes(_ node: CoMentionGraph.Node, byCommunity: Bool, absent: Set<CoreNodeAttribute> = []) -> [(String, String)] {
        let style = EntityStyle(node: node, byCommunity: byCommunity)
        let core = CoreNodeAttribute.everywhere.filter { !absent.contains($0) }
        var list = core.compactMap { attribute in node.value(of: attribute).map { (attribute.rawValue, Self.text($0)) } }
        list += [
            ("shape", style.shape), ("color", style.color.hex),
            ("fillcolor", Self.tint(style.color).hex),
            ("fontsize", NumberText.rounded(10 + 4 * log1p(Double(max(node.mentions, 0))), places: 1)),
        ]
        return list + Self.data(node.attributes, except: Set(core.map(\.rawValue) + Self.styleNodeNames))
    }

    func edgeAttributes(_ edge: CoMentionGraph.Edge, absent: Set<CoreEdgeAttribute> = []) -> [(String, String)] {
        let strength = edge.weight.isFinite ? max(edge.weight, 1) : 1
        let core = CoreEdgeAttribute.allCases.filter { !absent.contains($0) }
        var list: [(String, String)] = []
        for attribute in CoreEdgeAttribute.allCases {
            if !absent.contains(attribute), let value = edge.value(of: attribute) { list.append((attribute.rawValue, Self.text(value))) }
            // The pen width follows the weight it draws.
            if attribute == .weight { list.append(("penwidth", NumberText.rounded(1 + log(strength), places: 1))) }
        }
        return list + Self.data(edge.attributes, except: Set(core.map(\.rawValue) + Self.styleEdgeNames))
    }

    /// A value as DOT text: numbers as `NumberText` writes them.
    static func text(_ value: AttributeValue) -> String { value.text(as: AttributeColumnType(value)) }

    /// Extra attributes as (name, text) in name order, leaving out `reserved` names; names
    /// Graphviz would act on get the prefix `data_` (again, until no other attribute has it).
    static func data(_ attributes: [String: AttributeValue], except reserved: Set<String>,
                     graphLevel: Bool = false) -> [(String, String)] {
        attributes.keys.sorted().filter { !reserved.contains($0) }.map { name in
            let value = attributes[name]!
            var shown = name
            // A graph's `weight` (how entgraph weighed edges) is ours; Graphviz reads weight only on edges.
            if !(graphLevel && name == "weight") {
                while graphvizNames.contains(shown.lowercased()) || (shown != name && attributes[shown] != nil) {
                    shown = "data_" + shown
                }
            }
            return (shown, value.text(as: AttributeColumnType(value)))
        }
    }

    /// Every attribute Graphviz 12 reads (https://graphviz.org/doc/info/attrs.html), lowercased.
    static let graphvizNames: Set<String> = Set("""
        _background area arrowhead arrowsize arrowtail bb beautify bgcolor center charset class cluster
        clusterrank color colorscheme comment compound concentrate constraint damping decorate
        defaultdist dim dimen dir diredgeconstraints distortion dpi edgehref edgetarget edgetooltip
        edgeurl epsilon esep fillcolor fixedsize fontcolor fontname fontnames fontpath fontsize
        forcelabels gradientangle group head_lp headclip headhref headlabel headport headtarget
        headtooltip headurl height href id image imagepath imagepos imagescale inputscale k label
        label_scheme labelangle labeldistance labelfloat labelfontcolor labelfontname labelfontsize
        labelhref labeljust labelloc labeltarget labeltooltip labelurl landscape layer layerlistsep
        layers layerselect layersep layout len levels levelsgap lhead lheight linelength lp ltail
        lwidth margin maxiter mclimit mindist minlen mode model newrank nodesep nojustify normalize
        notranslate nslimit nslimit1 oneblock ordering orientation outputorder overlap
        overlap_scaling overlap_shrink pack packmode pad page pagedir pencolor penwidth peripheries
        pin pos quadtree quantum radius rank rankdir ranksep ratio rects regular remincross
        repulsiveforce resolution root rotate rotation samehead sametail samplepoints scale
        searchsize sep shape shapefile showboxes sides size skew smoothing sortv splines start style
        stylesheet tail_lp tailclip tailhref taillabel tailport tailtarget tailtooltip tailurl target
        tbbalance tooltip truecolor url vertices viewport voro_margin weight width xdotversion xlabel
        xlp z
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// `[label="Vladimir Putin", mentions=3, shape=box]`.
    static func attributeList(_ pairs: [(String, String)]) -> String {
        "[" + pairs.map { id($0.0) + "=" + id($0.1) }.joined(separator: ", ") + "]"
    }

    /// `text` as a DOT ID: bare when it is an ASCII identifier that is not a reserved word, or a
    /// numeral; otherwise `quoted(text)`.
    static func id(_ text: String) -> String {
        isPlainIdentifier(text) || isNumeral(text) ? text : quoted(text)
    }

    static let reservedWords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// `[A-Za-z_][A-Za-z_0-9]*`, not a reserved word in any case.
    static func isPlainIdentifier(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, first == UInt8(ascii: "_") || isLetter(first) else { return false }
        return bytes.allSatisfy { $0 == UInt8(ascii: "_") || isLetter($0) || isDigit($0) }
            && !reservedWords.contains(text.lowercased())
    }

    /// `-?(\.[0-9]+|[0-9]+(\.[0-9]*)?)`, DOT's numeral.
    static func isNumeral(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let integer = bytes.prefix(while: isDigit)
        bytes = bytes.dropFirst(integer.count)
        if bytes.isEmpty { return !integer.isEmpty }
        guard bytes.first == UInt8(ascii: ".") else { return false }
        let fraction = bytes.dropFirst()
        return fraction.allSatisfy(isDigit) && !(integer.isEmpty && fraction.isEmpty)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

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
