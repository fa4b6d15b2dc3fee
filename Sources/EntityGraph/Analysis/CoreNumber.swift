/// The k-core number of every node, ignoring weights: the largest k such that the node
/// belongs to a subgraph in which every node has degree at least k.
///
/// Batagelj–Zaversnik: process nodes by increasing current degree (bucket sort); when a node
/// is removed, each neighbour with a larger current degree moves down one bucket. Equal to
/// NetworkX's `core_number(G)`.
///
/// Reference: V. Batagelj, M. Zaversnik, "An O(m) algorithm for cores decomposition of
/// networks", 2003, arXiv:cs/0310049, doi:10.48550/arXiv.cs/0310049.
/// - Complexity: O(n + m).
public enum CoreNumber {
    /// Core number of every node.
    public static func values(_ adjacency: WeightedAdjacency) -> [Int] {
        let n = adjacency.nodeCount
        guard n > 0 else { return [] }
        var degree = (0..<n).map { adjacency.degree(of: $0) }
        let maxDegree = degree.max() ?? 0
        // binStart[d]: first position in `order` of the nodes whose current degree is d.
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { binStart[d + 1] += 1 }
        for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
        var order = [Int](repeating: 0, count: n)
        var position = [Int](repeating: 0, count: n)
        var fill = binStart
        for v in 0..<n {
            position[v] = fill[degree[v]]
            order[position[v]] = v
            fill[degree[v]] += 1
        }
        for i in 0..<n {
            let v = order[i]
            for e in adjacency.edgeRange(of: v) {
                let u = adjacency.neighbours[e]
                guard degree[u] > degree[v] else { continue }
                // Swap u with the first node of its bin, then shrink the bin from the left.
                let du = degree[u]
                let first = binStart[du]
                let w = order[first]
                if w != u {
                    order[position[u]] = w
                    position[w] = position[u]
                    order[first] = u
                    position[u] = first
                }
                binStart[du] += 1
                degree[u] -= 1
            }
        }
        return degree
    }
}
