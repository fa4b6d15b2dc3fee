import Foundation

/// Folds resolved documents, in input order, into co-mention counts, then builds the graph.
///
/// A pair of distinct entities counts once per window (sentence, paragraph, document) however
/// often its names repeat there. Every edge carries `sentences`, `paragraphs` and `documents`;
/// `weight` is the count of the chosen window.
///
/// Pairs are counted only in the chosen window and the finer ones (a sentence window counts
/// sentence pairs alone): the pairs of a document's coarser windows grow as k² with its k
/// entities and, across a corpus, with the corpus, while the graph's edges do not. An edge has
/// a positive count in the chosen window, and a sentence lies in one paragraph of one document,
/// so its coarser counts are the numbers of paragraphs and documents both ends occur in: the
/// sizes of the intersections of the ends' postings (`PostingLists`, `SortedIntersection`),
/// taken at assembly for the edges kept. A node's postings are the union of its members'
/// (registry entries merged across the corpus). Members usually never share a document, and
/// summed counts are exact; where they may (a surname given to its most mentioned namesake, one
/// name typed two ways), the node's documents and every count of its edges are the sizes of
/// intersections of its sentence, paragraph and document postings instead, which are kept for
/// every window (4 bytes per entity occurrence in a sentence). The corpus-wide resolver's "never
/// merge two names seen apart in one document" intersects the document postings too.
///
/// - Complexity: the fold of a document O(k + a + p) expected for its k entities, a distinct
///   names and p distinct pairs in the counted windows (tallied with their counts by
///   `DocumentCoMentions` on the worker threads); assembly O(pairs + Σ over edges of
///   min(m + n, m log(n/m + 1))) for the ends' postings of lengths m ≤ n.
///   Memory O(entities + pairs in the counted windows + postings): postings grow with entity
///   occurrences per document (and per paragraph for a sentence window), not with the pairs
///   of each document.
public struct GraphBuilder: Sendable {
    public let options: GraphOptions
    /// Threads for the parts of assembly that grow with the number of entities (parsing names,
    /// gathering each entity's aliases and label); the result does not depend on it.
    public var threads = 1
    private let countries: CountryTable?
    public private(set) var registry = EntityRegistry()
    private var pairs = PairCountTable()
    /// For each registry entry, the documents (in fold order) it occurs in.
    private var documentPostings = PostingLists()
    /// The paragraphs and sentences (numbered across the corpus) each entry occurs in.
    private var paragraphPostings = PostingLists()
    private var sentencePostings = PostingLists()
    private var documentsFolded = 0
    private var paragraphsFolded = 0
    private var sentencesFolded = 0
    public private(set) var ambiguities: [String: [Ambiguity]] = [:]
    /// Acronyms explained somewhere in the corpus: acronym key → the long names' keys.
    private var acronyms: [String: Set<EntityKey>] = [:]

    typealias PairCounts = PairCountTable.Counts

    public init(options: GraphOptions, countries: CountryTable?) {
        self.options = options
        self.countries = countries
    }

    /// Tallies `document` and folds it in; the same as `add(DocumentCoMentions(document, options: options))`.
    public mutating func add(_ document: ResolvedDocument) {
        add(DocumentCoMentions(document, options: options))
    }

