import ArgumentParser
import EntityGraph

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the co-mention graph of a corpus and export it.",
        discussion: """
        Nodes are people, countries and organizations after alias resolution; an edge joins two \
        entities mentioned in the same window (default: sentence), weighted by the number of \
        windows they share. The format of each output comes from its extension (.graphml .dot \
        .gv .gexf .json .csv .html) or from --format; "-o -" writes to standard output. An .html \
        output is one self-contained page that draws the graph in a browser, with no network.

        Examples:
          entgraph build corpus/ -o graph.graphml
          entgraph build corpus/ -o graph.graphml -o graph.dot -o graph.gexf
          # open graph.html in a browser:
          entgraph build corpus/ -o graph.html --html-size betweenness
          entgraph build corpus/ --window paragraph --types person,country \\
              -o - --format dot
          # measures and communities as node attributes:
          entgraph build corpus/ --centrality -o graph.graphml
          # a readable picture of a big graph:
          entgraph build big/ --top-nodes 150 --backbone 0.05 -o big.dot
          # a dynamic graph for Gephi's timeline:
          entgraph build news.csv --slice month -o news.gexf
          entgraph build news.csv --since 2024-01-01 --evidence 3 --normalized \\
              -o news.graphml
        """
    )

    @OptionGroup var corpus: CorpusOptions

    @OptionGroup var edges: EdgeOptions

    @OptionGroup var dates: DateOptions

    @Option(help: "Count nodes and edges per period too: day, week, month or year (GEXF: a dynamic graph for Gephi's timeline; other formats: a 'periods' attribute). Undated documents are left out.")
    var slice: TimeSlice?

    @Option(name: .customLong("evidence"), help: ArgumentHelp("Keep the first K sentences that mention both ends of each edge (attribute 'evidence'; see 'entgraph explain').", valueName: "K"))
    var evidence: Int = 0

    @Flag(help: "Add normalized weights beside the raw count: npmi, jaccard, p_target_given_source, p_source_given_target (per window).")
    var normalized = false

    @Flag(help: "Count the verbs joining each edge's entities in their shared sentences (attribute 'relations', most frequent first).")
    var relations = false

    @Flag(help: "Make 'weight' the fractional count: a window with n entities gives each pair 1/(n - 1) (the raw count moves to 'count').")
    var fractional = false

    @Option(help: ArgumentHelp("Keep each input's results in this SQLite file and read only new or changed inputs on later runs (inputs in path order give the graph a fresh build gives).", valueName: "file.sqlite"))
    var store: String?

    @OptionGroup var outputs: GraphOutputOptions

    @Flag(name: .shortAndLong, help: "Print no summary line on standard error (skipped inputs and errors are still reported).")
    var quiet = false

    func validate() throws {
        if evidence < 0 { throw ValidationError("--evidence must be 0 or more") }
        if store != nil {
            if corpus.paths.contains("-") { throw ValidationError("--store reads files and folders, not standard input") }
        }
        if outputs.output.contains(where: GraphOutputOptions.isPartial) {
            throw ValidationError("build writes graphs; write a partial graph (.egp) with 'entgraph partial'")
        }
    }

    func run() throws {
        let started = ContinuousClock.now
        let adjust = { (pipeline: inout Pipeline) in
            pipeline.options.slice = slice
            pipeline.options.evidence = evidence
            pipeline.options.normalized = normalized
            pipeline.options.fractional = fractional
            pipeline.options.relations = relations
            pipeline.dates = dates.filter(sliced: slice != nil)
        }
        let (built, report) = try store.map { try StoreBuild(corpus: corpus, dates: dates, quiet: quiet).run(store: $0, outputs: outputs.files, edges: edges, adjust: adjust) }
            ?? corpus.buildGraph(outputs: outputs.files, edges: edges, adjust: adjust)
        let graph = try outputs.finish(built.graph, minWeight: edges.minWeight, threads: corpus.threads)
        try outputs.write(graph, threads: corpus.threads)
        if !quiet {
            StandardError.write(BuildSummary(documentsRead: built.documentsRead, skipped: report.count,
                                             nodes: graph.nodes.count, edges: graph.edges.count,
                                             elapsed: ContinuousClock.now - started,
                                             undated: built.documentsUndated, outOfRange: built.documentsOutOfRange,
                                             datesMatter: slice != nil || dates.since != nil || dates.until != nil).line)
        }
        throw report.exitCode
    }
}

/// The one line `build` ends with on standard error, whatever goes to standard output:
/// `entgraph: 5 documents read, 0 skipped; 41 nodes, 97 edges; 0.84 s`. Documents without a
/// date are counted there (`5 documents read (2 without a date, left out)`) when the run slices
/// or filters by date, or when some documents have a date and others not.
struct BuildSummary {
    var documentsRead: Int
    /// Inputs, or records of an input, that were skipped (each was reported as it came).
    var skipped: Int
    var nodes: Int
    var edges: Int
    var elapsed: Duration
    var undated = 0
    var outOfRange = 0
    /// Whether the run sliced or filtered by date (undated documents were left out).
    var datesMatter = false

    /// `(2 without a date, left out; 1 outside --since/--until)`, or nothing.
    var dateNote: String {
        var parts: [String] = []
        let mixed = undated > 0 && undated < documentsRead
        if undated > 0, datesMatter || mixed {
            parts.append("\(undated) without a date" + (datesMatter ? ", left out" : ""))
        }
        if outOfRange > 0 { parts.append("\(outOfRange) outside --since/--until") }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
    }

    var line: String {
        let (seconds, attoseconds) = elapsed.components
        let hundredths = (seconds * 100 + attoseconds / 10_000_000_000_000_000)
        let time = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) s"
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        return "entgraph: \(count(documentsRead, "document")) read\(dateNote), \(skipped) skipped; "
            + "\(count(nodes, "node")), \(count(edges, "edge")); \(time)\n"
    }
}

