/// The span of text within which two mentioned entities count as co-mentioned.
public enum CoMentionWindow: String, Sendable, CaseIterable {
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

    public init() {}
}
