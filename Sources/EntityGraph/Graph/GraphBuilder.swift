/// The Graph stage in one value: folds documents into a `CoMentionCounter`, then resolves the
/// corpus's entities (`CorpusResolution`) and assembles the graph (`GraphAssembler`).
public struct GraphBuilder: Sendable {
    public private(set) var counter: CoMentionCounter
    /// Threads for the parts of resolution that grow with the number of entities (parsing names,
    /// gathering each entity's aliases and label); the result does not depend on it.
    public var threads = 1
    private let countries: CountryTable?

    public var options: GraphOptions { counter.options }
    public var registry: EntityRegistry { counter.registry }

    public init(options: GraphOptions, countries: CountryTable?) {
        counter = CoMentionCounter(options: options)
        self.countries = countries
    }

    /// Tallies `document` and folds it in.
    public mutating func add(_ document: ResolvedDocument) { counter.add(document) }

    /// Folds in one document tallied (on any thread) with this builder's options.
    public mutating func add(_ document: DocumentCoMentions) { counter.add(document) }

    /// The key a mention counts under in this graph, or nil when the options leave it out.
    public func graphKey(for item: ResolvedMention) -> (EntityKey, AliasRule)? { options.graphKey(for: item) }

    /// The corpus's entities after corpus-wide merges. Their `members` index the registry in
    /// key order (entries sorted by `EntityKey`, as resolution reads them), not `registry` as
    /// folded.
    public func resolve() -> CorpusResolution { CorpusResolution(counter.inKeyOrder(), countries: countries, threads: threads) }

    /// The entities after corpus-wide merges, in registry order of their first members.
    public func entities() -> [ResolvedEntity] { resolve().entities }

    /// The graph, the resolution it was built from, and the node id of every entity key seen.
    public func assemble() -> BuiltGraph { BuiltGraph(resolving: counter, countries: countries, threads: threads) }

    public func build() -> CoMentionGraph { assemble().graph }
}

/// What a build makes: the graph, the entities it was made of, and where each key went.
public struct BuiltGraph: Sendable {
    public let graph: CoMentionGraph
    public let resolution: CorpusResolution
    /// For each entity key seen, the id of the node it ended up in.
    public let nodeIDs: [EntityKey: String]
    /// How many inputs gave at least one document (`Pipeline.buildGraph`).
    public var inputsRead = 0
    /// How many documents those inputs gave (a JSON Lines file gives one per line).
    public var documentsRead = 0
    /// The first supporting sentences of each edge, when the options asked for evidence.
    public var evidence: [NodePair: [Evidence]] = [:]
    /// Documents read that had no date: left out of the graph when it is sliced or filtered by
    /// date (`Pipeline.dates`), counted in `documentsRead` otherwise.
    public var documentsUndated = 0
    /// Documents left out because their date is outside `Pipeline.dates`.
    public var documentsOutOfRange = 0
}

extension BuiltGraph {
    /// The corpus's entities resolved from `counter` (`CorpusResolution`, on `threads` threads)
    /// and the graph assembled from them (`GraphAssembler`): the last stage of every way of
    /// building (`Pipeline.buildGraph`, `PartialGraph.build`, `PartialMerge`, the store). The
    /// caller sets the counts of what was read.
    init(resolving counter: CoMentionCounter, countries: CountryTable?, threads: Int) {
        let counter = counter.inKeyOrder()
        let resolution = CorpusResolution(counter, countries: countries, threads: threads)
        let (graph, nodeIDs, evidence) = GraphAssembler.assembleWithEvidence(counter, resolution, countries: countries)
        self.init(graph: graph, resolution: resolution, nodeIDs: nodeIDs, evidence: evidence)
    }
}
