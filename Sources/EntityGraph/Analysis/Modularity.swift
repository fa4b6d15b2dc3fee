/// Newman's modularity of a partition of the weighted graph.
///
///     Q = Σ_c [ L_c / m − γ · (d_c / 2m)² ]
///
/// where `m` is the total edge weight, `L_c` the weight of the edges inside community `c` and
/// `d_c` the summed strength of its nodes; γ is the resolution (1 is the classic definition).
/// Equal to NetworkX's `community.modularity(G, communities, weight="weight")`. A graph
/// without edges scores 0.
///
/// Reference: M. E. J. Newman, "Modularity and community structure in networks", PNAS 103(23),
/// 2006, doi:10.1073/pnas.0601602103.
/// - Complexity: O(n + m).
public enum Modularity {
    /// Modularity of `membership` (a community index per node, any non-negative integers).
    public static func score(_ adjacency: WeightedAdjacency, membership: [Int],
                             resolution: Double = 1) -> Double {
        precondition(membership.count == adjacency.nodeCount, "one community per node")
        let m = adjacency.totalWeight
        guard m > 0 else { return 0 }
        let communities = (membership.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: communities)
        var degree = [Double](repeating: 0, count: communities)
        for v in 0..<adjacency.nodeCount {
            let c = membership[v]
            for e in adjacency.edgeRange(of: v) {
                degree[c] += adjacency.weights[e]
                let u = adjacency.neighbours[e]
                if u > v, membership[u] == c { inside[c] += adjacency.weights[e] }
            }
        }
        var q = 0.0
        for c in 0..<communities {
            let share = degree[c] / (2 * m)
            q += inside[c] / m - resolution * share * share
        }
        return q
    }
}
