/// Acronyms a document defines by a lowercase phrase, which name a thing, not a person or an
/// organization: "chronic traumatic encephalopathy (CTE)", "the anterior cingulate cortex
/// (ACC)", "an FIR (first information report)". Organizations define theirs with capitals
/// ("Central Bureau of Investigation (CBI)"), so the letters of a lowercase definition are a
/// disease, a document, a technique or a part of the body that a tagger types as an
/// organization for its capitals alone.
///
/// A phrase ending in an organization's head ("the election commission (EC)") may be a body
/// written in lowercase and defines nothing here. An office defines its acronym in capitals
/// ("Divisional Railway Manager (DRM)"), and its acronym names no organization either.
///
/// - Complexity: O(m · w) for m mentions and definitions of at most w words.
/// - Reference: the definition is found as in A. S. Schwartz, M. A. Hearst, "A simple algorithm
///   for identifying abbreviation definitions in biomedical text", PSB 2003 (the short form's
///   letters in order in the long form, the first at a word's start; `DocumentResolver.abbreviates`).
enum TermAcronyms {
    /// The longest definition looked at, in words.
    static let maximumWords = 10

    /// `mentions` with every mention of a term's acronym marked `namesWork`.
    static func marking(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var terms: Set<String> = []
        for mention in mentions where mention.tokens.count == 1 && mention.kind != .country {
            let k = mention.tokens.lowerBound
            let acronym = document.text(of: k)
            guard isAcronym(acronym), !terms.contains(acronym) else { continue }
            let sentence = document.sentences[mention.sentence].tokens
            // "long form (ACR)"
            if k - 2 >= sentence.lowerBound, k + 1 < sentence.upperBound, document.token(k - 1, is: "("), document.token(k + 1, is: ")"),
               let words = lowercaseWords(endingAt: k - 2, from: sentence.lowerBound, in: document),
               definesTerm(acronym, words.suffix(maximumWords)) {
                terms.insert(acronym)
            }
            // "Divisional Railway Manager (DRM)": an office, in capitals.
            if k - 2 >= sentence.lowerBound, k + 1 < sentence.upperBound, document.token(k - 1, is: "("), document.token(k + 1, is: ")"),
               definesOffice(acronym, endingAt: k - 2, from: sentence.lowerBound, in: document) {
                terms.insert(acronym)
            }
            // "ACR (long form)", "ACR (long form, more words)"
            if k + 3 < sentence.upperBound, document.token(k + 1, is: "(") {
                var close = k + 2
                while close < min(sentence.upperBound, k + 2 + maximumWords), !document.token(close, is: ")"), !document.token(close, is: ",") {
                    close += 1
                }
                if close < sentence.upperBound, document.token(close, is: ")") || document.token(close, is: ","),
                   let words = lowercaseWords(endingAt: close - 1, from: k + 2, in: document), words.count == close - k - 2,
                   definesTerm(acronym, words[...]) {
                    terms.insert(acronym)
                }
            }
        }
        guard !terms.isEmpty else { return mentions }
        return mentions.map { mention in
            var marked = mention
            if mention.tokens.count == 1, terms.contains(document.text(of: mention.tokens.lowerBound)) { marked.namesWork = true }
            return marked
        }
    }

    /// Two or more capitals and nothing but letters ("CTE", "FIR", "PIs").
    static func isAcronym(_ word: String) -> Bool {
        word.allSatisfy(\.isLetter) && word.filter(\.isUppercase).count >= 2 && word.first?.isUppercase == true
    }

    /// The lowercase words (and hyphens) running back from token `end` to `start`, in text order,
    /// or nil when the token at `end` is none.
    private static func lowercaseWords(endingAt end: Int, from start: Int, in document: TokenizedDocument) -> [String]? {
        var words: [String] = []
        var k = end
        while k >= start, words.count < maximumWords {
            let shape = document.tokens[k].shape
            let lowercase = shape.contains(.hasLower) && !shape.contains(.capitalized) && !shape.contains(.punctuation)
            guard lowercase || document.token(k, is: "-") else { break }
            words.append(document.text(of: k))
            k -= 1
        }
        return words.isEmpty ? nil : words.reversed()
    }

    /// Whether the shortest run of capitalized words (and "of", "the") running back from token
    /// `end` to `start` that spells the acronym names an office: its last or first word an
    /// office's noun ("Divisional Railway Manager (DRM)", "Chief Medical Officer (CMO)";
    /// `Lexicon.officeHolderNouns`).
    private static func definesOffice(_ acronym: String, endingAt end: Int, from start: Int, in document: TokenizedDocument) -> Bool {
        guard let initial = acronym.first?.lowercased() else { return false }
        var words: [String] = []
        var k = end
        while k >= start, words.count < maximumWords,
              document.tokens[k].shape.contains(.capitalized) || document.token(k, is: "of") || document.token(k, is: "the") {
            words.insert(document.text(of: k).lowercased(), at: 0)
            if words.count >= 2, words[0].hasPrefix(initial), words[0] != "of", words[0] != "the",
               DocumentResolver.abbreviates(acronym, words.filter { $0 != "of" && $0 != "the" }.joined(separator: " ")) {
                // Not a body named after an office ("Office of the Deputy Prime Minister (ODPM)"),
                // nor "Director General of Civil Aviation (DGCA)", the directorate's name as well.
                guard !Lexicon.organizationHeads.contains(words[0]), words[1] != "general" else { return false }
                return Lexicon.officeHolderNouns.contains(words[0]) || Lexicon.officeHolderNouns.contains(words[words.count - 1])
            }
            k -= 1
        }
        return false
    }

    /// Whether the shortest run of `words` ending with the last that begins with the acronym's
    /// first letter spells it, has two words at least and ends in no organization's head.
    private static func definesTerm(_ acronym: String, _ words: ArraySlice<String>) -> Bool {
        guard let last = words.last, !Lexicon.organizationHeads.contains(last),
              let initial = acronym.first?.lowercased() else { return false }
        for start in words.indices.reversed() where words[start].hasPrefix(initial) {
            let phrase = words[start...].filter { $0 != "-" }
            guard phrase.count >= 2 else { continue }
            return DocumentResolver.abbreviates(acronym, phrase.joined(separator: " "))
        }
        return false
    }
}
