import Testing
@testable import EntityGraph

@Suite struct RuleBasedRecognizerTests {
    @Test func titlesIntroducePeopleAndStayOutOfTheMention() {
        #expect(recognized("Russian President Vladimir Putin spoke.") == ["Russian/country", "Vladimir Putin/person"])
        #expect(recognized("He met Foreign Minister Lavrov.") == ["Lavrov/person"])
        #expect(recognized("They praised President-elect Biden.") == ["Biden/person"])
        #expect(recognized("Later, Dr. Shambaugh agreed.") == ["Shambaugh/person"])
    }

    @Test func countriesFromTheISOTableAndShortForms() {
        #expect(recognized("The U.S. and the United States of America and Britain met.")
            == ["U.S./country", "United States of America/country", "Britain/country"])
        #expect(recognized("Ties between the US and the Russian Federation.") == ["US/country", "Russian Federation/country"])
        #expect(recognized("Talks on U.S.-Russia ties.") == ["U.S./country", "Russia/country"])
    }

    @Test func organizationsByHeadWordAcronymAndStart() {
        #expect(recognized("He spoke at the Atlantic Council on Monday.") == ["Atlantic Council/organization"])
        #expect(recognized("Analysts at the Carnegie Moscow Center disagree.") == ["Carnegie Moscow Center/organization"])
        #expect(recognized("He criticized NATO again.") == ["NATO/organization"])
        #expect(recognized("The Ministry of Defense said so.") == ["Ministry of Defense/organization"])
    }

    @Test func givenNamesInitialsAndBylines() {
        #expect(recognized("Yesterday Joe Biden won.") == ["Joe Biden/person"])
        #expect(recognized("The book by Mark N. Katz sold.") == ["Mark N. Katz/person"])
        #expect(recognized("By Todd Prince\n\nText follows here.") == ["Todd Prince/person"])
    }

    @Test func surnamesKnownInTheDocumentBecomePeople() {
        #expect(recognized("Vladimir Putin spoke. Later Putin left.") == ["Vladimir Putin/person", "Putin/person"])
        #expect(recognized("Later Putin left.") == [])
    }

    @Test func sentenceInitialAndHeadlineWordsAreNotNames() {
        #expect(recognized("Interestingly, the talks failed.") == [])
        #expect(recognized("Trump's Loss Not Necessarily Russia's") == ["Russia/country"])
    }

    @Test func officesWithOfAreNotOrganizations() {
        #expect(recognized("Ukrainian Member of Parliament Oleksiy Goncharenko said so.")
            == ["Ukrainian/country", "Oleksiy Goncharenko/person"])
    }

    @Test func explainedAcronymsTakeTheTypeOfTheirLongForm() {
        // JCPOA is explained by an untyped long name: not an organization.
        #expect(recognized("The Joint Comprehensive Plan of Action (JCPOA) matters. JCPOA talks resumed.") == [])
    }

    @Test func seatsOfGovernmentAndCapitalsAreMetonyms() {
        let tokenized = Tokenizer().tokenize(makeDocument("The Kremlin and Moscow replied."))
        let mentions = RuleBasedRecognizer(countries: testCountries).recognize(tokenized)
        #expect(mentions.map(\.kind) == [.organization, .location])
        #expect(mentions.map { $0.country?.code } == ["RU", "RU"])
        #expect(mentions.map { $0.country?.form } == [.metonym, .metonym])
    }

    @Test func officesBeforeACommaAndBareTitlesAreLeftOut() {
        #expect(recognized("Former deputy General Secretary of NATO, Alexander Vershbow, said so.")
            == ["NATO/organization", "Alexander Vershbow/person"])
        #expect(recognized("Secretary Clinton presented a button.") == ["Clinton/person"])
    }

    @Test func photoCreditsSeparatedBySlashesAreSeparateNames() {
        #expect(recognized("**Evan Vucci / AP / TASS**") == ["Evan Vucci/person", "AP/organization", "TASS/organization"])
        #expect(recognized("Photo: Jane Smith / Reuters / AFP") == ["Jane Smith/person", "AFP/organization"])
    }

    @Test func surnameEndingsMakeALoneWordAPerson() {
        #expect(recognized("Russia backs Lukashenko again.") == ["Russia/country", "Lukashenko/person"])
        #expect(recognized("Critics of Saakashvili and Kovalchuk met.") == ["Saakashvili/person", "Kovalchuk/person"])
        // Cities with such endings are no people (and, known cities, places).
        #expect(recognized("Critics of Kharkiv and Luhansk met.") == ["Kharkiv/location", "Luhansk/location"])
        #expect(recognized("Critics of Kramatorsk and Kalush met.") == [])
    }

    @Test func acronymsExplainedByNonOrganizationsAreNotOrganizations() {
        #expect(recognized("He left the Intermediate-Range Nuclear Forces Treaty (INF) in 2019.") == [])
        #expect(recognized("The Intermediate-Range Missile Nuclear Force Treaty (INF) ended.") == [])
        #expect(recognized("The Eastern Partnership Council (EPC) met.")
            == ["Eastern Partnership Council/organization", "EPC/organization"])
    }

    @Test func thesaurusPhrasesAreFound() {
        let tokenized = Tokenizer().tokenize(makeDocument("Gazprom and Rosneft signed."))
        let mentions = RuleBasedRecognizer(countries: testCountries, phrases: [("Gazprom", .organization)]).recognize(tokenized)
        #expect(mentions.map { tokenized.text(tokens: $0.tokens) } == ["Gazprom"])
        #expect(mentions.map(\.kind) == [.organization])
    }
}
