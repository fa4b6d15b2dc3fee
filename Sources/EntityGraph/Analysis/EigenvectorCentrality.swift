/// Eigenvector centrality on the weighted graph: the leading eigenvector of the weight matrix,
/// scaled to unit Euclidean norm.
///
///     x ← (A + I) x / ‖(A + I) x‖₂,  starting from x = 1/n,
///
/// until Σ_v |x_v − x_v^prev| < n · tolerance. Iterating on A + I instead of A has the same
/// leading eigenvector and also converges on bipartite graphs. This follows NetworkX's
/// `eigenvector_centrality(G, weight="weight")` step for step (max 100 iterations, tolerance
/// 1e-6), so the numbers agree with it, not only the limit.
///
/// Reference: P. Bonacich, "Power and centrality: a family of measures", American Journal of
/// Sociology 92(5), 1987, doi:10.1086/228631.
/// - Complexity: O(iterations · (n + m)).
public enum EigenvectorCentrality {
    /// Eigenvector centrality of every node.
    /// - Throws: `AnalysisError.notConverged` when the tolerance is not met in `maxIterations`
    ///   (NetworkX raises `PowerIterationFailedConvergence` then).
    public static func values(_ adjacency: WeightedAdjacency, maxIterations: Int = 100,
                              tolerance: Double = 1e-6) throws -> [Double] {
        let n = adjacency.nodeCount
        guard n > 0 else { return [] }
        var x = [Double](repeating: 1.0 / Double(n), count: n)
        var next = x
        for _ in 0..<maxIterations {
            for v in 0..<n {
                var sum = x[v]
                for e in adjacency.edgeRange(of: v) { sum += x[adjacency.neighbours[e]] * adjacency.weights[e] }
                next[v] = sum
            }
            var squares = 0.0
            for value in next { squares += value * value }
            var norm = squares.squareRoot()
            if norm == 0 { norm = 1 }
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw AnalysisError.notConverged(measure: "eigenvector", iterations: maxIterations)
    }
}
