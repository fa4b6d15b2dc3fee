extension CoMentionGraph {
    /// The subgraph of the `count` most-mentioned entities and the edges among them, for
    /// pictures of big graphs that stay readable. Ties go to the smaller node id, so the cut is
    /// deterministic; the graph attribute `pruning` says what was kept.
    /// - Complexity: O(n log n + m).
    public func keepingTopNodes(_ count: Int) -> CoMentionGraph {
        let ranked = nodes.indices.sorted { (-nodes[$0].mentions, nodes[$0].id) < (-nodes[$1].mentions, nodes[$1].id) }
        var keep = [Bool](repeating: false, count: nodes.count)
        for v in ranked.prefix(max(0, count)) { keep[v] = true }
        var newIndex = [Int](repeating: -1, count: nodes.count)
        var result = CoMentionGraph(attributes: attributes)
        for (v, node) in nodes.enumerated() where keep[v] {
            newIndex[v] = result.nodes.count
            result.nodes.append(node)
        }
        for var edge in edges where keep[edge.source] && keep[edge.target] {
            edge.source = newIndex[edge.source]
            edge.target = newIndex[edge.target]
            result.edges.append(edge)
        }
        result.attributes["pruning"] = .string("top \(count) nodes by mentions")
        return result
    }
}
