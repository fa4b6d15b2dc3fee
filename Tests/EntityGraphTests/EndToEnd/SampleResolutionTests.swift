import Foundation
import Testing
@testable import EntityGraph

/// Entity resolution on the sample corpus, run in-process: the entities issue 5 names are one
/// node each, and no node is a fragment or a fusion.
@Suite struct SampleResolutionTests {
    static let graph: CoMentionGraph = {
        let collection = InputCollector().collect(EndToEndTests.articles.map { repositoryRoot.appendingPathComponent($0).path })
        return try! Pipeline(countries: testCountries).buildGraph(collection.inputs, problem: { _ in }).graph
    }()

    /// The node every form names, if they all name the same one node and no other node has any.
    func node(named forms: [String]) -> CoMentionGraph.Node? {
        let nodes = Self.graph.nodes.filter { node in forms.contains { $0 == node.label || node.aliases.contains($0) } }
        guard nodes.count == 1, let node = nodes.first else { return nil }
        return forms.allSatisfy { $0 == node.label || node.aliases.contains($0) } ? node : nil
    }

    @Test func eachEntityIsOneNodeWhateverItsForm() {
        let expected: [(EntityKind, [String])] = [
            (.person, ["Vladimir Putin", "Putin"]),
            (.person, ["Joe Biden", "Biden"]),
            (.person, ["Donald Trump", "Trump"]),
            (.country, ["United States", "U.S.", "US", "America"]),
            (.country, ["Russia", "Russian Federation"]),
            (.person, ["Alyaksandr Lukashenka", "Lukashenka", "Lukashenko"]),
            (.person, ["Alexey Navalny", "Aleksei Navalny", "Navalny"]),
            (.person, ["Dmitry Trenin", "Trenin", "Dmitry Ternin"]),
            (.person, ["Sergei Lavrov", "Lavrov"]),
            (.organization, ["European Union", "E.U."]),
            (.organization, ["NATO"]),
            (.organization, ["Carnegie Moscow Center"]),
            (.person, ["Bashar al-Assad", "Bashar Assad"]),
        ]
        for (kind, forms) in expected {
            let found = node(named: forms)
            #expect(found?.kind == kind, "\(forms) should be one \(kind) node")
        }
        #expect(node(named: ["Dmitry Trenin"])?.label == "Dmitry Trenin")
        #expect(node(named: ["Vladimir Putin"])?.documents == 5)
    }

    @Test func noNodeIsAFragmentOrAFusion() {
        let nodes = Self.graph.nodes
        let surnames = Set(nodes.filter { $0.kind == .person }.compactMap { node -> String? in
            guard let name = PersonName(node.label), !name.isSurnameOnly else { return nil }
            return name.surname
        })
        for node in nodes {
            let words = node.label.split(separator: " ")
            // "Evan Vucci / AP" would be a fusion; "RFE/RL" is one name.
            #expect(!node.label.contains(" / ") && !node.label.contains("|"), "fusion: \(node.label)")
            if node.kind == .person {
                #expect(words.count <= 4, "fusion: \(node.label)")
                #expect(words.count > 1 || !surnames.contains(NameCanonicalizer.key(node.label)), "fragment: \(node.label)")
            }
            for other in nodes where other.id != node.id && other.kind == node.kind && other.kind != .country {
                let otherWords = other.label.split(separator: " ")
                let inside = otherWords.count > words.count && (0...(otherWords.count - words.count)).contains {
                    Array(otherWords[$0..<($0 + words.count)]) == words
                }
                #expect(!inside, "fragment: \(node.label) inside \(other.label)")
            }
        }
        #expect(node(named: ["Evan Vucci"])?.kind == .person)
        // The photo credit's agency is an organization or, the tagger unsure of it there, no node.
        #expect(node(named: ["AP"]).map { $0.kind == .organization } ?? true)
    }
}

/// The user files through the command line: examples from docs/examples/ work, and a bad file
/// stops the run with its name and line.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct ResolutionCommandLineTests {
    @Test func exampleFilesChangeTheAliases() throws {
        let plain = try runEntgraph(["aliases", "corpus/001_c811d4470e38db6f.txt"])
        #expect(plain.status == 0)
        #expect(plain.stdoutText.contains("ORGANIZATION  TASS"))
        let result = try runEntgraph(["aliases", "corpus/001_c811d4470e38db6f.txt", "--thesaurus", "docs/examples/thesaurus.tsv",
                                      "--delete", "docs/examples/delete.txt", "--no-merge", "docs/examples/no-merge.tsv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdoutText.contains("ORGANIZATION  TASS"))
        #expect(!result.stdoutText.contains("ORGANIZATION  Kremlin"))
        #expect(result.stdoutText.contains("  Kremlin  ← thesaurus"))
    }

    @Test func aBadUserFileNamesItsLineAndExitsWithThree() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-thesaurus-\(UUID().uuidString).tsv")
        try Data("# ok\nPutin\tVladimir Putin\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try runEntgraph(["build", "corpus", "-o", "-", "--format", "json", "--thesaurus", file.path])
        #expect(result.status == 3)
        #expect(result.stderr.contains("\(file.path):2: expected 3 tab-separated fields"))
        #expect(result.stdout.isEmpty)
    }
}
