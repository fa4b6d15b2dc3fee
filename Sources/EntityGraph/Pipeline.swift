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
    /// Which documents to keep by their date; by default all.
    public var dates = DateFilter()
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

    /// One document through every per-document stage, tallied for the graph with its date and
    /// sentence ranges.
    public func tally(_ document: Document) -> DocumentCoMentions {
        let tokenized = tokenizer.tokenize(document)
        let resolved = resolver.resolve(recognizer.recognize(tokenized), in: tokenized)
        return DocumentCoMentions(resolved, tokenized: tokenized, options: options)
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
    struct Analyzed<R: Sendable>: Sendable {
        var documents: Result<[R], DocumentReadError>
        var skipped: [DocumentReadError]
        /// Documents the date filter left out: without a date, or outside its range.
        var undated = 0
        var outOfRange = 0
    }

    /// `run(_:fold:)` with `then` applied to each analyzed document on the worker thread too.
    private func run<R: Sendable>(_ inputs: [Input], then: @escaping @Sendable (ResolvedDocument) -> R,
                                  fold: (Input, Analyzed<R>) -> Void) {
        run(inputs, analyze: { then(analyze($0)) }, fold: fold)
    }

    /// Reads each input, keeps the documents `dates` lets through and hands each to `analyze`
    /// on a worker thread; folds the results in input order.
    func run<R: Sendable>(_ inputs: [Input], analyze: @escaping @Sendable (Document) -> R,
                                  fold: (Input, Analyzed<R>) -> Void) {
        ParallelMap.forEachInOrder(inputs, threads: threads, window: 64 * threads, { input in
            var skipped: [DocumentReadError] = []
            var undated = 0, outOfRange = 0
            let documents = Result { () throws(DocumentReadError) in
                try loader.load(input, skipping: &skipped).filter { document in
                    switch dates.verdict(document.date) {
                    case .kept: return true
                    case .undated: undated += 1
                    case .outOfRange: outOfRange += 1
                    }
                    return false
                }.map(analyze)
            }
            return Analyzed(documents: documents, skipped: skipped, undated: undated, outOfRange: outOfRange)
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
        var undated = 0, outOfRange = 0
        run(inputs, analyze: { tally($0) }) { _, analyzed in
            undated += analyzed.undated
            outOfRange += analyzed.outOfRange
            switch analyzed.documents {
            case .success(let documents):
                documents.forEach { counter.add($0) }
                undated += dates.dropsUndated ? 0 : documents.filter { $0.date == nil }.count
                read += 1
                documentsRead += documents.count + analyzed.undated + analyzed.outOfRange
            case .failure(let error): problem(error)
            }
            analyzed.skipped.forEach(problem)
            done += 1
            progress(done)
        }
        var built = BuiltGraph(resolving: counter, countries: countries, threads: threads)
        built.inputsRead = read
        built.documentsRead = documentsRead
        built.documentsUndated = undated
        built.documentsOutOfRange = outOfRange
        return built
    }
}

/// Which documents a run keeps by their date: those from `since` to `until` (both included),
/// and only dated ones when either is set or `requireDate` is (a sliced graph).
public struct DateFilter: Sendable, Equatable {
    public var since: DocumentDate?
    public var until: DocumentDate?
    /// Leave out documents without a date even without bounds (a graph sliced by period).
    public var requireDate = false

    public init(since: DocumentDate? = nil, until: DocumentDate? = nil, requireDate: Bool = false) {
        self.since = since
        self.until = until
        self.requireDate = requireDate
    }

    public enum Verdict: Sendable { case kept, undated, outOfRange }

    /// Whether undated documents are left out.
    public var dropsUndated: Bool { requireDate || since != nil || until != nil }

    public func verdict(_ date: DocumentDate?) -> Verdict {
        guard let date else { return dropsUndated ? .undated : .kept }
        if let since, date < since { return .outOfRange }
        if let until, until < date { return .outOfRange }
        return .kept
    }
}
