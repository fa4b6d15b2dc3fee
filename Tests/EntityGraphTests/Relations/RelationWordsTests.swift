import Foundation
import Testing
@testable import EntityGraph

/// The shared data folder: repoRoot/../shared/ngold.
private let ngold = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/ngold").path

@Suite struct WordClassTaggerTests {
    @Test func theBuiltInModelFindsVerbs() throws {
        let tagger = try #require(WordClassTagger.builtIn)
        let words: [Substring] = ["Joe", "Biden", "warned", "Vladimir", "Putin", "on", "Monday", "."]
        #expect(tagger.tag(words) == [.properNoun, .properNoun, .verb, .properNoun, .properNoun, .preposition, .properNoun, .punctuation])
    }

    @Test func trainingIsDeterministicAndTheModelRoundTrips() throws {
        let sentences = WordClassTagger.conllSentences("""
            EU NNP I-NP I-ORG
            rejects VBZ I-VP O
            German JJ I-NP I-MISC
            call NN I-NP O
            . . O O

            Peter NNP I-NP I-PER
            Blackburn NNP I-NP I-PER
            said VBD I-VP O
            it PRP I-NP O
            . . O O
            """)
        #expect(sentences.count == 2)
        #expect(sentences[0].classes == [.properNoun, .verb, .adjective, .noun, .punctuation])
        let one = WordClassTagger.train(sentences, epochs: 3, seed: 5, bucketBits: 10).serialized()
        let two = WordClassTagger.train(sentences, epochs: 3, seed: 5, bucketBits: 10).serialized()
        #expect(one == two)
        let read = try #require(one.withUnsafeBytes(WordClassTagger.init(model:)))
        #expect(read.tag(sentences[1].words) == sentences[1].classes)
        #expect(Array("not a model".utf8).withUnsafeBytes(WordClassTagger.init(model:)) == nil)
        #expect(Array(one.dropLast()).withUnsafeBytes(WordClassTagger.init(model:)) == nil)
    }

    /// The built-in model on CoNLL-2003's development set (numbers in the README).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: ngold + "/conll2003/eng.testa")))
    func accuracyOnCoNLLDevelopmentSet() throws {
        let text = try String(contentsOfFile: ngold + "/conll2003/eng.testa", encoding: .utf8)
        let score = WordClassTagger.Score(try #require(WordClassTagger.builtIn), WordClassTagger.conllSentences(text))
        #expect(score.tokens == 51_362)
        #expect(score.accuracy > 0.955, "\(score.accuracyText)")
        #expect(score.verbPrecision > 0.95 && score.verbRecall > 0.935, "P \(score.verbPrecisionText) R \(score.verbRecallText)")
    }
}

@Suite struct RelationWordsTests {
    @Test func verbsBetweenTwoEntitiesAreCountedPerEdge() throws {
        var options = GraphOptions()
        options.relations = true
        let pipeline = try Pipeline(options: options, countries: testCountries)
        var builder = GraphBuilder(options: options, countries: testCountries)
        for (i, text) in [
            "Joe Biden warned Vladimir Putin on Monday. Biden has met Putin twice.",
            "Vladimir Putin warned Joe Biden again.",
            "Joe Biden and Vladimir Putin spoke, Xi Jinping said.",
        ].enumerated() {
            builder.add(pipeline.tally(makeDocument(text, id: "r\(i)")))  // tallied with its tokens, as a build does
        }
        let graph = builder.build()
        let biden = try #require(graph.nodes.firstIndex { $0.id == "joe-biden" })
        let putin = try #require(graph.nodes.firstIndex { $0.id == "vladimir-putin" })
        let edge = try #require(graph.edges.first { [$0.source, $0.target] == [min(biden, putin), max(biden, putin)] })
        // "warned" twice, "met" once; "has" is an auxiliary; "spoke" comes after both.
        #expect(edge.attributes["relations"] == .string("warned:2|met:1"))
        #expect(graph.attributes["relations"] != nil)
        // Without the option the attribute is not there.
        #expect(GraphTestSupport.plain.edges.allSatisfy { $0.attributes["relations"] == nil })
    }

    @Test func onlyLowercaseNonAuxiliaryWordsCount() {
        #expect(RelationWords.isRelationWord("warned"))
        #expect(RelationWords.isRelationWord("co-operate"))
        #expect(!RelationWords.isRelationWord("has"))
        #expect(!RelationWords.isRelationWord("Jinping"))
        #expect(!RelationWords.isRelationWord("’s"))
        #expect(RelationWords.attributeText(["met": 1, "warned": 2, "called": 1]) == "warned:2|called:1|met:1")
    }
}

private enum GraphTestSupport {
    static let plain = graph(of: ["Joe Biden warned Vladimir Putin on Monday."])
}