    /// Folds in one document tallied (on any thread) with this builder's options.
    public mutating func add(_ document: DocumentCoMentions) {
        precondition(document.window == options.window, "\(document.id): tallied for another window")
        if !document.ambiguities.isEmpty { ambiguities[document.id] = document.ambiguities }
        for (acronym, long) in document.acronyms { acronyms[acronym, default: []].insert(long) }
        var global: [UInt64] = []
        global.reserveCapacity(document.entities.count)
        for entity in document.entities {
            let index = registry.intern(entity.key)
            for alias in entity.aliases {
                registry.record(mention: alias.surface, count: alias.count, rule: alias.rule, of: index, label: entity.label)
            }
            registry.recordDocument(of: index)
            documentPostings.append(documentsFolded, to: index)
            global.append(UInt64(index))
        }
        func pairKey(_ local: UInt64) -> UInt64 {
            let a = global[Int(local >> 32)], b = global[Int(local & 0xFFFF_FFFF)]
            return min(a, b) << 32 | max(a, b)
        }
        for counted in document.sentencePairs { pairs.increment(pairKey(counted.pair), .sentence, by: counted.count) }
        for counted in document.paragraphPairs { pairs.increment(pairKey(counted.pair), .paragraph, by: counted.count) }
        for (local, index) in global.enumerated() {
            for paragraph in document.paragraphPostings[local] {
                paragraphPostings.append(paragraphsFolded + Int(paragraph), to: Int(index))
            }
            for sentence in document.sentencePostings[local] {
                sentencePostings.append(sentencesFolded + Int(sentence), to: Int(index))
            }
        }
        switch options.window {
        case .sentence, .paragraph:
            break
        case .document:
            for i in global.indices.dropLast() {
                for j in (i + 1)..<global.count {
                    pairs.increment(min(global[i], global[j]) << 32 | max(global[i], global[j]), .document)
                }
            }
        }
        documentsFolded += 1
        paragraphsFolded += document.paragraphCount
        sentencesFolded += document.sentenceCount
    }

    /// The key a mention counts under in this graph, or nil when the options leave it out.
    func graphKey(for item: ResolvedMention) -> (EntityKey, AliasRule)? { Self.graphKey(for: item, options: options) }

