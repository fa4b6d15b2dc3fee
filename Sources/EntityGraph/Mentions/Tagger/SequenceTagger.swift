/// Tags documents given as byte ranges into a UTF-8 buffer: the one code path behind
/// `entgraph tag`, `entgraph eval`, training and `TaggerRecognizer`.
///
/// Per sentence: token facts and hashed features (`FeatureExtractor`), label scores as sums of
/// weight rows, then `ViterbiDecoder`; sentences are tagged in order so document memory
/// (`DocumentMemory`) can use earlier predictions.
/// - Complexity: O(n·(F·L + L²)) for n tokens, F features per token and L labels.
public struct SequenceTagger: Sendable {
    public let model: TaggerModel
    let extractor: FeatureExtractor

    /// Documents of up to this many tokens (about 300 KB of text; news articles have a few
    /// thousand) keep their first pass for the second (see `labels`).
    static let firstPassCacheLimit = 50_000

    public init(model: TaggerModel) {
        self.model = model
        self.extractor = model.extractor
    }

    /// BILOU label indices for every token of a document. `sentences` are ranges of token
    /// indices; tokens outside every sentence get O.
    ///
    /// With `.twoPass`, the second pass differs from the first only in its history features,
    /// so it reuses the first pass's token facts and the sums of all other features: a second
    /// pass costs a Viterbi decode, not a second tagging. That cache takes about 130 bytes a
    /// token (24 bytes per byte of text), so a document of more than `firstPassCacheLimit`
    /// tokens is featurized again in its second pass instead: the same labels, twice the
    /// tagging time, and memory that no longer grows with the document beyond its tokens and
    /// labels (issue 14: one 60 MB text input peaked at 2 GB).
    func labels(bytes: [UInt8], tokens: [Token], sentences: [Range<Int>]) -> [Int] {
        tag(bytes: bytes, tokens: tokens, sentences: sentences, margins: false).labels
    }

