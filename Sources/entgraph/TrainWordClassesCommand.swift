import ArgumentParser
import EntityGraph
import Foundation

struct TrainWordClassesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-word-classes",
        abstract: "Train the word-class (part-of-speech) model that finds relation verbs (build --relations).",
        discussion: """
        Reads the Penn part-of-speech column (the second) of CoNLL-2003's eng.train under \
        --data, trains a seeded averaged perceptron, prints its accuracy on eng.testa, and \
        writes the model. The same data and seed give the same file, byte for byte.

        Example:
          entgraph train-word-classes --data ../shared/ngold \\
              -o Sources/EntityGraph/Resources/wordclasses.egmodel
        """
    )

    @Option(help: "Folder holding conll2003/eng.train and conll2003/eng.testa.")
    var data: String = "../shared/ngold"

    @Option(help: "Seed of the training order.")
    var seed: UInt64 = 1

    @Option(help: "Passes over the training data.")
    var epochs: Int = 5

    @Option(name: .shortAndLong, help: "Model file to write.")
    var output: String

    func run() throws {
        func sentences(_ name: String) throws -> [(words: [Substring], classes: [WordClass])] {
            let path = data + "/conll2003/" + name
            guard let bytes = FileManager.default.contents(atPath: path) else {
                throw CommandFailure(message: "\(path): cannot be read")
            }
            return WordClassTagger.conllSentences(String(decoding: bytes, as: UTF8.self))
        }
        let train = try sentences("eng.train"), dev = try sentences("eng.testa")
        let tagger = WordClassTagger.train(train, epochs: epochs, seed: seed)
        let model = tagger.serialized()
        guard let reread = model.withUnsafeBytes(WordClassTagger.init(model:)) else {
            throw CommandFailure(message: "the model just written cannot be read back")
        }
        let score = WordClassTagger.Score(reread, dev)
        StandardError.write("entgraph: eng.testa: accuracy \(score.accuracyText), verbs P \(score.verbPrecisionText) R \(score.verbRecallText)\n")
        try CommandFailure.reporting { try OutputFile.write(model, to: output) }
    }
}
