import Testing
@testable import EntityGraph

@Suite struct PlainTextReaderTests {
    private func read(_ text: String, id: String = "a.txt") throws -> Document {
        let documents = try PlainTextReader().read(Array(text.utf8), id: id)
        #expect(documents.count == 1)
        return documents[0]
    }

    @Test func splitsParagraphsAtBlankLinesWithExactByteRanges() throws {
        let text = "Moscow and Washington met.\nTalks went on.\n\n  \t \nLavrov spoke – briefly.  \n\n\n“Putin” replied.\n"
        let document = try read(text)
        #expect(document.text == text)
        #expect(paragraphTexts(document) == [
            "Moscow and Washington met.\nTalks went on.", "Lavrov spoke – briefly.", "“Putin” replied.",
        ])
        let bytes = Array(text.utf8)
        #expect(document.paragraphs[1].range.lowerBound == bytes.firstIndex(of: UInt8(ascii: "L")))
        #expect(document.paragraphs.allSatisfy { $0.role == .body })
    }

    @Test func aLineOfNoBreakSpacesIsBlank() throws {
        let document = try read("First paragraph here.\n\u{00A0}\u{00A0}\nSecond paragraph here.")
        #expect(paragraphTexts(document) == ["First paragraph here.", "Second paragraph here."])
    }

    @Test func keepsCarriageReturnsAndOffsetsStayValid() throws {
        let text = "Title Line\r\n\r\nBody one says this.\r\nStill one.\r\n\r\nBody two.\r\n"
        let document = try read(text)
        #expect(document.text == text)
        #expect(paragraphTexts(document) == ["Title Line", "Body one says this.\r\nStill one.", "Body two."])
        #expect(document.title == "Title Line")
    }

    @Test func offsetsAreIntoTheTextAfterTheByteOrderMark() throws {
        let documents = try PlainTextReader().read([0xEF, 0xBB, 0xBF] + Array("Kremlin said so.\n\nMore text.".utf8), id: "a.txt")
        #expect(documents[0].text == "Kremlin said so.\n\nMore text.")
        #expect(documents[0].paragraphs.map(\.range) == [0..<16, 18..<28])
    }

    @Test func markdownHeadingsAreHeadingsWithoutTheirMarks() throws {
        let text = "# Trump's Loss\nBody text right under it.\n\n## Second *part* ##\n\nMore **bold** and [a link](#).\n\n#hashtag line is body\n\nSection\n=======\n"
        let document = try read(text, id: "a.md")
        #expect(paragraphTexts(document, role: .heading) == ["Trump's Loss", "Second *part*", "Section"])
        #expect(paragraphTexts(document, role: .body) == [
            "Body text right under it.", "More **bold** and [a link](#).", "#hashtag line is body",
        ])
        #expect(document.title == "Trump's Loss")
    }

    @Test func aShortFirstParagraphIsTheTitle() throws {
        let document = try read("Biden vs. Putin: How to Deal with Russia “as it is”\n\nPresident-elect Biden has to devise a tricky equilibrium.")
        #expect(document.title == "Biden vs. Putin: How to Deal with Russia “as it is”")
        #expect(document.paragraphs[0].role == .heading)
    }

    @Test func aFirstParagraphThatIsASentenceIsNotTheTitle() throws {
        let document = try read("The talks ended without a deal.\n\nBoth sides left Geneva.")
        #expect(document.title == nil)
        #expect(document.paragraphs[0].role == .body)
    }

    @Test func shortLinesBetweenParagraphsAreSubheadings() throws {
        let document = try read("Headline Here\n\nThe first body paragraph ends here.\n\nSecond Chances?\n\nAnother body paragraph, with a comma.\n\nMaryam K, PhD, in http://example.org/")
        #expect(paragraphTexts(document, role: .heading) == ["Headline Here", "Second Chances?"])
    }

    @Test func whitespaceOnlyTextHasNoText() {
        #expect(readError { try read(" \n\t\n\u{00A0}\n") } == .noText(path: "a.txt"))
    }

    @Test func loneCarriageReturnsEndLines() throws {
        let document = try read("One para.\r\rTwo para.")
        #expect(paragraphTexts(document) == ["One para.", "Two para."])
    }
}
