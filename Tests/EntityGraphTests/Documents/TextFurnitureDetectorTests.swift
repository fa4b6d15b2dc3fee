import Testing
@testable import EntityGraph

/// Furniture and datelines inside plain-text paragraphs. The fixtures are written for these
/// tests in the style of news text extracted from web pages (a title, a blank line, and the
/// article often on one long line).
@Suite struct TextFurnitureDetectorTests {
    private func read(_ text: String, keepDatelines: Bool = false) throws -> Document {
        let classifier = FurnitureClassifier(textFurniture: TextFurnitureDetector(keepDatelines: keepDatelines))
        return try PlainTextReader(classifier: classifier).read(Array(text.utf8), id: "fixture.txt")[0]
    }

    private func content(_ document: Document) -> [String] {
        document.paragraphs.filter(\.isContent).map { paragraphText(document, $0) }
    }

    /// (reason, text) of every paragraph that is not content.
    private func removed(_ document: Document) -> [String] {
        document.paragraphs.filter { !$0.isContent }.map { "\($0.reason?.rawValue ?? "?"): \(paragraphText(document, $0))" }
    }

    // MARK: Share rows

    @Test func shareRowInTheMiddleOfALineIsSplitOut() throws {
        let document = try read("""
        Harbour strike ends after three weeks

        Dock workers in the port city voted on Friday to end the strike. Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine Permalink https://news.example.org/p/3xQ9z Union leader Maria Okafor said the deal protected pensions.
        """)
        #expect(removed(document) == [
            "shareButtons: Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine Permalink https://news.example.org/p/3xQ9z",
        ])
        #expect(content(document) == [
            "Harbour strike ends after three weeks",
            "Dock workers in the port city voted on Friday to end the strike.",
            "Union leader Maria Okafor said the deal protected pensions.",
        ])
    }

    @Test func shareRowAloneAndWithInterfaceWords() throws {
        let document = try read("""
        Title line

        The council approved the budget on Tuesday.

        Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn

        The vote was close.
        """)
        #expect(removed(document) == ["shareButtons: Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn"])
    }

    @Test func markdownShareLinksAndEmphasizedCreditsAreFurniture() throws {
        let document = try read("""
        # Harbour strike ends

        Dock workers voted on Friday to end the strike. [Facebook](https://example.org/f) [Twitter](https://example.org/t) [WhatsApp](https://example.org/w) [Email](mailto:desk@example.org) The union said pensions were safe.

        *Source: Harbour Times and news agencies*
        """)
        #expect(removed(document) == [
            "shareButtons: [Facebook](https://example.org/f) [Twitter](https://example.org/t) [WhatsApp](https://example.org/w) [Email](mailto:desk@example.org)",
            "credit: *Source: Harbour Times and news agencies*",
        ])
    }

    @Test func proseAboutSocialNetworksStaysContent() throws {
        let prose = [
            "The president announced the decision on Twitter and Facebook late on Sunday.",
            "She shared the video on Facebook, Twitter, Instagram and WhatsApp within minutes.",
            "Twitter Facebook rivalry grows as both court advertisers.",
            "Reuters reported that the talks had stalled, and Reuters said officials declined to comment.",
            "The report, first published by the news agency (AP) on Monday, was denied.",
            "Google and Facebook face new rules in Brussels.",
        ]
        for sentence in prose {
            let document = try read("Headline\n\n" + sentence + " Officials met again on Friday.")
            #expect(removed(document).isEmpty, "\(sentence)")
            #expect(content(document).count == 2, "\(sentence)")
        }
    }

    // MARK: Teasers and signatures

    @Test func relatedArticleTeasersEndingInADateAreFurniture() throws {
        let document = try read("""
        Floods hit the valley

        Rescue teams reached the last cut-off villages on Sunday after three days of rain, and officials said the river was falling. Heavy snow closed mountain passes across the region last winter. Farmers lost much of their livestock. (14.02.2016) A new dam was opened upstream two years ago. It was meant to stop such floods. (03.05.2015) The regional governor said the dam had held.
        """)
        #expect(removed(document) == [
            "relatedTeaser: Heavy snow closed mountain passes across the region last winter. Farmers lost much of their livestock. (14.02.2016)",
            "relatedTeaser: A new dam was opened upstream two years ago. It was meant to stop such floods. (03.05.2015)",
        ])
        #expect(content(document).last == "The regional governor said the dam had held.")
    }

    @Test func aDateInsideASentenceStaysContent() throws {
        let document = try read("""
        Ruling upheld

        The panel decided today (06.02.2017) by majority not to lift the suspension. The athletes will appeal.
        """)
        #expect(removed(document).isEmpty)
    }

    @Test func datedPublicationSignatureIsFurniture() throws {
        let document = try read("""
        Rice wine makes a comeback

        Young brewers are reviving the old recipes. (Weekly Review Europe 01/13/2017 page 18)
        """)
        #expect(removed(document) == ["signature: (Weekly Review Europe 01/13/2017 page 18)"])
        let afterAddress = try read("""
        Rice wine makes a comeback

        Young brewers are reviving the old recipes, he says. jane.roe@example.com (Weekly Review Europe 02/17/2017 page32)
        """)
        #expect(removed(afterAddress) == ["contact: jane.roe@example.com (Weekly Review Europe 02/17/2017 page32)"])
        #expect(content(afterAddress).last == "Young brewers are reviving the old recipes, he says.")
    }

    // MARK: Credits and contact lines

    @Test func sourceLinesAndAgencyCreditsAreFurniture() throws {
        let document = try read("""
        Ceasefire holds

        Fighting stopped along the front line on Monday, monitors said. Source:-Northern Star and news agencies

        The talks resume next week. ab/cd-(Reuters, AP, AFP)

        Negotiators met twice. Author: Jane Roe ef/gh (dpa, AFP, Reuters)

        Aid convoys are waiting at the border. (AP, AFP)
        """)
        #expect(removed(document) == [
            "credit: Source:-Northern Star and news agencies",
            "credit: ab/cd-(Reuters, AP, AFP)",
            "credit: Author: Jane Roe",
            "credit: ef/gh (dpa, AFP, Reuters)",
            "credit: (AP, AFP)",
        ])
        #expect(content(document).contains("Fighting stopped along the front line on Monday, monitors said."))
    }

    @Test func reporterCreditsAreFurniture() throws {
        let document = try read("""
        Storm warning

        The storm is expected to make landfall on Thursday. Staff writer John Smith in Miami contributed to this report.

        (Reporting by Ana Lopez; Editing by Tom Brown)

        The talks resume in May. (Reporting by Ana Lopez; Editing by Tom Brown) Learn more

        The talks ended. Additional reporting by Ana Lopez in Caracas; and Angelo Amante in Rome. The Cuba Connection is a newsletter.

        The bank grew. With assistance by Thomas Biesheuvel.

        — With assistance by Nick Wadhams, Justin Sink, and Thomas Biesheuvel

        With reporting by the staff, he wrote with Ana Lopez.

        Sales fell ($1=947.0 won) (Additional reporting by Kim Yeon-hee)

        Kia shares fell. (Reporting by Ana Lopez in Tokyo. Editing by M.C. Rangan and Tom Brown; email: ana.lopez@example.com)
        """)
        #expect(removed(document) == [
            "credit: Staff writer John Smith in Miami contributed to this report.",
            "credit: (Reporting by Ana Lopez; Editing by Tom Brown)",
            "credit: (Reporting by Ana Lopez; Editing by Tom Brown)",
            "credit: Additional reporting by Ana Lopez in Caracas; and Angelo Amante in Rome.",
            "credit: With assistance by Thomas Biesheuvel.",
            "noLetters: —",
            "credit: With assistance by Nick Wadhams, Justin Sink, and Thomas Biesheuvel",
            "credit: (Additional reporting by Kim Yeon-hee)",
            "credit: (Reporting by Ana Lopez in Tokyo. Editing by M.C. Rangan and Tom Brown; email: ana.lopez@example.com)",
        ])
    }

    /// Photo credits run into the text of pages: a slash with a credit word, a credit label, or,
    /// between sentences, a spaced slash or an agency in capitals before a slash.
    @Test func photoCreditsAreFurniture() throws {
        let document = try read("""
        Talks in Davos

        The leaders met in Davos, Switzerland. Saul Loeb/Getty Images President Trump said the talks went well.

        The rally was held in Tulsa, Okla. (AP Photo/Evan Vucci, File) Biden answered later.

        He met the press in Washington, April 1, 2018. REUTERS/Yuri Gripas

        Mike Huckabee spoke (Photo: Robert Deutsch, USA TODAY) to voters in Iowa.

        Workers at the plant in Beijing. Zou Hong / China Daily The company hired Li Wei.

        The summit ended. Photographer: Mark Baker/AP Photo

        People walk by the Capitol, February 8, 2018. REUTERS/ Leah Millis He said so.

        Merkel spoke in Berlin. dpa/Picture Alliance via Getty Images The chancellor left.
        """)
        #expect(removed(document) == [
            "credit: Saul Loeb/Getty Images",
            "credit: (AP Photo/Evan Vucci, File)",
            "credit: REUTERS/Yuri Gripas",
            "credit: (Photo: Robert Deutsch, USA TODAY)",
            "credit: Zou Hong / China Daily",
            "credit: Photographer: Mark Baker/AP Photo",
            "credit: REUTERS/ Leah Millis",
            "credit: dpa/Picture Alliance via Getty Images",
        ])
        #expect(content(document).contains("President Trump said the talks went well."))
        #expect(content(document).contains("The company hired Li Wei."))
    }

    /// Slashes between names in prose are no credits: polls, pairs, a studio, a name with a slash.
    @Test func slashesInProseStayContent() throws {
        let document = try read("""
        Poll

        A new CNN/ORC poll shows Clinton ahead in the Israel/Palestine debate, Radio Free Europe/Radio Liberty reported. The film was released by Columbia/Sony Pictures and did well. The Cambodian Mine/UXO Information System said so.
        """)
        #expect(removed(document).isEmpty)
    }

    @Test func sourcesInsideProseStayContent() throws {
        let document = try read("""
        Budget talks

        Sources: officials close to the talks said no deal was near. The source: a leaked memo seen by reporters. Ministers will meet again (AP) next week.

        Sources: Minister to quit over budget row

        The finance minister is expected to resign on Monday.

        Author: Jane Roe / ab
        """)
        #expect(removed(document) == ["credit: Author: Jane Roe / ab"])
    }

    @Test func contactLinesAreFurniture() throws {
        let document = try read("""
        Market report

        Shares rose for a third day. Contact the writer at jane.roe@example.com Follow Jane Roe on Twitter @janeroe_news
        """)
        #expect(removed(document) == [
            "contact: Contact the writer at jane.roe@example.com Follow Jane Roe on Twitter @janeroe_news",
        ])
        let prose = try read("Market report\n\nThe company said on Twitter that its website https://example.com was back online.")
        #expect(removed(prose).isEmpty)
    }

    /// An outlet's invitation to follow it on social networks is furniture, with its address
    /// sentence or without; a story about following someone on a network is not.
    @Test func followPromptsAreFurniture() throws {
        let document = try read("""
        Flood warning

        Rivers rose across the county on Monday.

        Follow BBC West on Facebook, Twitter and Instagram. Send your story ideas to: west@example.com

        Why not follow BBC North West on Facebook and Twitter?

        Find BBC News: East of England on Facebook, Instagram and Twitter.
        """)
        #expect(removed(document) == [
            "contact: Follow BBC West on Facebook, Twitter and Instagram.", "contact: Send your story ideas to: west@example.com",
            "contact: Why not follow BBC North West on Facebook and Twitter?",
            "contact: Find BBC News: East of England on Facebook, Instagram and Twitter.",
        ])
        let prose = try read("Fans report\n\nMillions follow the singer on Instagram, where she posts daily. Fans follow her tours on TikTok.")
        #expect(removed(prose).isEmpty)
    }

    // MARK: Speaker labels

    /// A transcript's speaker labels are no mentions: a bracketed or colon label that opens two
    /// lines or more. One "Name:" line (a headline's quote) and list labels that differ stay.
    @Test func speakerLabelsOfATranscriptAreFurniture() throws {
        let document = try read("""
        Game developer talks about his project

        ((WN)) How did you start?

        ((Jane Roe)) Well, as a hobby. My father had a computer.

        ((WN)) And now?

        ((Jane Roe)) Now it is my job.

        SMITH: We agree.

        SMITH: We do.
        """)
        #expect(removed(document) == [
            "speakerLabel: ((WN))", "speakerLabel: ((Jane Roe))", "speakerLabel: ((WN))", "speakerLabel: ((Jane Roe))",
            "speakerLabel: SMITH:", "speakerLabel: SMITH:",
        ])
        #expect(content(document)[2] == "Well, as a hobby. My father had a computer.")
        let headline = try read("Trump: We will win\n\nMedals: Brazil: 5 gold. Russia: 3 gold.\n\nBrazil: five gold.\n\nRussia: three gold.")
        #expect(removed(headline).isEmpty)
    }

    /// JSON-LD a page's scripts leaked into its text is furniture, however it is glued on.
    @Test func leakedStructuredDataIsFurniture() throws {
        let document = try read("""
        Film review

        The film bombs.{"@context":"http://schema.org","@type":"Review","author": {"@type":"Person","name":"Jane Roe","note":"a \\"}\\" brace"}}Later text follows.
        """)
        #expect(removed(document) == [
            #"structuredData: {"@context":"http://schema.org","@type":"Review","author": {"@type":"Person","name":"Jane Roe","note":"a \"}\" brace"}}"#,
        ])
        #expect(content(document) == ["Film review", "The film bombs.", "Later text follows."])
    }

    // MARK: Datelines

    @Test(arguments: [
        ("SEOUL (Reuters) - North Korea fired a missile on Sunday.", "SEOUL (Reuters) -"),
        ("WASHINGTON (AP) — The Senate voted late on Tuesday.", "WASHINGTON (AP) —"),
        ("(CNN)A federal judge blocked the order on Wednesday.", "(CNN)"),
        ("Jane Doe Beijing (CNN) China's exports fell in March.", "Jane Doe Beijing (CNN)"),
        ("MOSCOW, February 9. /TASS/. The ministry said talks would resume.", "MOSCOW, February 9. /TASS/."),
        ("KAZAN (Tatarstan), March 3. /TASS/. The plant resumed work.", "KAZAN (Tatarstan), March 3. /TASS/."),
        ("LISBON, Portugal, Feb. 8, 2017 /PRNewswire/. The company announced results.", "LISBON, Portugal, Feb. 8, 2017 /PRNewswire/."),
        ("NAIROBI — Kenya's president signed the bill.", "NAIROBI —"),
        ("(Northern Star) — If the deal holds, prices will fall.", "(Northern Star) —"),
    ])
    func datelinesAreTheirOwnParagraph(text: String, dateline: String) throws {
        let document = try read("A headline\n\n" + text + " More follows.")
        #expect(removed(document) == ["dateline: " + dateline])
        #expect(document.paragraphs.first { $0.role == .dateline }.map { paragraphText(document, $0) } == dateline)
        let kept = try read("A headline\n\n" + text + " More follows.", keepDatelines: true)
        #expect(removed(kept).isEmpty)
        #expect(content(kept).contains(dateline))
        #expect(content(kept).count == 3)
    }

    @Test(arguments: [
        "European Central Bank (ECB) President Anna Berg said rates would stay.",
        "United Nations Children's Fund (UNICEF) Director Carla Moss visited the camp.",
        "US - Russia talks open in Geneva.",
        "Officials in Seoul (South Korea) said the launch failed.",
        "The agency (Reuters) said the talks failed.",
        "Sigma Mines (Quebec) Ltd said it sold its stake.",
    ])
    func namesWithAcronymsAndOrdinaryOpeningsAreNotDatelines(text: String) throws {
        let document = try read("A headline\n\n" + text)
        #expect(removed(document).isEmpty)
    }

    @Test func datelinesAreLookedForOnlyAtTheStartOfTheStory() throws {
        let document = try read("""
        A headline

        The first paragraph tells the story, and it is long enough to be the story itself, not a byline.

        BERLIN (Reuters) - A second paragraph that quotes a wire story keeps its opening.
        """)
        #expect(removed(document).isEmpty)
        let byline = try read("""
        A headline

        By Jane Roe

        March 3, 2017

        BERLIN (Reuters) - The story starts after the byline and the date, as on many pages.
        """)
        #expect(removed(byline) == ["dateline: BERLIN (Reuters) -"])
    }

    @Test func aSecondPartsDatelineWithADashIsFoundInsideAParagraph() throws {
        let document = try read("""
        Tensions in the region

        The envoy will visit three capitals this week, officials said on Monday, as tensions rose. From the Herald's Jane Roe Seoul (Herald) -- The main challenge for officials is the missile programme. Talks (AP) resume. Seoul (South Korea) is calm.
        """)
        #expect(removed(document) == ["dateline: From the Herald's Jane Roe Seoul (Herald) --"])
        let glued = try read("Tensions\n\nThe envoy arrives on Monday, officials said. From the Herald's Jane Roe Beijing (Herald) --Talks come first.")
        #expect(removed(glued) == ["dateline: From the Herald's Jane Roe Beijing (Herald) --"])
        #expect(content(glued).last == "Talks come first.")
    }

    @Test func htmlPagesLoseTheirDatelineAndCreditsToo() throws {
        let html = """
        <html><body><article><h1>Talks resume</h1><p>By Jane Roe</p>
        <p>GENEVA (Reuters) - Negotiators met again on Monday to discuss the ceasefire and the exchange of prisoners.</p>
        <p>The next round is planned for April.</p><p>Source: Northern Star and news agencies</p></article></body></html>
        """
        let document = try HTMLReader().read(Array(html.utf8), id: "page.html")[0]
        #expect(removed(document) == ["dateline: GENEVA (Reuters) -", "credit: Source: Northern Star and news agencies"])
    }

    @Test func aDatelineIsNotCoMentionedWithTheStorysEntities() throws {
        let text = """
        Talks in Geneva

        GENEVA (Reuters) - Vladimir Putin met Emmanuel Macron on Monday to discuss the war.
        """
        let pipeline = try Pipeline(countries: testCountries)
        var builder = GraphBuilder(options: pipeline.options, countries: testCountries)
        let document = try PlainTextReader().read(Array(text.utf8), id: "dateline.txt")[0]
        builder.add(pipeline.analyze(document))
        let graph = builder.build()
        let labels = graph.nodes.map(\.label)
        #expect(labels.contains("Vladimir Putin") && labels.contains("Emmanuel Macron"))
        #expect(!labels.contains("Reuters"))
        // Kept, the outlet is a node but shares no edge with the story.
        var keeping = pipeline
        keeping.loader.classifier.textFurniture.keepDatelines = true
        let kept = try keeping.loader.read(Array(text.utf8), id: "dateline.txt", format: .text)[0]
        var keptBuilder = GraphBuilder(options: pipeline.options, countries: testCountries)
        keptBuilder.add(pipeline.analyze(kept))
        let keptGraph = keptBuilder.build()
        let reuters = try #require(keptGraph.nodes.firstIndex { $0.label == "Reuters" })
        #expect(!keptGraph.edges.contains { $0.source == reuters || $0.target == reuters })
        #expect(keptGraph.edges.count == 1)
    }

    @Test func furnitureIsFoundInJSONLinesTextToo() throws {
        let line = #"{"id": "a1", "text": "Headline\n\nPARIS (AP) - The strike spread on Monday. Send Facebook Twitter Whatsapp reddit Permalink"}"#
        let document = try JSONLinesReader().read(Array(line.utf8), id: "lines.jsonl")[0]
        #expect(removed(document) == ["dateline: PARIS (AP) -", "shareButtons: Send Facebook Twitter Whatsapp reddit Permalink"])
    }
}
