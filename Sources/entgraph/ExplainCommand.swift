import ArgumentParser
import EntityGraph
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print the sentences behind the edge between two entities, with document ids and dates.",
        discussion: """
        The last two arguments are the entities, the others the corpus: a node id \
        (vladimir-putin), a label ("Vladimir Putin") or an alias ("Putin"), case ignored. The \
        corpus is read as `build` reads it (same options), then the documents holding the \
        sentences are read again to quote them. Sentences are in input order; byte offsets are \
        into the document's text as `entgraph text` prints it.

        Examples:
          entgraph explain examples/dated-news/ "Olaf Scholz" China
          entgraph explain news.csv --text-field body putin biden --max 10 \\
              --since 2024-01-01
        """
    )

    @OptionGroup var corpus: CorpusOptions

    @OptionGroup var dates: DateOptions

    @Option(help: "Show at most this many sentences.")
    var max: Int = 5

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func validate() throws {
        guard max >= 1 else { throw ValidationError("--max must be at least 1") }
        guard corpus.paths.count >= 3 else {
            throw ValidationError("give the corpus, then the two entities: entgraph explain PATH... A B")
        }
    }

    func run() throws {
        var corpus = self.corpus
        let names = Array(corpus.paths.suffix(2))
        corpus.paths.removeLast(2)
        let (built, report) = try corpus.buildGraph { pipeline in
            pipeline.options.evidence = max
            pipeline.options.minWeight = 1
            pipeline.dates = dates.filter()
        }
        let a: Int, b: Int
        do {
            a = try EdgeExplanation.node(named: names[0], in: built.graph)
            b = try EdgeExplanation.node(named: names[1], in: built.graph)
        } catch { throw CommandFailure(message: FileSystemPath.displayed("\(error)")) }
        guard a != b else { throw UsageFailure(message: "'\(names[0])' and '\(names[1])' are the same entity") }
        var inputReport = ProblemReport()
        let inputs = corpus.collectInputs(&inputReport, leftOut: false)
        guard let explanation = EdgeExplanation.explain(a, b, in: built, inputs: inputs, loader: corpus.documentLoader) else {
            let (first, second) = (built.graph.nodes[a].label, built.graph.nodes[b].label)
            throw CommandFailure(message: FileSystemPath.displayed("\(first) and \(second) are never mentioned in one sentence"))
        }
        switch format {
        case .text: try StandardOutput.write(explanation.text())
        case .json: try StandardOutput.write(try Self.json(explanation))
        }
        throw report.exitCode
    }

    /// `{"source": id, "target": id, "sentences_total": N, "sentences": [{"document", "date", "start", "end", "text"}]}`.
    static func json(_ explanation: EdgeExplanation) throws -> String {
        let sentences: [[String: Any]] = explanation.sentences.map { evidence, text in
            ["document": evidence.documentID, "date": evidence.date.map { $0.description } ?? NSNull(),
             "start": evidence.sentence.lowerBound, "end": evidence.sentence.upperBound, "text": text ?? NSNull()]
        }
        let object: [String: Any] = ["source": explanation.source.id, "target": explanation.target.id,
                                     "sentences_total": explanation.sharedSentences, "sentences": sentences]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
