/// Harmonic centrality with distance = 1/weight: the sum of inverse distances to every other
/// node, unreachable nodes adding 0.
///
///     H(u) = Σ_{v ≠ u} 1 / d(u, v)
///
/// Unnormalized, as NetworkX's `harmonic_centrality(G, distance=...)` returns it (divide by
/// n − 1 for a value in [0, 1] on unit distances). Unlike closeness it needs no correction
/// for disconnected graphs.
///
/// Reference: P. Boldi, S. Vigna, "Axioms for centrality", Internet Mathematics 10(3–4), 2014,
/// doi:10.1080/15427951.2013.865686.
/// - Complexity: O(n·(m + n) log m) time, sources spread over `threads` workers.
public enum HarmonicCentrality {
    /// Harmonic centrality of every node.
    public static func values(_ adjacency: WeightedAdjacency, threads: Int = 1) -> [Double] {
        DistanceSums.perSource(adjacency, threads: threads) { tree in
            var total = 0.0
            for v in tree.settled where tree.distance[v] > 0 { total += 1 / tree.distance[v] }
            return total
        }
    }
}
