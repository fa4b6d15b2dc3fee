/// The simplest backbone: the `count` heaviest edges.
///
/// Edges are ranked by weight, heaviest first; equal weights keep the graph's edge order
/// (by source id, then target id), so the cut is deterministic. Nodes left without edges are
/// dropped unless `keepIsolated`.
///
/// Reference: a global weight threshold, the baseline that the disparity filter is compared
/// against in M. Á. Serrano, M. Boguñá, A. Vespignani, PNAS 106(16), 2009,
/// doi:10.1073/pnas.0808904106.
/// - Complexity: O(m log m).
public enum StrongestEdges {
    /// The subgraph of the `count` heaviest edges (all of them if there are fewer).
    /// - Throws: `AnalysisError.invalidParameter` for a negative count.
    public static func backbone(_ graph: CoMentionGraph, count: Int,
                                keepIsolated: Bool = false) throws -> CoMentionGraph {
        guard count >= 0 else {
            throw AnalysisError.invalidParameter("top edges: count must not be negative, got \(count)")
        }
        let ranked = graph.edges.indices.sorted {
            (graph.edges[$0].weight, $1) > (graph.edges[$1].weight, $0)
        }
        var result = graph.subgraph(keepingEdges: Array(ranked.prefix(count)), keepIsolated: keepIsolated)
        result.attributes["backbone"] = .string("top \(count) edges by weight")
        return result
    }
}
