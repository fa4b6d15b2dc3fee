/// A scalar attribute value as GraphML, GEXF and JSON can carry it.
public enum AttributeValue: Sendable, Equatable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
}

/// The weighted co-mention graph: entities as nodes, co-mentions within a window as edges.
///
/// Nodes are sorted by `id` and edges by `(source, target)` with `source < target`: every
/// exporter can write them in the order they are stored and stay deterministic.
public struct CoMentionGraph: Sendable, Equatable {
    public struct Node: Sendable, Equatable {
        /// A stable id built from the label (a slug), unique in the graph.
        public var id: String
        public var label: String
        public var kind: EntityKind
        /// Mentions of the entity in content text.
        public var mentions: Int
        /// Documents that mention the entity.
        public var documents: Int
        /// Other names the entity goes by, sorted.
        public var aliases: [String]
        /// Extra attributes (ISO codes, centrality, community), written by exporters after the
        /// core ones in key order.
        public var attributes: [String: AttributeValue]

        public init(id: String, label: String, kind: EntityKind, mentions: Int, documents: Int,
                    aliases: [String] = [], attributes: [String: AttributeValue] = [:]) {
            self.id = id
            self.label = label
            self.kind = kind
            self.mentions = mentions
            self.documents = documents
            self.aliases = aliases
            self.attributes = attributes
        }
    }

    public struct Edge: Sendable, Equatable {
        /// Indices into `nodes`; `source < target`.
        public var source: Int
        public var target: Int
        /// Co-mentions in the graph's window (sentences, paragraphs or documents).
        public var weight: Double
        /// Sentences, paragraphs and documents in which both entities are mentioned.
        public var sentences: Int
        public var paragraphs: Int
        public var documents: Int
        public var attributes: [String: AttributeValue]

        public init(source: Int, target: Int, weight: Double, sentences: Int, paragraphs: Int,
                    documents: Int, attributes: [String: AttributeValue] = [:]) {
            self.source = source
            self.target = target
            self.weight = weight
            self.sentences = sentences
            self.paragraphs = paragraphs
            self.documents = documents
            self.attributes = attributes
        }
    }

    public var nodes: [Node]
    public var edges: [Edge]
    /// Graph-level facts written into exports: how the graph was made (window, types, what the
    /// weight counts). Never dates or versions, so outputs stay byte-identical.
    public var attributes: [String: AttributeValue]
    /// Core node attributes (`label`, `type`, `mentions`, `documents`, `aliases`) this graph
    /// does not have: a foreign graph read from a file that never declared them. Exporters leave
    /// them out instead of writing the placeholder the field holds (`MISC`, 0, the id).
    public var absentNodeAttributes: Set<CoreNodeAttribute> = []
    /// Core edge attributes (`weight`, `sentences`, `paragraphs`, `documents`) this graph does
    /// not have; see `absentNodeAttributes`.
    public var absentEdgeAttributes: Set<CoreEdgeAttribute> = []

    public init(nodes: [Node] = [], edges: [Edge] = [], attributes: [String: AttributeValue] = [:]) {
        self.nodes = nodes
        self.edges = edges
        self.attributes = attributes
    }

    /// Restores the invariants after nodes or edges were changed by hand: nodes sorted by id,
    /// edge endpoints ordered, edges sorted by (source, target).
    public mutating func normalize() {
        let order = nodes.indices.sorted { nodes[$0].id < nodes[$1].id }
        var newIndex = [Int](repeating: 0, count: nodes.count)
        for (new, old) in order.enumerated() { newIndex[old] = new }
        nodes = order.map { nodes[$0] }
        for i in edges.indices {
            let a = newIndex[edges[i].source], b = newIndex[edges[i].target]
            edges[i].source = min(a, b)
            edges[i].target = max(a, b)
        }
        edges.sort { ($0.source, $0.target) < ($1.source, $1.target) }
    }
}
