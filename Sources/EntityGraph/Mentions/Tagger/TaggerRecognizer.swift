/// Finds person, organization, location and miscellaneous names with the trained
/// `SequenceTagger`; location names that name a country (and, if asked, demonyms such as
/// "Russian") become `.country` mentions with their ISO 3166-1 alpha-2 code, and a listed city
/// the tagger took for its club after "in", or outside a story of sport, is the place
/// (`isPlaceAfterLocative`, `retypingTownsOutsideSport`).
///
/// With a country table, the spans then go through `MentionRefiner`, which the pipeline uses:
/// the table decides countries, demonyms and metonyms, and tagging slips are cleaned.
public struct TaggerRecognizer: MentionRecognizer {
    public let tagger: SequenceTagger
    public let refiner: MentionRefiner?
    /// Whether a one-word MISC name that is a demonym ("French") is reported as a country
    /// mention with form `.demonym` rather than as `.misc`.
    public let demonymsAsCountries: Bool

    public init(tagger: SequenceTagger, demonymsAsCountries: Bool = true, refiner: MentionRefiner? = nil) {
        self.tagger = tagger
        self.demonymsAsCountries = demonymsAsCountries
        self.refiner = refiner
    }

    /// A recognizer with the shared default model (`$ENTGRAPH_MODEL` or the built-in one).
    public init(demonymsAsCountries: Bool = true, refiner: MentionRefiner? = nil) throws {
        self.init(tagger: try SequenceTagger.shared.get(), demonymsAsCountries: demonymsAsCountries, refiner: refiner)
    }

    public func recognize(_ document: TokenizedDocument) -> [Mention] {
        let sentences = document.sentences.map(\.tokens)
        let spans = tagger.scoredSpans(bytes: document.bytes, tokens: document.tokens, sentences: sentences)
        var mentions: [Mention] = []
        mentions.reserveCapacity(spans.count)
        var s = 0
        for (span, margin) in spans {
            while s < sentences.count && !sentences[s].contains(span.tokens.lowerBound) { s += 1 }
            let tokens = document.tokens[span.tokens]
            var mention = Mention(tokens: span.tokens, sentence: min(s, sentences.count - 1), kind: .misc, origin: .tagger)
            mention.confidence = margin
            switch span.type {
            case .person: mention.kind = .person
            case .organization:
                mention.kind = isPlaceAfterLocative(span.tokens, sentence: sentences[min(s, sentences.count - 1)], in: document) ? .location : .organization
            case .location:
                if let code = tagger.country(bytes: document.bytes, tokens: tokens) {
                    mention.kind = .country
                    mention.country = (code, .name)
                } else {
                    mention.kind = .location
                }
            case .misc:
                if demonymsAsCountries, span.tokens.count == 1,
                   let code = tagger.demonymCountry(bytes: document.bytes, token: tokens.first!) {
                    mention.kind = .country
                    mention.country = (code, .demonym)
                }
            }
            mentions.append(mention)
        }
        mentions = retypingTownsOutsideSport(mentions, in: document)
        return refiner?.refine(mentions, in: document) ?? mentions
    }

    /// A one-word organization that is a listed place, right after "in", "near", "outside",
    /// "around", "across" or "throughout" and before no possessive: the city, not its club
    /// ("a flat in Aberdeen", "shops across Liverpool"; not "in Liverpool's win", nor "at" or
    /// "from Liverpool", which a club's away game and transfer take too).
    func isPlaceAfterLocative(_ tokens: Range<Int>, sentence: Range<Int>, in document: TokenizedDocument) -> Bool {
        guard tokens.count == 1, tokens.lowerBound > sentence.lowerBound,
              Self.locatives.contains(document.text(of: tokens.lowerBound - 1)),
              tokens.upperBound == sentence.upperBound || !document.tokens[tokens.upperBound].shape.contains(.clitic) else { return false }
        return tagger.isListedPlace(bytes: document.bytes, tokens: document.tokens[tokens])
    }

    private static let locatives: Set<String> = ["in", "near", "outside", "around", "across", "throughout"]

