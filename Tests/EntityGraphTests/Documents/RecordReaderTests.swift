import Foundation
import Testing
@testable import EntityGraph

@Suite struct CSVReaderTests {
    @Test func readsQuotedFieldsNewlinesAndDoubledQuotes() throws {
        let csv = "id,Date,headline,body\r\n"
            + "a1,2024-03-05,\"Summit, day one\",\"Putin met Biden.\n\nThey said \"\"enough\"\".\"\r\n"
            + "a2,\"Tue, 12 Mar 2024 23:30:00 -0500\",,Plain text here.\n"
        let documents = try CSVReader().read(Array(csv.utf8), id: "news.csv")
        #expect(documents.map(\.id) == ["a1", "a2"])
        #expect(documents[0].title == "Summit, day one")
        #expect(paragraphTexts(documents[0]) == ["Putin met Biden.", "They said \"enough\"."])
        #expect(documents[0].date?.description == "2024-03-05")
        // 23:30 at UTC-5 is the next day in UTC.
        #expect(documents[1].date?.description == "2024-03-13")
        #expect(documents[1].title == nil)
    }

    @Test func aBadRecordIsNamedAndTheOthersAreRead() throws {
        let csv = """
            text,id
            First record.,r1
            too,many,fields
            bad "quote" here,r3
            "closed" then text,r4
            Last record.,r5
            """
        var skipped: [DocumentReadError] = []
        let documents = try CSVReader().read(Array(csv.utf8), id: "x.csv", skipping: &skipped)
        #expect(documents.map(\.id) == ["r1", "r5"])
        #expect(skipped == [
            .invalidRecord(path: "x.csv", record: 2, line: 3, reason: "3 fields, the header has 2"),
            .invalidRecord(path: "x.csv", record: 3, line: 4, reason: "a quote inside unquoted field 1"),
            .invalidRecord(path: "x.csv", record: 4, line: 5, reason: "text after the closing quote of field 1"),
        ])
        #expect(skipped[0].description == "x.csv: record 2 (line 3): 3 fields, the header has 2")
    }

    @Test func anUnclosedQuoteLosesOnlyTheRest() throws {
        let csv = "text\nfine one\n\"never closed\nmore\n"
        var skipped: [DocumentReadError] = []
        let documents = try CSVReader().read(Array(csv.utf8), id: "q.csv", skipping: &skipped)
        #expect(documents.count == 1)
        #expect(skipped.count == 1)
        #expect(skipped.first?.problem.contains("never closed") == true)
    }

    @Test func withoutATextColumnTheFileIsRefused() {
        #expect(readError { try CSVReader().read(Array("a,b\n1,2\n".utf8), id: "n.csv") }
            == .unreadableRecords(path: "n.csv", line: 1, reason: "no text column: the header has none of \"text\", \"body\" or \"content\""))
    }

    @Test func fieldOptionsChooseTheColumns() throws {
        let csv = "Story, slug ,WHEN\nPutin spoke.,s-1,2023-01-02\n"
        let fields = RecordFields(text: ["story"], id: ["slug"], date: ["when"])
        let documents = try CSVReader(fields: fields).read(Array(csv.utf8), id: "f.csv")
        #expect(documents.map(\.id) == ["s-1"])
        #expect(documents[0].date == DocumentDate(year: 2023, month: 1, day: 2))
    }

    @Test func jsonLinesShareTheFieldOptions() throws {
        let lines = """
            {"url": "https://x/1", "content": "Body text.", "published": "2024-02-29T10:00:00Z", "headline": "H"}
            {"story": "Other.", "when": 1709632800}
            """
        var skipped: [DocumentReadError] = []
        let documents = try JSONLinesReader().read(Array(lines.utf8), id: "j.jsonl", skipping: &skipped)
        #expect(skipped == [.invalidJSONLine(path: "j.jsonl", line: 2, reason: "no string \"text\", \"body\" or \"content\"")])
        #expect(documents.map(\.id) == ["https://x/1"])
        #expect(documents[0].date?.description == "2024-02-29")
        #expect(documents[0].title == "H")
        let custom = try JSONLinesReader(fields: RecordFields(text: ["story"], date: ["when"])).read(Array(lines.utf8), id: "j.jsonl", skipping: &skipped)
        #expect(custom.map(\.id) == ["j.jsonl:2"])
        #expect(custom[0].date?.description == "2024-03-05")
    }
}

