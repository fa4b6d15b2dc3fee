extension CoMentionGraph {
    /// The subgraph of the `count` most-mentioned entities and the edges among them, for
    /// pictures of big graphs that stay readable. Ties go to the smaller node id, so the cut is
    /// deterministic; the graph attribute `pruning` says what was kept.
    /// - Complexity: O(n log n + m).
    public func keepingTopNodes(_ count: Int) -> CoMentionGraph {
        let ranked = nodes.indices.sorted { (-nodes[$0].mentions, nodes[$0].id) < (-nodes[$1].mentions, nodes[$1].id) }
        var keep = [Bool](repeating: false, count: nodes.count)
        for v in ranked.prefix(max(0, count)) { keep[v] = true }
        return subgraph(keeping: keep, pruning: "top \(count) nodes by mentions")
    }

    /// The graph without its nodes that have no edge: what `--min-weight` above 1 leaves of a
    /// big graph is otherwise mostly isolated nodes (20,669 of 22,757 at `--min-weight 3` on the
    /// 3,788 news articles). The graph attribute `pruning` says so.
    /// - Complexity: O(n + m).
    public func removingIsolatedNodes() -> CoMentionGraph {
        var keep = [Bool](repeating: false, count: nodes.count)
        for edge in edges {
            keep[edge.source] = true
            keep[edge.target] = true
        }
        return subgraph(keeping: keep, pruning: "nodes without edges left out")
    }

    /// The nodes marked in `keep`, in order, and the edges among them; `pruning` is added to the
    /// graph attribute of that name.
    private func subgraph(keeping keep: [Bool], pruning: String) -> CoMentionGraph {
        var newIndex = [Int](repeating: -1, count: nodes.count)
        var result = CoMentionGraph(attributes: attributes)
        result.absentNodeAttributes = absentNodeAttributes
        result.absentEdgeAttributes = absentEdgeAttributes
        for (v, node) in nodes.enumerated() where keep[v] {
            newIndex[v] = result.nodes.count
            result.nodes.append(node)
        }
        for var edge in edges where keep[edge.source] && keep[edge.target] {
            edge.source = newIndex[edge.source]
            edge.target = newIndex[edge.target]
            result.edges.append(edge)
        }
        if case .string(let earlier)? = attributes["pruning"] {
            result.attributes["pruning"] = .string(earlier + "; " + pruning)
        } else {
            result.attributes["pruning"] = .string(pruning)
        }
        return result
    }
}
