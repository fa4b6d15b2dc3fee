import Testing
@testable import EntityGraph

@Suite struct TokenizerTests {
    @Test func abbreviationsKeepTheirPeriod() {
        #expect(tokenTexts("Dr. Smith met Gen. Jones on Jan. 20 at Acme Corp. in St. Louis.")
            == ["Dr.", "Smith", "met", "Gen.", "Jones", "on", "Jan.", "20", "at", "Acme", "Corp.", "in", "St.", "Louis", "."])
        #expect(tokenTexts("The U.S. and the E.U. agreed.") == ["The", "U.S.", "and", "the", "E.U.", "agreed", "."])
    }

    /// U+FFFD, a letter a bad decoding lost upstream, continues its word.
    @Test func replacementCharactersStayInTheirWord() {
        #expect(tokenTexts("Sinn F\u{FFFD}\u{FFFD}in and Beyonc\u{FFFD}\u{FFFD} met.")
            == ["Sinn", "F\u{FFFD}\u{FFFD}in", "and", "Beyonc\u{FFFD}\u{FFFD}", "met", "."])
    }

    @Test func initialsStayWithTheirPeriod() {
        #expect(tokenTexts("Mark N. Katz wrote.") == ["Mark", "N.", "Katz", "wrote", "."])
    }

    @Test func possessivesAndContractionsSplitOff() {
        #expect(tokenTexts("Biden’s plan and Russia's role") == ["Biden", "’s", "plan", "and", "Russia", "'s", "role"])
        #expect(tokenTexts("I don't think I’m wrong") == ["I", "do", "n't", "think", "I", "’m", "wrong"])
        #expect(tokenTexts("O'Brien said") == ["O'Brien", "said"])
        // A straight double quote a bad conversion put for an apostrophe.
        #expect(tokenTexts("Don\"t go, it\"s \"fine\"") == ["Do", "n\"t", "go", ",", "it", "\"s", "\"", "fine", "\""])
    }

    @Test func quotesAreTokensOfTheirOwn() {
        #expect(tokenTexts("“sanctions from hell.”") == ["“", "sanctions", "from", "hell", ".", "”"])
        #expect(tokenTexts("\"Yes,\" he said") == ["\"", "Yes", ",", "\"", "he", "said"])
    }

    /// An Indian party's bracketed letter stays with its acronym; a name's bracket does not.
    @Test func bracketedPartyLettersStayWithTheirAcronym() {
        #expect(tokenTexts("JD(U) and CPI(M) met; Pirelli (Italy) and JD(United) did not.")
            == ["JD(U)", "and", "CPI(M)", "met", ";", "Pirelli", "(", "Italy", ")", "and", "JD", "(", "United", ")", "did", "not", "."])
    }

    @Test func hyphensAndDashes() {
        #expect(tokenTexts("U.S.-Russia ties – and more—") == ["U.S.", "-", "Russia", "ties", "–", "and", "more", "—"])
        let tokenized = Tokenizer().tokenize(makeDocument("President-elect Biden"))
        #expect(tokenized.tokens[1].shape.contains(.hasHyphen))
    }

    @Test func numbersUrlsAndSymbols() {
        #expect(tokenTexts("1,000.5 people, 46th, $20") == ["1,000.5", "people", ",", "46th", ",", "$", "20"])
        #expect(tokenTexts("See <https://example.org/a-b.html>.") == ["See", "<", "https://example.org/a-b.html", ">", "."])
        #expect(tokenTexts("AT&T and mail@example.org") == ["AT&T", "and", "mail@example.org"])
    }

    @Test func nonASCIIWords() {
        #expect(tokenTexts("Алексей Навальный said…") == ["Алексей", "Навальный", "said", "…"])
        let tokenized = Tokenizer().tokenize(makeDocument("Алексей"))
        #expect(tokenized.tokens[0].shape.isSuperset(of: [.capitalized, .nonASCII, .hasLower]))
    }

    @Test func shapes() {
        let tokenized = Tokenizer().tokenize(makeDocument("NATO Putin 2020 U.S. ,"))
        let shapes = tokenized.tokens.map(\.shape)
        #expect(shapes[0].contains(.allCaps) && shapes[0].contains(.capitalized))
        #expect(shapes[1].contains(.capitalized) && !shapes[1].contains(.allCaps))
        #expect(shapes[2].contains(.number))
        #expect(shapes[3].contains(.abbreviation) && shapes[3].contains(.allCaps))
        #expect(shapes[4].contains(.punctuation))
    }

    @Test func offsetsAreUTF8ByteOffsets() {
        let text = "Zelenskyy – “Kyiv”"
        let tokenized = Tokenizer().tokenize(makeDocument(text))
        let bytes = Array(text.utf8)
        for token in tokenized.tokens {
            #expect(String(decoding: bytes[token.byteRange], as: UTF8.self) == tokenized.text(of: tokenized.tokens.firstIndex(of: token)!))
        }
        #expect(tokenized.tokens.map(\.start) == [0, 10, 14, 17, 21])
    }
}

