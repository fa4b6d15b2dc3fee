/// The node measures EntityGraph computes, by the names the CLI shows.
///
/// How weights are read: betweenness, closeness and harmonic centrality walk shortest paths
/// with distance = 1/weight (more co-mentions, closer); strength, eigenvector and PageRank use
/// the weight as a strength; degree and k-core ignore weights.
public enum Measure: String, CaseIterable, Sendable, Codable {
    case degree
    case strength
    case betweenness
    case closeness
    case harmonic
    case eigenvector
    case pagerank
    case kcore

    /// One line for `--help` and table headers.
    public var summary: String {
        switch self {
        case .degree: return "share of the other nodes a node is joined to, deg/(n-1)"
        case .strength: return "sum of edge weights (co-mentions)"
        case .betweenness: return "share of shortest paths (distance 1/weight) through a node"
        case .closeness: return "inverse mean distance (1/weight), Wasserman-Faust corrected"
        case .harmonic: return "sum of inverse distances (1/weight) to the other nodes"
        case .eigenvector: return "leading eigenvector of the weight matrix, unit norm"
        case .pagerank: return "weighted PageRank, damping 0.85"
        case .kcore: return "k-core number, weights ignored"
        }
    }

    /// Whether values are whole numbers (formatted without decimals).
    public var isInteger: Bool { self == .kcore }

    /// The sentence that output headers carry so readers know how weights were used.
    public static let weightSemantics =
        "weights: betweenness, closeness and harmonic use distance = 1/weight; "
        + "PageRank, eigenvector and strength use weight as strength; degree and kcore ignore weights"

    /// Computes this measure for every node, in node-index order.
    /// - Throws: `AnalysisError` when an iterative measure does not converge or a parameter
    ///   is out of range.
    public func values(_ adjacency: WeightedAdjacency,
                       options: MeasureOptions = MeasureOptions()) throws -> [Double] {
        switch self {
        case .degree:
            return DegreeCentrality.values(adjacency)
        case .strength:
            return Strength.values(adjacency)
        case .betweenness:
            if let sample = options.betweennessSample {
                return try BetweennessCentrality.sampledValues(
                    adjacency, k: sample.k, seed: sample.seed, threads: options.threads)
            }
            return BetweennessCentrality.values(adjacency, threads: options.threads)
        case .closeness:
            return ClosenessCentrality.values(adjacency, threads: options.threads)
        case .harmonic:
            return HarmonicCentrality.values(adjacency, threads: options.threads)
        case .eigenvector:
            return try EigenvectorCentrality.values(adjacency)
        case .pagerank:
            return try PageRank.values(adjacency, damping: options.damping)
        case .kcore:
            return CoreNumber.values(adjacency).map(Double.init)
        }
    }
}

/// Parameters shared by the measures.
public struct MeasureOptions: Sendable, Equatable {
    /// Pivot sampling for betweenness (Brandes & Pich): `k` sources drawn with `seed`.
    public struct Sample: Sendable, Equatable {
        public var k: Int
        public var seed: UInt64

        public init(k: Int, seed: UInt64) {
            self.k = k
            self.seed = seed
        }
    }

    /// Worker threads for the shortest-path measures; results do not depend on it.
    public var threads: Int
    /// PageRank damping factor.
    public var damping: Double
    /// Exact betweenness when nil.
    public var betweennessSample: Sample?

    public init(threads: Int = 1, damping: Double = 0.85, betweennessSample: Sample? = nil) {
        self.threads = threads
        self.damping = damping
        self.betweennessSample = betweennessSample
    }
}
