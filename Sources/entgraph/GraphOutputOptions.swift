import ArgumentParser
import EntityGraph

/// What becomes of a graph once it is built: pruning, measures and the outputs it is written
/// to. Shared by `build` and `merge`, which must give the same bytes for the same options.
struct GraphOutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output file; repeat for several formats. \"-\" is standard output.")
    var output: [String] = []

    @Option(help: "Output format when the extension does not say: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat?

    @OptionGroup var csv: CSVFormulaOptions

    @OptionGroup var json: JSONEdgesOption

    @OptionGroup var html: HTMLViewOptionGroup

    @OptionGroup var dotPicture: DOTPictureOption

    @Option(name: .customLong("top-nodes"), help: "Keep only the N most-mentioned entities (and the edges among them).")
    var topNodes: Int?

    @Option(name: .customLong("top-edges"), help: "Keep only the N heaviest edges (and the entities they join).")
    var topEdges: Int?

    @Option(help: "Keep only the disparity-filter backbone at this significance level, e.g. 0.05 (Serrano et al. 2009).")
    var backbone: Double?

    @Flag(name: .customLong("keep-isolated"), help: "With --min-weight above 1, keep the entities left without an edge (by default they are left out).")
    var keepIsolated = false

    @Flag(help: "Compute every centrality measure and Louvain communities and write them as node attributes.")
    var centrality = false

    @Option(help: "Seed for community detection (with --centrality).")
    var seed: UInt64 = 1

    func validate() throws {
        if let topNodes, topNodes < 1 { throw ValidationError("--top-nodes must be at least 1") }
        if let topEdges, topEdges < 1 { throw ValidationError("--top-edges must be at least 1") }
        if let backbone, !(backbone > 0 && backbone <= 1) { throw ValidationError("--backbone must be in (0, 1]") }
        guard !output.isEmpty else { throw ValidationError("give at least one output with -o (\"-o -\" for standard output)") }
        for path in output where format == nil && ExportFormat(path: path) == nil && !Self.isPartial(path) {
            throw ValidationError("cannot tell the format of '\(path)' from its extension; use --format")
        }
    }

    /// Whether `path` names a partial graph (`.egp`), which only `merge` writes.
    static func isPartial(_ path: String) -> Bool { path.hasSuffix(".egp") }

    /// Every file the outputs will write (a CSV output writes two).
    var files: [String] {
        output.flatMap { path in (ExportFormat(path: path) ?? format).map { $0.filePaths(for: path) } ?? [path] }
    }

    /// The graph pruned and measured as the options ask.
    func finish(_ built: CoMentionGraph, minWeight: Double, threads: Int) throws -> CoMentionGraph {
        var graph = built
        if minWeight > 1, !keepIsolated { graph = graph.removingIsolatedNodes() }
        do {
            if let alpha = backbone { graph = try DisparityFilter.backbone(graph, alpha: alpha) }
            if let count = topEdges { graph = try StrongestEdges.backbone(graph, count: count) }
        } catch { throw CommandFailure(message: "\(error)") }
        if let count = topNodes { graph = graph.keepingTopNodes(count) }
        if centrality {
            graph = try graph.analysed(measures: Measure.allCases, options: MeasureOptions(threads: threads),
                                       louvain: Louvain(seed: seed))
        }
        return graph
    }

    /// Writes `graph` to every graph output (not `.egp` ones).
    func write(_ graph: CoMentionGraph, threads: Int) throws {
        for path in output where !(format == nil && Self.isPartial(path)) {
            do { try graph.write(to: path, format: format, csvFormulas: csv.formulas, jsonEdges: json.key, html: html.options, dotLabels: dotPicture.labelled, threads: threads) } catch { throw CommandFailure(message: "\(error)") }
        }
    }
}
