/// A binary min-heap of (distance, node) entries for Dijkstra's algorithm, with lazy deletion:
/// a node may be pushed again with a shorter distance and stale entries are skipped by the
/// caller. Ties in distance pop in insertion order, like NetworkX's `(dist, count)` heap.
///
/// - Complexity: O(log size) per push and pop.
struct DistanceHeap {
    private struct Entry {
        var distance: Double
        var sequence: Int
        var node: Int

        @inline(__always)
        func precedes(_ other: Entry) -> Bool {
            distance < other.distance || (distance == other.distance && sequence < other.sequence)
        }
    }

    private var entries: [Entry] = []
    private var pushed = 0

    init(capacity: Int) { entries.reserveCapacity(capacity) }

    var isEmpty: Bool { entries.isEmpty }

    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
        pushed = 0
    }

    mutating func push(node: Int, distance: Double) {
        entries.append(Entry(distance: distance, sequence: pushed, node: node))
        pushed += 1
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].precedes(entries[parent]) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (node: Int, distance: Double) {
        let top = entries[0]
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries[0] = last
            var parent = 0
            let count = entries.count
            while true {
                let left = 2 * parent + 1
                guard left < count else { break }
                var best = left
                if left + 1 < count, entries[left + 1].precedes(entries[left]) { best = left + 1 }
                guard entries[best].precedes(entries[parent]) else { break }
                entries.swapAt(best, parent)
                parent = best
            }
        }
        return (top.node, top.distance)
    }
}
