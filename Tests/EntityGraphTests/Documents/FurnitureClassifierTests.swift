import Testing
@testable import EntityGraph

@Suite struct FurnitureClassifierTests {
    // MARK: - The sample corpus

    private func sample(_ name: String) throws -> Document {
        let documents = try DocumentLoader().load(.file(sampleCorpusFolder + "/" + name))
        #expect(documents.count == 1)
        return documents[0]
    }

    private static let expectedFurniture: [String: [String]] = [
        "000_9879bcc6d560e499.txt": [
            "Recent Posts", "Follow Us", "Sign up for our Newsletter",
            "Click edit button to change this text. Lorem ipsum dolor sit amet, consectetur adipiscing elit",
        ],
        "001_c811d4470e38db6f.txt": [
            "**Related article:** [Russia Opposition Leader Congratulates Biden Before Putin](#)",
            "*The views expressed in opinion pieces do not necessarily reflect the position of The Moscow Times.*",
            "Original url:",
            "<https://www.themoscowtimes.com/2020/11/09/trumps-loss-not-necessarily-russias-a71985>",
        ],
        "002_f5819fefc58aca83.txt": [
            "Leave a Reply", "Your email address will not be published. Required fields are marked *",
        ],
        "003_b3a690d022c0288d.txt": [
            "Leave a Reply", "Your email address will not be published. Required fields are marked *",
        ],
        "004_152422f6d48197aa.txt": [],
    ]

    @Test(arguments: expectedFurniture.keys.sorted())
    func sampleArticleFurnitureIsExactlyThePageFurniture(name: String) throws {
        let document = try sample(name)
        #expect(paragraphTexts(document, role: .furniture) == Self.expectedFurniture[name])
        // Re-classifying a read document finds the same furniture.
        let reasons = FurnitureClassifier().reasons(in: document)
        #expect(reasons.map { $0 != nil } == document.paragraphs.map { $0.role == .furniture })
    }

    @Test func headlinesBylinesDatesAndCreditsStayContent() throws {
        let mustStay = [
            "000_9879bcc6d560e499.txt": ["Biden vs. Putin: How to Strong Deal with Russia “as it is”"],
            "001_c811d4470e38db6f.txt": ["Trump's Loss Not Necessarily Russia's", "By [Steven Pifer](#)", "November 09, 2020",
                                         "**Evan Vucci / AP / TASS**"],
            "002_f5819fefc58aca83.txt": ["By\u{00A0}Todd Prince*", "Second Chances?", "Toxic Topic"],
            "003_b3a690d022c0288d.txt": ["Will the parties agree to a mutual aggravation"],
            "004_152422f6d48197aa.txt": ["Will Russia-US relations improve?", "BY: Danieal Ranjbar"],
        ]
        for (name, texts) in mustStay {
            let document = try sample(name)
            let content = document.paragraphs.filter(\.isContent).map { paragraphText(document, $0) }
            for text in texts {
                #expect(content.contains(text), "\(name): \(text) should be content")
            }
        }
    }

    @Test func noInterfaceTextLeaksIntoContent() throws {
        let leaks = ["Leave a Reply", "Follow Us", "Newsletter", "Lorem ipsum", "Recent Posts", "Original url",
                     "themoscowtimes.com/", "email address", "Related article"]
        for name in Self.expectedFurniture.keys.sorted() {
            let document = try sample(name)
            for paragraph in document.paragraphs where paragraph.isContent {
                let text = paragraphText(document, paragraph)
                for leak in leaks {
                    #expect(!text.contains(leak), "\(name): content paragraph holds \(leak)")
                }
            }
        }
    }

    // MARK: - Made-up paragraphs

    private func furniture(_ paragraphs: [String]) throws -> [String] {
        let text = paragraphs.joined(separator: "\n\n")
        let document = try PlainTextReader().read(Array(text.utf8), id: "made-up.txt")[0]
        #expect(document.paragraphs.count == paragraphs.count)
        return paragraphTexts(document, role: .furniture)
    }

    private static let body = "Russia and Ukraine resumed talks in Istanbul on Tuesday, according to officials in Kyiv and Moscow."

