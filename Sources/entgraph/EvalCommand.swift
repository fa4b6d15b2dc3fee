import ArgumentParser
import EntityGraph

/// `entgraph eval`: scores the tagger against a CoNLL file's own gold column.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the tagger on a CoNLL file against its last column: per-type and micro P/R/F1, exact span match.",
        discussion: """
        Examples:
          entgraph eval ../shared/ngold/conll2003/eng.testa --scheme conll
          entgraph eval ../shared/ngold/crossner_politics/dev.txt --scheme entgraph
          entgraph eval big.conll --timing
        """)

    @Argument(help: "CoNLL file with gold tags (IOB1 or IOB2) in the last column.")
    var file: String
    @Option(help: "conll: PER/ORG/LOC/MISC; entgraph: PERSON/COUNTRY/ORGANIZATION/LOCATION/MISC.")
    var scheme: TagScheme = .conll
    @Option(help: "Model file (default: $ENTGRAPH_MODEL or the built-in model).")
    var model: String?
    @Flag(help: "Score the tagger alone, without the refinements the pipeline applies (scheme entgraph).")
    var raw = false
    @Flag(help: "Also time tagging alone (no scoring) and print tokens per second.")
    var timing = false

    func run() throws {
        let tagger = try CommandFailure.reporting { try SequenceTagger.load(path: model) }
        let corpus = try CommandFailure.reporting { try CoNLLCorpus(contentsOf: file) }
        if timing {
            let tokens = corpus.documents.reduce(0) { $0 + $1.tokens.count }
            var found = 0
            let elapsed = ContinuousClock().measure {
                for doc in corpus.documents { found += tagger.spans(bytes: doc.bytes, tokens: doc.tokens, sentences: doc.sentences).count }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            print("tagged \(tokens) tokens (\(found) spans) in \(seconds) s: \(Int(Double(tokens) / seconds)) tokens/s")
        }
        let refiner = raw ? nil : MentionRefiner(countries: try CommandFailure.reporting { try CountryTable.shared() })
        let evaluation = tagger.evaluate(corpus, scheme: scheme, refiner: refiner)
        print(evaluation.report(scored: scheme.scoredTypes, note: scheme.scoreNote), terminator: "")
    }
}
