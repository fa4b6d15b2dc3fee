/// What identifies an entity while a corpus is read: its kind and canonical name
/// ("person: Vladimir Putin", "country: RU").
public struct EntityKey: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var kind: EntityKind
    /// The canonical name; for countries the ISO 3166-1 alpha-2 code.
    public var name: String

    public init(kind: EntityKind, name: String) {
        self.kind = kind
        self.name = name
    }

    public static func < (a: EntityKey, b: EntityKey) -> Bool { (a.kind, a.name) < (b.kind, b.name) }

    public var description: String { "\(kind.rawValue): \(name)" }

    /// The name of a surname alone that its document left to the corpus although the document
    /// gives a full name it fits (`DocumentResolver`: a surname long in use before that full
    /// name): "murdoch|rupert murdoch". The bar never occurs in a canonical name, so each such
    /// pair is an entry of its own, and `CorpusResolver` decides it per document.
    static func deferredSurname(_ surname: String, fullName: String) -> String { surname + "|" + fullName }

    /// The surname and the document's full name of a `deferredSurname` name; nil for others.
    static func deferral(of name: String) -> (surname: String, fullName: String)? {
        guard let bar = name.firstIndex(of: "|") else { return nil }
        return (String(name[..<bar]), String(name[name.index(after: bar)...]))
    }
}

/// Why an alias was merged into its entity. Shown by `entgraph aliases`; where one name reached
/// an entity by several rules, the first listed here is shown.
public enum AliasRule: String, Sendable, CaseIterable, Comparable, Codable {
    /// The same canonical name (after titles, "the" and possessives are dropped).
    case sameKey = "same key"
    /// The user's thesaurus (`--thesaurus`) maps the name to the entity.
    case thesaurus
    /// A country name, short form or code from the ISO 3166-1 table.
    case countryTable = "country table"
    /// An acronym joined its long form (built-in table or "Long Name (ACR)" in the text).
    case acronym
    /// A surname, given name or short form joined the unique full name of the same type in its
    /// document.
    case surnameInDocument = "surname in document"
    /// A short form alone in its documents joined the full name that is unique in the corpus.
    case surnameInCorpus = "surname in corpus"
    /// An organization's short form joined the only longer name of its document that ends with
    /// it ("State Department" → "U.S. State Department").
    case shortForm = "short form in document"
    /// The same name with a middle name or initial, a particle ("al-"), a familiar form ("Joe")
    /// or an initial more or less.
    case nameVariant = "name variant"
    /// Another Latin spelling of the same name ("Zelenskyy", "Aleksei", "Volodymyr").
    case transliteration
    /// A surname one typing error away, with the same first name ("Dmitry Ternin").
    case spellingVariant = "spelling variant"
    /// A surname alone that several full names of the corpus fit joined the one that has most
    /// of their mentions by far ("Trump" → "Donald Trump", not "Ivanka Trump").
    case mostMentionedNamesake = "most mentioned namesake"
    /// The same name typed as a person in some places and an organization in others joined the
    /// type most of its mentions have ("the Trump administration": a mention of Trump).
    case majorityType = "majority type"
    /// The same organization with its legal form or "Party" more or less, in the plural, or
    /// with its words shortened ("Labour" / "Labour Party", "Lib Dems" / "Liberal Democrats").
    case organizationForm = "organization form"
    /// A name seen only at sentence starts, whose first word the corpus writes in lowercase
    /// elsewhere, joined the rest of it ("Rival Sony" → Sony, "Singer Britney Spears").
    case sentenceOpener = "sentence opener"
    /// A generic institution named alone ("Senate", "Finance Ministry") joined the one country's
    /// that the corpus names it for by far ("Senate (United States)").
    case institutionCountry = "institution's country"

    public static func < (a: AliasRule, b: AliasRule) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