    @Test func interfaceLinesOfOtherSitesAreFurniture() throws {
        let lines = ["Share this story", "Comments are closed.", "Subscribe to our daily briefing", "Share Tweet Email",
                     "Comments", "© 2020 Radio Free Europe. All rights reserved.", "Privacy Policy | Terms of Use",
                     "Read more: https://example.com/news/2020/11/09/story-about-something",
                     "JUST WATCHED Talks in Istanbul resume Replay More Videos ... MUST WATCH Talks in Istanbul resume 02:15"]
        let found = try furniture([Self.body] + lines + [Self.body])
        #expect(found == lines)
    }

    /// A video teaser's phrase inside a sentence is prose.
    @Test func aMustWatchInASentenceIsProse() throws {
        #expect(try furniture([Self.body, "The film is a must watch for fans of Tom Hanks, critics in Moscow said.", Self.body]).isEmpty)
    }

    @Test func reasonsSayWhichRuleFired() throws {
        let text = ["Headline Of The Day", Self.body, "Original url:", "<https://example.com/a/b>", "Recent Posts", "Lorem ipsum dolor sit amet."]
            .joined(separator: "\n\n")
        let document = try PlainTextReader().read(Array(text.utf8), id: "made-up.txt")[0]
        #expect(FurnitureClassifier().reasons(in: document) == [nil, nil, .labelBeforeFurniture, .links, .interfaceVocabulary, .placeholder])
    }

    /// A wire slug in capitals between symbols is furniture, first line or not; a Markdown
    /// bold line, a headline in capitals and a framed phrase in lowercase are not.
    @Test func wireSlugsAreFurniture() throws {
        let slugs = ["=(PICTURE)=", "= (PICTURES) =", "=(GRAPHIC+PICTURE)="]
        #expect(try furniture([slugs[0], Self.body, slugs[1], Self.body, slugs[2], Self.body]) == slugs)
        #expect(try furniture(["**Evan Vucci / AP / TASS**", Self.body, "PUTIN MEETS BIDEN", Self.body, "= see below =", Self.body]).isEmpty)
    }

    @Test func bareLinksEmailsAndLabelsBeforeThemAreFurniture() throws {
        let lines = ["Source:", "https://www.example.org/world/europe/article-12345.html", "Contact: newsdesk@example.org",
                     "www.example.com/a/b/c"]
        let found = try furniture([Self.body] + lines + [Self.body])
        #expect(found == lines)
    }

    @Test func menuLinesOfMarkdownLinksAreFurniture() throws {
        let menu = "[Home](/) [World](/world) [Politics](/politics) [Business](/business)"
        let found = try furniture([Self.body, menu, Self.body])
        #expect(found == [menu])
    }

    @Test func decorationWithoutLettersIsFurniture() throws {
        let found = try furniture([Self.body, "* * *", Self.body, "———"])
        #expect(found == ["* * *", "———"])
    }

    @Test func theTrailingBlockOfShortLinesAfterFurnitureGoes() throws {
        let tail = ["Tags", "Russia", "Ukraine", "Leave a comment"]
        let found = try furniture(["Headline Of The Day", Self.body] + tail)
        #expect(found == tail)
    }

    @Test func shortLinesAtTheEndWithoutFurnitureStay() throws {
        let found = try furniture(["Headline Of The Day", Self.body, "Moscow, November 9", "By Jane Doe"])
        #expect(found.isEmpty)
    }

    @Test func newsProseWithInterfaceWordsStaysContent() throws {
        let prose = [
            "Russia refused to sign up to the treaty, the foreign ministry said.",
            "He declined to comment or reply to questions about the leaked email.",
            "Follow the Money",
            "Share of Votes",
            "Twitter Diplomacy",
            "The views of the Kremlin on the matter are well known.",
            "Navalny urged supporters to follow him on Twitter and share the video, which was viewed millions of times.",
            "By Todd Prince*",
            "BY: Danieal Ranjbar",
            "November 09, 2020",
            "**Evan Vucci / AP / TASS**",
            "Will the parties agree to a mutual aggravation",
            "The newsletter, read by diplomats across Europe, said the talks stalled over sanctions relief for Moscow and Minsk.",
        ]
        let found = try furniture([Self.body] + prose + [Self.body])
        #expect(found.isEmpty)
    }
}
