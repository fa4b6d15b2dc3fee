import Testing
@testable import EntityGraph

@Suite struct ResolutionTests {
    @Test func surnameJoinsTheUniqueFullNameOfItsDocument() {
        let graph = graph(of: ["Vladimir Putin met Joe Biden. Putin smiled at Biden."])
        #expect(graph.nodes.map(\.label) == ["Joe Biden", "Vladimir Putin"])
        #expect(graph.nodes.map(\.mentions) == [2, 2])
        #expect(graph.nodes.map(\.aliases) == [["Biden"], ["Putin"]])
    }

    /// "Mr. Obama" in a document that names only Michelle Obama in full is not her: the
    /// honorific's sex disagrees with her given name, and the corpus sends the name to Barack.
    @Test func anHonorificOfTheOtherSexKeepsASurnameFromAFullName() {
        let apart = graph(of: ["Barack Obama met Joe Biden at the White House. Barack Obama spoke. Barack Obama left.",
                               "Michelle Obama visited a school in Chicago. Mr. Obama stayed at the White House."],
                          options: keepingEveryName())
        #expect(apart.nodes.first { $0.label == "Michelle Obama" }?.mentions == 1)
        #expect(apart.nodes.first { $0.label == "Barack Obama" }?.mentions == 4)
        let sameSex = graph(of: ["Michelle Obama visited a school in Chicago. Mrs. Obama smiled."], options: keepingEveryName())
        #expect(sameSex.nodes.first { $0.label == "Michelle Obama" }?.mentions == 2)
    }

    /// A surname the story uses twice before a relative's full name ("his daughter Ivanka
    /// Zorb") is not the relative's: the corpus sends it to its famous namesake. Once before is
    /// a headline's and joins; so does a surname used twice before a full name no relative noun
    /// introduces.
    @Test func aSurnameInUseBeforeARelativeIsIntroducedIsNotTheRelatives() {
        let famous = ["Donald Zorb met Joe Biden at the White House. Donald Zorb spoke. Donald Zorb left."]
        let relative = graph(of: famous + ["Zorb spoke in Ohio on Monday. Zorb said he would win. "
                                           + "He thanked his daughter Ivanka Zorb for her help."], options: keepingEveryName())
        #expect(relative.nodes.first { $0.label == "Ivanka Zorb" }?.mentions == 1)
        #expect(relative.nodes.first { $0.label == "Donald Zorb" }?.mentions == 5)
        let headline = graph(of: famous + ["Zorb spoke in Ohio on Monday. He thanked his daughter Ivanka Zorb for her help. "
                                           + "Zorb said she would win."], options: keepingEveryName())
        #expect(headline.nodes.first { $0.label == "Ivanka Zorb" }?.mentions == 3)
        let newcomer = graph(of: famous + ["Zorb spoke in Ohio on Monday. Zorb said she would win. "
                                           + "The senator Ivanka Zorb thanked her staff."], options: keepingEveryName())
        #expect(newcomer.nodes.first { $0.label == "Ivanka Zorb" }?.mentions == 3)
        // The relative noun may stand a few lowercase words before the name, not across "of" or a
        // possessive.
        let apposition = graph(of: famous + ["Zorb spoke in Ohio on Monday. Zorb said he would win. "
                                             + "He thanked his elder daughter and senior adviser, Ivanka Zorb, for her help."],
                               options: keepingEveryName())
        #expect(apposition.nodes.first { $0.label == "Ivanka Zorb" }?.mentions == 1)
        for introduction in ["the daughter of a farmer, Ivanka Zorb", "his son's lawyer, Ivanka Zorb"] {
            let other = graph(of: famous + ["Zorb spoke in Ohio on Monday. Zorb said she would win. "
                                            + "He thanked \(introduction), for her help."], options: keepingEveryName())
            #expect(other.nodes.first { $0.label == "Ivanka Zorb" }?.mentions == 3, "\(introduction)")
        }
        // After the relative, an office before the surname names the one who holds it, not
        // her; a role or an honorific she may share ("Ms Zorb", "adviser Zorb") does not.
        let office = graph(of: famous + ["He thanked his daughter Ivanka Zorb for her help. President Zorb said he would win."],
                           options: keepingEveryName())
        #expect(office.nodes.first { $0.label == "Ivanka Zorb" }?.mentions == 1)
        #expect(office.nodes.first { $0.label == "Donald Zorb" }?.mentions == 4)
        let role = graph(of: famous + ["He thanked his daughter Ivanka Zorb for her help. Adviser Zorb said she would win."],
                         options: keepingEveryName())
        #expect(role.nodes.first { $0.label == "Ivanka Zorb" }?.mentions == 2)
    }

