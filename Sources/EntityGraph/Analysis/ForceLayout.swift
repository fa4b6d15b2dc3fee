/// A force-directed layout (Fruchterman–Reingold), computed once so a viewer draws at once.
///
/// With ideal distance k, nodes repel with force k²/d and edges pull with force
/// (d²/k) · (1 + ln w) for weight w ≥ 1 (heavier co-mentions sit closer); a weak gravity
/// g · d towards the centre keeps the layout compact. Each step moves a node by
/// its net force capped at the temperature, which cools linearly to zero. Up to
/// `exactRepulsionLimit` nodes every pair repels; above, repulsion is only counted between
/// nodes within 2k, found through a grid of cells of side 2k (the grid variant of the paper),
/// so a step costs O(n + m) for graphs of bounded local density.
///
/// Start positions come from `SeededGenerator(seed:)`, and every loop runs in index order on
/// one thread: the same graph and seed give the same coordinates, bit for bit.
///
/// Reference: T. M. J. Fruchterman, E. M. Reingold, "Graph drawing by force-directed
/// placement", Software: Practice and Experience 21(11), 1991, doi:10.1002/spe.4380211102.
/// - Complexity: O(iterations · (n² + m)) up to `exactRepulsionLimit` nodes; above,
///   O(iterations · (n + m)) for bounded density, O(iterations · n²) at worst.
public struct ForceLayout: Sendable {
    /// A node's position, in units of the ideal edge length.
    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double
    }

    public var seed: UInt64
    /// Steps; nil chooses 300 up to 500 nodes, fewer above (down to 80 at 5,000 nodes).
    public var iterations: Int?
    /// Pull towards the centre per unit of distance.
    public var gravity: Double

    /// Up to this many nodes every pair of nodes repels (clusters spread out better).
    public static let exactRepulsionLimit = 600

    public init(seed: UInt64 = 1, iterations: Int? = nil, gravity: Double = 0.02) {
        self.seed = seed
        self.iterations = iterations
        self.gravity = gravity
    }

    /// One position per node of `graph`, in node-index order, centred on the origin.
    ///
    /// Each connected component is laid out on its own, then the components are packed in
    /// rows, biggest first (isolated nodes end up in a tidy block), so a few stray pairs do
    /// not push the main component into a corner of the picture.
    public func positions(_ graph: CoMentionGraph) -> [Point] {
        let n = graph.nodes.count
        guard n > 0 else { return [] }
        let components = Self.components(graph)
        var localIndex = [Int](repeating: 0, count: n)
        var edgesOf = [[(Int, Int, Double)]](repeating: [], count: components.count)
        var componentOf = [Int](repeating: 0, count: n)
        for (c, members) in components.enumerated() {
            for (local, v) in members.enumerated() {
                localIndex[v] = local
                componentOf[v] = c
            }
        }
        for edge in graph.edges {
            let weight = edge.weight.isFinite ? max(edge.weight, 1) : 1
            edgesOf[componentOf[edge.source]].append((localIndex[edge.source], localIndex[edge.target], 1 + log(weight)))
        }
        var generator = SeededGenerator(seed: seed)
        var result = [Point](repeating: Point(x: 0, y: 0), count: n)
        // Shelf packing: rows of components, left to right, a gap of 1.5 between boxes.
        let gap = 1.5
        let layouts = components.indices.map { layOut(count: components[$0].count, edges: edgesOf[$0], generator: &generator) }
        let boxes = layouts.map { points -> (minX: Double, minY: Double, width: Double, height: Double) in
            let xs = points.map(\.x), ys = points.map(\.y)
            let minX = xs.min()!, minY = ys.min()!
            return (minX, minY, xs.max()! - minX, ys.max()! - minY)
        }
        let area = boxes.reduce(0) { $0 + ($1.width + gap) * ($1.height + gap) }
        let rowWidth = max(area.squareRoot() * 1.3, boxes.map(\.width).max()! + gap)
        var cursorX = 0.0, cursorY = 0.0, rowHeight = 0.0
        for (c, members) in components.enumerated() {
            let box = boxes[c]
            if cursorX > 0, cursorX + box.width > rowWidth {
                cursorX = 0
                cursorY += rowHeight + gap
                rowHeight = 0
            }
            for (local, v) in members.enumerated() {
                result[v] = Point(x: cursorX + layouts[c][local].x - box.minX, y: cursorY + layouts[c][local].y - box.minY)
            }
            cursorX += box.width + gap
            rowHeight = max(rowHeight, box.height)
        }
        let meanX = result.reduce(0) { $0 + $1.x } / Double(n), meanY = result.reduce(0) { $0 + $1.y } / Double(n)
        return result.map { Point(x: $0.x - meanX, y: $0.y - meanY) }
    }

    /// Connected components as sorted lists of node indices, biggest first, then by smallest node.
    static func components(_ graph: CoMentionGraph) -> [[Int]] {
        var parent = Array(graph.nodes.indices)
        func root(_ v: Int) -> Int {
            var v = v
            while parent[v] != v {
                parent[v] = parent[parent[v]]
                v = parent[v]
            }
            return v
        }
        for edge in graph.edges {
            let a = root(edge.source), b = root(edge.target)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var members: [Int: [Int]] = [:]
        for v in graph.nodes.indices { members[root(v), default: []].append(v) }
        return members.values.sorted { ($0.count, -$0[0]) > ($1.count, -$1[0]) }
    }

    /// Fruchterman–Reingold on one component of `count` nodes; `edges` are (a, b, pull).
    func layOut(count n: Int, edges: [(Int, Int, Double)], generator: inout SeededGenerator) -> [Point] {
        let k = 1.0
        let side = (Double(n)).squareRoot() * k
        func unit() -> Double { Double(generator.next() >> 11) / Double(1 << 53) }
        var x = [Double](repeating: 0, count: n), y = [Double](repeating: 0, count: n)
        for v in 0..<n {
            x[v] = (unit() - 0.5) * side
            y[v] = (unit() - 0.5) * side
        }
        guard n > 1 else { return [Point(x: 0, y: 0)] }
        let steps = iterations ?? (n <= 500 ? 300 : max(80, 300 - (n - 500) / 20))
        let exact = n <= Self.exactRepulsionLimit
        let cutoff = 2 * k
        var dx = [Double](repeating: 0, count: n), dy = [Double](repeating: 0, count: n)
        var cellOf = [Int](repeating: 0, count: n)
        var cellStart: [Int] = [], cellMembers = [Int](repeating: 0, count: n)
        var temperature = side / 10 + k
        let cooling = temperature / Double(steps + 1)
        for _ in 0..<steps {
            for v in 0..<n { dx[v] = 0; dy[v] = 0 }
            // Bucket nodes into grid cells (counting sort: deterministic order inside a cell).
            var minX = x[0], minY = y[0], maxX = x[0], maxY = y[0]
            for v in 1..<n {
                minX = min(minX, x[v]); maxX = max(maxX, x[v])
                minY = min(minY, y[v]); maxY = max(maxY, y[v])
            }
            let columns = exact ? 1 : min(1024, Int((maxX - minX) / cutoff) + 1)
            let rows = exact ? 1 : min(1024, Int((maxY - minY) / cutoff) + 1)
            let cellWidth = max((maxX - minX) / Double(columns), cutoff), cellHeight = max((maxY - minY) / Double(rows), cutoff)
            func cell(_ v: Int) -> (Int, Int) {
                (min(columns - 1, Int((x[v] - minX) / cellWidth)), min(rows - 1, Int((y[v] - minY) / cellHeight)))
            }
            cellStart = [Int](repeating: 0, count: columns * rows + 1)
            for v in 0..<n {
                let (c, r) = cell(v)
                cellOf[v] = r * columns + c
                cellStart[cellOf[v] + 1] += 1
            }
            for i in 0..<(columns * rows) { cellStart[i + 1] += cellStart[i] }
            var fill = cellStart
            for v in 0..<n {
                cellMembers[fill[cellOf[v]]] = v
                fill[cellOf[v]] += 1
            }
            // Repulsion, each pair once.
            for v in 0..<n {
                let (c, r) = cell(v)
                for nr in max(0, r - 1)...min(rows - 1, r + 1) {
                    for nc in max(0, c - 1)...min(columns - 1, c + 1) {
                        let id = nr * columns + nc
                        for slot in cellStart[id]..<cellStart[id + 1] {
                            let u = cellMembers[slot]
                            guard u > v else { continue }
                            var ex = x[v] - x[u], ey = y[v] - y[u]
                            var d2 = ex * ex + ey * ey
                            if d2 < 1e-12 {
                                // Coincident nodes: push apart along a direction fixed by their indices.
                                ex = 1e-3 * Double((u &* 31 &+ v) % 7 - 3) + 1e-4
                                ey = 1e-3 * Double((u &* 17 &+ v) % 5 - 2) + 1e-4
                                d2 = ex * ex + ey * ey
                            }
                            guard exact || d2 < cutoff * cutoff else { continue }
                            let force = k * k / d2
                            dx[v] += ex * force; dy[v] += ey * force
                            dx[u] -= ex * force; dy[u] -= ey * force
                        }
                    }
                }
            }
            // Attraction along edges.
            for (a, b, pull) in edges {
                let ex = x[a] - x[b], ey = y[a] - y[b]
                let d = (ex * ex + ey * ey).squareRoot()
                guard d > 0 else { continue }
                let force = d / k * pull
                dx[a] -= ex * force; dy[a] -= ey * force
                dx[b] += ex * force; dy[b] += ey * force
            }
            var meanX = 0.0, meanY = 0.0
            for v in 0..<n { meanX += x[v]; meanY += y[v] }
            meanX /= Double(n); meanY /= Double(n)
            for v in 0..<n {
                dx[v] -= gravity * (x[v] - meanX)
                dy[v] -= gravity * (y[v] - meanY)
                let length = (dx[v] * dx[v] + dy[v] * dy[v]).squareRoot()
                guard length > 0 else { continue }
                let step = min(length, temperature) / length
                x[v] += dx[v] * step
                y[v] += dy[v] * step
            }
            temperature -= cooling
        }
        return (0..<n).map { Point(x: x[$0], y: y[$0]) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
