/// What a set of documents contributes to a co-mention graph, before anything is resolved across
/// the corpus: each document's tally (`DocumentCoMentions`) under its order key, and the settings
/// it was tallied with. Partials of disjoint sets of documents merge into the partial of their
/// union; folding a partial's documents in key order, then resolving and assembling, gives the
/// graph `Pipeline.buildGraph` gives for the same documents read in that order.
///
/// The order key of a document is its source (the input's path as given, or the name given to
/// standard input) and its record number in that source (0 for a text or HTML file; the n-th
/// document of a JSON Lines, CSV or feed file). Keys compare by the source's UTF-8 bytes, then by
/// record: the order in which `build` reads one folder (its files sorted by path bytes, each
/// file's records in order). Since merging is the union of keyed records sorted by key, it is
/// associative and commutative: any split of a corpus, merged in any order or tree, gives the
/// same partial and the same graph.
public struct PartialGraph: Sendable {
    /// Where one document stands in the canonical order.
    public struct OrderKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
        public var source: String
        public var record: Int

        public init(source: String, record: Int) {
            self.source = source
            self.record = record
        }

        public static func < (a: OrderKey, b: OrderKey) -> Bool {
            if a.source != b.source { return a.source.utf8.lexicographicallyPrecedes(b.source.utf8) }
            return a.record < b.record
        }

        public var description: String { record == 0 ? source : "\(source) record \(record)" }
    }

    /// One document of a partial.
    public struct Record: Sendable {
        public var key: OrderKey
        public var tally: DocumentCoMentions

        public init(key: OrderKey, tally: DocumentCoMentions) {
            self.key = key
            self.tally = tally
        }
    }

    public let settings: PartialSettings
    /// The documents, sorted by key, no key twice.
    public private(set) var records: [Record]

    /// A partial of `records` (in any order); throws when two share a key.
    ///
    /// - Complexity: O(n log n) for n records.
    public init(settings: PartialSettings, records: [Record]) throws(PartialGraphError) {
        self.settings = settings
        self.records = records.sorted { $0.key < $1.key }
        for (a, b) in zip(self.records, self.records.dropFirst()) where a.key == b.key {
            throw .duplicateDocument(a.key)
        }
    }

    /// The partial of both partials' documents. Throws when their settings differ (they were
    /// tallied into different graphs) or when a document is in both.
    ///
    /// Merging is the sorted union of keyed records, so it is associative and commutative.
    /// - Complexity: O(n + m), a merge of two sorted lists of n and m records.
    public func merged(with other: PartialGraph) throws(PartialGraphError) -> PartialGraph {
        if let difference = settings.difference(from: other.settings) { throw .settingsDiffer(difference) }
        var merged: [Record] = []
        merged.reserveCapacity(records.count + other.records.count)
        var i = 0, j = 0
        while i < records.count || j < other.records.count {
            if j == other.records.count || (i < records.count && records[i].key < other.records[j].key) {
                merged.append(records[i]); i += 1
            } else if i == records.count || other.records[j].key < records[i].key {
                merged.append(other.records[j]); j += 1
            } else {
                throw .duplicateDocument(records[i].key)
            }
        }
        var result = self
        result.records = merged
        return result
    }

    /// Merges any number of partials (at least one).
    ///
    /// - Complexity: O(N log k) for N records in k partials (a balanced tree of pairwise merges).
    public static func merging(_ partials: [PartialGraph]) throws(PartialGraphError) -> PartialGraph {
        guard !partials.isEmpty else { throw .nothingToMerge }
        var level = partials
        while level.count > 1 {
            var next: [PartialGraph] = []
            for start in stride(from: 0, to: level.count, by: 2) {
                next.append(start + 1 < level.count ? try level[start].merged(with: level[start + 1]) : level[start])
            }
            level = next
        }
        return level[0]
    }

    /// The graph options the documents were tallied with; `minWeight`, `normalized` and
    /// `fractional` act only when the graph is assembled, so the caller may set them.
    public var graphOptions: GraphOptions { settings.graphOptions }

    /// Folds the documents in key order, resolves the corpus's entities and assembles the graph:
    /// the same steps and order as `Pipeline.buildGraph`, so the same graph.
    ///
    /// - Complexity: that of `CoMentionCounter`'s fold of every document, then of
    ///   `CorpusResolution` and `GraphAssembler`.
    public func build(options: GraphOptions, countries: CountryTable, threads: Int = 1) throws(PartialGraphError) -> BuiltGraph {
        if let difference = settings.difference(from: PartialSettings(options)) { throw .settingsDiffer(difference) }
        var counter = CoMentionCounter(options: options)
        for record in records {
            guard record.tally.window == options.window else { throw .settingsDiffer("\(record.key): tallied for another window") }
            counter.add(record.tally)
        }
        var built = BuiltGraph(resolving: counter, countries: countries, threads: threads)
        built.inputsRead = Set(records.map(\.key.source)).count
        built.documentsRead = records.count
        return built
    }
}