@Suite struct SentenceSplitterTests {
    @Test func splitsAtTerminalPunctuation() {
        #expect(sentenceTexts("Putin smiled. He replied, “We understand one another.” Then he left!")
            == ["Putin smiled.", "He replied, “We understand one another.”", "Then he left!"])
    }

    @Test func abbreviationsDoNotSplitUnlessASentenceOpenerFollows() {
        #expect(sentenceTexts("Dr. Shambaugh met Gen. Milley in the U.S. The talks failed.")
            == ["Dr. Shambaugh met Gen. Milley in the U.S.", "The talks failed."])
        #expect(sentenceTexts("It threatens the U.S., its allies. Next.") == ["It threatens the U.S., its allies.", "Next."])
        #expect(sentenceTexts("Mark N. Katz wrote it.") == ["Mark N. Katz wrote it."])
        // A court case's "v." is no sentence end.
        #expect(sentenceTexts("Justices cited Roe v. Wade in June.") == ["Justices cited Roe v. Wade in June."])
    }

    @Test func runsWithoutBoundaryAreCutAtTheMaximumLength() {
        let tokenized = Tokenizer().tokenize(makeDocument(String(repeating: "word ", count: 1000)))
        #expect(tokenized.sentences.map(\.tokens.count) == [400, 400, 200])
        #expect(tokenized.sentences.map(\.tokens.lowerBound) == [0, 400, 800])
    }

    /// Scraped text that lost its paragraph breaks runs sentences together without a space.
    @Test func sentencesRunTogetherWithoutASpaceSplit() {
        #expect(sentenceTexts("The suspect died.The police denied it. In 2014.In 2015 Nitish Kumar.However left.")
            == ["The suspect died.", "The police denied it.", "In 2014.", "In 2015 Nitish Kumar.", "However left."])
        #expect(tokenTexts("joined the BJP.The Congress") == ["joined", "the", "BJP", ".", "The", "Congress"])
        #expect(tokenTexts("met Keshari Nath Tripathi.12.04am: v1.2 out")
            == ["met", "Keshari", "Nath", "Tripathi", ".", "12.04am", ":", "v1.2", "out"])
        #expect(tokenTexts("Amazon.com, ASP.NET, J.K.Rowling and Mr.Smith met in St.Louis")
            == ["Amazon.com", ",", "ASP.NET", ",", "J.K.Rowling", "and", "Mr.Smith", "met", "in", "St.Louis"])
    }

    /// Links copied side by side from a page run words together: an acronym, a year or a
    /// sentence's first word glued after a lowercase run is a word of its own; camel-case names
    /// are not cut.
    @Test func wordsGluedWithoutASpaceSplit() {
        #expect(tokenTexts("Donald John TrumpGOP senators balk. Harry ReidThe Memo: Kamala Harris2020 Democrats, MaguireHere's")
            == ["Donald", "John", "Trump", "GOP", "senators", "balk", ".", "Harry", "Reid", "The", "Memo", ":",
                "Kamala", "Harris", "2020", "Democrats", ",", "Maguire", "Here", "'s"])
        let names = ["DirecTV", "LinkedIn", "McDonald", "iPhone", "COVID19", "B52", "ChatGPT", "AvtoVAZ", "SiriusXM", "Windows10", "Theme"]
        #expect(tokenTexts(names.joined(separator: " ")) == names)
    }

    /// Text flattened from a page joins a caption or a table's columns to what follows with a
    /// run of spaces or a tab: a sentence ends there, unless a lowercase word follows.
    @Test func wideGapsBeforeACapitalEndASentence() {
        #expect(sentenceTexts("Provided to China Daily  Mao Donghui, the director, spoke.")
            == ["Provided to China Daily", "Mao Donghui, the director, spoke."])
        #expect(sentenceTexts("Natl   Loan\tRelease") == ["Natl", "Loan", "Release"])
        #expect(sentenceTexts("It rose  sharply. Dr.  Smith left.") == ["It rose  sharply.", "Dr.", "Smith left."])
        #expect(sentenceTexts("The White House said so.") == ["The White House said so."])
    }

    @Test func lowercaseAfterPeriodDoesNotSplit() {
        #expect(sentenceTexts("Apples, pears, etc. and more.") == ["Apples, pears, etc. and more."])
    }

    @Test func sentencesNeverCrossParagraphs() {
        let tokenized = Tokenizer().tokenize(makeDocument("First part\n\nsecond part."))
        #expect(tokenized.sentences.count == 2)
        #expect(tokenized.sentences.map(\.paragraph) == [0, 1])
        #expect(tokenized.paragraphs == [0..<2, 2..<5])
    }

    @Test func furnitureIsNotTokenized() {
        var document = makeDocument("Putin spoke.\n\nLeave a Reply")
        document.paragraphs[1].role = .furniture
        let tokenized = Tokenizer().tokenize(document)
        #expect(tokenized.tokens.count == 3)
    }
}