    /// `labels`, and with `margins` each token's margin (`ViterbiDecoder.margins`) in the
    /// final pass; tokens outside every sentence get +∞.
    func tag(bytes: [UInt8], tokens: [Token], sentences: [Range<Int>], margins wantMargins: Bool,
             firstPassCacheLimit: Int = Self.firstPassCacheLimit) -> (labels: [Int], margins: [Float]) {
        let L = model.labelCount
        var workspace = TaggingWorkspace(labelCount: L)
        var memory = DocumentMemory(features: model.features)
        var labels = [Int](repeating: 0, count: tokens.count)
        var margins = [Float](repeating: .infinity, count: wantMargins ? tokens.count : 0)
        let twoPass = model.features.isSuperset(of: [.history, .twoPass])
        let cached = twoPass && tokens.count <= firstPassCacheLimit
        var documentFacts = [TokenFacts](repeating: TokenFacts(), count: cached ? tokens.count : 0)
        var documentBase = [Float](repeating: 0, count: cached ? tokens.count * L : 0)
        bytes.withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                memory.start(bytes, tokens)
                let clusters = extractor.clusters
                let breaks = NameBreaks.indices(bytes, tokens, sentences: sentences) { clusters.packed($0) != 0 }
                withExtendedLifetime(model.rows) {
                  model.present.words.withUnsafeBufferPointer { words in
                    model.transitions.withUnsafeBufferPointer { transitions in
                        let transitions = transitions.baseAddress!
                        let weights = ModelWeightRows(words: words.baseAddress!, rows: model.rows.bytes, labelCount: L)
                        for sentence in sentences where !sentence.isEmpty {
                            let n = sentence.count
                            workspace.featurize(bytes, UnsafeBufferPointer(rebasing: tokens[sentence]), extractor, memory)
                            if cached {
                                workspace.score(n, weights, historyOnly: false, base: &documentBase, at: sentence.lowerBound * L)
                                for i in 0..<n { documentFacts[sentence.lowerBound + i] = workspace.facts[i] }
                            } else {
                                workspace.score(n, weights)
                            }
                            workspace.viterbi(n, transitions, breaking: breaks, sentence: sentence)
                            workspace.remember(n, &memory)
                            for i in 0..<n { labels[sentence.lowerBound + i] = workspace.labels[i] }
                            if wantMargins && !twoPass { workspace.margins(n, transitions, into: &margins, at: sentence.lowerBound) }
                        }
                        guard twoPass else { return }
                        memory.beginSecondPass()
                        let firstPass = labels
                        firstPass.withUnsafeBufferPointer { firstPass in
                            for sentence in sentences where !sentence.isEmpty {
                                let n = sentence.count
                                guard cached else {
                                    workspace.featurize(bytes, UnsafeBufferPointer(rebasing: tokens[sentence]), extractor, memory,
                                                        firstPass: firstPass.baseAddress! + sentence.lowerBound)
                                    workspace.score(n, weights)
                                    workspace.viterbi(n, transitions, breaking: breaks, sentence: sentence)
                                    for i in 0..<n { labels[sentence.lowerBound + i] = workspace.labels[i] }
                                    if wantMargins { workspace.margins(n, transitions, into: &margins, at: sentence.lowerBound) }
                                    continue
                                }
                                workspace.reserve(n)
                                for i in 0..<n {
                                    var f = documentFacts[sentence.lowerBound + i]
                                    f.history = 0
                                    workspace.facts[i] = f
                                }
                                workspace.facts.withUnsafeMutableBufferPointer { facts in
                                    memory.annotate(UnsafeMutableBufferPointer(rebasing: facts[0..<n]), firstPass: firstPass.baseAddress! + sentence.lowerBound)
                                }
                                workspace.features.withUnsafeMutableBufferPointer { out in
                                    workspace.counts.withUnsafeMutableBufferPointer { counts in
                                        workspace.historyStart.withUnsafeMutableBufferPointer { start in
                                            for i in 0..<n {
                                                let row = out.baseAddress! + i * FeatureExtractor.stride
                                                start[i] = 0
                                                counts[i] = extractor.historyBuckets(workspace.facts[i], row)
                                            }
                                        }
                                    }
                                }
                                workspace.score(n, weights, historyOnly: true, base: &documentBase, at: sentence.lowerBound * L)
                                workspace.viterbi(n, transitions, breaking: breaks, sentence: sentence)
                                for i in 0..<n { labels[sentence.lowerBound + i] = workspace.labels[i] }
                                if wantMargins { workspace.margins(n, transitions, into: &margins, at: sentence.lowerBound) }
                            }
                        }
                    }
                  }
                }
            }
        }
        return (labels, margins)
    }

    /// Entity spans (token index ranges into `tokens`) of a document, in order.
    public func spans(bytes: [UInt8], tokens: [Token], sentences: [Range<Int>]) -> [TypedSpan<NERType>] {
        let labels = labels(bytes: bytes, tokens: tokens, sentences: sentences)
        var spans: [TypedSpan<NERType>] = []
        for sentence in sentences where !sentence.isEmpty {
            for s in BILOU.decode(Array(labels[sentence])) {
                spans.append(TypedSpan(tokens: (s.tokens.lowerBound + sentence.lowerBound)..<(s.tokens.upperBound + sentence.lowerBound), type: s.type))
            }
        }
        return spans
    }

    /// Entity spans as `spans`, each with its confidence: the least margin of its tokens (how
    /// far the best labelling's score is from one that changes any of them).
    public func scoredSpans(bytes: [UInt8], tokens: [Token], sentences: [Range<Int>]) -> [(span: TypedSpan<NERType>, margin: Float)] {
        let (labels, margins) = tag(bytes: bytes, tokens: tokens, sentences: sentences, margins: true)
        var spans: [(TypedSpan<NERType>, Float)] = []
        for sentence in sentences where !sentence.isEmpty {
            for s in BILOU.decode(Array(labels[sentence])) {
                let range = (s.tokens.lowerBound + sentence.lowerBound)..<(s.tokens.upperBound + sentence.lowerBound)
                spans.append((TypedSpan(tokens: range, type: s.type), margins[range].min()!))
            }
        }
        return spans
    }

    /// The ISO alpha-2 code of the country a token range names, if it names one.
    public func country(bytes: [UInt8], tokens: ArraySlice<Token>) -> String? {
        bytes.withUnsafeBufferPointer { bytes in
            model.gazetteer.country(lowerHashes: tokens.map { FeatureHash.fnv1aLower(bytes, Int($0.start)..<Int($0.end)) })?.code
        }
    }

    /// Whether a token range is a place of the model's place list (cities of 50,000 people or
    /// more, states, capitals, continents: `TaggerFeatureSet.nameLists`).
    public func isListedPlace(bytes: [UInt8], tokens: ArraySlice<Token>, onlyPlace: Bool = false) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            model.gazetteer.isPlace(lowerHashes: tokens.map { FeatureHash.fnv1aLower(bytes, Int($0.start)..<Int($0.end)) }, onlyPlace: onlyPlace)
        }
    }

    /// The ISO alpha-2 code of the country a single-token demonym refers to ("Russian" → RU).
    public func demonymCountry(bytes: [UInt8], token: Token) -> String? {
        bytes.withUnsafeBufferPointer { bytes in
            model.gazetteer.demonym(lowerHash: FeatureHash.fnv1aLower(bytes, Int(token.start)..<Int(token.end)))?.code
        }
    }
}

