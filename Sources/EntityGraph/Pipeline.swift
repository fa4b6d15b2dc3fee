/// The whole pipeline: documents → tokens → mentions → entities → graph.
///
/// Each document is read, tokenized, recognized and resolved on its own, on any thread; the
/// results are folded into the graph in input order, batch by batch, so memory stays bounded
/// and the output is byte-identical whatever the thread count.
public struct Pipeline: Sendable {
    public var options: GraphOptions
    public var threads: Int
    public let recognizer: any MentionRecognizer
    public let countries: CountryTable
    private let tokenizer = Tokenizer()
    private let resolver = DocumentResolver()

    public init(options: GraphOptions = GraphOptions(), threads: Int = 1,
                recognizer: (any MentionRecognizer)? = nil, countries: CountryTable) {
        self.options = options
        self.threads = max(1, threads)
        self.countries = countries
        self.recognizer = recognizer ?? RuleBasedRecognizer(countries: countries)
    }

    /// One document through every per-document stage.
    public func analyze(_ document: Document) -> ResolvedDocument {
        let tokenized = tokenizer.tokenize(document)
        return resolver.resolve(recognizer.recognize(tokenized), in: tokenized)
    }

    /// Reads and analyzes every source and folds the results into a graph builder. A source that
    /// fails is reported through `problem` and the run goes on.
    public func run(_ sources: [DocumentSource], problem: (DocumentSource, any Error) -> Void,
                    progress: (Int) -> Void = { _ in }) -> GraphBuilder {
        var builder = GraphBuilder(options: options, countries: countries)
        let batchSize = 64 * threads
        var done = 0
        for start in stride(from: 0, to: sources.count, by: batchSize) {
            let batch = Array(sources[start..<min(start + batchSize, sources.count)])
            let results = ParallelMap.map(batch, threads: threads) { source in
                Result { try source.load().map(analyze) }
            }
            for (source, result) in zip(batch, results) {
                switch result {
                case .success(let documents): documents.forEach { builder.add($0) }
                case .failure(let error): problem(source, error)
                }
            }
            done += batch.count
            progress(done)
        }
        return builder
    }
}