@Suite struct FeedReaderTests {
    @Test func readsRSSItemsWithHTMLDescriptions() throws {
        let rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Wire</title>
            <item><title>Talks</title><guid>g-1</guid><pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate>
              <description>&lt;p&gt;Putin met Biden in Geneva.&lt;/p&gt;&lt;p&gt;Second &amp;amp; last.&lt;/p&gt;</description></item>
            <item><title>Empty</title><link>https://example.org/2</link></item>
            <item><link>https://example.org/3</link><content:encoded><![CDATA[<p>Macron spoke.</p>]]></content:encoded></item>
            </channel></rss>
            """
        var skipped: [DocumentReadError] = []
        let documents = try FeedReader().read(Array(rss.utf8), id: "wire.rss", skipping: &skipped)
        #expect(documents.map(\.id) == ["g-1", "https://example.org/3"])
        #expect(paragraphTexts(documents[0]) == ["Putin met Biden in Geneva.", "Second & last."])
        #expect(documents[0].title == "Talks")
        #expect(documents[0].date?.description == "2024-03-04")
        #expect(paragraphTexts(documents[1]) == ["Macron spoke."])
        #expect(skipped == [.invalidRecord(path: "wire.rss", record: 2, line: 6, reason: "no text (no description, summary or content)")])
    }

    @Test func readsAtomEntries() throws {
        let atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
            <entry><id>urn:1</id><title>One</title><link rel="alternate" href="https://a/1"/>
              <published>2024-01-31T23:00:00-02:00</published><summary>Scholz visited Paris.</summary></entry>
            <entry><id>urn:2</id><updated>2024-02-02T00:00:00Z</updated>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First.</p><p>Second.</p></div></content></entry>
            </feed>
            """
        let documents = try FeedReader().read(Array(atom.utf8), id: "a.atom")
        #expect(documents.map(\.id) == ["urn:1", "urn:2"])
        #expect(documents[0].date?.description == "2024-02-01")
        #expect(documents[1].date?.description == "2024-02-02")
        #expect(paragraphTexts(documents[1]) == ["First.", "Second."])
    }

    @Test func brokenXMLKeepsTheItemsBeforeIt() throws {
        // libxml2 parses in chunks of 512 bytes: the break must come after the first chunk.
        let long = String(repeating: "Fine text. ", count: 100)
        let rss = "<rss><channel><item><guid>1</guid><description>\(long)</description></item>\n<item><guid>2</guid><description>\(long)</description></item>\n<item><guid>3</guid><description>Bro<ken</description></item></channel></rss>"
        var skipped: [DocumentReadError] = []
        let documents = try FeedReader().read(Array(rss.utf8), id: "b.rss", skipping: &skipped)
        #expect(documents.first?.id == "1")
        #expect(!documents.map(\.id).contains("3"))
        #expect(skipped.count == 1)
        if case .unreadableRecords(_, let line, let reason)? = skipped.first {
            #expect(line == 3)
            #expect(reason.contains("\(documents.count) item(s) before it read"))
        } else {
            Issue.record("expected a record error, got \(skipped)")
        }
    }

