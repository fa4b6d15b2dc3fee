import ArgumentParser
import EntityGraph
import Foundation

/// `entgraph merge PART.egp... -o OUT...`: partial graphs into one graph (or one partial).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge partial graphs (from 'entgraph partial') into a graph, or into one partial.",
        discussion: """
        The documents of every partial are folded in the canonical order (path, then record), \
        then resolved across the corpus and assembled: the graph equals 'entgraph build' of the \
        same documents in that order, byte for byte, whatever the split and the order of the \
        partials. An output ending in .egp is a merged partial, for a tree of merges. The \
        partials must have been made with the same options (window, types, …); a document may \
        be in one partial only.

        Examples:
          entgraph merge part1.egp part2.egp -o graph.graphml -o graph.dot
          entgraph merge a.egp b.egp -o ab.egp && entgraph merge ab.egp c.egp -o graph.json
        """
    )

    @Argument(help: "Partial graphs (.egp) to merge.")
    var partials: [String]

    @Option(name: .customLong("min-weight"), help: "Leave out edges lighter than this.")
    var minWeight: Double = 1

    @Flag(help: "Add normalized weights beside the raw count: npmi, jaccard, p_target_given_source, p_source_given_target (per window).")
    var normalized = false

    @Flag(help: "Make 'weight' the fractional count: a window with n entities gives each pair 1/(n - 1) (the raw count moves to 'count').")
    var fractional = false

    @OptionGroup var outputs: GraphOutputOptions

    @Option(help: "Threads for corpus-wide resolution and measures (by default, all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: "Print no summary line on standard error.")
    var quiet = false

    func validate() throws {
        guard !partials.isEmpty else { throw ValidationError("give at least one partial graph (.egp)") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard minWeight.isFinite && minWeight >= 0 else { throw ValidationError("--min-weight must be a number, 0 or more (got \(minWeight))") }
    }

    func run() throws {
        let started = ContinuousClock.now
        for file in outputs.files {
            do { try OutputFile.checkDestination(file) } catch { throw CommandFailure(message: "\(error); nothing read") }
        }
        try refuseOverwritingInputs(outputs.files, partials.map(Input.file))
        let wantsGraph = outputs.output.contains { outputs.format != nil || !GraphOutputOptions.isPartial($0) }
        let wantsPartial = outputs.output.contains { outputs.format == nil && GraphOutputOptions.isPartial($0) }
        let merged = try CommandFailure.reporting {
            try PartialMerge.merge(partials, threads: threads, graph: wantsGraph ? { options in
                options.minWeight = minWeight
                options.normalized = normalized
                options.fractional = fractional
            } : nil, countries: CountryTable.shared(), keepPartial: wantsPartial)
        }
        var nodes: Int?, edges = 0
        if let built = merged.built {
            let graph = try outputs.finish(built.graph, minWeight: minWeight, threads: threads)
            try outputs.write(graph, threads: threads)
            nodes = graph.nodes.count
            edges = graph.edges.count
        }
        if let bytes = merged.partial {
            for path in outputs.output where outputs.format == nil && GraphOutputOptions.isPartial(path) {
                try CommandFailure.reporting { try OutputFile.write(bytes, to: path) }
            }
        }
        if !quiet {
            let elapsed = ContinuousClock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let graph = nodes.map { "; \($0) nodes, \(edges) edges" } ?? ""
            StandardError.write("entgraph: \(partials.count) partial(s) merged, \(merged.documents) document(s)\(graph); \(String(format: "%.2f", seconds)) s\n")
        }
    }
}
