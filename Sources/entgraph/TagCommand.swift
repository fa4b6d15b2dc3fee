import ArgumentParser
import EntityGraph

/// `entgraph tag`: appends the predicted IOB2 tag to every token line of a CoNLL file.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag a CoNLL file (token in the first column); prints its lines with the predicted IOB2 tag appended.",
        discussion: """
        Examples:
          entgraph tag ../shared/ngold/conll2003/eng.testa
          entgraph tag ../shared/ngold/crossner_politics/dev.txt --scheme entgraph
          entgraph tag tokens.conll --model my.egmodel > tagged.conll
          entgraph tag ../shared/ngold/conll2003/eng.testa --scheme entgraph \\
              --confidence
        """)

    @Argument(help: "CoNLL file: token first, any columns after, blank line between sentences.")
    var file: String
    @Option(help: "conll: PER/ORG/LOC/MISC; entgraph: PERSON/COUNTRY/ORGANIZATION/LOCATION/MISC.")
    var scheme: TagScheme = .conll
    @Flag(help: "Tag with the tagger alone, without the refinements the pipeline applies (scheme entgraph).")
    var raw = false
    @Option(help: "Model file (default: $ENTGRAPH_MODEL or the built-in model).")
    var model: String?
    @Flag(help: "Append each span's confidence after its tag: the tagger's margin (scripts/margin_calibration.py relates it to precision).")
    var confidence = false

    func run() throws {
        let tagger = try CommandFailure.reporting { try SequenceTagger.load(path: model) }
        let corpus = try CommandFailure.reporting { try CoNLLCorpus(contentsOf: file) }
        var out = ""
        for line in tagger.taggedLines(corpus, scheme: scheme, refiner: raw ? nil : MentionRefiner(countries: try CommandFailure.reporting { try CountryTable.shared() }), confidence: confidence) { out += line; out += "\n" }
        print(out, terminator: "")
    }
}

extension TagScheme: ExpressibleByArgument {}