    @Test func hostileFeedsAreRefused() {
        let bomb = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss><channel><item><description>&b;</description></item></channel></rss>
            """
        let error = readError { try FeedReader().read(Array(bomb.utf8), id: "bomb.rss") }
        #expect(error?.problem.contains("DOCTYPE") == true)
        let notAFeed = readError { try FeedReader().read(Array("<sitemap><url/></sitemap>".utf8), id: "s.xml") }
        #expect(notAFeed == .unreadableRecords(path: "s.xml", line: 1, reason: "XML whose root is <sitemap>, not an RSS or Atom feed"))
    }

    @Test func foldersPickUpCSVAndFeedsAndReportOtherXML() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.csv", "text\nOne.\n")
        try folder.write("b.rss", "<rss><channel><item><description>Two.</description></item></channel></rss>")
        try folder.write("c.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><summary>Three.</summary></entry></feed>")
        try folder.write("d.xml", "<sitemap/>")
        try folder.write("e.xml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Five.</p></body></html>")
        let inputs = InputCollector().collect([folder.path]).inputs
        #expect(inputs.count == 5)
        let loader = DocumentLoader()
        #expect(try loader.load(inputs[0]).count == 1)
        #expect(try loader.load(inputs[1]).count == 1)
        #expect(try loader.load(inputs[2]).count == 1)
        #expect(readError { try loader.load(inputs[3]) }?.problem.contains("not an RSS or Atom feed") == true)
        #expect(try loader.load(inputs[4]).map { paragraphTexts($0) } == [["Five."]])  // an XHTML page
        // Named explicitly with another extension, a feed is sniffed.
        let sniffed = try folder.write("feed.download", "<?xml version=\"1.0\"?>\n<rss><channel><item><description>Four.</description></item></channel></rss>")
        #expect(try loader.load(.file(sniffed)).map { paragraphTexts($0) } == [["Four."]])
    }
}

@Suite struct DocumentDateTests {
    @Test func parsesWhatCorporaCarry() {
        let cases: [(String, String?)] = [
            ("2024-03-05", "2024-03-05"),
            ("2024-03-05T10:00:00Z", "2024-03-05"),
            ("2024-03-05T23:30:00-05:00", "2024-03-06"),
            ("2024-03-05T00:30:00+01:00", "2024-03-04"),
            ("2024-03-05 10:00:00", "2024-03-05"),
            ("2024-03-05T10:00:00.123+0530", "2024-03-05"),
            ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"),
            ("5 Mar 2024 22:00 PST", "2024-03-06"),
            ("Tue, 05 Mar 24 10:00:00 +0000", "2024-03-05"),
            ("1709632800", "2024-03-05"),
            ("2023-02-29", nil),
            ("9999-12-31T23:00:00-05:00", nil),
            ("0001-01-01T00:30:00+01:00", nil),
            ("9999-12-31", "9999-12-31"),
            ("yesterday", nil),
            ("", nil),
        ]
        for (text, expected) in cases {
            #expect(DocumentDate(parsing: text)?.description == expected, "\(text)")
        }
    }

    @Test func daysRoundTripAndWeekdaysAreRight() {
        for days in stride(from: -719_162, to: 2_000_000, by: 997) {
            let date = DocumentDate(daysSinceEpoch: days)
            let (y, m, d) = date.components
            #expect(DocumentDate(year: y, month: m, day: d) == date)
        }
        #expect(DocumentDate(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
        #expect(DocumentDate(year: 2024, month: 3, day: 4)?.weekday == 1)  // a Monday
        #expect(DocumentDate(year: 2024, month: 3, day: 10)?.weekday == 7)
    }

    @Test func findsADateInAFileName() {
        #expect(DocumentDate.inFileName("news/2019/2024-03-05-summit.txt")?.description == "2024-03-05")
        #expect(DocumentDate.inFileName("a/2024_12_31.html")?.description == "2024-12-31")
        #expect(DocumentDate.inFileName("2024-03-05/plain.txt") == nil)
        #expect(DocumentDate.inFileName("id12024-03-051.txt") == nil)
        #expect(DocumentDate.inFileName("2024-13-05.txt") == nil)
    }

    @Test func theLoaderDatesFilesByTheirName() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("2024-06-01 story.txt", "Putin spoke.")
        #expect(try DocumentLoader().load(.file(path))[0].date?.description == "2024-06-01")
    }
}

@Suite struct HTMLDateTests {
    func date(_ head: String, _ body: String = "<p>Putin spoke.</p>") throws -> String? {
        let page = "<html><head>\(head)</head><body>\(body)</body></html>"
        return try HTMLReader().read(Array(page.utf8), id: "p.html")[0].date?.description
    }

    @Test func fromEachSourceInOrderOfTrust() throws {
        #expect(try date("<meta property=\"article:published_time\" content=\"2024-03-05T23:30:00-05:00\">") == "2024-03-06")
        #expect(try date("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\" : \"2023-11-02T08:00:00Z\"}</script>") == "2023-11-02")
        #expect(try date("", "<time datetime=\"2022-07-01\">July 1</time><p>Putin spoke.</p>") == "2022-07-01")
        #expect(try date("", "<span itemprop=\"datePublished\" content=\"2021-05-04\"></span><time datetime=\"2022-07-01\">x</time><p>Text.</p>") == "2021-05-04")
        // Open Graph metadata beats JSON-LD, which beats a <time> in the body.
        #expect(try date("<script type=\"application/ld+json\">{\"datePublished\": \"2023-11-02\"}</script><meta property=\"article:published_time\" content=\"2024-01-01\">",
                         "<time datetime=\"2020-01-01\">x</time><p>Text.</p>") == "2024-01-01")
        #expect(try date("<script type=\"application/ld+json\">{\"datePublished\": \"2023-11-02\"}</script>",
                         "<time datetime=\"2020-01-01\">x</time><p>Text.</p>") == "2023-11-02")
        #expect(try date("<meta name=\"description\" content=\"2024-01-01\">") == nil)
        #expect(try date("<meta property=\"article:published_time\" content=\"soon\">") == nil)
    }

    @Test func metadataBeatsTheFileName() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dated = try folder.write("2020-01-01-page.html", "<html><head><meta property=\"article:published_time\" content=\"2024-02-02\"></head><body><p>Text.</p></body></html>")
        let undated = try folder.write("2020-01-01-other.html", "<html><body><p>Text.</p></body></html>")
        #expect(try DocumentLoader().load(.file(dated))[0].date?.description == "2024-02-02")
        #expect(try DocumentLoader().load(.file(undated))[0].date?.description == "2020-01-01")
    }
}

/// Seeded random damage to CSV files and feeds: every read either returns documents whose
/// paragraphs lie inside their text, or fails with an error naming the file; it never crashes.
@Suite struct RecordReaderMutationTests {
    static let seeds: [(DocumentFormat, String)] = [
        (.csv, "id,date,text\n1,2024-01-02,\"Putin met Biden.\n\nThey \"\"talked\"\".\"\n2,\"Tue, 05 Mar 2024 10:00:00 GMT\",Macron spoke.\r\n"),
        (.feed, "<rss><channel><item><guid>a</guid><pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate><description>&lt;p&gt;Putin met Biden.&lt;/p&gt;</description></item><item><description>Macron.</description></item></channel></rss>"),
        (.feed, "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>1</id><published>2024-01-31T23:00:00-02:00</published><content type=\"xhtml\"><div><p>One.</p><p>Two.</p></div></content></entry></feed>"),
        (.jsonLines, "{\"id\": 1, \"date\": \"2024-01-01\", \"body\": \"Putin met Biden.\"}\n{\"url\": \"u\", \"content\": \"Macron.\", \"published\": 1709632800}\n"),
    ]

    @Test(arguments: 0..<Self.seeds.count)
    func damagedInputsNeverCrash(seed index: Int) {
        let (format, text) = Self.seeds[index]
        var random = SeededGenerator(seed: UInt64(index) + 1)
        let alphabet = Array("\",\n\r<>&;/\"'=abc 0123456789-:T".utf8) + [0xC3, 0xA9, 0xFF]
        for _ in 0..<400 {
            var bytes = Array(text.utf8)
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let position = Int.random(in: 0...bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.insert(alphabet.randomElement(using: &random)!, at: position)
                case 1: if position < bytes.count { bytes.remove(at: position) }
                default: if position < bytes.count { bytes[position] = alphabet.randomElement(using: &random)! }
                }
            }
            var skipped: [DocumentReadError] = []
            do {
                let documents = try DocumentLoader().read(bytes, id: "m.in", format: format, skipping: &skipped)
                for document in documents {
                    let count = document.text.utf8.count
                    #expect(document.paragraphs.allSatisfy { $0.range.upperBound <= count && !$0.range.isEmpty })
                }
            } catch {
                #expect(error.path == "m.in" && !error.problem.isEmpty)
            }
            #expect(skipped.allSatisfy { $0.path == "m.in" })
        }
    }
}
