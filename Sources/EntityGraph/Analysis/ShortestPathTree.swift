/// Single-source shortest paths with distance = 1/weight, keeping what Brandes' betweenness
/// needs: nodes in order of settling, number of shortest paths `sigma` and predecessors.
///
/// Dijkstra's algorithm with a binary heap. Two paths tie only when their floating-point
/// lengths are exactly equal, summed edge by edge from the source — the rule NetworkX uses,
/// so path counts agree with it even where 1/w sums round.
///
/// Reference: E. W. Dijkstra, "A note on two problems in connexion with graphs",
/// Numerische Mathematik 1, 1959, doi:10.1007/BF01386390.
/// - Complexity: O((n + m) log m) time, O(n + m) space, reused across sources.
struct ShortestPathTree {
    let adjacency: WeightedAdjacency
    /// Distance from the source; `.infinity` when not reached.
    private(set) var distance: [Double]
    /// Number of shortest paths from the source (as a Double, like NetworkX).
    private(set) var sigma: [Double]
    /// Predecessors of `v` are `predecessors[adjacency.offsets[v] ..< adjacency.offsets[v] + predecessorCount[v]]`.
    private(set) var predecessors: [Int]
    private(set) var predecessorCount: [Int]
    /// Nodes in the order they were settled (non-decreasing distance).
    private(set) var settled: [Int]
    private var isSettled: [Bool]
    private var heap: DistanceHeap

    init(_ adjacency: WeightedAdjacency) {
        let n = adjacency.nodeCount
        self.adjacency = adjacency
        distance = [Double](repeating: .infinity, count: n)
        sigma = [Double](repeating: 0, count: n)
        predecessors = [Int](repeating: 0, count: adjacency.neighbours.count)
        predecessorCount = [Int](repeating: 0, count: n)
        settled = []
        settled.reserveCapacity(n)
        isSettled = [Bool](repeating: false, count: n)
        heap = DistanceHeap(capacity: adjacency.neighbours.count + 1)
    }

    /// Runs Dijkstra from `source`, replacing the previous run's results.
    mutating func run(from source: Int) {
        for v in settled {
            distance[v] = .infinity
            sigma[v] = 0
            predecessorCount[v] = 0
            isSettled[v] = false
        }
        // Nodes reached but never settled cannot exist (the heap is drained), so resetting
        // the settled ones is enough.
        settled.removeAll(keepingCapacity: true)
        heap.removeAll()

        distance[source] = 0
        sigma[source] = 1
        heap.push(node: source, distance: 0)
        while !heap.isEmpty {
            let (v, d) = heap.pop()
            if isSettled[v] { continue }
            isSettled[v] = true
            settled.append(v)
            for e in adjacency.edgeRange(of: v) {
                let w = adjacency.neighbours[e]
                if isSettled[w] { continue }
                let candidate = d + adjacency.distances[e]
                if candidate < distance[w] {
                    distance[w] = candidate
                    sigma[w] = sigma[v]
                    predecessors[adjacency.offsets[w]] = v
                    predecessorCount[w] = 1
                    heap.push(node: w, distance: candidate)
                } else if candidate == distance[w] {
                    sigma[w] += sigma[v]
                    predecessors[adjacency.offsets[w] + predecessorCount[w]] = v
                    predecessorCount[w] += 1
                }
            }
        }
    }
}
