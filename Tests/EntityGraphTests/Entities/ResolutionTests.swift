import Testing
@testable import EntityGraph

@Suite struct ResolutionTests {
    @Test func surnameJoinsTheUniqueFullNameOfItsDocument() {
        let graph = graph(of: ["Vladimir Putin met Joe Biden. Putin smiled at Biden."])
        #expect(graph.nodes.map(\.label) == ["Joe Biden", "Vladimir Putin"])
        #expect(graph.nodes.map(\.mentions) == [2, 2])
        #expect(graph.nodes.map(\.aliases) == [["Biden"], ["Putin"]])
    }

    @Test func twoCandidatesMeanNoMergeAndAReportedAmbiguity() throws {
        let pipeline = try Pipeline(countries: testCountries)
        let resolved = pipeline.analyze(makeDocument("George Bush met Jeb Bush. Later Bush spoke to Joe Biden."))
        #expect(resolved.ambiguities == [Ambiguity(name: "bush", candidates: ["george bush", "jeb bush"])])
    }

    @Test func surnameAloneInADocumentJoinsTheFullNameUniqueInTheCorpus() {
        let graph = graph(of: ["Vladimir Putin met Joe Biden.", "President Putin phoned the U.S. leader."])
        let putin = graph.nodes.first { $0.label == "Vladimir Putin" }
        #expect(putin?.mentions == 2)
        #expect(putin?.documents == 2)
        #expect(!graph.nodes.contains { $0.label == "Putin" })
    }

    @Test func countryFormsAreOneNodeWithISOCodes() {
        let graph = graph(of: ["The U.S. and Russia talked.", "America and the Russian Federation talked.",
                               "The United States of America and the US agreed."])
        #expect(graph.nodes.map(\.label) == ["Russia", "United States"])
        #expect(graph.nodes[1].aliases == ["America", "U.S.", "US", "United States of America"])
        #expect(graph.nodes[1].attributes["iso_alpha3"] == .string("USA"))
        #expect(graph.nodes[0].attributes["iso_alpha2"] == .string("RU"))
    }

    @Test func acronymsJoinTheirLongForm() {
        let graph = graph(of: ["The Organization for Security and Cooperation in Europe (OSCE) met. The OSCE and Russia spoke."])
        #expect(graph.nodes.map(\.label) == ["Organization for Security and Cooperation in Europe", "Russia"])
        #expect(graph.nodes[0].aliases == ["OSCE"])
        let eu = EntityGraphTests.graph(of: ["The E.U. and the EU and the European Union agree with Russia."])
        #expect(eu.nodes.map(\.label) == ["European Union", "Russia"])
    }

    @Test func canonicalKeysFoldCaseDiacriticsAndPunctuation() {
        #expect(NameCanonicalizer.key("U.S.") == "us")
        #expect(NameCanonicalizer.key("Co-operation in Europe") == "cooperation in europe")
        #expect(NameCanonicalizer.key("Zelenskyy’s  Office") == "zelenskyys office")
        #expect(NameCanonicalizer.canonical("the Kremlin") == "Kremlin")
    }

    @Test func demonymsAndMetonymsFollowTheSwitches() {
        let text = ["Russian officials and the Kremlin met Ukraine."]
        #expect(graph(of: text).nodes.map(\.label) == ["Kremlin", "Ukraine"])
        var options = GraphOptions()
        options.demonyms = true
        options.mergeMetonyms = true
        let merged = graph(of: text, options: options)
        #expect(merged.nodes.map(\.label) == ["Russia", "Ukraine"])
        #expect(merged.nodes[0].mentions == 2)
    }
}