    /// The key a mention counts under in a graph with `options`, or nil when they leave it out.
    static func graphKey(for item: ResolvedMention, options: GraphOptions) -> (EntityKey, AliasRule)? {
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

    // MARK: Building

    /// The entities after corpus-wide merges, in registry order of their first members.
    public func entities() -> [ResolvedEntity] { resolve().entities }

    /// The entities after corpus-wide merges, and the names left unmerged across the corpus
    /// because several entities fit them.
    public func resolve() -> (entities: [ResolvedEntity], ambiguities: [Ambiguity]) {
        let merges = CorpusResolver(noMerge: options.resolution.noMerge, threads: threads).merges(registry, acronyms: acronyms) { a, b in
            SortedIntersection.intersects(documentPostings[a], documentPostings[b])
        }
        var membersByGroup: [Int: [Int]] = [:]
        for index in registry.entries.indices { membersByGroup[merges.group[index], default: []].append(index) }
        // Mentions add up; documents do where members never share one, and are counted from the
        // postings where they may (a namesake or majority-type merge, see CorpusResolver).
        let groups = membersByGroup.values.sorted { $0[0] < $1[0] }
        let entities = ParallelMap.map(groups, threads: threads, chunk: 256) { [self] members in
            var entity = ResolvedEntity(key: registry.entries[members[0]].key, members: members)
            for member in members {
                entity.mentions += registry.entries[member].mentions
                entity.documents += registry.entries[member].documents
                for (surface, use) in registry.entries[member].aliases {
                    entity.aliases[surface, default: EntityRegistry.AliasUse(count: 0, rule: use.rule)].count += use.count
                }
            }
            // The type most of its mentions have: "Trump" tagged an organization in "the Trump
            // administration" stays a person; "Al Jazeera" tagged a person in a credit line stays an outlet.
            var kindMentions: [EntityKind: Int] = [:]
            for member in members { kindMentions[registry.entries[member].key.kind, default: 0] += registry.entries[member].mentions }
            let kind = kindMentions.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            entity.key.kind = kind
            entity.label = label(for: entity)
            // The member that carries the label stands for the entity; the names the others
            // brought in by their own key are explained by the rule that merged them.
            let ofKind = members.filter { registry.entries[$0].key.kind == kind }
            let representative = ofKind.first { registry.entries[$0].preferredLabel != nil }
                ?? ofKind.first { registry.entries[$0].aliases[entity.label] != nil } ?? ofKind[0]
            entity.key = registry.entries[representative].key
            var rules: [String: AliasRule] = [:]
            for member in members {
                for (surface, use) in registry.entries[member].aliases {
                    var rule = use.rule
                    if member != representative, rule == .sameKey, let merged = merges.rules[member] { rule = merged }
                    rules[surface] = min(rules[surface] ?? rule, rule)
                }
            }
            for (surface, rule) in rules { entity.aliases[surface]!.rule = rule }
            if members.count > 1 { entity.documents = SortedIntersection.union(members.map { documentPostings[$0] }).count }
            return entity
        }
        return (entities, merges.ambiguities)
    }

    public func build() -> CoMentionGraph { assemble().graph }

    /// The graph, and for each entity key seen the id of the node it ended up in.
    public func assemble() -> (graph: CoMentionGraph, nodeIDs: [EntityKey: String]) {
        let entities = self.entities()
        var nodeOfMember = [Int](repeating: -1, count: registry.entries.count)
        var nodes: [CoMentionGraph.Node] = []
        var membersOfNode: [[Int]] = []
        var usedIDs: [String: Int] = [:]
        var nodeIDs: [EntityKey: String] = [:]
        for entity in entities.sorted(by: { ($0.label, $0.key) < ($1.label, $1.key) }) {
            let slug = NodeID.slug(entity.label)
            let uses = usedIDs[slug, default: 0]
            usedIDs[slug] = uses + 1
            let id = uses == 0 ? slug : "\(slug)-\(uses + 1)"
            for member in entity.members { nodeIDs[registry.entries[member].key] = id }
            for member in entity.members { nodeOfMember[member] = nodes.count }
            membersOfNode.append(entity.members)
            var attributes: [String: AttributeValue] = [:]
            if entity.key.kind == .country, let country = countries?.country(alpha2: entity.key.name) {
                if country.parent != nil {
                    attributes["iso_3166_2"] = .string(country.alpha2)
                } else {
                    attributes["iso_alpha2"] = .string(country.alpha2)
                    attributes["iso_alpha3"] = .string(country.alpha3)
                }
            }
            nodes.append(CoMentionGraph.Node(
                id: id, label: entity.label, kind: entity.key.kind, mentions: entity.mentions,
                documents: entity.documents, aliases: entity.aliases.keys.filter { $0 != entity.label }.sorted(),
                attributes: attributes))
        }
        var merged: [UInt64: PairCounts] = [:]
        merged.reserveCapacity(pairs.count)
        for (pair, counts) in pairs.pairs {
            let a = nodeOfMember[Int(pair >> 32)], b = nodeOfMember[Int(pair & 0xFFFF_FFFF)]
            guard a != b else { continue }
            let key = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
            var total = merged[key] ?? PairCounts()
            total.sentences += counts.sentences
            total.paragraphs += counts.paragraphs
            total.documents += counts.documents
            merged[key] = total
        }
        var nodeSentences = GroupPostings(members: membersOfNode, postings: sentencePostings)
        var nodeParagraphs = GroupPostings(members: membersOfNode, postings: paragraphPostings)
        var nodeDocuments = GroupPostings(members: membersOfNode, postings: documentPostings)
        // A node whose members share a document (a surname given to its most mentioned namesake,
        // a name typed two ways) would count a window twice in summed counts: its documents and
        // its edges' counts come from its postings instead.
        var overlapping = [Bool](repeating: false, count: nodes.count)
        for (node, members) in membersOfNode.enumerated() where members.count > 1 {
            overlapping[node] = members.reduce(0) { $0 + registry.entries[$1].documents } > nodes[node].documents
        }
        var edges: [CoMentionGraph.Edge] = []
        for (pair, var counts) in merged {
            let a = Int(pair >> 32), b = Int(pair & 0xFFFF_FFFF)
            if overlapping[a] || overlapping[b] {
                counts.sentences = SortedIntersection.count(nodeSentences.of(a), nodeSentences.of(b))
                counts.paragraphs = SortedIntersection.count(nodeParagraphs.of(a), nodeParagraphs.of(b))
                counts.documents = SortedIntersection.count(nodeDocuments.of(a), nodeDocuments.of(b))
            }
            let weight: Int
            switch options.window {
            case .sentence: weight = counts.sentences
            case .paragraph: weight = counts.paragraphs
            case .document: weight = counts.documents
            }
            guard weight > 0, Double(weight) >= options.minWeight else { continue }
            // The windows coarser than the chosen one were not counted by pair (see above).
            if options.window == .sentence {
                counts.paragraphs = SortedIntersection.count(nodeParagraphs.of(a), nodeParagraphs.of(b))
            }
            if options.window != .document {
                counts.documents = SortedIntersection.count(nodeDocuments.of(a), nodeDocuments.of(b))
            }
            edges.append(CoMentionGraph.Edge(source: a, target: b,
                                             weight: Double(weight), sentences: counts.sentences,
                                             paragraphs: counts.paragraphs, documents: counts.documents))
        }
        var graph = CoMentionGraph(nodes: nodes, edges: edges, attributes: [
            "window": .string(options.window.rawValue),
            "types": .string(EntityKind.allCases.filter(options.types.contains).map(\.rawValue).joined(separator: ",")),
            "weight": .string("number of \(options.window.rawValue)s in which both entities are mentioned"),
        ])
        graph.normalize()
        return (graph, nodeIDs)
    }

    /// Countries carry their table name; a thesaurus entry its canonical name. A person is
    /// labelled by the complete name (given name and surname) used most ("Donald Trump", 1,156
    /// mentions, not "Donald J. Trump", 21), then the longest; an organization by its fullest
    /// name among those used at least a tenth as often as its most used one ("Federal Bureau of
    /// Investigation" beside "FBI", not a name seen once). Ties go alphabetically.
    private func label(for entity: ResolvedEntity) -> String {
        if entity.key.kind == .country, let country = countries?.country(alpha2: entity.key.name) { return country.label }
        if let preferred = entity.members.lazy.compactMap({ registry.entries[$0].preferredLabel }).first { return preferred }
        let aliases = entity.aliases.map { (name: $0.key, count: $0.value.count, words: $0.key.split(separator: " ").count) }
        let top = aliases.map(\.count).max() ?? 0
        // People: the spelling of the surname used most breaks ties ("Dmitry Trenin" once,
        // "Dmitry Ternin" once, "Trenin" once: Trenin).
        let names: [String: PersonName] = entity.key.kind != .person ? [:] : entity.aliases.keys.reduce(into: [:]) { result, alias in
            result[alias] = PersonName(alias)
        }
        var surnameUse: [String: Int] = [:]
        for (alias, name) in names { surnameUse[name.surnameKey, default: 0] += entity.aliases[alias]!.count }
        func rank(_ alias: (name: String, count: Int, words: Int)) -> (Int, Int, Int, Int, Int) {
            switch entity.key.kind {
            case .person:
                let name = names[alias.name]
                let complete = name.map { !$0.isSurnameOnly } ?? false
                return (complete ? 1 : 0, alias.count, name.flatMap { surnameUse[$0.surnameKey] } ?? 0, alias.words, alias.name.count)
            default:
                return (10 * alias.count >= top ? 1 : 0, alias.words, alias.count, alias.name.count, 0)
            }
        }
        let best = aliases.map { (name: $0.name, rank: rank($0)) }.max { a, b in
            a.rank != b.rank ? a.rank < b.rank : a.name > b.name
        }
        return best?.name ?? entity.key.name
    }
}

/// An entity after corpus-wide merging: the registry entries it gathers, its names and counts.
public struct ResolvedEntity: Sendable {
    public var key: EntityKey
    public var members: [Int]
    public var label = ""
    public var mentions = 0
    public var documents = 0
    public var aliases: [String: EntityRegistry.AliasUse] = [:]
}

/// Node ids: readable slugs of the label ("vladimir-putin"), stable across runs.
enum NodeID {
    static func slug(_ label: String) -> String {
        if let ascii = asciiSlug(label) { return ascii }
        let folded = label.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "entity" : slug
    }

    /// `slug(_:)` for ASCII labels, without Foundation's folding (the same result); nil for
    /// other labels.
    static func asciiSlug(_ label: String) -> String? {
        var slug: [UInt8] = []
        var pendingDash = false
        for b in label.utf8 {
            if b >= 0x80 { return nil }
            if (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 {
                if pendingDash && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                slug.append(b &- 0x41 < 26 ? b | 0x20 : b)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "entity" : String(decoding: slug, as: UTF8.self)
    }
}
