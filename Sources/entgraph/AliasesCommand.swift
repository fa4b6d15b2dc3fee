import ArgumentParser
import EntityGraph

struct AliasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aliases",
        abstract: "Print every entity, its aliases, and the rule that merged each alias.",
        discussion: """
        Rules: same key (the same name once titles, "the", case and punctuation are set aside),
        surname in document, surname in corpus, acronym, country table.

        Examples:
          entgraph aliases corpus/
          entgraph aliases corpus/ --types person
        """
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let (builder, report) = try corpus.buildGraph()
        try StandardOutput.write(AliasReport(builder: builder).text())
        throw report.exitCode
    }
}
