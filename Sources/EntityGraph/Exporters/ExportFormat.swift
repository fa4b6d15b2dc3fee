/// The file formats a `CoMentionGraph` can be exported to.
///
/// Exhaustive on purpose: a new case does not compile until `exporter(csvDialect:)` wires it,
/// and command-line help lists every case by itself.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// GraphML for NetworkX, igraph, Gephi, Cytoscape and yEd.
    case graphml
    /// Graphviz DOT, styled by entity type, ready for `dot`, `neato` or `sfdp`.
    case dot
    /// GEXF 1.3 for Gephi, with colours by entity type.
    case gexf
    /// Node-link JSON for D3 and NetworkX (`"links"` by default: see `NodeLinkJSONExporter`).
    case json
    /// Two CSV tables, nodes and edges, for Gephi's spreadsheet import (or Neo4j's, see `CSVDialect`).
    case csv
    /// One self-contained HTML page that draws the graph (`HTMLExporter`).
    case html

    /// File name extensions, without the dot; the first is the one this tool writes.
    public var fileExtensions: [String] {
        switch self {
        case .graphml: ["graphml"]
        case .dot: ["dot", "gv"]
        case .gexf: ["gexf"]
        case .json: ["json"]
        case .csv: ["csv"]
        case .html: ["html", "htm"]
        }
    }

    /// The parts of a multi-file export (`ExportedFile.part`): a nodes and an edges table for
    /// CSV, one unnamed part for every other format.
    public var parts: [String?] {
        self == .csv ? ["nodes", "edges"] : [nil]
    }

    /// The files an export to `path` writes (`out.csv` → `out.nodes.csv`, `out.edges.csv`).
    public func filePaths(for path: String) -> [String] {
        parts.map { OutputFile.path(for: path, part: $0, format: self) }
    }

    /// The format a path's extension names ("out.GV" is DOT), or nil when none does.
    public init?(path: String) {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        guard let format = Self.allCases.first(where: { $0.fileExtensions.contains(ext) }) else {
            return nil
        }
        self = format
    }

    /// The exporter that writes this format; `csvDialect` and `csvFormulas` only matter for
    /// `.csv` (see `CSVExporter.neutralizesFormulas`), `jsonEdges` only for `.json`, `html` only
    /// for `.html`; `dotLabels` makes `.dot` a picture with that many labels (`DOTPictureExporter`).
    public func exporter(csvDialect: CSVDialect = .gephi, csvFormulas: CSVFormulas = .neutralized,
                         jsonEdges: NodeLinkJSONExporter.EdgesKey = .links, html: HTMLViewOptions = HTMLViewOptions(),
                         dotLabels: Int? = nil, threads: Int = 1) -> any GraphExporter {
        switch self {
        case .graphml: GraphMLExporter(threads: threads)
        case .dot: dotLabels.map { DOTPictureExporter(labelled: $0) } ?? DOTExporter()
        case .gexf: GEXFExporter()
        case .json: NodeLinkJSONExporter(edgesKey: jsonEdges)
        case .csv: CSVExporter(dialect: csvDialect, neutralizesFormulas: csvFormulas == .neutralized)
        case .html: HTMLExporter(options: html)
        }
    }
}

/// What CSV exports do with text cells a spreadsheet would run as formulas (`=cmd|' /C calc'!A0`).
public enum CSVFormulas: String, Sendable, CaseIterable {
    /// A leading `'`, as OWASP recommends: the spreadsheet shows the text.
    case neutralized
    /// Written as they are, for tools that read CSV as data only.
    case kept
}
