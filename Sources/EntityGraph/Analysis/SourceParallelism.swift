import Dispatch

/// Runs per-source work (one shortest-path search per source node) on several threads while
/// keeping results independent of the thread count.
///
/// The sources are cut into a number of chunks that depends only on the input size, never on
/// `threads`; each chunk writes only its own output slots, and callers that must add chunk
/// results together do so afterwards in chunk order. Floating-point sums are therefore made in
/// the same order with 1 thread or 16, and the results are bit-identical.
enum SourceParallelism {
    /// Chunks to cut `count` sources into so that `count × slotsPerChunk` doubles stay small.
    static func chunkCount(sources count: Int, slotsPerChunk: Int) -> Int {
        let memoryCap = 16_777_216 / max(slotsPerChunk, 1)  // at most 128 MB of Doubles
        return max(1, min(count, 64, memoryCap))
    }

    /// The range of source positions in chunk `chunk` of `chunks`.
    static func range(ofChunk chunk: Int, chunks: Int, count: Int) -> Range<Int> {
        (chunk * count / chunks)..<((chunk + 1) * count / chunks)
    }

    /// Calls `body(&state, chunk)` for every chunk in `0..<chunks`, spread over at most
    /// `threads` workers; each worker makes its own scratch `state` once.
    static func forEachChunk<State>(chunks: Int, threads: Int, makeState: @Sendable () -> State,
                                    body: @Sendable (inout State, Int) -> Void) {
        let workers = max(1, min(threads, chunks))
        if workers == 1 {
            var state = makeState()
            for chunk in 0..<chunks { body(&state, chunk) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var state = makeState()
            var chunk = worker
            while chunk < chunks {
                body(&state, chunk)
                chunk += workers
            }
        }
    }
}

/// A buffer of Doubles that several workers write at disjoint indices.
///
/// `@unchecked Sendable` because the callers guarantee disjoint writes (one chunk, one slice)
/// and read only after all workers have finished.
final class SharedDoubles: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Double>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: 0)
    }

    deinit { buffer.deallocate() }

    subscript(index: Int) -> Double {
        get { buffer[index] }
        set { buffer[index] = newValue }
    }
}
