import Foundation

/// Maps a function over items on several threads and hands the results, in input order, to a
/// consumer on the calling thread, so what is folded does not depend on the thread count.
///
/// Streaming: `threads` worker threads take items one at a time while the calling thread
/// consumes finished results in order, so the (sequential) fold of one document overlaps the
/// analysis of the next ones instead of leaving the workers idle between batches. Workers stay
/// at most `window` items ahead of the consumer, which bounds the results held in memory.
enum ParallelMap {
    /// Calls `consume(i, transform(items[i]))` for every index in increasing order, on the
    /// calling thread, with the transforms run on `threads` threads.
    ///
    /// - Complexity: O(n) transforms; at most `window` results alive at once.
    static func forEachInOrder<T: Sendable, R: Sendable>(
        _ items: [T], threads: Int, window: Int,
        _ transform: @escaping @Sendable (T) -> R, consume: (Int, R) -> Void
    ) {
        guard threads > 1, items.count > 1 else {
            for (i, item) in items.enumerated() { consume(i, transform(item)) }
            return
        }
        let queue = OrderedResults<R>(count: items.count, window: max(window, threads))
        var workers: [Thread] = []
        for _ in 0..<min(threads, items.count) {
            let worker = Thread {
                while let i = queue.claim() { queue.deliver(i, transform(items[i])) }
                queue.workerFinished()
            }
            worker.stackSize = 8 << 20
            workers.append(worker)
            queue.workerStarted()
            worker.start()
        }
        for i in items.indices { consume(i, queue.take(i)) }
        queue.waitForWorkers()
    }

    /// `items.map(transform)` on `threads` threads, results in input order, handing out
    /// `chunk` items at a time: for cheap transforms, where one hand-off per item would cost
    /// more than the item.
    static func map<T: Sendable, R: Sendable>(_ items: [T], threads: Int, chunk: Int,
                                              _ transform: @escaping @Sendable (T) -> R) -> [R] {
        guard threads > 1, items.count > chunk else { return items.map(transform) }
        let chunks = stride(from: 0, to: items.count, by: chunk).map { $0..<min($0 + chunk, items.count) }
        return map(chunks, threads: threads) { range in items[range].map(transform) }.flatMap { $0 }
    }

    /// `items.map(transform)` on `threads` threads, results in input order.
    static func map<T: Sendable, R: Sendable>(_ items: [T], threads: Int, _ transform: @escaping @Sendable (T) -> R) -> [R] {
        var results: [R] = []
        results.reserveCapacity(items.count)
        forEachInOrder(items, threads: threads, window: items.count, transform) { _, result in results.append(result) }
        return results
    }
}

/// Results handed from worker threads to the consuming thread in index order, through a ring of
/// `window` slots guarded by one condition variable.
private final class OrderedResults<R>: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [R?]
    private let count: Int
    private var nextToClaim = 0
    private var consumed = 0
    private var runningWorkers = 0

    init(count: Int, window: Int) {
        self.count = count
        slots = Array(repeating: nil, count: min(window, count))
    }

    /// The next index to work on, waiting while the consumer is a whole window behind; nil when
    /// every index is taken.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while nextToClaim < count && nextToClaim >= consumed + slots.count { condition.wait() }
        guard nextToClaim < count else { return nil }
        nextToClaim += 1
        return nextToClaim - 1
    }

    func deliver(_ index: Int, _ result: R) {
        condition.lock()
        slots[index % slots.count] = result
        condition.broadcast()
        condition.unlock()
    }

    /// The result for `index`, waiting for it; indices must be taken in order.
    func take(_ index: Int) -> R {
        condition.lock()
        defer { condition.unlock() }
        while slots[index % slots.count] == nil { condition.wait() }
        let result = slots[index % slots.count]!
        slots[index % slots.count] = nil
        consumed = index + 1
        condition.broadcast()
        return result
    }

    /// Counts a worker in before its thread starts, so `waitForWorkers` cannot miss it.
    func workerStarted() {
        condition.lock()
        runningWorkers += 1
        condition.unlock()
    }

    func workerFinished() {
        condition.lock()
        runningWorkers -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Returns once every worker thread has left its loop.
    func waitForWorkers() {
        condition.lock()
        while runningWorkers > 0 { condition.wait() }
        condition.unlock()
    }
}
