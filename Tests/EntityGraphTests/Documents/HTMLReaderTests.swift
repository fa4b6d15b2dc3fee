import Testing
@testable import EntityGraph

@Suite struct HTMLReaderTests {
    private func read(_ html: String) throws -> Document {
        try read(Array(html.utf8))
    }

    private func read(_ bytes: [UInt8]) throws -> Document {
        let documents = try HTMLReader().read(bytes, id: "page.html")
        #expect(documents.count == 1)
        return documents[0]
    }

    @Test func aPageWideFormIsReadAndSmallFormsAreSkipped() throws {
        // ASP.NET pages wrap the whole page in one form; the search box and the comment form
        // inside it stay skipped.
        let document = try read("""
            <!DOCTYPE html><html><head><title>Floods in the valley</title></head>
            <body><form method="post" action="./story.aspx" id="aspnetForm">
            <div class="top"><form action="/search"><label>Search the site</label><input name="q"></form></div>
            <h1>Floods in the valley</h1>
            <p>Rescue teams reached the last cut-off villages on Sunday after three days of rain.</p>
            <p>The regional governor said the new dam upstream had held and that the river was falling.</p>
            <form action="/comment"><p>Leave a comment</p><textarea>Your text</textarea></form>
            </form></body></html>
            """)
        #expect(paragraphTexts(document).filter { !$0.isEmpty } == [
            "Floods in the valley",
            "Rescue teams reached the last cut-off villages on Sunday after three days of rain.",
            "The regional governor said the new dam upstream had held and that the river was falling.",
        ])
        for hidden in ["Search the site", "Leave a comment", "Your text"] {
            #expect(!document.text.contains(hidden), "\(hidden) should be skipped")
        }
    }

    @Test func aFormBesideTheArticleStaysSkipped() throws {
        let document = try read("""
            <html><body><article><h1>Budget passed</h1>
            <p>The council approved the budget on Tuesday after a long debate about schools and roads.</p></article>
            <form><p>Subscribe to our newsletter for daily updates</p><input name="email"></form></body></html>
            """)
        #expect(!document.text.contains("Subscribe"))
        #expect(document.text.contains("The council approved the budget"))
    }

    @Test func keepsHeadingsAndBlocksAndSkipsPageMachinery() throws {
        let document = try read("""
            <!DOCTYPE html><html><head><title> Talks in  Geneva </title>
            <style>p { color: red }</style><script>var tracking = "Lavrov";</script></head>
            <body><header><a href="/">Site Name</a></header>
            <nav><ul><li><a href="/world">World</a></li></ul></nav>
            <article><header><h1>Putin and Biden meet</h1><p class="byline">By Jane Doe</p></header>
            <p>The   leaders <b>met</b> in
            Geneva on <a href="/x">Wednesday</a>.</p>
            <div>Loose text in a div<p>Inner paragraph.</p>tail text</div>
            <ul><li>First point.</li><li>Second point.</li></ul>
            <form><input name="q"><button>Search</button></form>
            <noscript>Enable JavaScript</noscript><template><p>Hidden template</p></template>
            <svg><text>Chart label</text></svg><iframe src="x">Frame</iframe>
            <select><option>Choice</option></select></article>
            <aside>Sidebar text</aside><footer>Copyright footer</footer></body></html>
            """)
        #expect(document.title == "Talks in Geneva")
        #expect(paragraphTexts(document, role: .heading) == ["Putin and Biden meet"])
        #expect(paragraphTexts(document, role: .body) == [
            "By Jane Doe", "The leaders met in Geneva on Wednesday.", "Loose text in a div", "Inner paragraph.",
            "tail text", "First point.", "Second point.",
        ])
        #expect(document.text.hasPrefix("Putin and Biden meet\n\nBy Jane Doe\n\nThe leaders met"))
        for hidden in ["tracking", "Site Name", "World", "Search", "JavaScript", "template", "Chart", "Frame", "Choice", "Sidebar", "footer"] {
            #expect(!document.text.contains(hidden), "\(hidden) should be skipped")
        }
    }

    @Test func decodesEntitiesAndCollapsesNoBreakSpaces() throws {
        let document = try read("<p>AT&amp;T &lt;and&gt; &quot;Gazprom&quot;&nbsp;&nbsp;said &#8220;no&#8221; &eacute;t&eacute;</p>")
        #expect(paragraphTexts(document) == ["AT&T <and> \"Gazprom\" said “no” été"])
    }

    @Test func readsACharsetlessUTF8PageWithoutGarbling() throws {
        let document = try read("<html><body><p>Лавров met Zelenskyy in Kyiv – “quietly”. Café</p></body></html>")
        #expect(paragraphTexts(document) == ["Лавров met Zelenskyy in Kyiv – “quietly”. Café"])
    }

    @Test func validUTF8WinsOverAWrongMetaCharset() throws {
        let document = try read("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café naïve</p></body></html>")
        #expect(paragraphTexts(document) == ["Café naïve"])
    }

    @Test func aPageInADeclaredLegacyCharsetIsDecoded() throws {
        let bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf".utf8) + [0xE9, 0x20, 0x93, 0x71, 0x94]
            + Array("</p></body></html>".utf8)
        #expect(paragraphTexts(try read(bytes)) == ["Café “q”"])
    }

    @Test func invalidUTF8WithoutADeclaredCharsetIsRefused() {
        let bytes = Array("<html><body><p>Caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
        #expect(readError { try read(bytes) } == .invalidUTF8(path: "page.html", byteOffset: 18))
    }

    @Test func aNulByteIsBinaryNotASilentEndOfDocument() {
        let bytes = Array("<html><body><p>Before</p>".utf8) + [0] + Array("<p>After</p></body></html>".utf8)
        #expect(readError { try read(bytes) } == .binary(path: "page.html", byteOffset: 25, byte: 0))
    }

    @Test func deepNestingIsATypedErrorNotATruncatedPage() {
        let html = "<html><body>" + String(repeating: "<div>", count: 10_000) + "deep"
            + String(repeating: "</div>", count: 10_000) + "<p>after</p></body></html>"
        let error = readError { try read(html) }
        #expect(error == .htmlNestingTooDeep(path: "page.html", line: 1))
        #expect(error?.description.contains("too deeply") == true)
    }

    @Test func aHugeTextNodeIsATypedError() {
        let bytes = Array("<html><body><p>".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 10_500_000)
            + Array("</p><p>after</p></body></html>".utf8)
        #expect(readError { try read(bytes) } == .htmlTextNodeTooLarge(path: "page.html", line: 1))
    }

    @Test func externalEntitiesAreNeverResolved() throws {
        let document = try read("""
            <?xml version="1.0"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd" [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
            ]>
            <html xmlns="http://www.w3.org/1999/xhtml"><body><p>Secret: &xxe; end.</p></body></html>
            """)
        #expect(!document.text.contains("root:"))
        #expect(document.text.contains("Secret:"))
    }

    @Test func twoLineBreaksEndAParagraph() throws {
        let document = try read("<div>Line one<br>same paragraph<br><br>New paragraph</div>")
        #expect(paragraphTexts(document) == ["Line one same paragraph", "New paragraph"])
    }

    @Test func theFirstH1IsTheTitleWithoutATitleElement() throws {
        let document = try read("<body><h2>Kicker</h2><h1>The  Headline</h1><p>Body text here.</p></body>")
        #expect(document.title == "The Headline")
    }

    @Test func aPageWithoutTextHasNoText() {
        #expect(readError { try read(" \n\t ") } == .noText(path: "page.html"))
        #expect(readError { try read("<!-- only a comment -->") } == .noText(path: "page.html"))
        #expect(readError { try read("<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>") } == .noText(path: "page.html"))
    }

    @Test func linkListsAndPageFurnitureAreMarked() throws {
        let document = try read("""
            <body><h1>Sanctions widen</h1><p>The European Union widened sanctions on Monday, officials said.</p>
            <p><a href="/a">Home</a> | <a href="/b">World</a> | <a href="/c">Business</a></p>
            <div class="related"><div><a href="/1">Kremlin denies report about Lavrov</a></div>
            <div><a href="/2">NATO ministers meet in Brussels</a></div><div><a href="/3">Gas prices climb again in Europe</a></div></div>
            <p>Leave a Reply</p><p>Your email address will not be published. Required fields are marked *</p></body>
            """)
        #expect(paragraphTexts(document, role: .furniture) == [
            "Home | World | Business", "Kremlin denies report about Lavrov", "NATO ministers meet in Brussels",
            "Gas prices climb again in Europe", "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
        ])
        #expect(paragraphTexts(document, role: .heading) == ["Sanctions widen"])
    }

    /// The article's container is found by its paragraphs' text and commas; a sidebar of
    /// related links, a photo credit and a "more stories" box outside it are furniture, the
    /// headline stays.
    @Test func blocksOutsideTheArticlesContainerAreFurniture() throws {
        let body = (1...4).map { n in
            "<p>Paragraph \(n) of the story: the council met on Monday, voted on the budget, and "
                + "agreed, after a long debate, to fund the new bridge over the river next year.</p>"
        }.joined()
        let document = try read("""
            <html><body><h1>Council funds the bridge</h1>
            <div class="layout"><div class="story">\(body)</div>
            <div class="sidebar"><p>More Stories</p><ul><li><a href="/a">Mayor Jane Roe resigns</a></li>
            <li><a href="/b">Acme Corp opens plant</a></li></ul><p>Photo: Getty Images</p></div></div>
            </body></html>
            """)
        let content = paragraphTexts(document).enumerated().filter { document.paragraphs[$0.offset].isContent }.map(\.element)
        #expect(content.first == "Council funds the bridge")
        #expect(content.count == 5)
        #expect(!content.contains { $0.contains("Getty") || $0.contains("More Stories") || $0.contains("Acme") })
        // A short page has no clear container and is read whole.
        let short = try read("<html><body><p>Acme Corp opened a plant.</p><div><p>Jane Roe spoke.</p></div></body></html>")
        #expect(short.paragraphs.filter(\.isContent).count == 2)
    }

    /// Japanese and Chinese sentences end with 。！？: a page of them is prose, not a trailing
    /// block of short non-sentences.
    @Test func fullWidthStopsEndSentences() {
        for sentence in ["商標法違反の疑いで逮捕された。", "本当ですか？", "すごい！", "It rained."] {
            let bytes = Array(sentence.utf8)
            #expect(TextBytes.endsLikeSentence(in: bytes, range: 0..<bytes.count), "\(sentence)")
        }
        let heading = Array("商品の改造".utf8)
        #expect(!TextBytes.endsLikeSentence(in: heading, range: 0..<heading.count))
    }
}
