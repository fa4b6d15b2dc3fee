/// The whole pipeline: documents → tokens → mentions → entities → graph.
///
/// Each document is read, tokenized, recognized and resolved on its own, on any thread; the
/// results are folded into the graph in input order as they come (at most 64 inputs per thread
/// wait), so memory stays bounded and the output is byte-identical whatever the thread count.
public struct Pipeline: Sendable {
    public var options: GraphOptions
    public var threads: Int
    public let recognizer: any MentionRecognizer
    public let countries: CountryTable
    /// Reads the inputs; set `loader.maxBytes` to change the size limit.
    public var loader = DocumentLoader()
    private let tokenizer = Tokenizer()
    private var resolver: DocumentResolver { DocumentResolver(options: options.resolution) }

    /// A pipeline with one of the built-in recognizers (by default the trained tagger).
    public init(options: GraphOptions = GraphOptions(), threads: Int = 1,
                recognizer kind: RecognizerKind = .tagger, countries: CountryTable) throws {
        let recognizer = try kind.make(countries: countries, names: options.resolution.thesaurus.phrases)
        self.init(options: options, threads: threads, recognizer: recognizer, countries: countries)
    }

    public init(options: GraphOptions = GraphOptions(), threads: Int = 1,
                recognizer: any MentionRecognizer, countries: CountryTable) {
        self.options = options
        // More threads than this buy nothing, and 64 × Int.max overflowed the batch size.
        self.threads = min(max(1, threads), 1 << 12)
        self.countries = countries
        self.recognizer = recognizer
    }

    /// One document through every per-document stage.
    public func analyze(_ document: Document) -> ResolvedDocument {
        let tokenized = tokenizer.tokenize(document)
        return resolver.resolve(recognizer.recognize(tokenized), in: tokenized)
    }

    /// Reads and analyzes every input on `threads` threads and hands each input's results to
    /// `fold` in input order, on the calling thread, while the next inputs are being analyzed.
    /// At most 64 inputs per thread wait to be folded. An input that cannot be read goes to
    /// `fold` as a failure; each record of an input that cannot be read (a bad line of a JSON
    /// Lines file) goes to it as a failure too, besides the input's documents. The run goes on.
    public func run(_ inputs: [Input], fold: (Input, Result<[ResolvedDocument], DocumentReadError>) -> Void) {
        run(inputs, then: { $0 }) { input, analyzed in
            if case .failure = analyzed.documents { fold(input, analyzed.documents) }
            analyzed.skipped.forEach { fold(input, .failure($0)) }
            if case .success = analyzed.documents { fold(input, analyzed.documents) }
        }
    }

    /// What one input gave: its documents, or why it gave none; and its records that were skipped.
    private struct Analyzed<R: Sendable>: Sendable {
        var documents: Result<[R], DocumentReadError>
        var skipped: [DocumentReadError]
    }

    /// `run(_:fold:)` with `then` applied to each analyzed document on the worker thread too.
    private func run<R: Sendable>(_ inputs: [Input], then: @escaping @Sendable (ResolvedDocument) -> R,
                                  fold: (Input, Analyzed<R>) -> Void) {
        ParallelMap.forEachInOrder(inputs, threads: threads, window: 64 * threads, { input in
            var skipped: [DocumentReadError] = []
            let documents = Result { () throws(DocumentReadError) in
                try loader.load(input, skipping: &skipped).map { then(analyze($0)) }
            }
            return Analyzed(documents: documents, skipped: skipped)
        }, consume: { index, analyzed in fold(inputs[index], analyzed) })
    }

    /// Every input that could be read through every stage: read, tokenized, recognized,
    /// resolved and tallied on the worker threads, folded in input order (`CoMentionCounter`);
    /// then the corpus's entities (`CorpusResolution`) and the graph (`GraphAssembler`).
    public func buildGraph(_ inputs: [Input], problem: (DocumentReadError) -> Void,
                           progress: (Int) -> Void = { _ in }) -> BuiltGraph {
        var counter = CoMentionCounter(options: options)
        var done = 0
        var read = 0
        var documentsRead = 0
        run(inputs, then: { [options] in DocumentCoMentions($0, options: options) }) { _, analyzed in
            switch analyzed.documents {
            case .success(let documents):
                documents.forEach { counter.add($0) }
                read += 1
                documentsRead += documents.count
            case .failure(let error): problem(error)
            }
            analyzed.skipped.forEach(problem)
            done += 1
            progress(done)
        }
        let resolution = CorpusResolution(counter, countries: countries, threads: threads)
        let (graph, nodeIDs) = GraphAssembler.assemble(counter, resolution, countries: countries)
        return BuiltGraph(graph: graph, resolution: resolution, nodeIDs: nodeIDs, inputsRead: read,
                          documentsRead: documentsRead)
    }
}
