import ArgumentParser
import EntityGraph

struct AliasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aliases",
        abstract: "Print every entity, its aliases, and the rule that merged each alias.",
        discussion: """
        Rules: same key (the same name once titles, "the", case and punctuation are set aside), \
        thesaurus (--thesaurus), country table, acronym, surname in document, surname in corpus, \
        short form in document (an organization's "State Department" for "U.S. State Department"), \
        name variant (middle name or initial, particle, familiar form), transliteration \
        (Zelensky/Zelenskyy, Alexei/Aleksei, Volodymyr/Vladimir), spelling variant (a surname one \
        typing error away, same first name), most mentioned namesake ("Trump" for Donald Trump), \
        majority type (a name typed two ways), organization form ("Labour" / "Labour Party"), \
        sentence opener ("Rival Sony" for Sony), institution's country ("Senate" for Senate \
        (United States)). Names that fit several entities are left \
        unmerged and listed at the end. The README's "Entity resolution" explains each rule.

        Examples:
          entgraph aliases corpus/
          entgraph aliases corpus/ --types person
          entgraph aliases corpus/ --thesaurus aliases.tsv --delete delete.txt \\
              --no-merge no-merge.tsv
        """
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let (built, report) = try corpus.buildGraph()
        try StandardOutput.write(AliasReport(built.resolution).text())
        throw report.exitCode
    }
}