    /// A surname used five times before the document's only full name by it, which no relative
    /// noun introduces, is left to the corpus: its famous namesake takes it where there is one,
    /// else the document's full name does. Four times before still joins in the document.
    @Test func aSurnameLongInUseBeforeAFullNameIsTheCorpusNamesakes() throws {
        let famous = ["Donald Zorb met Joe Biden at the White House. Donald Zorb spoke. Donald Zorb left. Donald Zorb won."]
        let story = "Zorb spoke in Ohio. Zorb said he would win. Zorb left early. Zorb smiled at them. Zorb waved. "
            + "The senator Ivanka Zorb thanked her staff."
        let pipeline = try Pipeline(countries: testCountries)
        #expect(pipeline.analyze(makeDocument(story)).ambiguities == [Ambiguity(name: "zorb", candidates: ["ivanka zorb"])])
        let withNamesake = graph(of: famous + [story], options: keepingEveryName())
        #expect(withNamesake.nodes.first { $0.label == "Ivanka Zorb" }?.mentions == 1)
        #expect(withNamesake.nodes.first { $0.label == "Donald Zorb" }?.mentions == 9)
        let alone = graph(of: [story, "Joe Biden met Barack Obama at the White House."], options: keepingEveryName())
        #expect(alone.nodes.first { $0.label == "Ivanka Zorb" }?.mentions == 6)
        // Two namesakes elsewhere, neither with three quarters of the mentions: the story's own.
        let undecided = graph(of: ["Donald Zorb spoke. Donald Zorb left.", "Eric Zorb spoke. Eric Zorb left.", story],
                              options: keepingEveryName())
        #expect(undecided.nodes.first { $0.label == "Ivanka Zorb" }?.mentions == 6)
        let fourBefore = graph(of: famous + [story.replacingOccurrences(of: "Zorb waved. ", with: "")], options: keepingEveryName())
        #expect(fourBefore.nodes.first { $0.label == "Ivanka Zorb" }?.mentions == 5)
    }

    @Test func twoCandidatesMeanNoMergeAndAReportedAmbiguity() throws {
        let pipeline = try Pipeline(countries: testCountries)
        let resolved = pipeline.analyze(makeDocument("George Bush met Jeb Bush. Later Bush spoke to Joe Biden."))
        #expect(resolved.ambiguities == [Ambiguity(name: "bush", candidates: ["george bush", "jeb bush"])])
    }

