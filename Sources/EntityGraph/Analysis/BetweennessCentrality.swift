/// Shortest-path betweenness centrality on the weighted graph, with distance = 1/weight.
///
///     c_B(v) = 1 / ((n − 1)(n − 2)) · Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t)
///
/// where σ(s, t) counts the shortest s–t paths and σ(s, t | v) those through `v`, summed over
/// ordered pairs. This is NetworkX's `betweenness_centrality(G, weight=..., normalized=True)`
/// for undirected graphs (endpoints excluded); graphs with fewer than 3 nodes give zeros.
/// Computed with Brandes' dependency accumulation, one Dijkstra search per source, with the
/// sources spread over `threads` workers (see `SourceParallelism`: results are bit-identical
/// whatever the thread count).
///
/// Reference: U. Brandes, "A faster algorithm for betweenness centrality", Journal of
/// Mathematical Sociology 25(2), 2001, doi:10.1080/0022250X.2001.9990249.
/// - Complexity: O(n·m + n² log n) time; O(n + m) per worker plus one n-vector per chunk.
public enum BetweennessCentrality {
    /// Exact betweenness of every node, normalized as NetworkX does.
    public static func values(_ adjacency: WeightedAdjacency, threads: Int = 1) -> [Double] {
        let n = adjacency.nodeCount
        let raw = dependencies(adjacency, sources: Array(0..<n), threads: threads)
        guard n > 2 else { return raw.map { _ in 0 } }
        let scale = 1.0 / (Double(n - 1) * Double(n - 2))
        return raw.map { $0 * scale }
    }

    /// Betweenness estimated from `k` pivot sources drawn with `seed` (Brandes & Pich), scaled
    /// as NetworkX scales `betweenness_centrality(G, k=k, normalized=True)`.
    ///
    /// See `sampledValues(_:sources:threads:)` for the scaling. When `k ≥ n` every node is a
    /// source and the result is the exact betweenness.
    ///
    /// Reference: U. Brandes, C. Pich, "Centrality estimation in large networks", International
    /// Journal of Bifurcation and Chaos 17(7), 2007, doi:10.1142/S0218127407018403.
    /// - Complexity: O(k·(m + n log n)) time.
    /// - Throws: `AnalysisError.invalidParameter` when `k < 2`.
    public static func sampledValues(_ adjacency: WeightedAdjacency, k: Int, seed: UInt64,
                                     threads: Int = 1) throws -> [Double] {
        let n = adjacency.nodeCount
        guard k >= 2 else {
            throw AnalysisError.invalidParameter("betweenness: sample size k must be at least 2, got \(k)")
        }
        if k >= n { return values(adjacency, threads: threads) }
        var generator = SeededGenerator(seed: seed)
        var order = Array(0..<n)
        // Partial Fisher–Yates: the first k positions become a uniform sample.
        for i in 0..<k {
            let j = i + generator.index(below: n - i)
            order.swapAt(i, j)
        }
        return try sampledValues(adjacency, sources: Array(order[0..<k]).sorted(), threads: threads)
    }

    /// Betweenness from the given pivot sources, scaled like NetworkX with `k = sources.count`:
    /// a source `v` is divided by `(k − 1)(n − 2)`, any other node by `k(n − 2)`, because a
    /// source cannot lie inside paths that start at itself.
    /// - Throws: `AnalysisError.invalidParameter` for fewer than 2 sources, a repeated or an
    ///   out-of-range source.
    public static func sampledValues(_ adjacency: WeightedAdjacency, sources: [Int],
                                     threads: Int = 1) throws -> [Double] {
        let n = adjacency.nodeCount
        let k = sources.count
        guard k >= 2, Set(sources).count == k, sources.allSatisfy({ (0..<n).contains($0) }) else {
            throw AnalysisError.invalidParameter(
                "betweenness: pivots must be at least 2 distinct node indices below \(n)")
        }
        let raw = dependencies(adjacency, sources: sources, threads: threads)
        guard n > 2 else { return raw.map { _ in 0 } }
        let isSource = Set(sources)
        let sourceScale = 1.0 / (Double(k - 1) * Double(n - 2))
        let otherScale = 1.0 / (Double(k) * Double(n - 2))
        return raw.indices.map { raw[$0] * (isSource.contains($0) ? sourceScale : otherScale) }
    }

    /// Unscaled sums of Brandes' dependencies δ_s(v) over `sources`.
    static func dependencies(_ adjacency: WeightedAdjacency, sources: [Int], threads: Int) -> [Double] {
        let n = adjacency.nodeCount
        guard n > 0, !sources.isEmpty else { return [Double](repeating: 0, count: n) }
        let chunks = SourceParallelism.chunkCount(sources: sources.count, slotsPerChunk: n)
        let partials = SharedDoubles(count: chunks * n)

        struct Scratch {
            var tree: ShortestPathTree
            var delta: [Double]
        }
        SourceParallelism.forEachChunk(
            chunks: chunks, threads: threads,
            makeState: { Scratch(tree: ShortestPathTree(adjacency), delta: [Double](repeating: 0, count: n)) },
            body: { scratch, chunk in
                let base = chunk * n
                for position in SourceParallelism.range(ofChunk: chunk, chunks: chunks, count: sources.count) {
                    let s = sources[position]
                    scratch.tree.run(from: s)
                    accumulate(from: s, tree: scratch.tree, delta: &scratch.delta,
                               into: partials, base: base)
                }
            })

        var total = [Double](repeating: 0, count: n)
        for chunk in 0..<chunks {  // fixed order: the same sums whatever the thread count
            for v in 0..<n { total[v] += partials[chunk * n + v] }
        }
        return total
    }

    /// Brandes' back-propagation: δ(v) = Σ_{w : v ∈ P(w)} σ(v)/σ(w) · (1 + δ(w)).
    private static func accumulate(from s: Int, tree: ShortestPathTree, delta: inout [Double],
                                   into partials: SharedDoubles, base: Int) {
        let offsets = tree.adjacency.offsets
        for w in tree.settled { delta[w] = 0 }
        for w in tree.settled.reversed() {
            let coefficient = (1 + delta[w]) / tree.sigma[w]
            let start = offsets[w]
            for p in start..<(start + tree.predecessorCount[w]) {
                let v = tree.predecessors[p]
                delta[v] += tree.sigma[v] * coefficient
            }
            if w != s { partials[base + w] += delta[w] }
        }
    }
}
