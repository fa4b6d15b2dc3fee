/// Degree centrality: the fraction of the other nodes a node is joined to, ignoring weights.
///
///     C_D(v) = deg(v) / (n − 1)
///
/// As NetworkX's `degree_centrality(G)`, a graph of one node gives that node 1.
///
/// Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification",
/// Social Networks 1(3), 1978, doi:10.1016/0378-8733(78)90021-7.
/// - Complexity: O(n).
public enum DegreeCentrality {
    /// Degree centrality of every node.
    public static func values(_ adjacency: WeightedAdjacency) -> [Double] {
        let n = adjacency.nodeCount
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        let scale = 1.0 / Double(n - 1)
        return (0..<n).map { Double(adjacency.degree(of: $0)) * scale }
    }
}
