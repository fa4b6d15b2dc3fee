/// What a name refers to. The graph keeps people, countries and organizations; locations
/// and miscellaneous names are recognized (so they are not mistaken for the others) and left out
/// unless `--types` asks for them.
public enum EntityKind: String, Sendable, CaseIterable, Codable, Comparable {
    case person
    case country
    case organization
    case location
    case misc

    /// The kinds a graph holds unless the user says otherwise.
    public static let graphDefault: [EntityKind] = [.person, .country, .organization]

    /// The upper-case name used in exports and JSON: PERSON, COUNTRY, ORGANIZATION…
    public var label: String { rawValue.uppercased() }

    public init?(label: String) {
        self.init(rawValue: label.lowercased())
    }

    public static func < (a: EntityKind, b: EntityKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A name found in a document: a token range and what it is.
public struct Mention: Sendable, Equatable {
    /// Which recognizer or rule produced a mention.
    public enum Origin: String, Sendable {
        case tagger
        case gazetteer
        case rule
    }

    /// How a country is named: "Russia", "Russian", or "the Kremlin"/"Moscow" for its government;
    /// or a place inside it ("Bihar", "Karachi"; `CountryFacts.places`), which is no mention of
    /// the country but tells where a story is.
    public enum CountryForm: String, Sendable {
        case name
        case demonym
        case metonym
        case place
    }

    /// Token indices into `TokenizedDocument.tokens`.
    public var tokens: Range<Int>
    public var sentence: Int
    public var kind: EntityKind
    public var origin: Origin
    /// For countries: the ISO 3166-1 alpha-2 code and how the country was named.
    public var country: (code: String, form: CountryForm)?
    /// For people: a title or role stood right before the name ("Mr Kenny", "President Trump"),
    /// evidence that the name is a person's, kept though the title is not part of the span. For
    /// organizations: the text named it as an analyst's or a banker's employer ("JP Morgan
    /// analyst Harry Curtis"; `MentionRefiner.described`), evidence that a name like a person's
    /// is a firm's.
    public var titled = false
    /// For people: the sex a gendered honorific before the name gives ("Mr Obama" male, "Mrs
    /// May" and "Ms Sturgeon" female), which a full name with a given name of the other sex
    /// cannot be (`DocumentResolver`); nil for none or an office.
    public var honorificSex: HonorificSex? = nil
    /// For a generic institution ("Foreign Ministry", "Supreme Court"): the country the text
    /// puts before it ("Russian Foreign Ministry", "China's Supreme Court"), by its table label.
    public var qualifier: String? = nil
    /// The qualifier is the country the document is about, not one the text puts before the
    /// body (`MentionRefiner.qualifyingByDocumentCountry`): the name is written "Senate
    /// [Russia]", and the corpus may overrule it (`CorpusResolver.institutionsByCountry`).
    public var qualifierIsInferred = false
    /// The name was used as a work's title or a product's ("the film Sideways", "Microsoft's
    /// Xbox", "Halo 2"; `MentionRefiner.markingWorkTitle`), or a term's acronym defined in
    /// lowercase ("chronic traumatic encephalopathy (CTE)"; `TermAcronyms`): evidence that it is
    /// neither a person nor an organization.
    public var namesWork = false
    /// For an acronym: an article or a possessive made it a common noun ("to see a GP.", "their
    /// MP"; `MentionRefiner.isCommonNounAcronym`). Weighed like `namesWork` where the acronym
    /// keeps its own name, not where the document joined it to a longer one ("a PAC" beside
    /// "Unintimidated PAC").
    public var isCommonNoun = false
    /// A name of two or more words whose capitalized first word opens its sentence ("Rival Sony
    /// said…", "Singer Britney Spears"): that word may be an ordinary word capitalized by its
    /// place, which only the whole corpus can tell (`CorpusResolver`'s sentence-opener rule).
    public var opensSentence = false
    /// The first pronoun after the name, before any other name (in its sentence, or opening the
    /// next): "Adele … she", "Yahoo … its". Set for one-word people and organizations only
    /// (`MentionRefiner.markingPronouns`), evidence the corpus weighs for names it never gives
    /// in full.
    public var pronounAfter: Pronoun? = nil
    /// For organizations: "'s" follows the name ("Moody's", "Apple's profits";
    /// `MentionRefiner.markingPossessives`), evidence the corpus weighs for names that include it.
    public var possessiveAfter = false
    /// For organizations: the name stands alone between quotation marks (`"Shark Tank"`, “America
    /// First”; `MentionRefiner.markingQuotedNames`), as titles, slogans and nicknames are written:
    /// evidence the corpus weighs, as a name so written in a quarter of its mentions is none
    /// (`CorpusResolution.typedByCorpusEvidence`).
    public var quotedAlone = false
    /// For a person's full name: a noun for a relative stands right before it ("his daughter
    /// Ivanka Trump", "wife, Melania Trump"; `MentionRefiner.markingRelatives`). The document
    /// resolver weighs it for the family's surname alone (`DocumentResolver.resolvePeople`).
    public var introducedAsRelative = false

    /// Whether a pronoun speaks of a person or a thing.
    public enum Pronoun: Sendable, Equatable {
        /// he, she, him, her, his, hers, himself, herself
        case personal
        /// it, its, itself
        case neuter
    }
    /// How sure the tagger was of the span (`SequenceTagger.scoredSpans`: the least margin of
    /// its tokens, in perceptron score units); +∞ for names the tagger did not find (gazetteer,
    /// rules), and kept by the refiner's edits of a span.
    public var confidence: Float = .infinity

    public init(tokens: Range<Int>, sentence: Int, kind: EntityKind, origin: Origin,
                country: (code: String, form: CountryForm)? = nil) {
        self.tokens = tokens
        self.sentence = sentence
        self.kind = kind
        self.origin = origin
        self.country = country
    }

    /// The sex a gendered honorific gives.
    public enum HonorificSex: Sendable, Equatable {
        case male, female

        /// "Mr", "Sir", "Mrs", "Ms", "Miss", "Lady", "Dame" (with or without the dot).
        init?(honorific: String) {
            switch honorific.lowercased() {
            case "mr", "mr.", "sir", "messrs", "messrs.": self = .male
            case "mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "madam", "madame", "mme", "mme.": self = .female
            default: return nil
            }
        }
    }

    public static func == (a: Mention, b: Mention) -> Bool {
        a.tokens == b.tokens && a.sentence == b.sentence && a.kind == b.kind && a.origin == b.origin
            && a.country?.code == b.country?.code && a.country?.form == b.country?.form && a.titled == b.titled && a.honorificSex == b.honorificSex && a.qualifier == b.qualifier && a.qualifierIsInferred == b.qualifierIsInferred
            && a.namesWork == b.namesWork && a.isCommonNoun == b.isCommonNoun
            && a.opensSentence == b.opensSentence && a.confidence == b.confidence && a.pronounAfter == b.pronounAfter
            && a.possessiveAfter == b.possessiveAfter && a.quotedAlone == b.quotedAlone
            && a.introducedAsRelative == b.introducedAsRelative
    }
}

/// Finds the names in a tokenized document.
///
/// Implementations must be pure functions of the document (and their own immutable state), so
/// documents can be recognized in parallel and the result does not depend on the thread count.
public protocol MentionRecognizer: Sendable {
    /// Mentions in token order, not overlapping.
    func recognize(_ document: TokenizedDocument) -> [Mention]
}
