import Testing
@testable import EntityGraph

/// Node ids come from the entity's canonical key, not its label (README, "Node ids"), so
/// graphs of two runs or two periods join on them (issue 15).
@Suite struct NodeIDTests {
    func ids(_ graph: CoMentionGraph) -> [String: String] {
        Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.label, $0.id) })
    }

    @Test func theSameKeyGivesTheSameIdWhateverLabelTheCorpusChose() {
        // One corpus says "AP", the other "the Associated Press": one key, two labels, one id.
        let short = graph(of: ["AP reported that Joe Biden spoke in Washington. AP said more."])
        let long = graph(of: ["The Associated Press reported that Joe Biden spoke. The Associated Press said the Associated Press would report."])
        #expect(ids(short)["AP"] == "associated-press")
        #expect(ids(long)["Associated Press"] == "associated-press")
        // Punctuation of the label does not enter either.
        let name = graph(of: ["Reuters said Vladimir Putin met Brian O'Toole."])
        #expect(ids(name)["Brian O'Toole"] == "brian-otoole")
        #expect(ids(name)["Vladimir Putin"] == "vladimir-putin")
    }

    @Test func countriesAreNamedByTheirTableNameWhateverTheCorpusCallsThem() {
        let graph = graph(of: ["The US and Britain met Germany.", "Officials of the United States, the United Kingdom and Germany met."])
        let countryIDs = Set(graph.nodes.filter { $0.kind == .country }.map(\.id))
        #expect(countryIDs == ["united-states", "united-kingdom", "germany"])
    }

    @Test func clashesAcrossTypesKeepThePlainSlugForTheFirstTypeAndAreStable() {
        let keys = [EntityKey(kind: .organization, name: "clinton"), EntityKey(kind: .person, name: "clinton"),
                    EntityKey(kind: .person, name: "o toole"), EntityKey(kind: .person, name: "o-toole"),
                    EntityKey(kind: .organization, name: "clinton organization")]
        let ids = NodeID.assign(keys) { $0.name }
        #expect(ids == ["clinton-organization-2", "clinton", "o-toole", "o-toole-2", "clinton-organization"])
        // The same entities in another order get the same ids.
        let reversed = NodeID.assign(keys.reversed()) { $0.name }
        #expect(Array(reversed.reversed()) == ids)
        // Without the person, the organization "clinton" keeps the plain slug.
        #expect(NodeID.assign([keys[0]]) { $0.name } == ["clinton"])
    }

    @Test func aPersonsIdSpellsTransliterationsOneWay() {
        // The example: one file says "Alexey", the corpus "Aleksei"; one id either way.
        let one = graph(of: ["Alexey Navalny met Joe Biden."])
        let other = graph(of: ["Aleksei Navalny was jailed. Navalny protested."])
        let both = graph(of: ["Alexey Navalny met Joe Biden.", "Aleksei Navalny was jailed. Navalny protested."])
        #expect(ids(one)["Alexey Navalny"] == "alexei-navalny")
        #expect(ids(other)["Aleksei Navalny"] == "alexei-navalny")
        #expect(both.nodes.filter { $0.id == "alexei-navalny" }.count == 1)
        let spellings: [String: String] = [
            "aleksei navalny": "alexei navalny", "volodymyr zelenskyy": "volodymyr zelensky",
            "volodymyr zelenskiy": "volodymyr zelensky", "volodymyr zelensky": "volodymyr zelensky",
            "dmitriy peskov": "dmitry peskov", "sergey lavrov": "sergei lavrov", "yuliya tymoshenko": "yulia tymoshenko",
            "aleksej navalnyj": "alexei navalny", "sergey kamenskiy": "sergei kamensky",
            // English spellings, other languages' forms and other endings keep theirs.
            "julia roberts": "julia roberts", "victor hugo": "victor hugo", "viktor orban": "viktor orban",
            "piotr sikorski": "piotr sikorski", "jelena jankovic": "jelena jankovic", "hideto fujii": "hideto fujii",
            "kamila valieva": "kamila valieva", "heorhiy gongadze": "heorhiy gongadze", "harvey weinstein": "harvey weinstein",
            "kelly murray": "kelly murray", "jean-marie le pen": "jean-marie le pen", "mohammed bin salman": "mohammed bin salman",
            "zelenskyy-smith": "zelenskyy-smith", "": "",
        ]
        for (key, expected) in spellings {
            #expect(CanonicalSpelling.personKey(key) == expected, "\(key)")
            #expect(CanonicalSpelling.personKey(expected) == expected, "\(expected) is its own spelling")
        }
        // Every listed spelling keeps the name's transliteration key.
        for (spelling, canonical) in NameVariants.transliteratedGivenNames {
            #expect(NameVariants.transliteratedGivenNames[canonical] == nil, "\(canonical) is its own spelling")
            #expect(TransliterationKey.of(canonical) == TransliterationKey.of(spelling), "\(spelling)")
        }
        // Organizations keep their key as it is.
        #expect(NodeID.assign([EntityKey(kind: .organization, name: "rossiyskaya gazeta")]) { $0.name } == ["rossiyskaya-gazeta"])
    }
}