/// Scratch buffers reused from sentence to sentence, so tagging allocates per document,
/// not per token.
struct TaggingWorkspace {
    let labelCount: Int
    var facts: [TokenFacts] = []
    var features: [UInt32] = []
    var counts: [Int] = []
    /// Index of each token's first history feature (they come last).
    var historyStart: [Int] = []
    var emissions: [Float] = []
    var delta: [Float] = []
    var back: [Int32] = []
    var labels: [Int] = []
    /// Backward scores for `margins`, allocated on first use.
    var beta: [Float] = []

    init(labelCount: Int) { self.labelCount = labelCount }

    mutating func reserve(_ n: Int) {
        guard facts.count < n else { return }
        let size = max(n, 2 * facts.count, 64)
        facts = .init(repeating: TokenFacts(), count: size)
        features = .init(repeating: 0, count: size * FeatureExtractor.stride)
        counts = .init(repeating: 0, count: size)
        historyStart = .init(repeating: 0, count: size)
        emissions = .init(repeating: 0, count: size * labelCount)
        delta = .init(repeating: 0, count: size * labelCount)
        back = .init(repeating: 0, count: size * labelCount)
        labels = .init(repeating: 0, count: size)
    }

    /// Computes facts and features of one sentence (document memory applied).
    mutating func featurize(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>,
                            _ extractor: FeatureExtractor, _ memory: DocumentMemory, firstPass: UnsafePointer<Int>? = nil) {
        let n = tokens.count
        reserve(n)
        facts.withUnsafeMutableBufferPointer { all in
            let facts = UnsafeMutableBufferPointer(rebasing: all[0..<n])
            extractor.analyze(bytes, tokens, into: facts)
            memory.annotate(facts, firstPass: firstPass)
            features.withUnsafeMutableBufferPointer { f in
                counts.withUnsafeMutableBufferPointer { c in
                    historyStart.withUnsafeMutableBufferPointer { h in
                        extractor.extract(bytes, tokens, facts, out: f.baseAddress!, counts: c.baseAddress!, historyStart: h.baseAddress!)
                    }
                }
            }
        }
    }

    /// Label scores of the featurized sentence: sums of weight rows.
    mutating func score<Rows: WeightRows>(_ n: Int, _ weights: Rows) {
        var none: [Float] = []
        score(n, weights, historyOnly: false, base: &none, at: -1)
    }

    /// As `score`, and with `at ≥ 0`: either saves each token's sum of non-history features in
    /// `base[at...]` (`historyOnly` false), or starts from that saved sum and adds only the
    /// history features (`historyOnly` true).
    mutating func score<Rows: WeightRows>(_ n: Int, _ weights: Rows, historyOnly: Bool, base: inout [Float], at: Int) {
        let L = labelCount
        let stride = FeatureExtractor.stride
        features.withUnsafeBufferPointer { features in
            counts.withUnsafeBufferPointer { counts in
                historyStart.withUnsafeBufferPointer { historyStart in
                    emissions.withUnsafeMutableBufferPointer { e in
                        base.withUnsafeMutableBufferPointer { base in
                            for i in 0..<n {
                                let out = e.baseAddress! + i * L
                                let row = features.baseAddress! + i * stride
                                @inline(__always) func add(_ range: Range<Int>) {
                                    withUnsafeTemporaryAllocation(of: Int.self, capacity: range.count) { positions in
                                        for k in range { positions[k - range.lowerBound] = weights.position(Int(row[k])) }
                                        for position in positions { weights.add(position, to: out) }
                                    }
                                }
                                if at >= 0 && historyOnly {
                                    for l in 0..<L { out[l] = base[at + i * L + l] }
                                } else {
                                    for l in 0..<L { out[l] = 0 }
                                    add(0..<historyStart[i])
                                    if at >= 0 { for l in 0..<L { base[at + i * L + l] = out[l] } }
                                }
                                add(historyStart[i]..<counts[i])
                            }
                        }
                    }
                }
            }
        }
    }

