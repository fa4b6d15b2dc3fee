import ArgumentParser
import EntityGraph

/// `entgraph eval`: scores the tagger against a CoNLL file's own gold column.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the tagger on a CoNLL file against its last column: per-type and micro P/R/F1, exact span match.")

    @Argument(help: "CoNLL file with gold tags (IOB1 or IOB2) in the last column.")
    var file: String
    @Option(help: "conll: PER/ORG/LOC/MISC; entgraph: PERSON/COUNTRY/ORGANIZATION/LOCATION/MISC.")
    var scheme: TagScheme = .conll
    @Option(help: "Model file (default: $ENTGRAPH_MODEL or the bundled model).")
    var model: String?

    func run() throws {
        let tagger = try SequenceTagger.load(path: model)
        let corpus = try CoNLLCorpus(contentsOf: file)
        let evaluation = tagger.evaluate(corpus, scheme: scheme)
        print(evaluation.report(scored: scheme.scoredTypes, note: scheme.scoreNote), terminator: "")
    }
}
