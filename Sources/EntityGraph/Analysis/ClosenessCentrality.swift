/// Closeness centrality with distance = 1/weight and the Wasserman–Faust correction for
/// graphs that are not connected.
///
///     C(u) = (r − 1) / Σ_v d(u, v) · (r − 1) / (n − 1)
///
/// where the sum runs over the `r` nodes reachable from `u` (itself included) and `n` is the
/// number of nodes; an isolated node scores 0. This is NetworkX's
/// `closeness_centrality(G, distance=..., wf_improved=True)`.
///
/// References: L. C. Freeman, "Centrality in social networks: conceptual clarification",
/// Social Networks 1(3), 1978, doi:10.1016/0378-8733(78)90021-7; S. Wasserman, K. Faust,
/// Social Network Analysis, Cambridge University Press, 1994, p. 201,
/// doi:10.1017/CBO9780511815478.
/// - Complexity: O(n·(m + n) log m) time, sources spread over `threads` workers.
public enum ClosenessCentrality {
    /// Closeness of every node.
    public static func values(_ adjacency: WeightedAdjacency, threads: Int = 1) -> [Double] {
        let n = adjacency.nodeCount
        return DistanceSums.perSource(adjacency, threads: threads) { tree in
            var total = 0.0
            for v in tree.settled { total += tree.distance[v] }
            let reached = Double(tree.settled.count - 1)
            guard total > 0, n > 1 else { return 0 }
            return reached / total * (reached / Double(n - 1))
        }
    }
}

/// Runs one shortest-path search per node and maps each search to one number.
enum DistanceSums {
    static func perSource(_ adjacency: WeightedAdjacency, threads: Int,
                          score: @Sendable (ShortestPathTree) -> Double) -> [Double] {
        let n = adjacency.nodeCount
        guard n > 0 else { return [] }
        let chunks = SourceParallelism.chunkCount(sources: n, slotsPerChunk: 1)
        let output = SharedDoubles(count: n)
        SourceParallelism.forEachChunk(
            chunks: chunks, threads: threads,
            makeState: { ShortestPathTree(adjacency) },
            body: { tree, chunk in
                for s in SourceParallelism.range(ofChunk: chunk, chunks: chunks, count: n) {
                    tree.run(from: s)
                    output[s] = score(tree)
                }
            })
        return Array(output.buffer)
    }
}
