/// Cleans a statistical tagger's spans with what the document and the gazetteers know.
///
/// A tagger trained on CoNLL-2003 (Reuters, 1996) meets other tokenization and other habits in
/// today's web news. These rules are general, not fitted to any text:
/// - punctuation, quotes and possessive endings at a span's edges are trimmed ("“Bild");
/// - sentence-initial or headline words that are common English words are trimmed from the
///   start ("Moreover", "Unlike Trump" → "Trump"); in title-case headlines a span holding a
///   common word is dropped ("Regardless Of Election Outcome");
/// - spans split by our tokenizer's infix hyphen are joined again ("Intermediate" "-" "Range
///   Nuclear Forces Treaty"), except between two country names ("U.S.-Russia");
/// - the country table decides countries (a sovereign state's name or short form), demonyms,
///   seats of government ("Kremlin": an organization standing for RU) and capitals ("Tbilisi":
///   a location standing for GE), whatever the tagger said;
/// - known acronyms are organizations, all-caps words known not to be ("PhD", "TV") are dropped;
/// - a name that is the surname of a person tagged elsewhere in the document is that person,
///   with the titles and party labels before it left out ("Trump" tagged ORG once,
///   "Republican Trump");
/// - names of the gazetteers (country names and short forms, seats of government, capitals,
///   well-known acronyms such as NATO) that the tagger missed are added where no tagged span
///   overlaps them;
/// - a span is split where it joins known names: at a possessive ("Trump's National Security
///   Council" → "Trump" + "National Security Council") and at an infix hyphen between names
///   ("Trump-Putin").
///
/// - Complexity: O(m · l) for m mentions of at most l tokens, plus O(t) to learn which words the
///   document writes in lowercase.
public struct MentionRefiner: Sendable {
    private let countries: CountryTable
    private let gazetteer: PhraseMatcher<Mention>

    public init(countries: CountryTable) {
        self.countries = countries
        var phrases: [(String, Mention)] = countries.phrases.filter { $0.form != .demonym }.map {
            ($0.phrase, Mention(tokens: 0..<0, sentence: 0, kind: $0.kind, origin: .gazetteer, country: ($0.code, $0.form)))
        }
        phrases += Lexicon.organizationAcronyms.keys.sorted().map {
            ($0, Mention(tokens: 0..<0, sentence: 0, kind: .organization, origin: .gazetteer))
        }
        gazetteer = PhraseMatcher(phrases)
    }

    public func refine(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        // Hashes of the words written in lowercase somewhere (no String per token).
        var lowercaseWords = Set<UInt64>()
        document.bytes.withUnsafeBufferPointer { bytes in
            for token in document.tokens
            where !token.shape.contains(.capitalized) && token.shape.contains(.hasLower) && !token.shape.contains(.punctuation) {
                lowercaseWords.insert(FeatureHash.fnv1a(bytes, token.byteRange))
            }
        }
        let styles = document.sentences.map { SentenceStyle(document: document, range: $0.tokens) }
        var refined: [Mention] = []
        for mention in joinHyphenated(mentions, in: document) {
            guard var mention = trimmed(mention, in: document, lowercaseWords: lowercaseWords) else { continue }
            if styles[mention.sentence] == .titleCase, mention.tokens.contains(where: {
                isCommonWord($0, in: document, lowercaseWords: lowercaseWords)
            }) { continue }
            guard retype(&mention, in: document) else { continue }
            refined.append(mention)
        }
        let parts = refined.flatMap { split($0, in: document) }
        return personsBySurname(addingGazetteerMatches(to: parts, in: document), in: document)
    }

