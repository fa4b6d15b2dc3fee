/// Builds the graph from the counts and the resolution: one node per entity (ids from its
/// canonical key, see `NodeID`), one edge per pair of nodes co-mentioned in the
/// chosen window at least `minWeight` times, with its sentence, paragraph and document counts.
///
/// Edge counts are sums over the registry entries merged into the two nodes, whose documents
/// are usually disjoint; coarser windows than the chosen one, and every count of a node whose
/// members share a document, are sizes of intersections of the nodes' postings.
///
/// - Complexity: O(pairs + Σ over edges of min(m + n, m log(n/m + 1))) for the ends' postings
///   of lengths m ≤ n.
enum GraphAssembler {
    /// The graph, and for each entity key seen the id of the node it ended up in.
    static func assemble(_ counter: CoMentionCounter, _ resolution: CorpusResolution,
                         countries: CountryTable?) -> (graph: CoMentionGraph, nodeIDs: [EntityKey: String]) {
        let (graph, nodeIDs, _) = assembleWithEvidence(counter, resolution, countries: countries)
        return (graph, nodeIDs)
    }

    /// `assemble`, with what the options ask for beyond counts (`EdgeAnnotations`) and the
    /// supporting sentences of each edge.
    static func assembleWithEvidence(_ counter: CoMentionCounter, _ resolution: CorpusResolution, countries: CountryTable?)
        -> (graph: CoMentionGraph, nodeIDs: [EntityKey: String], evidence: [NodePair: [Evidence]]) {
        var nodeOfMember = [Int](repeating: -1, count: counter.registry.entries.count)
        var nodes: [CoMentionGraph.Node] = []
        var membersOfNode: [[Int]] = []
        var nodeIDs: [EntityKey: String] = [:]
        // Entities the resolution typed out of the graph's types ("Paula" alone) are no nodes.
        let kept = resolution.entities.filter { counter.options.types.contains($0.key.kind) }
            .sorted { ($0.key, $0.label) < ($1.key, $1.label) }
        let countryLabels = Dictionary(kept.lazy.filter { $0.key.kind == .country }.map { ($0.key, $0.label) }) { first, _ in first }
        let ids = NodeID.assign(kept.map(\.key)) { countryLabels[$0] ?? $0.name }
        for (entity, id) in zip(kept, ids) {
            for member in entity.members { nodeIDs[counter.registry.entries[member].key] = id }
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
        var merged: [UInt64: PairCountTable.Counts] = [:]
        merged.reserveCapacity(counter.pairs.count)
        for (pair, counts) in counter.pairs.pairs {
            let a = nodeOfMember[Int(pair >> 32)], b = nodeOfMember[Int(pair & 0xFFFF_FFFF)]
            guard a != b, a >= 0, b >= 0 else { continue }
            let key = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
            var total = merged[key] ?? PairCountTable.Counts()
            total.sentences += counts.sentences
            total.paragraphs += counts.paragraphs
            total.documents += counts.documents
            merged[key] = total
        }
        var nodeSentences = GroupPostings(members: membersOfNode, postings: counter.sentencePostings)
        var nodeParagraphs = GroupPostings(members: membersOfNode, postings: counter.paragraphPostings)
        var nodeDocuments = GroupPostings(members: membersOfNode, postings: counter.documentPostings)
        // A node whose members share a document (a surname given to its most mentioned namesake,
        // a name typed two ways) would count a window twice in summed counts: its documents and
        // its edges' counts come from its postings instead.
        var overlapping = [Bool](repeating: false, count: nodes.count)
        for (node, members) in membersOfNode.enumerated() where members.count > 1 {
            overlapping[node] = members.reduce(0) { $0 + counter.registry.entries[$1].documents } > nodes[node].documents
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
            switch counter.options.window {
            case .sentence: weight = counts.sentences
            case .paragraph: weight = counts.paragraphs
            case .document: weight = counts.documents
            }
            guard weight > 0, Double(weight) >= counter.options.minWeight else { continue }
            // The windows coarser than the chosen one were not counted by pair (see above).
            if counter.options.window == .sentence {
                counts.paragraphs = SortedIntersection.count(nodeParagraphs.of(a), nodeParagraphs.of(b))
            }
            if counter.options.window != .document {
                counts.documents = SortedIntersection.count(nodeDocuments.of(a), nodeDocuments.of(b))
            }
            edges.append(CoMentionGraph.Edge(source: a, target: b,
                                             weight: Double(weight), sentences: counts.sentences,
                                             paragraphs: counts.paragraphs, documents: counts.documents))
        }
        var graph = CoMentionGraph(nodes: nodes, edges: edges, attributes: [
            "window": .string(counter.options.window.rawValue),
            "types": .string(EntityKind.allCases.filter(counter.options.types.contains).map(\.rawValue).joined(separator: ",")),
            "weight": .string("number of \(counter.options.window.rawValue)s in which both entities are mentioned"),
        ])
        graph.normalize()
        var groupOfID: [String: Int] = [:]
        for (group, node) in nodes.enumerated() { groupOfID[node.id] = group }
        let evidence = EdgeAnnotations.annotate(&graph, counter: counter, groupOfNode: graph.nodes.map { groupOfID[$0.id]! },
                                                sentences: &nodeSentences, paragraphs: &nodeParagraphs, documents: &nodeDocuments)
        if counter.options.relations {
            var words: [NodePair: [String: Int]] = [:]
            for (pair, counts) in counter.relationWords {
                let a = nodeOfMember[Int(pair >> 32)], b = nodeOfMember[Int(pair & 0xFFFF_FFFF)]
                guard a != b, a >= 0, b >= 0 else { continue }
                let key = NodePair(nodes[a].id, nodes[b].id)
                for (word, count) in counts { words[key, default: [:]][word, default: 0] += count }
            }
            for index in graph.edges.indices {
                let key = NodePair(graph.nodes[graph.edges[index].source].id, graph.nodes[graph.edges[index].target].id)
                if let counts = words[key] { graph.edges[index].attributes["relations"] = .string(RelationWords.attributeText(counts)) }
            }
            graph.attributes["relations"] = .string("verbs between the two entities in the sentences they share, most frequent first: WORD:COUNT|... (at most 5)")
        }
        return (graph, nodeIDs, evidence)
    }
}