    /// A full name seen only opening sentences, whose first word the document writes in
    /// lowercase ("Smeared Zork", "smeared"), is no namesake that makes "Zork" ambiguous beside
    /// "Brett Zork"; one whose first word is a name the story never writes in lowercase is.
    @Test func aSentenceOpenerIsNoNamesakeOfTheSurname() {
        func people(_ names: [(String, Bool)], lowercase: [String]) -> [String] {
            var resolved = names.enumerated().map { index, name in
                var mention = CoMentionCountingTests.person(name.0, sentence: index)
                mention.mention.opensSentence = name.1
                return mention
            }
            _ = DocumentResolver().resolvePeople(&resolved, lowercaseWords: lowercase.map { FeatureHash.fnv1a($0) }.sorted())
            return resolved.map(\.key.name)
        }
        #expect(people([("Brett Zork", false), ("Smeared Zork", true), ("Zork", false)], lowercase: ["smeared"])
                == ["brett zork", "smeared zork", "brett zork"])
        #expect(people([("Brett Zork", false), ("Trayvon Zork", true), ("Zork", false)], lowercase: ["smeared"])
                == ["brett zork", "trayvon zork", "zork"])
        #expect(people([("Brett Zork", false), ("Smeared Zork", false), ("Zork", false)], lowercase: ["smeared"])
                == ["brett zork", "smeared zork", "zork"])
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
        #expect(NameCanonicalizer.key("Robert Kilroy-Silk") == NameCanonicalizer.key("Robert Kilroy Silk"))
        #expect(NameCanonicalizer.key("Kim Jong-un") == "kim jong un")
        #expect(NameCanonicalizer.key("Kim Jong‐un") == "kim jong un")
        #expect(NameCanonicalizer.key("Zoë Ball-Smith") == "zoe ball smith")
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

    // MARK: Names across documents

    @Test func transliterationsAcrossDocumentsAreOneNode() {
        let graph = graph(of: ["Alexey Navalny met Joe Biden.", "Aleksei Navalny was jailed. Navalny protested."])
        let navalny = graph.nodes.filter { $0.label.hasSuffix("Navalny") }
        #expect(navalny.count == 1)
        #expect(navalny.first?.mentions == 3)
        #expect(navalny.first?.documents == 2)
        #expect((navalny.first?.aliases ?? []).contains("Navalny"))
        #expect(rule(of: "Alexey Navalny", in: ["Alexey Navalny met Joe Biden.", "Aleksei Navalny was jailed."]) == .transliteration)
    }

    @Test func givenNamesInAnotherLanguageAndSurnamesAloneJoinTheirPerson() {
        let texts = ["Vladimir Zelensky spoke.", "Volodymyr Zelenskyy replied.", "Later Zelenskyy left."]
        let graph = graph(of: texts)
        #expect(graph.nodes.count == 1)
        #expect(graph.nodes.first?.mentions == 3)
        #expect(graph.nodes.first?.documents == 3)
    }

    @Test func aMisspelledSurnameWithTheSameFirstNameJoins() {
        let texts = ["Dmitry Trenin of the Carnegie Moscow Center spoke. Trenin smiled.", "Dmitry Ternin disagreed."]
        let graph = graph(of: texts)
        #expect(graph.nodes.map(\.label) == ["Carnegie Moscow Center", "Dmitry Trenin"])
        #expect(graph.nodes[1].aliases == ["Dmitry Ternin", "Trenin"])
        #expect(rule(of: "Dmitry Ternin", in: texts) == .spellingVariant)
    }

    @Test func aSurnameAloneSpelledDifferentlyJoinsTheUniqueFullName() {
        let texts = ["Alyaksandr Lukashenka rules Belarus.", "Russia backs Lukashenko again."]
        let graph = graph(of: texts)
        #expect(graph.nodes.map(\.label) == ["Alyaksandr Lukashenka", "Belarus", "Russia"])
        #expect(graph.nodes[0].documents == 2)
        #expect(rule(of: "Lukashenko", in: texts) == .spellingVariant)
    }

    @Test func surnameParticlesAreOptional() {
        let graph = graph(of: ["Bashar al-Assad met Vladimir Putin.", "Bashar Assad spoke. Later Assad left."])
        #expect(graph.nodes.map(\.label) == ["Bashar al-Assad", "Vladimir Putin"])
        #expect(graph.nodes[0].mentions == 3)
    }

    /// Two surnames the corpus gives other people too are two names, not one and its typing
    /// error; a spelling only one full name has is a typing error.
    @Test func aSurnameOtherPeopleAlsoHaveIsNoTypingError() {
        let attested = graph(of: ["George Michael sang in London.", "George Mitchell spoke in Belfast.",
                                  "Andrea Mitchell asked questions in Washington.", "Stephen Michael won in Sydney."])
        #expect(attested.nodes.map(\.label).filter { $0.hasPrefix("George") } == ["George Michael", "George Mitchell"])
        let typo = graph(of: ["Frances Fitzgerald spoke in Dublin.", "Frances Fitzerald spoke in Cork.",
                              "Ella Fitzgerald sang in New York."])
        #expect(typo.nodes.map(\.label).filter { $0.hasPrefix("Frances") } == ["Frances Fitzgerald"])
    }

    /// A census given name the corpus writes mostly as a first name is nobody's surname alone:
    /// "Jack" is not the one "Simon Jack", and no node; a title says it is a surname.
    @Test func aFirstNameAloneJoinsNoSurname() {
        let texts = ["Jack Ma spoke in Beijing. Jack Ma smiled.", "Jack Dorsey spoke in Boston.",
                     "Simon Jack reported from London.", "Jack said the deal was done."]
        let labels = graph(of: texts).nodes.map(\.label)
        #expect(labels.contains("Simon Jack") && !labels.contains("Jack"))
        #expect(graph(of: texts).nodes.first { $0.label == "Simon Jack" }?.mentions == 1)
        // ("Jack" is a common surname too: alone, it is the one "Simon Jack" only if the corpus
        // names him in three stories, see `CorpusEvidenceTests`.)
        let titled = graph(of: texts.dropLast() + ["Simon Jack reported from Paris.", "Simon Jack reported from Rome.",
                                                    "Mr Jack said the deal was done."])
        #expect(titled.nodes.first { $0.label == "Simon Jack" }?.mentions == 4)
    }

    /// A word the corpus writes in lowercase elsewhere joins no other spelling of a name.
    @Test func anOrdinaryWordAloneTakesNoOtherSpelling() {
        let name = ["John Harwood reported from Washington.", "Prices rose in Ohio, Hardwood told reporters on Monday."]
        #expect(graph(of: name, options: keepingEveryName()).nodes.first { $0.label == "John Harwood" }?.mentions == 2)
        let texts = name + ["The hardwood floor was new in Chicago.", "Their hardwood trees grew in Denver."]
        #expect(graph(of: texts, options: keepingEveryName()).nodes.first { $0.label == "John Harwood" }?.mentions == 1)
    }

    @Test func peopleWithSimilarNamesStayApart() {
        #expect(graph(of: ["George Bush met Vladimir Putin.", "Jeb Bush met Joe Biden."]).nodes.map(\.label)
            == ["George Bush", "Jeb Bush", "Joe Biden", "Vladimir Putin"])
        #expect(graph(of: ["Mark Katz wrote a book.", "Jonathan Katz wrote another."]).nodes.map(\.label)
            == ["Jonathan Katz", "Mark Katz"])
        // "George Bush" fits both presidents: it joins neither, and they stay apart.
        #expect(graph(of: ["George W. Bush spoke.", "George H. W. Bush spoke.", "George Bush spoke."]).nodes.map(\.label)
            == ["George Bush", "George H. W. Bush", "George W. Bush"])
        // A surname alone that fits two people in the corpus joins neither, and is no node of
        // its own: it would fuse them.
        #expect(graph(of: ["George Bush spoke.", "Jeb Bush spoke.", "President Bush spoke."]).nodes.map(\.label)
            == ["George Bush", "Jeb Bush"])
    }

    @Test func givenNameAloneJoinsTheOnlyFullNameItBegins() {
        let resolved = try! Pipeline(countries: testCountries).analyze(makeDocument(
            "Saddam Hussein appeared in court. Lawyers for Saddam said the trial was unfair. Saddam spoke to Uday Hussein."))
        let saddam = resolved.mentions.filter { $0.text == "Saddam" }
        #expect(!saddam.isEmpty)
        #expect(saddam.allSatisfy { $0.key.name == "saddam hussein" && $0.rule == .surnameInDocument })
        // Two full names begin with it: it joins neither. A full name ending with it wins.
        let two = try! Pipeline(countries: testCountries).analyze(makeDocument(
            "Tony Blair met Tony Abbott. Tony Blair spoke, and then Tony said nothing."))
        #expect(two.mentions.contains { $0.text == "Tony" })
        #expect(two.mentions.filter { $0.text == "Tony" }.allSatisfy { $0.key.name == "tony" })
        let surname = try! Pipeline(countries: testCountries).analyze(makeDocument(
            "Kenyon Martin met Martin Lee. Later Martin scored twice, Kenyon Martin said."))
        #expect(surname.mentions.contains { $0.text == "Martin" })
        #expect(surname.mentions.filter { $0.text == "Martin" }.allSatisfy { $0.key.name == "kenyon martin" })
    }

    /// What a given name alone may join: a person's name, not a company's or a title's.
    @Test func givenNameJoinsOnlyWhatLooksLikeAPerson() {
        let join = GivenNameJoin(resolved: [], lowercaseWords: [FeatureHash.fnv1a("step"), FeatureHash.fnv1a("future")].sorted())
        #expect(join.allows("Saddam", "Saddam Hussein"))
        #expect(join.allows("Ruud", "Ruud van Nistelrooy"))
        #expect(!join.allows("Tory", "Tory Leader Michael Howard"))    // a title inside
        #expect(!join.allows("Aston", "Aston Martin Ltd"))             // a legal form
        #expect(!join.allows("Tsingtao", "Tsingtao Brewery Group"))    // an organization's head
        #expect(!join.allows("Faraday", "Faraday Future"))             // a word the text writes in lowercase
        #expect(!join.allows("Step", "Step Manufacturing"))
        #expect(!join.allows("NAIRA", "NAIRA HAS"))                    // capitals: a headline
        #expect(!join.allows("Banco", "Banco Santander"))
    }

    @Test func variantsInOneDocumentAreOneEntityWithoutAmbiguity() {
        let resolved = try! Pipeline(countries: testCountries).analyze(makeDocument(
            "Alexey Navalny was poisoned. Aleksei Navalny recovered. Navalny returned."))
        #expect(Set(resolved.mentions.map(\.key.name)) == ["alexey navalny"])
        #expect(resolved.ambiguities.isEmpty)
        #expect(resolved.mentions.map(\.rule) == [.sameKey, .transliteration, .surnameInDocument])
    }

    @Test func mergedCountsAreExact() {
        let texts = ["Alexey Navalny met Joe Biden. Navalny and Biden talked.", "Aleksei Navalny met Joe Biden.",
                     "Joe Biden spoke alone."]
        let graph = graph(of: texts)
        let navalny = graph.nodes.firstIndex { $0.label.hasSuffix("Navalny") }!, biden = graph.nodes.firstIndex { $0.label == "Joe Biden" }!
        #expect(graph.nodes[navalny].documents == 2)
        #expect(graph.nodes[navalny].mentions == 3)
        #expect(graph.nodes[biden].documents == 3)
        let edge = graph.edges.first { Set([$0.source, $0.target]) == [navalny, biden] }
        #expect(edge?.sentences == 3)
        #expect(edge?.documents == 2)
    }

    /// An acronym the corpus explained joins its long name even in a document that names both
    /// without linking them (news writes "Congressional Budget Office" and later "CBO"); the
    /// merged node's documents are counted once each, from postings.
    @Test func anAcronymJoinsItsLongNameEvenWhereADocumentHasBothApart() {
        // The third document names both the acronym and the long name without linking them.
        let texts = ["The Eastern Partnership Council (EPC) met Russia.", "The EPC criticized Ukraine.",
                     "The EPC and the Eastern Partnership Council met again."]
        let labels = graph(of: Array(texts.prefix(2))).nodes.map(\.label)
        #expect(labels == ["Eastern Partnership Council", "Russia", "Ukraine"])
        let graph = graph(of: texts)
        #expect(graph.nodes.map(\.label) == ["Eastern Partnership Council", "Russia", "Ukraine"])
        #expect(graph.nodes.map(\.documents) == [3, 1, 1])
        #expect(graph.nodes.map(\.mentions) == [5, 1, 1])
    }

    @Test func acronymsBothWaysRound() {
        let graph = graph(of: ["The EPC (Eastern Partnership Council) met Russia. The EPC left."])
        #expect(graph.nodes.map(\.label) == ["Eastern Partnership Council", "Russia"])
        #expect(graph.nodes[0].mentions == 3)
        let un = EntityGraphTests.graph(of: ["The U.N. and the UN and the United Nations met Russia."])
        #expect(un.nodes.map(\.label) == ["Russia", "United Nations"])
        #expect(un.nodes[1].aliases == ["U.N.", "UN"])
    }

    @Test func organizationShortFormsJoinTheOnlyLongerNameOfTheirDocument() {
        // (The country before a generic body is split off and qualifies it: "U.S. State Department".)
        let graph = graph(of: ["The U.S. State Department said so. The State Department later agreed with Russia."])
        #expect(graph.nodes.map(\.label) == ["Russia", "State Department (United States)", "United States"])
        #expect(graph.nodes[1].mentions == 2)
        // The rule-based recognizer, so that the spans the resolver sees are fixed.
        let resolved = try! Pipeline(recognizer: .rules, countries: testCountries).analyze(makeDocument(
            "The Russian Foreign Ministry and the Ukrainian Foreign Ministry disagreed; the Foreign Ministry was angry."))
        #expect(resolved.ambiguities == [Ambiguity(name: "foreign ministry",
                                                   candidates: ["russian foreign ministry", "ukrainian foreign ministry"])])
        #expect(Set(resolved.mentions.map(\.key.name)).contains("foreign ministry"))
    }

    /// A company's name alone does not join a two-company name whose first company the story
    /// names alone too ("Volkswagen" beside "SAIC Volkswagen" and "SAIC"), but a club's does in
    /// a story on sport, where the town names the club ("Raiders" of "Oakland Raiders").
    @Test func aJointVentureDoesNotAbsorbItsCompanies() {
        func organizations(_ names: [String], lowercase: [String]) -> [String] {
            var resolved = names.enumerated().map { index, name in CorpusEvidenceTests.organization(name, sentence: index) }
            _ = DocumentResolver().resolveOrganizations(&resolved, lowercaseWords: lowercase.map { FeatureHash.fnv1a($0) }.sorted())
            return resolved.map(\.key.name)
        }
        #expect(organizations(["SAIC Volkswagen", "SAIC", "Volkswagen"], lowercase: ["cars"])
                == ["saic volkswagen", "saic", "volkswagen"])
        #expect(organizations(["Oakland Raiders", "Oakland", "Raiders"], lowercase: ["match", "coach"])
                == ["oakland raiders", "oakland", "oakland raiders"])
        #expect(organizations(["SAIC Volkswagen", "Volkswagen"], lowercase: ["cars"]) == ["saic volkswagen", "saic volkswagen"])
    }

    @Test func titlesRolesPossessivesAndTheAreDropped() {
        #expect(NameCanonicalizer.canonical("Former deputy General Secretary of NATO, Alexander Vershbow", kind: .person)
            == "Alexander Vershbow")
        #expect(NameCanonicalizer.canonical("Secretary Clinton", kind: .person) == "Clinton")
        #expect(NameCanonicalizer.canonical("Dr. Shambaugh", kind: .person) == "Shambaugh")
        #expect(NameCanonicalizer.canonical("President-elect Biden", kind: .person) == "Biden")
        #expect(NameCanonicalizer.canonical("Russian President Vladimir Putin", kind: .person) == "Vladimir Putin")
        #expect(NameCanonicalizer.canonical("Biden\u{2019}s", kind: .person) == "Biden")
        #expect(NameCanonicalizer.canonical("the Kremlin", kind: .organization) == "Kremlin")
        #expect(NameCanonicalizer.canonical("McDonald's", kind: .organization) == "McDonald's")
        let graph = graph(of: ["Biden\u{2019}s plan failed. Joe Biden\u{2019}s team met the Kremlin."])
        #expect(graph.nodes.map(\.label) == ["Joe Biden", "Kremlin"])
        #expect(graph.nodes[0].mentions == 2)
    }

    @Test func ambiguitiesAreListedByTheAliasReport() {
        let pipeline = try! Pipeline(countries: testCountries)
        var builder = GraphBuilder(options: GraphOptions(), countries: testCountries)
        builder.add(pipeline.analyze(makeDocument("George Bush met Jeb Bush. Later Bush spoke.", id: "a.txt")))
        let text = AliasReport(builder.resolve()).text()
        #expect(text.contains("UNMERGED  bush  → george bush | jeb bush  (a.txt)"))
        #expect(text.contains("PERSON  George Bush  (1 mention, 1 document)"))
        for (texts, line) in [(["George Bush spoke.", "Jeb Bush spoke.", "President Bush spoke."],
                               "UNMERGED  bush  → george bush | jeb bush  (corpus)"),
                              (["George W. Bush spoke.", "George H. W. Bush spoke.", "George Bush spoke."],
                               "UNMERGED  george bush  → george h w bush | george w bush  (corpus)")] {
            var corpus = GraphBuilder(options: GraphOptions(), countries: testCountries)
            for (i, text) in texts.enumerated() { corpus.add(pipeline.analyze(makeDocument(text, id: "d\(i).txt"))) }
            #expect(AliasReport(corpus.resolve()).text().contains(line))
        }
    }

    /// The rule `entgraph aliases` shows for one alias after resolving `texts`.
    func rule(of alias: String, in texts: [String]) -> AliasRule? {
        let pipeline = try! Pipeline(countries: testCountries)
        var builder = GraphBuilder(options: GraphOptions(), countries: testCountries)
        for (i, text) in texts.enumerated() { builder.add(pipeline.analyze(makeDocument(text, id: "doc\(i).txt"))) }
        return builder.entities().lazy.compactMap { $0.aliases[alias]?.rule }.first
    }
}
