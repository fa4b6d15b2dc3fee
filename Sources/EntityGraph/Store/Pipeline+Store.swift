/// What an incremental run did to its store.
public struct StoreUpdate: Sendable, Equatable {
    /// Inputs read and tallied because they were new or changed.
    public var read = 0
    /// Inputs whose content was the same as the stored one: not tallied.
    public var unchanged = 0
    /// Of `unchanged`, the inputs not even read: their `FileStamp` was the stored one, settled.
    public var trustedByStamp = 0
    /// Inputs the store held that this run did not name, or that could no longer be read: forgotten.
    public var removed = 0
}

extension Pipeline {
    /// Brings `store` up to date with `inputs` (files only): reads and tallies the inputs whose
    /// content hash differs from the stored one (or that are not stored), each written in its
    /// own transaction as soon as it is folded; forgets the inputs the store holds that are not
    /// among `inputs` or can no longer be read. The store's documents are then exactly what
    /// `partial(inputs)` would give. An input whose `FileStamp` is the one stored with its hash,
    /// and settled before that reading, is not read at all. Throws when the store was made with
    /// other settings.
    ///
    /// - Parameter settlingTime: how long before its reading a stored input's stamp must be
    ///   (`FileStamp.settlingTime`; the tests pass 0).
    /// - Complexity: one `stat` per input, O(bytes) to hash the inputs whose stamps changed or
    ///   were not settled, plus the per-document stages of the changed inputs only, plus O(log n)
    ///   per stored row written.
    public func update(_ store: CorpusStore, inputs: [Input], reading: [String: String] = [:],
                       settlingTime: Int64 = FileStamp.settlingTime,
                       problem: (DocumentReadError) -> Void,
                       progress: (Int) -> Void = { _ in }) throws(StoreError) -> StoreUpdate {
        let settings = PartialSettings(options, reading: reading)
        if let stored = try store.settings() {
            // Another version's rules and model made other per-document results: reusing them
            // would not give this version's graph.
            if let current = settings.reading["entgraph"], stored.reading["entgraph"] != current {
                let maker = stored.reading["entgraph"].map { "entgraph \($0)" } ?? "an earlier entgraph"
                throw StoreError(path: store.path, problem: "was made by \(maker), whose per-document results entgraph \(current) does not reuse; use another store")
            }
            if let difference = stored.difference(from: settings) ?? (stored.reading == settings.reading ? nil : "reading options") {
                throw StoreError.otherOptions(path: store.path, difference)
            }
        } else {
            try store.setSettings(settings)
        }
        let stored = try store.inputs()
        var update = StoreUpdate()
        var changed: [(input: Input, hash: ContentHash?, stamp: String, readAt: Int64)] = []
        var restamped: [(source: String, stamp: String, readAt: Int64)] = []
        let limit = min(loader.maxBytes ?? DocumentLoader.largestMaxBytes, DocumentLoader.largestMaxBytes)
        for input in inputs {
            guard case .file(let path) = input else { continue }
            // The stamp before the bytes: a write after it changes the next run's stamp.
            let stamp = FileStamp(path: path)
            let known = stored[path]
            if let stamp, let known, known.stamp == stamp.text, stamp.isSettled(readAt: known.readAt, settlingTime: settlingTime) {
                update.unchanged += 1
                update.trustedByStamp += 1
                continue
            }
            let readAt = FileStamp.now()
            // Unreadable now: read again below, so it is reported and forgotten as a build would.
            let hash = try? ContentHash(FileBytes.read(path: path, limit: limit))
            if let hash, known?.hash == hash.hex {
                update.unchanged += 1
                restamped.append((path, stamp?.text ?? "", readAt))
            } else {
                changed.append((input, hash, stamp?.text ?? "", readAt))
            }
        }
        try store.restamp(restamped)
        let named = Set(inputs.map(\.id))
        var forgotten = stored.keys.filter { !named.contains($0) }.sorted()
        var failure: StoreError?
        var done = 0
        run(changed.map(\.input), analyze: { tally($0) }) { input, analyzed in
            defer { done += 1; progress(done) }
            guard failure == nil else { return }
            analyzed.skipped.forEach(problem)
            do throws(StoreError) {
                switch analyzed.documents {
                case .success(let tallies):
                    if let hash = changed[done].hash {
                        try store.replace(source: input.id, hash: hash, stamp: changed[done].stamp, readAt: changed[done].readAt, tallies: tallies)
                        update.read += 1
                    } else {
                        // Read now but not when hashed: stored next time, when it hashes.
                        forgotten.append(input.id)
                    }
                case .failure(let error):
                    problem(error)
                    if stored[input.id] != nil { forgotten.append(input.id) }
                }
            } catch { failure = error }
        }
        if let failure { throw failure }
        try store.remove(forgotten)
        update.removed = forgotten.count
        return update
    }
}