    /// A one-word organization that is a listed place and no listed company or organization,
    /// in a document that also writes the word as a place and does not speak of sport
    /// (`Lexicon.sportsWords`): the town, not the club named after it ("Liverpool will host
    /// Eurovision" beside "hotels in Liverpool"); the tagger learned from match reports that a
    /// town's name alone is its club. One sense per discourse (Gale, Church & Yarowsky 1992):
    /// the story's own place use decides, so a bank named after its town ("Halifax") keeps its
    /// stories, and a word that ends a longer name of the story ("John Bolton", "University of
    /// Liverpool") is left alone.
    ///
    /// - Complexity: O(m) for m mentions, plus O(t log t) for t tokens in a document with a
    ///   candidate.
    /// - Reference: W. A. Gale, K. W. Church, D. Yarowsky, "One sense per discourse", HLT 1992,
    ///   doi:10.3115/1075527.1075579.
    func retypingTownsOutsideSport(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        func word(_ mention: Mention) -> String { document.text(of: mention.tokens.lowerBound) }
        let places = Set(mentions.filter { $0.kind == .location && $0.tokens.count == 1 }.map(word))
            .union(placesByTheirCues(mentions, in: document).map(word))
        guard !places.isEmpty else { return mentions }
        // Last words of longer names, whatever the tagger typed them: "Kellyanne Conway" tagged
        // an organization still makes "Conway" hers.
        let surnames = Set(mentions.filter { ($0.kind == .person || $0.kind == .organization) && $0.tokens.count > 1 }
            .map { document.text(of: $0.tokens.upperBound - 1) })
        func isCandidate(_ mention: Mention) -> Bool {
            mention.kind == .organization && mention.tokens.count == 1 && places.contains(word(mention)) && !surnames.contains(word(mention))
                && !document.tokens[mention.tokens.lowerBound].shape.contains(.allCaps)
                && tagger.isListedPlace(bytes: document.bytes, tokens: document.tokens[mention.tokens], onlyPlace: true)
        }
        guard mentions.contains(where: isCandidate) else { return mentions }
        guard !document.speaksOfSport() else { return mentions }
        return mentions.map { mention in
            guard isCandidate(mention) else { return mention }
            var place = mention
            place.kind = .location
            return place
        }
    }

    /// One-word organizations that the words around them write as a place: a lowercase place
    /// noun after ("Swansea council", "a Liverpool road"), "people of" or "outskirts of" before,
    /// or a place or a country next to them in a list that runs on both sides of them or ends
    /// with them ("Birmingham, London, Liverpool and Leeds"). Evidence for
    /// `retypingTownsOutsideSport`, as a place use of the word is.
    ///
    /// - Complexity: O(m) for m mentions.
    func placesByTheirCues(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var placeStarts = Set<Int>(), placeEnds = Set<Int>()
        for mention in mentions where mention.kind == .location || mention.kind == .country {
            placeStarts.insert(mention.tokens.lowerBound)
            placeEnds.insert(mention.tokens.upperBound - 1)
        }
        func isListJoint(_ k: Int) -> Bool { document.token(k, is: ",") || document.token(k, is: "and") }
        return mentions.filter { mention in
            guard mention.kind == .organization, mention.tokens.count == 1 else { return false }
            let sentence = document.sentences[mention.sentence].tokens, k = mention.tokens.lowerBound, next = k + 1
            if next < sentence.upperBound, !document.tokens[next].shape.contains(.capitalized),
               Self.placeNounsAfter.contains(document.text(of: next)) { return true }
            if k - 2 >= sentence.lowerBound, document.token(k - 1, is: "of"),
               Self.placeNounsBeforeOf.contains(document.text(of: k - 2).lowercased()) { return true }
            // A list runs on both sides of the word, or ends with it: not "in the Humber, Halifax
            // said".
            let placeBefore = k - 2 >= sentence.lowerBound && isListJoint(k - 1) && placeEnds.contains(k - 2)
            let placeAfter = next + 1 < sentence.upperBound && isListJoint(next) && placeStarts.contains(next + 1)
            let listBefore = k > sentence.lowerBound && isListJoint(k - 1)
            let listAfter = next == sentence.upperBound || isListJoint(next) || document.tokens[next].shape.contains(.punctuation)
            return (placeBefore && listAfter) || (placeAfter && listBefore)
        }
    }

    private static let placeNounsAfter: Set<String> = [
        "council", "councils", "councillor", "councillors", "city", "airport", "area", "region", "residents", "road", "roads",
        "streets", "suburb", "suburbs", "district", "hospital", "hospitals", "constituency", "mayor",
    ]

    private static let placeNounsBeforeOf: Set<String> = [
        "people", "city", "town", "streets", "outskirts", "centre", "center", "mayor", "heart", "suburbs", "residents",
    ]
}
