extension Pipeline {
    /// What the inputs contribute to a graph, unresolved across documents: every readable
    /// input read, tokenized, recognized, resolved and tallied on the worker threads, each
    /// document keyed by its input's source name (`source`, by default the path, or `stdin`)
    /// and its record number in the input. Inputs that cannot be read go to `problem`.
    ///
    /// - Complexity: the per-document stages of `buildGraph`, then O(n log n) to sort n documents.
    public func partial(_ inputs: [Input], source: (Input) -> String = { $0.id }, reading: [String: String] = [:],
                        problem: (DocumentReadError) -> Void,
                        progress: (Int) -> Void = { _ in }) throws(PartialGraphError) -> (partial: PartialGraph, inputsRead: Int) {
        var records: [PartialGraph.Record] = []
        var read = 0, done = 0
        run(inputs, analyze: { tally($0) }) { input, analyzed in
            switch analyzed.documents {
            case .success(let tallies):
                let name = source(input)
                records += tallies.enumerated().map { PartialGraph.Record(key: .init(source: name, record: $0.offset), tally: $0.element) }
                read += 1
            case .failure(let error): problem(error)
            }
            analyzed.skipped.forEach(problem)
            done += 1
            progress(done)
        }
        return (try PartialGraph(settings: PartialSettings(options, reading: reading), records: records), read)
    }
}
