/// Communities found by the Louvain method: greedy local moves that raise modularity, then
/// aggregation of each community into one node, repeated level by level.
///
/// Local moving: visit the nodes in an order shuffled by `seed`; move each to the neighbouring
/// community with the largest gain
///
///     ΔQ(i → C) = k_{i,C} / m − γ · Σ_tot(C) · k_i / (2m²)
///
/// (`k_{i,C}`: weight from `i` into `C`, `Σ_tot(C)`: strength of `C` without `i`) if it beats
/// staying put; sweep until no node moves. Aggregation: communities become nodes, the weight
/// inside a community becomes a self-loop. Stop when a level moves nothing or raises
/// modularity by no more than `threshold` (NetworkX's default 1e-7). Ties keep the node where
/// it is, then prefer the community met first; with the seeded shuffle the result is fully
/// deterministic. Community ids are renumbered by size (largest first), then by smallest node
/// index.
///
/// Reference: V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of
/// communities in large networks", J. Stat. Mech. 2008, P10008,
/// doi:10.1088/1742-5468/2008/10/P10008.
/// - Complexity: about O(m) per sweep; a few sweeps per level and few levels in practice.
public struct Louvain: Sendable {
    public var seed: UInt64
    /// γ in the modularity; above 1 favours smaller communities.
    public var resolution: Double
    /// Minimum modularity gain for another level.
    public var threshold: Double

    public init(seed: UInt64 = 0, resolution: Double = 1, threshold: Double = 1e-7) {
        self.seed = seed
        self.resolution = resolution
        self.threshold = threshold
    }

    /// Partitions the graph; isolated nodes each form their own community.
    public func communities(_ adjacency: WeightedAdjacency) -> Communities {
        let n = adjacency.nodeCount
        var membership = Array(0..<n)
        let m = adjacency.totalWeight
        guard m > 0 else { return Communities(membership: membership, adjacency: adjacency, resolution: resolution) }

        var generator = SeededGenerator(seed: seed)
        var level = Level(adjacency)
        var previous = level.modularity(of: Array(0..<level.count), m: m, resolution: resolution)
        while true {
            let (local, moved) = level.moveNodes(m: m, resolution: resolution, generator: &generator)
            guard moved else { break }
            for v in 0..<n { membership[v] = local[membership[v]] }
            let current = level.modularity(of: local, m: m, resolution: resolution)
            level = level.aggregated(by: local)
            if current - previous <= threshold { break }
            previous = current
        }
        return Communities(membership: membership, adjacency: adjacency, resolution: resolution)
    }

    /// One level's graph: CSR without self-loops, plus each node's self-loop weight.
    private struct Level {
        var count: Int
        var offsets: [Int]
        var neighbours: [Int]
        var weights: [Double]
        /// Weight of the edges folded into the node (each counted once).
        var selfLoop: [Double]
        /// Strength including the self-loop twice, as in modularity's degrees.
        var strength: [Double]

        init(_ adjacency: WeightedAdjacency) {
            count = adjacency.nodeCount
            offsets = adjacency.offsets
            neighbours = adjacency.neighbours
            weights = adjacency.weights
            selfLoop = [Double](repeating: 0, count: count)
            strength = Strength.values(adjacency)
        }

        init(count: Int, offsets: [Int], neighbours: [Int], weights: [Double], selfLoop: [Double]) {
            self.count = count
            self.offsets = offsets
            self.neighbours = neighbours
            self.weights = weights
            self.selfLoop = selfLoop
            strength = (0..<count).map { v in
                var s = 2 * selfLoop[v]
                for e in offsets[v]..<offsets[v + 1] { s += weights[e] }
                return s
            }
        }

        /// Local moving; returns compact community ids (numbered by first node) and whether
        /// any node changed community.
        func moveNodes(m: Double, resolution: Double,
                       generator: inout SeededGenerator) -> ([Int], Bool) {
            var community = Array(0..<count)
            var total = strength
            var order = Array(0..<count)
            generator.shuffle(&order)
            var linkWeight = [Double](repeating: 0, count: count)
            var touched: [Int] = []
            let scale = resolution / (2 * m * m)
            var movedAny = false
            var moved = true
            var sweeps = 0
            while moved && sweeps < 1_000 {  // the cap only guards against rounding cycles
                moved = false
                sweeps += 1
                for i in order {
                    let own = community[i]
                    let k = strength[i]
                    for c in touched { linkWeight[c] = 0 }
                    touched.removeAll(keepingCapacity: true)
                    touched.append(own)  // staying put is always an option
                    for e in offsets[i]..<offsets[i + 1] {
                        let c = community[neighbours[e]]
                        if linkWeight[c] == 0 && c != own { touched.append(c) }
                        linkWeight[c] += weights[e]
                    }
                    total[own] -= k
                    var best = own
                    var bestGain = linkWeight[own] / m - total[own] * k * scale
                    for c in touched.dropFirst() {
                        let gain = linkWeight[c] / m - total[c] * k * scale
                        if gain > bestGain {
                            best = c
                            bestGain = gain
                        }
                    }
                    total[best] += k
                    if best != own {
                        community[i] = best
                        moved = true
                        movedAny = true
                    }
                }
            }
            var compact = [Int](repeating: -1, count: count)
            var next = 0
            let renumbered = community.map { c -> Int in
                if compact[c] < 0 {
                    compact[c] = next
                    next += 1
                }
                return compact[c]
            }
            return (renumbered, movedAny)
        }

