/// The disparity filter backbone: keeps the edges whose weight is statistically significant
/// for at least one endpoint, against the null model that a node spreads its strength
/// uniformly at random over its edges.
///
/// For an edge (i, j) of weight w at node i with degree k_i > 1 and strength s_i,
///
///     α_ij = (1 − w / s_i)^(k_i − 1)
///
/// is the probability of a share at least as large under the null model. The edge is kept
/// when α_ij < α or α_ji < α. For a node of degree 1 the test is undefined (its only edge
/// carries all its strength); such an edge counts as significant, so leaves keep their edge
/// and stay attached. Nodes left without edges are dropped unless `keepIsolated`.
///
/// Reference: M. Á. Serrano, M. Boguñá, A. Vespignani, "Extracting the multiscale backbone of
/// complex weighted networks", PNAS 106(16), 2009, doi:10.1073/pnas.0808904106.
/// - Complexity: O(n + m).
public enum DisparityFilter {
    /// For each edge of `graph` (in `edges` order), the smaller of its two α values; 0 when an
    /// endpoint has degree 1.
    /// - Throws: `AnalysisError` for weights that are not positive and finite.
    public static func edgeAlphas(_ graph: CoMentionGraph) throws -> [Double] {
        let adjacency = try WeightedAdjacency(graph)
        let strength = Strength.values(adjacency)
        func alpha(at v: Int, weight: Double) -> Double {
            let k = adjacency.degree(of: v)
            guard k > 1 else { return 0 }
            return pow1p(-weight / strength[v], k - 1)
        }
        return graph.edges.map {
            min(alpha(at: $0.source, weight: $0.weight), alpha(at: $0.target, weight: $0.weight))
        }
    }

    /// The backbone at significance level `alpha` (commonly 0.05 or 0.01).
    /// - Throws: `AnalysisError.invalidParameter` unless 0 < alpha ≤ 1; `AnalysisError` for
    ///   bad weights.
    public static func backbone(_ graph: CoMentionGraph, alpha: Double,
                                keepIsolated: Bool = false) throws -> CoMentionGraph {
        guard alpha > 0, alpha <= 1 else {
            throw AnalysisError.invalidParameter("disparity filter: alpha must be in (0, 1], got \(alpha)")
        }
        let alphas = try edgeAlphas(graph)
        var result = graph.subgraph(keepingEdges: alphas.indices.filter { alphas[$0] < alpha },
                                    keepIsolated: keepIsolated)
        result.attributes["backbone"] = .string("disparity filter, alpha \(alpha)")
        return result
    }

    /// (1 + x)^n for x in [−1, 0] by repeated squaring: exact powers, no libm dependence.
    private static func pow1p(_ x: Double, _ n: Int) -> Double {
        var base = 1 + x
        var exponent = n
        var result = 1.0
        while exponent > 0 {
            if exponent & 1 == 1 { result *= base }
            base *= base
            exponent >>= 1
        }
        return result
    }
}
