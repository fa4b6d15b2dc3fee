import Dispatch
import Foundation

/// Maps a function over a batch on several threads and returns the results in input order, so
/// what is folded afterwards does not depend on the thread count.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], threads: Int, _ transform: @Sendable (T) -> R) -> [R] {
        guard threads > 1, items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        let workers = min(threads, items.count)
        let next = AtomicCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let i = next.increment()
                guard i < items.count else { return }
                results.set(i, transform(items[i]))
            }
        }
        return results.values()
    }
}

/// Result storage written by distinct indices from several threads.
private final class ResultSlots<R>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [R] { slots.map { $0! } }
}

/// A shared counter handing out work items.
private final class AtomicCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        let current = value
        value += 1
        return current
    }
}
