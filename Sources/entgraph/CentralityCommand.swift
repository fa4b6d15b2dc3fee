import ArgumentParser
import EntityGraph

struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank the entities of a graph (a GraphML file, or a corpus built on the fly) by centrality.",
        discussion: """
        Measures: \(Measure.allCases.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: "; ")). \
        \(Measure.weightSemantics). \
        Values are normalized as NetworkX normalizes them by default.

        Examples:
          entgraph centrality graphs/sample.graphml --measure pagerank --top 10
          entgraph centrality corpus/ --measure all --type person --format csv
          entgraph centrality graph.graphml --measure betweenness --format json
          entgraph centrality news.csv --since 2024-01-01 --until 2024-03-31 \\
              --measure pagerank
        """
    )

    @OptionGroup var corpus: CorpusOptions

    @OptionGroup var edges: EdgeOptions

    @OptionGroup var dates: DateOptions

    @Option(help: "Measure(s) to compute, comma-separated, or all. The first one ranks the rows.",
            transform: CentralityCommand.parseMeasures)
    var measure: [Measure] = [.pagerank, .degree, .strength]

    @Option(help: "Show only the N highest-ranked entities.")
    var top: Int?

    @Option(help: "Show only entities of this type: person, country or organization.")
    var type: EntityKind?

    @Option(help: "Output format: table, csv or json.")
    var format: CentralityReport.Format = .table

    @OptionGroup var csv: CSVFormulaOptions

    @Option(help: ArgumentHelp("Estimate betweenness from K sampled source nodes (Brandes and Pich 2007; NetworkX's betweenness_centrality(k=…)) instead of all of them: for big graphs.", valueName: "K"))
    var samples: Int?

    @Option(help: "Seed of the betweenness sample (with --samples): the same seed gives the same numbers.")
    var seed: UInt64 = 1

    func validate() throws {
        if let samples, samples < 2 { throw ValidationError("--samples must be at least 2") }
    }

    func run() throws {
        let graph: CoMentionGraph
        var status = ExitCode.success
        if corpus.paths.count == 1, corpus.paths[0].lowercased().hasSuffix(".graphml") {
            do { graph = try GraphMLReader().read(contentsOf: corpus.paths[0]) } catch {
                throw CommandFailure(message: "\(error)")
            }
        } else {
            let (built, report) = try corpus.buildGraph(edges: edges) { $0.dates = dates.filter() }
            graph = built.graph
            status = report.exitCode
        }
        let report: CentralityReport
        do {
            report = try CentralityReport(graph: graph, measures: measure, options: MeasureOptions(threads: corpus.threads, betweennessSample: samples.map { .init(k: $0, seed: seed) }),
                                          top: top, kinds: type.map { [$0] })
        } catch { throw CommandFailure(message: "\(error)") }
        try StandardOutput.write(report.rendered(as: format, csvFormulas: csv.formulas))
        throw status
    }

    static func parseMeasures(_ text: String) throws -> [Measure] {
        var measures: [Measure] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            if name == "all" { measures += Measure.allCases.filter { !measures.contains($0) }; continue }
            guard let measure = Measure(rawValue: name) else {
                throw ValidationError("unknown measure '\(name)'; use all, \(Measure.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !measures.contains(measure) { measures.append(measure) }
        }
        return measures
    }
}

extension EntityKind: ExpressibleByArgument {}
extension CentralityReport.Format: ExpressibleByArgument {}