        /// Modularity of a partition of this level's nodes (`m`: the original total weight).
        func modularity(of membership: [Int], m: Double, resolution: Double) -> Double {
            let communities = (membership.max() ?? -1) + 1
            var inside = [Double](repeating: 0, count: communities)
            var degree = [Double](repeating: 0, count: communities)
            for v in 0..<count {
                let c = membership[v]
                degree[c] += strength[v]
                inside[c] += selfLoop[v]
                for e in offsets[v]..<offsets[v + 1] where neighbours[e] > v && membership[neighbours[e]] == c {
                    inside[c] += weights[e]
                }
            }
            var q = 0.0
            for c in 0..<communities {
                let share = degree[c] / (2 * m)
                q += inside[c] / m - resolution * share * share
            }
            return q
        }

        /// The next level: one node per community, weights between communities summed.
        func aggregated(by membership: [Int]) -> Level {
            let communities = (membership.max() ?? -1) + 1
            var selfLoop = [Double](repeating: 0, count: communities)
            var links: [(Int, Int, Double)] = []
            for v in 0..<count {
                let a = membership[v]
                selfLoop[a] += self.selfLoop[v]
                for e in offsets[v]..<offsets[v + 1] where neighbours[e] > v {
                    let b = membership[neighbours[e]]
                    if a == b {
                        selfLoop[a] += weights[e]
                    } else {
                        links.append((min(a, b), max(a, b), weights[e]))
                    }
                }
            }
            links.sort { ($0.0, $0.1) < ($1.0, $1.1) }
            var merged: [(Int, Int, Double)] = []
            for link in links {
                if let last = merged.last, last.0 == link.0, last.1 == link.1 {
                    merged[merged.count - 1].2 += link.2
                } else {
                    merged.append(link)
                }
            }
            var degree = [Int](repeating: 0, count: communities)
            for (a, b, _) in merged {
                degree[a] += 1
                degree[b] += 1
            }
            var offsets = [Int](repeating: 0, count: communities + 1)
            for c in 0..<communities { offsets[c + 1] = offsets[c] + degree[c] }
            var fill = Array(offsets.dropLast())
            var neighbours = [Int](repeating: 0, count: offsets[communities])
            var weights = [Double](repeating: 0, count: offsets[communities])
            for (a, b, w) in merged {  // sorted pairs keep each row in increasing order
                neighbours[fill[a]] = b
                weights[fill[a]] = w
                fill[a] += 1
                neighbours[fill[b]] = a
                weights[fill[b]] = w
                fill[b] += 1
            }
            return Level(count: communities, offsets: offsets, neighbours: neighbours,
                         weights: weights, selfLoop: selfLoop)
        }
    }
}

/// A partition of the nodes into communities, with its modularity.
public struct Communities: Sendable, Equatable {
    /// Community of each node (node-index order); 0 is the largest community.
    public let membership: [Int]
    /// Number of communities.
    public let count: Int
    /// Newman modularity of the partition on the graph it was found in.
    public let modularity: Double

    /// Renumbers `membership` by community size (largest first), then by smallest node index,
    /// and scores it.
    public init(membership: [Int], adjacency: WeightedAdjacency, resolution: Double = 1) {
        var size: [Int: Int] = [:]
        var firstNode: [Int: Int] = [:]
        for (v, c) in membership.enumerated() {
            size[c, default: 0] += 1
            if firstNode[c] == nil { firstNode[c] = v }
        }
        let ranked = size.keys.sorted { (-size[$0]!, firstNode[$0]!) < (-size[$1]!, firstNode[$1]!) }
        var newID: [Int: Int] = [:]
        for (index, c) in ranked.enumerated() { newID[c] = index }
        self.membership = membership.map { newID[$0]! }
        count = ranked.count
        modularity = Modularity.score(adjacency, membership: self.membership, resolution: resolution)
    }

    /// The members of each community, by community id, each sorted by node index.
    public var members: [[Int]] {
        var groups = [[Int]](repeating: [], count: count)
        for (v, c) in membership.enumerated() { groups[c].append(v) }
        return groups
    }
}
