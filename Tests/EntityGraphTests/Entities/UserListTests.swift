import Foundation
import Testing
@testable import EntityGraph

@Suite struct UserListTests {
    func options(thesaurus: String = "", delete: String = "", noMerge: String = "") throws -> GraphOptions {
        var options = GraphOptions()
        options.resolution.thesaurus = try Thesaurus(text: thesaurus, path: "t.tsv", countries: testCountries)
        options.resolution.deleted = try DeleteList(text: delete, path: "d.txt")
        options.resolution.noMerge = try NoMergeList(text: noMerge, path: "n.tsv")
        return options
    }

    @Test func thesaurusMapsAliasesFindsThemAndNamesTheNode() throws {
        let options = try options(thesaurus: """
            # alias\tcanonical\ttype
            Kremlin\tRussia\tcountry

            Gazprom\tGazprom\torganization
            Moskva\tMoscow City Government\torganization
            Moscow City Hall\tMoscow City Government\torganization
            """)
        let graph = graph(of: ["The Kremlin and Gazprom met Ukraine.", "Moskva agreed with Moscow City Hall."], options: options)
        #expect(graph.nodes.map(\.label) == ["Gazprom", "Moscow City Government", "Russia", "Ukraine"])
        #expect(graph.nodes[1].mentions == 2)
        #expect(graph.nodes[2].aliases == ["Kremlin"])
        #expect(graph.nodes[2].attributes["iso_alpha3"] == .string("RUS"))
        let pipeline = try! Pipeline(options: options, countries: testCountries)
        var builder = GraphBuilder(options: options, countries: testCountries)
        builder.add(pipeline.analyze(makeDocument("The Kremlin spoke.")))
        #expect(builder.entities().first?.aliases["Kremlin"]?.rule == .thesaurus)
    }

    @Test func thesaurusErrorsNameTheFileAndLine() {
        func error(_ text: String) -> String {
            do { _ = try Thesaurus(text: text, path: "mine.tsv", countries: testCountries); return "" } catch { return "\(error)" }
        }
        #expect(error("Putin\tVladimir Putin\n") == "mine.tsv:1: expected 3 tab-separated fields (alias, canonical name, type), found 2")
        #expect(error("# c\nPutin\tVladimir Putin\tpersn") == "mine.tsv:2: unknown type 'persn'; use person, country, organization, location, misc")
        #expect(error("Xland\tXland\tcountry") == "mine.tsv:1: 'Xland' is not a country name or code of ISO 3166-1")
        #expect(error("Bush\tGeorge Bush\tperson\nBush\tJeb Bush\tperson") == "mine.tsv:2: 'Bush' already maps to 'George Bush' on line 1")
        #expect(error("!!\tX\tperson").hasPrefix("mine.tsv:1: "))
        do {
            _ = try Thesaurus(contentsOf: "/nonexistent/aliases.tsv", countries: testCountries)
            Issue.record("a missing file must fail")
        } catch {
            #expect(error == .unreadable(path: "/nonexistent/aliases.tsv", reason: "no such file"))
        }
    }

    @Test func deletedNamesNeverBecomeNodes() throws {
        let text = ["**Evan Vucci / AP / TASS**\n\nVladimir Putin met Joe Biden. Putin smiled."]
        #expect(graph(of: text, options: keepingEveryName()).nodes.map(\.label) == ["AP", "Evan Vucci", "Joe Biden", "TASS", "Vladimir Putin"])
        var options = try options(delete: "associated press\nTASS\torganization\nJoe Biden\tcountry\nVladimir Putin\n")
        options.resolution.minConfidence = 0
        #expect(graph(of: text, options: options).nodes.map(\.label) == ["Evan Vucci", "Joe Biden"])
        #expect(throws: ResolutionFileError.malformed(path: "d.txt", line: 1, reason: "unknown type 'people'; use person, country, organization, location, misc")) {
            try DeleteList(text: "Putin\tpeople", path: "d.txt")
        }
    }

    @Test func noMergePairsStayApartInADocumentAndAcrossTheCorpus() throws {
        let texts = ["Alyaksandr Lukashenka rules Belarus.", "Russia backs Lukashenko again."]
        #expect(graph(of: texts).nodes.count == 3)
        let apart = try options(noMerge: "Lukashenko\tAlyaksandr Lukashenka\n")
        #expect(graph(of: texts, options: apart).nodes.map(\.label) == ["Alyaksandr Lukashenka", "Belarus", "Lukashenko", "Russia"])
        let inDocument = try options(noMerge: "Putin\tvladimir putin")
        #expect(graph(of: ["Vladimir Putin spoke. Putin left."], options: inDocument).nodes.map(\.label) == ["Putin", "Vladimir Putin"])
        let variants = try options(noMerge: "Alexey Navalny\tAleksei Navalny")
        #expect(graph(of: ["Alexey Navalny spoke.", "Aleksei Navalny spoke."], options: variants).nodes.count == 2)
        #expect(graph(of: ["Alexey Navalny spoke. Aleksei Navalny spoke."], options: variants).nodes.count == 2)
        #expect(throws: ResolutionFileError.malformed(path: "n.tsv", line: 1, reason: "expected 2 tab-separated names, found 1 fields")) {
            try NoMergeList(text: "Putin", path: "n.tsv")
        }
    }

    @Test func exampleFilesInTheDocsAreValid() throws {
        let examples = repositoryRoot.appendingPathComponent("docs/examples")
        let thesaurus = try Thesaurus(contentsOf: examples.appendingPathComponent("thesaurus.tsv").path, countries: testCountries)
        #expect(!thesaurus.entries.isEmpty)
        #expect(!(try DeleteList(contentsOf: examples.appendingPathComponent("delete.txt").path)).isEmpty)
        #expect(!(try NoMergeList(contentsOf: examples.appendingPathComponent("no-merge.tsv").path)).isEmpty)
    }
}
