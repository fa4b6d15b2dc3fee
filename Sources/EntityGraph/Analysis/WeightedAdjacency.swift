/// The undirected weighted graph in compressed sparse row form, built once from a
/// `CoMentionGraph` and shared by every measure.
///
/// The neighbours of node `v` are `neighbours[offsets[v] ..< offsets[v + 1]]`, in increasing
/// index order, with the matching edge weights in `weights` and distances (1/weight) in
/// `distances`. Every undirected edge is stored twice, once from each end.
///
/// Weights must be positive and finite: path-based measures read a co-mention count of `w` as
/// a distance of `1/w` (more co-mentions, closer), which has no meaning for zero or negative
/// weights, so they are rejected rather than silently treated as missing edges.
///
/// - Complexity: O(n + m log m) to build (edges are bucketed, each row is sorted).
public struct WeightedAdjacency: Sendable, Equatable {
    /// Number of nodes.
    public let nodeCount: Int
    /// Row starts: `offsets.count == nodeCount + 1`.
    public let offsets: [Int]
    /// Neighbour indices, row by row.
    public let neighbours: [Int]
    /// Edge weights, parallel to `neighbours`.
    public let weights: [Double]
    /// Edge distances `1/weight`, parallel to `neighbours`.
    public let distances: [Double]

    /// Number of undirected edges.
    public var edgeCount: Int { neighbours.count / 2 }

    /// Sum of all undirected edge weights (each edge counted once).
    public var totalWeight: Double {
        var total = 0.0
        for v in 0..<nodeCount {
            for e in offsets[v]..<offsets[v + 1] where neighbours[e] > v { total += weights[e] }
        }
        return total
    }

    /// Builds the adjacency of `graph`, checking its edges.
    /// - Throws: `AnalysisError` for a weight that is not positive and finite, a self-loop,
    ///   a repeated pair or an endpoint out of range.
    public init(_ graph: CoMentionGraph) throws {
        let n = graph.nodes.count
        var edges: [(Int, Int, Double)] = []
        edges.reserveCapacity(graph.edges.count)
        for (index, edge) in graph.edges.enumerated() {
            guard (0..<n).contains(edge.source), (0..<n).contains(edge.target) else {
                throw AnalysisError.edgeOutOfRange(edge: index, nodeCount: n)
            }
            let a = graph.nodes[edge.source].id, b = graph.nodes[edge.target].id
            guard edge.source != edge.target else { throw AnalysisError.selfLoop(node: a) }
            guard edge.weight > 0, edge.weight.isFinite else {
                throw AnalysisError.invalidWeight(source: a, target: b, weight: edge.weight)
            }
            edges.append((edge.source, edge.target, edge.weight))
        }
        try self.init(nodeCount: n, edges: edges, name: { graph.nodes[$0].id })
    }

    /// Builds an adjacency from index pairs; for tests and for graphs that are not co-mention
    /// graphs. Weights must be positive and finite.
    public init(nodeCount: Int, edges: [(Int, Int, Double)]) throws {
        for (index, (a, b, w)) in edges.enumerated() {
            guard (0..<nodeCount).contains(a), (0..<nodeCount).contains(b) else {
                throw AnalysisError.edgeOutOfRange(edge: index, nodeCount: nodeCount)
            }
            guard a != b else { throw AnalysisError.selfLoop(node: String(a)) }
            guard w > 0, w.isFinite else {
                throw AnalysisError.invalidWeight(source: String(a), target: String(b), weight: w)
            }
        }
        try self.init(nodeCount: nodeCount, edges: edges, name: { String($0) })
    }

    private init(nodeCount n: Int, edges: [(Int, Int, Double)], name: (Int) -> String) throws {
        var degree = [Int](repeating: 0, count: n + 1)
        for (a, b, _) in edges {
            degree[a] += 1
            degree[b] += 1
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        for v in 0..<n { offsets[v + 1] = offsets[v] + degree[v] }
        var fill = Array(offsets.dropLast())
        var pairs = [(Int, Double)](repeating: (0, 0), count: offsets[n])
        for (a, b, w) in edges {
            pairs[fill[a]] = (b, w)
            fill[a] += 1
            pairs[fill[b]] = (a, w)
            fill[b] += 1
        }
        for v in 0..<n {
            let row = offsets[v]..<offsets[v + 1]
            pairs[row].sort { $0.0 < $1.0 }
            for e in row.dropFirst() where pairs[e].0 == pairs[e - 1].0 {
                throw AnalysisError.duplicateEdge(source: name(min(v, pairs[e].0)),
                                                  target: name(max(v, pairs[e].0)))
            }
        }
        self.nodeCount = n
        self.offsets = offsets
        self.neighbours = pairs.map(\.0)
        self.weights = pairs.map(\.1)
        self.distances = pairs.map { 1.0 / $0.1 }
    }

    /// The edge slots of node `v`: indices into `neighbours`, `weights` and `distances`.
    @inline(__always)
    public func edgeRange(of v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

    /// Number of neighbours of `v`.
    @inline(__always)
    public func degree(of v: Int) -> Int { offsets[v + 1] - offsets[v] }
}