    /// Gazetteer names in the stretches no mention covers, merged into token order.
    private func addingGazetteerMatches(to mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var covered = [Bool](repeating: false, count: document.tokens.count)
        for mention in mentions { for k in mention.tokens { covered[k] = true } }
        var added: [Mention] = []
        for (index, sentence) in document.sentences.enumerated() {
            var k = sentence.tokens.lowerBound
            while k < sentence.tokens.upperBound {
                guard !covered[k], document.tokens[k].shape.contains(.capitalized),
                      let match = gazetteer.match(in: document, at: k, end: sentence.tokens.upperBound),
                      !match.range.contains(where: { covered[$0] }) else {
                    k += 1
                    continue
                }
                var mention = match.payload
                mention.tokens = match.range
                mention.sentence = index
                added.append(mention)
                k = match.range.upperBound
            }
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    // MARK: Rules

    private func joinHyphenated(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var result: [Mention] = []
        for mention in mentions {
            if var previous = result.last, previous.tokens.upperBound + 1 == mention.tokens.lowerBound,
               previous.sentence == mention.sentence,
               ![previous.kind, mention.kind].contains(where: { $0 == .country || $0 == .person }),
               document.tokens[previous.tokens.upperBound].shape.contains(.hasHyphen) {
                // The longer part usually carries the type: "Intermediate-Range Nuclear Forces Treaty".
                if mention.tokens.count > previous.tokens.count { previous.kind = mention.kind }
                previous.tokens = previous.tokens.lowerBound..<mention.tokens.upperBound
                result[result.count - 1] = previous
                continue
            }
            result.append(mention)
        }
        return result
    }

    private func trimmed(_ mention: Mention, in document: TokenizedDocument, lowercaseWords: Set<UInt64>) -> Mention? {
        var lower = mention.tokens.lowerBound, upper = mention.tokens.upperBound
        func isEdgeJunk(_ k: Int) -> Bool {
            let shape = document.tokens[k].shape
            return shape.contains(.punctuation) || shape.contains(.clitic)
        }
        while lower < upper, isEdgeJunk(lower) { lower += 1 }
        while upper > lower, isEdgeJunk(upper - 1) { upper -= 1 }
        while lower < upper, isCommonWord(lower, in: document, lowercaseWords: lowercaseWords) { lower += 1 }
        guard lower < upper else { return nil }
        var result = mention
        result.tokens = lower..<upper
        return result
    }

    /// A capitalized word that English writes in lowercase: a sentence opener, not a name.
    private func isCommonWord(_ k: Int, in document: TokenizedDocument, lowercaseWords: Set<UInt64>) -> Bool {
        let shape = document.tokens[k].shape
        guard shape.contains(.capitalized), !shape.contains(.allCaps) else { return false }
        let seenLowercase = document.bytes.withUnsafeBufferPointer {
            lowercaseWords.contains(FeatureHash.fnv1aLower($0, document.tokens[k].byteRange))
        }
        return seenLowercase || Lexicon.commonWords.contains(document.text(of: k).lowercased())
    }

    /// Applies the gazetteers; returns false when the mention is to be dropped.
    private func retype(_ mention: inout Mention, in document: TokenizedDocument) -> Bool {
        let text = document.text(tokens: mention.tokens)
        mention.country = nil
        if let code = CountryFacts.governmentSeats[NameCanonicalizer.canonical(text)] {
            mention.kind = .organization
            mention.country = (code, .metonym)
        } else if let code = CountryFacts.capitals[text] {
            mention.kind = .location
            mention.country = (code, .metonym)
        } else if mention.kind != .person, let country = countries.country(named: text) {
            mention.kind = country.isSovereign ? .country : .location
            mention.country = (country.alpha2, .name)
        } else if mention.tokens.count == 1, let country = countries.country(demonym: text) {
            mention.kind = .country
            mention.country = (country.alpha2, .demonym)
        } else if Lexicon.organizationAcronyms[text] != nil {
            mention.kind = .organization
        } else if Lexicon.nonOrganizationAcronyms.contains(text) {
            return false
        } else if mention.kind == .country {
            // The tagger's own gazetteer knows codes the table does not (SU, YU): a place here.
            mention.kind = .location
        }
        return true
    }

    /// Splits a span at a possessive ("Trump's Council") or at an infix hyphen between single
    /// words ("Trump-Putin"); the parts are typed again by `personsBySurname` and the table.
    private func split(_ mention: Mention, in document: TokenizedDocument) -> [Mention] {
        let range = mention.tokens
        if let clitic = range.dropFirst().first(where: { document.tokens[$0].shape.contains(.clitic) }), clitic + 1 < range.upperBound {
            var owner = mention, owned = mention
            owner.tokens = range.lowerBound..<clitic
            owner.kind = .misc
            owned.tokens = (clitic + 1)..<range.upperBound
            var parts = [owner, owned]
            for i in parts.indices where !retype(&parts[i], in: document) { parts[i].kind = .misc }
            return parts
        }
        let hyphens = range.filter { document.tokens[$0].shape.contains(.hasHyphen) }
        if !hyphens.isEmpty, hyphens.allSatisfy({ $0 > range.lowerBound && $0 + 1 < range.upperBound }),
           zip([range.lowerBound - 1] + hyphens, hyphens + [range.upperBound]).allSatisfy({ $1 - $0 == 2 }) {
            // Single words joined by hyphens: each may be a name of its own.
            return range.filter { !hyphens.contains($0) }.map { k in
                var part = mention
                part.tokens = k..<(k + 1)
                part.kind = .misc
                if !retype(&part, in: document) { part.kind = .misc }
                return part
            }
        }
        return [mention]
    }

    private func personsBySurname(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var surnames = Set<String>()
        // Last words of the document's person names ("Trump" of "Donald Trump", or "Trump" tagged
        // PERSON on its own elsewhere): the document says who they are.
        for mention in mentions where mention.kind == .person {
            surnames.insert(document.text(of: mention.tokens.upperBound - 1))
        }
        return mentions.compactMap { mention in
            guard mention.kind != .person, mention.country == nil,
                  surnames.contains(document.text(of: mention.tokens.upperBound - 1)),
                  mention.tokens.dropLast().allSatisfy({ isTitleWord($0, in: document) }) else {
                return mention.kind == .misc && mention.origin == .tagger && mention.tokens.isEmpty ? nil : mention
            }
            var person = mention
            person.kind = .person
            person.tokens = (mention.tokens.upperBound - 1)..<mention.tokens.upperBound
            return person
        }
    }

    /// Titles, their qualifiers, party labels and demonyms: words that stand before a name.
    private func isTitleWord(_ k: Int, in document: TokenizedDocument) -> Bool {
        let text = document.text(of: k)
        let lower = text.lowercased()
        return Lexicon.titles.contains(lower) || Lexicon.titleModifiers.contains(lower)
            || countries.country(demonym: text) != nil
    }
}
