/// PageRank on the weighted undirected graph (each edge followed both ways, in proportion to
/// its weight), with uniform teleportation and dangling (isolated) nodes spread uniformly.
///
///     x_v ← α · (Σ_u x_u · w(u, v) / s(u) + Σ_{d dangling} x_d / n) + (1 − α) / n
///
/// starting from x = 1/n, until Σ_v |x_v − x_v^prev| < n · tolerance. Damping α = 0.85,
/// tolerance 1e-6, at most 100 iterations: NetworkX's `pagerank(G, weight="weight")` step for
/// step, so the numbers agree with it (they sum to 1 up to rounding).
///
/// Reference: S. Brin, L. Page, "The anatomy of a large-scale hypertextual Web search
/// engine", Computer Networks and ISDN Systems 30(1–7), 1998,
/// doi:10.1016/S0169-7552(98)00110-X.
/// - Complexity: O(iterations · (n + m)).
public enum PageRank {
    /// PageRank of every node.
    /// - Throws: `AnalysisError.notConverged` when the tolerance is not met in `maxIterations`.
    public static func values(_ adjacency: WeightedAdjacency, damping: Double = 0.85,
                              maxIterations: Int = 100, tolerance: Double = 1e-6) throws -> [Double] {
        let n = adjacency.nodeCount
        guard n > 0 else { return [] }
        let uniform = 1.0 / Double(n)
        let strength = Strength.values(adjacency)
        let inverseStrength = strength.map { $0 == 0 ? 0 : 1 / $0 }
        let dangling = (0..<n).filter { strength[$0] == 0 }
        var x = [Double](repeating: uniform, count: n)
        var next = x
        for _ in 0..<maxIterations {
            var danglingMass = 0.0
            for d in dangling { danglingMass += x[d] }
            let base = damping * danglingMass * uniform + (1 - damping) * uniform
            var change = 0.0
            for v in 0..<n {
                var inflow = 0.0
                for e in adjacency.edgeRange(of: v) {
                    let u = adjacency.neighbours[e]
                    inflow += x[u] * (adjacency.weights[e] * inverseStrength[u])
                }
                next[v] = damping * inflow + base
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw AnalysisError.notConverged(measure: "pagerank", iterations: maxIterations)
    }
}
