/// The span of text within which two mentioned entities count as co-mentioned.
public enum CoMentionWindow: String, Sendable, CaseIterable, Codable {
    case sentence
    case paragraph
    case document
}

/// What goes into a graph and how edges are weighted.
public struct GraphOptions: Sendable {
    public var window: CoMentionWindow = .sentence
    /// The kinds of entity that become nodes.
    public var types: Set<EntityKind> = Set(EntityKind.graphDefault)
    /// Edges lighter than this are left out (nodes stay).
    public var minWeight: Double = 1
    /// Count "Russian", "Ukrainians" as mentions of the country.
    public var demonyms = false
    /// Fold "the Kremlin", "Moscow" (as a government) into their country.
    public var mergeMetonyms = false
    /// Fold England, Scotland, Wales and Northern Ireland into the United Kingdom (by default
    /// each is a COUNTRY node of its own, keyed by its ISO 3166-2 code).
    public var foldNations = false
    /// The user's thesaurus, delete list and no-merge list.
    public var resolution = ResolutionOptions()
    /// How many supporting sentences each edge keeps (`evidence` attribute); 0 keeps none.
    public var evidence = 0
    /// Count nodes and edges per period too (`periods` attributes); documents need a date.
    public var slice: TimeSlice?
    /// Add NPMI, Jaccard and conditional probabilities beside the raw count.
    public var normalized = false
    /// Count the verbs joining each edge's entities in their shared sentences (`relations`).
    public var relations = false
    /// Make `weight` the fractional count: a window with n entities gives each of its pairs 1/(n − 1).
    public var fractional = false

    public init() {}
}

extension GraphOptions {
    /// The key a mention counts under in a graph with these options, or nil when they leave it out.
    public func graphKey(for item: ResolvedMention) -> (EntityKey, AliasRule)? {
        let options = self
        if let country = item.mention.country, item.rule != .thesaurus {
            switch country.form {
            case .demonym:
                guard options.demonyms else { return nil }
                return (EntityKey(kind: .country, name: country.code), .countryTable)
            case .metonym where options.mergeMetonyms:
                return (EntityKey(kind: .country, name: country.code), .countryTable)
            default:
                break
            }
        }
        guard options.types.contains(item.key.kind) else { return nil }
        if options.foldNations, item.key.kind == .country, let parent = Self.nationParents[item.key.name] {
            return (EntityKey(kind: .country, name: parent), .countryTable)
        }
        return (item.key, item.rule)
    }

    private static let nationParents = Dictionary(uniqueKeysWithValues: CountryFacts.nations.map { ($0.code, $0.parent) })
}
