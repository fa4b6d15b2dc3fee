extension CoMentionGraph {
    /// The graph with only the edges at `edgeIndices` (indices into `edges`), in their original
    /// order; nodes left without an edge are dropped unless `keepIsolated`.
    ///
    /// Node and edge attributes are carried over, node order (by id) is kept, and edge endpoints
    /// are re-indexed, so the result satisfies the graph's invariants without `normalize()`.
    /// - Complexity: O(n + m).
    public func subgraph(keepingEdges edgeIndices: [Int], keepIsolated: Bool = false) -> CoMentionGraph {
        let kept = edgeIndices.sorted()
        var used = [Bool](repeating: keepIsolated, count: nodes.count)
        for e in kept {
            used[edges[e].source] = true
            used[edges[e].target] = true
        }
        var newIndex = [Int](repeating: -1, count: nodes.count)
        var newNodes: [Node] = []
        for (v, node) in nodes.enumerated() where used[v] {
            newIndex[v] = newNodes.count
            newNodes.append(node)
        }
        let newEdges = kept.map { e -> Edge in
            var edge = edges[e]
            edge.source = newIndex[edge.source]
            edge.target = newIndex[edge.target]
            return edge
        }
        var subgraph = CoMentionGraph(nodes: newNodes, edges: newEdges, attributes: attributes)
        subgraph.absentNodeAttributes = absentNodeAttributes
        subgraph.absentEdgeAttributes = absentEdgeAttributes
        return subgraph
    }
}