    /// Decodes the scored sentence into `labels`.
    mutating func viterbi(_ n: Int, _ transitions: UnsafePointer<Float>) {
        emissions.withUnsafeBufferPointer { e in
            delta.withUnsafeMutableBufferPointer { d in
                back.withUnsafeMutableBufferPointer { b in
                    labels.withUnsafeMutableBufferPointer { out in
                        ViterbiDecoder.bilou.decode(n: n, emissions: e.baseAddress!, transitions: transitions,
                                                    delta: d.baseAddress!, back: b.baseAddress!, out: out.baseAddress!)
                    }
                }
            }
        }
    }

    /// `viterbi`, with the tokens of `breaks` (sorted document token indices, `NameBreaks`)
    /// that fall in `sentence` restricted to O.
    mutating func viterbi(_ n: Int, _ transitions: UnsafePointer<Float>, breaking breaks: [Int], sentence: Range<Int>) {
        var k = 0, end = breaks.count
        while k < end {
            let middle = (k + end) / 2
            if breaks[middle] < sentence.lowerBound { k = middle + 1 } else { end = middle }
        }
        while k < breaks.count, breaks[k] < sentence.upperBound {
            let row = (breaks[k] - sentence.lowerBound) * labelCount
            for label in 1..<labelCount { emissions[row + label] = -Self.forbidden }
            k += 1
        }
        viterbi(n, transitions)
    }

    /// A score no labelling that uses it can win with.
    static let forbidden: Float = 1e6

    /// The margins of the sentence just decoded, into `out[at...]`.
    mutating func margins(_ n: Int, _ transitions: UnsafePointer<Float>, into out: inout [Float], at: Int) {
        if beta.count < delta.count { beta = .init(repeating: 0, count: delta.count) }
        emissions.withUnsafeBufferPointer { e in
            delta.withUnsafeBufferPointer { d in
                labels.withUnsafeBufferPointer { l in
                    beta.withUnsafeMutableBufferPointer { b in
                        out.withUnsafeMutableBufferPointer { o in
                            ViterbiDecoder.bilou.margins(n: n, emissions: e.baseAddress!, transitions: transitions, delta: d.baseAddress!,
                                                         labels: l.baseAddress!, beta: b.baseAddress!, out: o.baseAddress! + at)
                        }
                    }
                }
            }
        }
    }

    /// Scores and decodes the featurized sentence.
    mutating func decode<Rows: WeightRows>(_ n: Int, _ weights: Rows, _ transitions: UnsafePointer<Float>) {
        score(n, weights)
        viterbi(n, transitions)
    }

    mutating func remember(_ n: Int, _ memory: inout DocumentMemory) {
        facts.withUnsafeMutableBufferPointer { all in
            labels.withUnsafeBufferPointer { labels in
                memory.record(UnsafeMutableBufferPointer(rebasing: all[0..<n]), labels.baseAddress!)
            }
        }
    }
}

/// How scoring finds and adds a feature bucket's weight row. Finding (`position`) and adding
/// (`add`) are separate so that a token's rows are all located before any is read: the reads
/// are then independent and the CPU overlaps their cache misses.
protocol WeightRows {
    func position(_ bucket: Int) -> Int
    func add(_ position: Int, to out: UnsafeMutablePointer<Float>)
}

/// The dense Float table of training: bucket b's row at b × labelCount.
struct DenseWeightRows: WeightRows {
    let weights: UnsafePointer<Float>
    let labelCount: Int
    @inline(__always) func position(_ bucket: Int) -> Int { bucket * labelCount }
    @inline(__always) func add(_ position: Int, to out: UnsafeMutablePointer<Float>) {
        let w = weights + position
        for l in 0..<labelCount { out[l] += w[l] }
    }
}

/// A trained model's table: the ranked bitmap says which row a bucket has (`TaggerModel.present`,
/// row 0 = zeros), the rows are `QuantizedRows`.
struct ModelWeightRows: WeightRows {
    let words: UnsafePointer<UInt64>
    let rows: UnsafeRawPointer
    let labelCount: Int
    @inline(__always) func position(_ bucket: Int) -> Int { RankedBitmap.row(bucket, in: words) * QuantizedRows.stride }
    @inline(__always) func add(_ position: Int, to out: UnsafeMutablePointer<Float>) {
        let row = rows + position
        let scale = row.load(as: Float.self)
        for l in 0..<labelCount { out[l] += Float(row.load(fromByteOffset: 4 + l, as: Int8.self)) * scale }
    }
}