/// The settings that change what a document's tally holds: partials merge only when these are
/// equal, and the graph is assembled with them.
public struct PartialSettings: Sendable, Equatable, Codable {
    public var window: CoMentionWindow
    /// Entity types kept, sorted.
    public var types: [EntityKind]
    public var demonyms: Bool
    public var mergeMetonyms: Bool
    public var foldNations: Bool
    public var minConfidence: Float
    public var evidence: Int
    public var relations: Bool
    public var slice: TimeSlice?
    /// What the documents were read and recognized with: the recognizer, datelines kept or not,
    /// the date filter. The graph does not read these, but partials made with different ones
    /// would not add up to one build.
    public var reading: [String: String]
    /// The user's thesaurus, delete list and no-merge list (`--thesaurus`, `--delete`,
    /// `--no-merge`), as their rows; nil when not given, so partials and stores made without
    /// them keep their bytes. Each document's tally was resolved with them, and the no-merge
    /// list acts again when `merge` resolves the corpus.
    public var thesaurus: Thesaurus?
    public var deleted: DeleteList?
    public var noMerge: NoMergeList?

    /// The settings of `options`; `reading` as given.
    public init(_ options: GraphOptions, reading: [String: String] = [:]) {
        window = options.window
        types = options.types.sorted()
        demonyms = options.demonyms
        mergeMetonyms = options.mergeMetonyms
        foldNations = options.foldNations
        minConfidence = options.resolution.minConfidence
        evidence = options.evidence
        relations = options.relations
        slice = options.slice
        self.reading = reading
        let resolution = options.resolution
        thesaurus = resolution.thesaurus.entries.isEmpty ? nil : resolution.thesaurus
        deleted = resolution.deleted.isEmpty ? nil : resolution.deleted
        noMerge = resolution.noMerge.isEmpty ? nil : resolution.noMerge
    }

    /// Graph options with these settings and the defaults elsewhere.
    public var graphOptions: GraphOptions {
        var options = GraphOptions()
        options.window = window
        options.types = Set(types)
        options.demonyms = demonyms
        options.mergeMetonyms = mergeMetonyms
        options.foldNations = foldNations
        options.resolution.minConfidence = minConfidence
        options.evidence = evidence
        options.relations = relations
        options.slice = slice
        options.resolution.thesaurus = thesaurus ?? Thesaurus()
        options.resolution.deleted = deleted ?? DeleteList()
        options.resolution.noMerge = noMerge ?? NoMergeList()
        return options
    }

    /// The first setting that differs, said for a message (`window: sentence vs paragraph`), or
    /// nil when none does. `reading` is compared only when both say something.
    public func difference(from other: PartialSettings) -> String? {
        func say<T>(_ name: String, _ a: T, _ b: T) -> String { "\(name): \(a) vs \(b)" }
        if window != other.window { return say("window", window.rawValue, other.window.rawValue) }
        if types != other.types { return say("types", types.map(\.rawValue).joined(separator: ","), other.types.map(\.rawValue).joined(separator: ",")) }
        if demonyms != other.demonyms { return say("demonyms", demonyms, other.demonyms) }
        if mergeMetonyms != other.mergeMetonyms { return say("metonymy merge", mergeMetonyms, other.mergeMetonyms) }
        if foldNations != other.foldNations { return say("fold-uk-nations", foldNations, other.foldNations) }
        if minConfidence != other.minConfidence { return say("min-confidence", minConfidence, other.minConfidence) }
        if evidence != other.evidence { return say("evidence", evidence, other.evidence) }
        if relations != other.relations { return say("relations", relations, other.relations) }
        if slice != other.slice { return say("slice", slice?.rawValue ?? "none", other.slice?.rawValue ?? "none") }
        func rows(_ records: [[String]]?) -> String { records.map { "\($0.count) rows" } ?? "none" }
        let lists = [("thesaurus", thesaurus?.records, other.thesaurus?.records), ("delete list", deleted?.records, other.deleted?.records),
                     ("no-merge list", noMerge?.records, other.noMerge?.records)]
        for (name, mine, theirs) in lists where mine != theirs {
            return say(name, rows(mine), rows(theirs)) + Self.firstDifference(mine, theirs)
        }
        if !reading.isEmpty, !other.reading.isEmpty {
            for name in Set(reading.keys).union(other.reading.keys).sorted() where reading[name] != other.reading[name] {
                return say(name, reading[name] ?? "unset", other.reading[name] ?? "unset")
            }
        }
        return nil
    }
}

extension PartialSettings {
    /// ", first differing row: …" for two lists of rows that both exist, else "".
    static func firstDifference(_ a: [[String]]?, _ b: [[String]]?) -> String {
        guard let a, let b else { return "" }
        for (x, y) in zip(a, b) where x != y { return ", first differing row: \(x.joined(separator: " | ")) vs \(y.joined(separator: " | "))" }
        let longer = a.count > b.count ? a : b
        return longer.count == min(a.count, b.count) ? "" : ", first extra row: \(longer[min(a.count, b.count)].joined(separator: " | "))"
    }
}

/// Why partials cannot be merged or built.
public enum PartialGraphError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The same document (by key) is in two partials, or twice in one.
    case duplicateDocument(PartialGraph.OrderKey, in: [String] = [])
    /// The partials were tallied with different settings.
    case settingsDiffer(String)
    case nothingToMerge

    public var description: String {
        switch self {
        case .duplicateDocument(let key, let files) where files.count == 2 && files[0] != files[1]:
            return "\(key) is in both \(files[0]) and \(files[1]); each document must be in exactly one partial"
        case .duplicateDocument(let key, _): return "\(key) is in more than one partial (or twice in one); each document must be in exactly one"
        case .settingsDiffer(let difference): return "the partials were made with different settings (\(difference)); make them with the same options"
        case .nothingToMerge: return "no partial to merge"
        }
    }
}
