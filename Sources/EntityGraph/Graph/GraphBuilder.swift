import Foundation

/// Folds resolved documents, in input order, into co-mention counts, then builds the graph.
///
/// A pair of distinct entities counts once per window (sentence, paragraph, document) however
/// often its names repeat there. Counts for all three windows are kept, so every edge carries
/// `sentences`, `paragraphs` and `documents`; `weight` is the count of the chosen window.
///
/// - Complexity: O(Σ k²) over windows with k entities each; memory O(entities + pairs), bounded by
///   the graph and not by the corpus.
public struct GraphBuilder: Sendable {
    public let options: GraphOptions
    private let countries: CountryTable?
    public private(set) var registry = EntityRegistry()
    private var pairs = PairCountTable()
    public private(set) var ambiguities: [String: [Ambiguity]] = [:]

    typealias PairCounts = PairCountTable.Counts

    public init(options: GraphOptions, countries: CountryTable?) {
        self.options = options
        self.countries = countries
    }

    public mutating func add(_ document: ResolvedDocument) {
        if !document.ambiguities.isEmpty { ambiguities[document.id] = document.ambiguities }
        // Entity indices tagged with their sentence, paragraph and document (0): sorting each
        // list brings every window's members together, duplicates side by side. This is the
        // sequential step of a build, so it avoids per-window Sets and Dictionaries.
        var inSentences: [UInt64] = [], inParagraphs: [UInt64] = [], inDocument: [UInt64] = []
        inSentences.reserveCapacity(document.mentions.count)
        inParagraphs.reserveCapacity(document.mentions.count)
        inDocument.reserveCapacity(document.mentions.count)
        for item in document.mentions {
            guard let (key, rule) = graphKey(for: item) else { continue }
            let index = registry.intern(key)
            registry.record(mention: item.surface, rule: rule, of: index)
            let sentence = item.mention.sentence
            inSentences.append(UInt64(sentence) << 32 | UInt64(index))
            inParagraphs.append(UInt64(document.sentenceParagraphs[sentence]) << 32 | UInt64(index))
            inDocument.append(UInt64(index))
        }
        count(windows: &inSentences, .sentence)
        count(windows: &inParagraphs, .paragraph)
        let entities = count(windows: &inDocument, .document)
        for index in entities { registry.recordDocument(of: index) }
    }

    /// The key a mention counts under in this graph, or nil when the options leave it out.
    func graphKey(for item: ResolvedMention) -> (EntityKey, AliasRule)? {
        if let country = item.mention.country {
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
        return (item.key, item.rule)
    }

    /// Counts once every pair of distinct entities within each window of `tagged` (window index
    /// in the high 32 bits, entity index in the low ones); returns the last window's entities.
    @discardableResult
    private mutating func count(windows tagged: inout [UInt64], _ window: PairCountTable.Window) -> [Int] {
        tagged.sort()
        var members: [Int] = []
        var current = UInt64.max
        for entry in tagged {
            if entry >> 32 != current {
                count(members, window)
                members.removeAll(keepingCapacity: true)
                current = entry >> 32
            }
            let entity = Int(entry & 0xFFFF_FFFF)
            if members.last != entity { members.append(entity) }
        }
        count(members, window)
        return members
    }

    /// Counts every pair of `members` (sorted, distinct) once in `window`.
    private mutating func count(_ members: [Int], _ window: PairCountTable.Window) {
        guard members.count > 1 else { return }
        for i in 0..<(members.count - 1) {
            for j in (i + 1)..<members.count {
                pairs.increment(UInt64(members[i]) << 32 | UInt64(members[j]), window)
            }
        }
    }

    // MARK: Building

    /// The entities after corpus-wide merges, in registry order of their representatives.
    public func entities() -> [ResolvedEntity] {
        let merges = CorpusResolver().merges(registry) { a, b in
            (pairs[UInt64(min(a, b)) << 32 | UInt64(max(a, b))]?.documents ?? 0) > 0
        }
        var representative = Array(registry.entries.indices)
        for (from, merge) in merges { representative[from] = merge.target }
        var entities: [Int: ResolvedEntity] = [:]
        for (index, entry) in registry.entries.enumerated() {
            let target = representative[index]
            var entity = entities[target] ?? ResolvedEntity(key: registry.entries[target].key, members: [])
            entity.members.append(index)
            entity.mentions += entry.mentions
            entity.documents += entry.documents
            let mergeRule = merges[index]?.rule
            for (surface, use) in entry.aliases {
                var merged = entity.aliases[surface] ?? EntityRegistry.AliasUse(count: 0, rule: mergeRule ?? use.rule)
                merged.count += use.count
                entity.aliases[surface] = merged
            }
            entities[target] = entity
        }
        // Entities that never share a document have disjoint document sets; those that do were
        // not merged (see CorpusResolver), so the sums above are exact.
        return entities.keys.sorted().map { target in
            var entity = entities[target]!
            entity.label = label(for: entity)
            return entity
        }
    }

    public func build() -> CoMentionGraph { assemble().graph }

    /// The graph, and for each entity key seen the id of the node it ended up in.
    public func assemble() -> (graph: CoMentionGraph, nodeIDs: [EntityKey: String]) {
        let entities = self.entities()
        var nodeOfMember = [Int](repeating: -1, count: registry.entries.count)
        var nodes: [CoMentionGraph.Node] = []
        var usedIDs: [String: Int] = [:]
        var nodeIDs: [EntityKey: String] = [:]
        for entity in entities.sorted(by: { ($0.label, $0.key) < ($1.label, $1.key) }) {
            let slug = NodeID.slug(entity.label)
            let uses = usedIDs[slug, default: 0]
            usedIDs[slug] = uses + 1
            let id = uses == 0 ? slug : "\(slug)-\(uses + 1)"
            for member in entity.members { nodeIDs[registry.entries[member].key] = id }
            for member in entity.members { nodeOfMember[member] = nodes.count }
            var attributes: [String: AttributeValue] = [:]
            if entity.key.kind == .country, let country = countries?.country(alpha2: entity.key.name) {
                attributes["iso_alpha2"] = .string(country.alpha2)
                attributes["iso_alpha3"] = .string(country.alpha3)
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
        var edges: [CoMentionGraph.Edge] = []
        for (pair, counts) in merged {
            let weight: Int
            switch options.window {
            case .sentence: weight = counts.sentences
            case .paragraph: weight = counts.paragraphs
            case .document: weight = counts.documents
            }
            guard weight > 0, Double(weight) >= options.minWeight else { continue }
            edges.append(CoMentionGraph.Edge(source: Int(pair >> 32), target: Int(pair & 0xFFFF_FFFF),
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

    /// Countries carry their table name; others the fullest name seen: most words, then most
    /// frequent, then alphabetical.
    private func label(for entity: ResolvedEntity) -> String {
        if entity.key.kind == .country, let country = countries?.country(alpha2: entity.key.name) { return country.label }
        let best = entity.aliases.max { a, b in
            let wa = a.key.split(separator: " ").count, wb = b.key.split(separator: " ").count
            if wa != wb { return wa < wb }
            if a.value.count != b.value.count { return a.value.count < b.value.count }
            return a.key > b.key
        }
        return best?.key ?? entity.key.name
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
