import Testing
@testable import EntityGraph

@Suite struct TokenTextSetTests {
    /// The words of `text` with a lowercase letter and no capital first: what the recognizer keeps.
    private func lowercaseWords(_ text: String) -> TokenTextSet {
        TokenTextSet(Tokenizer().tokenize(makeDocument(text))) { shape in
            !shape.contains(.capitalized) && shape.contains(.hasLower) && !shape.contains(.punctuation)
        }
    }

    @Test func holdsExactlyTheTokensTaken() {
        let set = lowercaseWords("The president met Putin in the Kremlin; the talks went on.")
        for word in ["president", "met", "in", "the", "talks", "went", "on"] { #expect(set.contains(word)) }
        for word in ["The", "Putin", "putin", "Kremlin", ";", ".", "presiden", "presidents", "", "talk"] {
            #expect(!set.contains(word))
        }
    }

    @Test func agreesWithASetOfStringsOnEveryWordOfAText() {
        let text = """
        Officials in Kyiv said the attack on Kharkiv was the largest. A naïve plan, the café owner said; \
        Zürich and São Paulo were mentioned, as was the «Überraschung» of 2022 and e-mail@example.org.
        """
        let tokenized = Tokenizer().tokenize(makeDocument(text))
        let include: (Token.Shape) -> Bool = { !$0.contains(.capitalized) && $0.contains(.hasLower) }
        let set = TokenTextSet(tokenized, where: include)
        let reference = Set(tokenized.tokens.indices.filter { include(tokenized.tokens[$0].shape) }.map { tokenized.text(of: $0) })
        let queries = tokenized.tokens.indices.map { tokenized.text(of: $0) }.flatMap { [$0, $0.lowercased(), $0.uppercased()] }
        for query in queries { #expect(set.contains(query) == reference.contains(query), "\(query)") }
    }

    @Test func nonASCIIWordsCompareAsStrings() {
        // "café" typed precomposed in the text, looked up decomposed: equal as Swift Strings.
        let set = lowercaseWords("the caf\u{E9} was open")
        #expect(set.contains("cafe\u{301}"))
        #expect(set.contains("caf\u{E9}"))
        #expect(!set.contains("cafe"))
    }

    @Test func manyDistinctWordsStayExact() {
        let words = (0..<5000).map { "w\(String($0, radix: 36))x" }
        let set = lowercaseWords(words.joined(separator: " "))
        for word in words { #expect(set.contains(word)) }
        #expect(!set.contains("w0"))
        #expect(!set.contains("wzzzzx"))
    }
}
