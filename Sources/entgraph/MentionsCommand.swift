import ArgumentParser
import EntityGraph

struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "List every mention of a person, country or organization, with the entity it resolved to.",
        discussion: """
        JSON Lines: one object per document, {"document", "entities": [{"id", "name", "type", \
        "aliases", "mentions"}], "mentions": [{"start", "end", "text", "type", "entity", \
        "sentence"}]}; start and end are UTF-8 byte offsets into the document text. Entity ids \
        are the node ids of `entgraph build` on the same inputs.

        Examples:
          entgraph mentions corpus/
          entgraph mentions article.html --format table
          cat article.txt | entgraph mentions -
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, table }

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Output format: jsonl or table.")
    var format: Format = .jsonl

    func run() throws {
        var report = ProblemReport()
        let inputs = corpus.collectInputs(&report)
        let pipeline = try corpus.makePipeline()
        var builder = GraphBuilder(options: pipeline.options, countries: pipeline.countries)
        var documents: [ResolvedDocument] = []
        pipeline.run(inputs) { _, result in
            switch result {
            case .success(let resolved):
                report.inputsRead += 1
                resolved.forEach { builder.add($0) }
                documents += resolved
            case .failure(let error):
                report.add(error)
            }
        }
        try report.check(strict: corpus.strict)
        let mentions = MentionsReport(documents: documents, built: builder.assemble(), options: pipeline.options)
        try StandardOutput.write(format == .jsonl ? mentions.jsonLines() : mentions.table())
        throw report.exitCode
    }
}
