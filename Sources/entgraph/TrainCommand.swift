import ArgumentParser
import EntityGraph

/// `entgraph train`: rebuilds the tagger model from annotated data.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the named-entity tagger (byte-for-byte reproducible for the same data and seed).",
        discussion: """
        Examples:
          # ../shared/ngold, seed 1: the built-in model:
          entgraph train -o model.egmodel
          entgraph train --data ../shared/ngold --seed 7 \\
              --dev ../shared/ngold/conll2003/eng.testa -o m.egmodel
          make model   # rebuild the built-in model
        """)

    @Option(help: "Folder laid out like ../shared/ngold (conll2003/eng.train …).")
    var data = "../shared/ngold"
    @Option(help: "Seed for shuffling and clustering.")
    var seed: UInt64 = 1
    @Option(help: "Training epochs.")
    var epochs = 11
    @Option(help: "Feature table size: 2^bits rows.")
    var hashBits = 22
    @Option(help: "Perceptron runs over differently shuffled documents, averaged into one model.")
    var restarts = 3
    @Option(help: "Score this CoNLL file after every epoch, per type (for choosing the epoch count); repeatable.")
    var dev: [String] = []
    @Flag(help: "Also learn from GMB train (silver, mapped to CoNLL's conventions).")
    var gmb = false
    @Option(help: "With --gmb, learn from only the first N GMB documents (20 sentences each).")
    var gmbDocuments: Int?
    @Flag(inversion: .prefixedNo, help: "Also learn from CrossNER politics train (on by default: it teaches politics-domain names).")
    var crossner = true
    @Option(name: .customLong("also-learn"), help: "Also learn from this CoNLL-2003-tagged file (e.g. eng.testa for a final model; never score a model on a file it learned from); repeatable.")
    var alsoLearn: [String] = []
    @Option(help: "Comma-separated feature groups to leave out (local, wideWindow, clusters, gazetteer, capsHeadline, documentCase, history, twoPass, nameLists).")
    var without: String = ""
    @Option(help: "Folder of the name lists (given-names.txt, locations.txt …); default: gazetteers/ of the source tree.")
    var nameLists: String?
    @Option(name: .shortAndLong, help: "Where to write the model.")
    var output: String

    func run() throws {
        var options = TaggerTraining.Options(dataDirectory: data)
        options.seed = seed
        options.epochs = epochs
        options.hashBits = hashBits
        options.restarts = restarts
        options.developmentFiles = dev
        options.useGMB = gmb
        options.gmbDocuments = gmbDocuments
        options.useCrossNER = crossner
        options.extraTrainingFiles = alsoLearn
        if let nameLists { options.nameListsDirectory = nameLists }
        for name in without.split(separator: ",") {
            guard let group = TaggerFeatureSet.named[String(name)] else {
                throw ValidationError("unknown feature group '\(name)'; known: \(TaggerFeatureSet.named.keys.sorted().joined(separator: ", "))")
            }
            options.features.remove(group)
        }
        let model = try TaggerTraining(options: options).run { print($0) }
        do { try model.write(to: output) } catch { throw CommandFailure(message: "\(error)") }
        print("wrote \(output)")
    }
}
