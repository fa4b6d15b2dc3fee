/// Node strength: the sum of the weights of a node's edges, unnormalized.
///
///     s(v) = Σ_u w(u, v)
///
/// NetworkX's `G.degree(weight="weight")`. With co-mention weights, the number of co-mentions
/// a node takes part in.
///
/// Reference: A. Barrat, M. Barthélemy, R. Pastor-Satorras, A. Vespignani, "The architecture of
/// complex weighted networks", PNAS 101(11), 2004, doi:10.1073/pnas.0400087101.
/// - Complexity: O(n + m).
public enum Strength {
    /// Strength of every node.
    public static func values(_ adjacency: WeightedAdjacency) -> [Double] {
        (0..<adjacency.nodeCount).map { v in
            var total = 0.0
            for e in adjacency.edgeRange(of: v) { total += adjacency.weights[e] }
            return total
        }
    }
}
