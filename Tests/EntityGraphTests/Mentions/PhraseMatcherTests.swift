import Testing
@testable import EntityGraph

@Suite struct PhraseMatcherTests {
    private let matcher = PhraseMatcher<String>([
        ("United States", "US-name"), ("United States of America", "US-long"), ("United", "airline"),
        ("U.S.", "US-short"), ("Côte d'Ivoire", "CI"), ("United States", "US-second"),
    ])

    private func match(_ text: String, at start: Int = 0) -> (String, String)? {
        let tokenized = Tokenizer().tokenize(makeDocument(text))
        guard let found = matcher.match(in: tokenized, at: start, end: tokenized.tokens.count) else { return nil }
        return (tokenized.text(tokens: found.range), found.payload)
    }

    @Test func longestPhraseWinsAndFirstPayloadAmongEquals() {
        #expect(match("United States of America said")! == ("United States of America", "US-long"))
        #expect(match("United States said")! == ("United States", "US-name"))
        #expect(match("United said")! == ("United", "airline"))
        #expect(match("U.S. troops")! == ("U.S.", "US-short"))
        #expect(match("Unite States") == nil)
        #expect(match("said United States", at: 1)! == ("United States", "US-name"))
    }

    @Test func allCapsFallbackForHeadlines() {
        #expect(match("UNITED STATES OF AMERICA")! == ("UNITED STATES OF AMERICA", "US-long"))
        #expect(match("united states") == nil)
    }

    @Test func nonASCIITokensMatchAsStrings() {
        #expect(match("Côte d'Ivoire votes")! == ("Côte d'Ivoire", "CI"))
        // Decomposed "ô" in the text: canonically equal to the phrase's precomposed one.
        #expect(match("Co\u{302}te d'Ivoire votes")?.1 == "CI")
    }

    @Test func phraseMustEndBeforeTheLimit() {
        let tokenized = Tokenizer().tokenize(makeDocument("United States of America"))
        #expect(matcher.match(in: tokenized, at: 0, end: 2)?.payload == "US-name")
    }
}
