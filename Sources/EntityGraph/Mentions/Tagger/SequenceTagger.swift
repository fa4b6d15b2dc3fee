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

    public init(model: TaggerModel) {
        self.model = model
        self.extractor = model.extractor
    }

    /// BILOU label indices for every token of a document. `sentences` are ranges of token
    /// indices; tokens outside every sentence get O.
    func labels(bytes: [UInt8], tokens: [Token], sentences: [Range<Int>]) -> [Int] {
        var workspace = TaggingWorkspace(labelCount: model.labelCount)
        var memory = DocumentMemory(features: model.features)
        var labels = [Int](repeating: 0, count: tokens.count)
        bytes.withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                memory.start(bytes, tokens)
                model.weights.withUnsafeBufferPointer { weights in
                    model.transitions.withUnsafeBufferPointer { transitions in
                        for sentence in sentences where !sentence.isEmpty {
                            let sentenceTokens = UnsafeBufferPointer(rebasing: tokens[sentence])
                            workspace.tag(bytes, sentenceTokens, extractor, &memory, weights.baseAddress!, transitions.baseAddress!)
                            for i in 0..<sentence.count { labels[sentence.lowerBound + i] = workspace.labels[i] }
                        }
                        guard model.features.isSuperset(of: [.history, .twoPass]) else { return }
                        memory.beginSecondPass()
                        let firstPass = labels
                        firstPass.withUnsafeBufferPointer { firstPass in
                            for sentence in sentences where !sentence.isEmpty {
                                let sentenceTokens = UnsafeBufferPointer(rebasing: tokens[sentence])
                                workspace.featurize(bytes, sentenceTokens, extractor, memory, firstPass: firstPass.baseAddress! + sentence.lowerBound)
                                workspace.decode(sentence.count, weights.baseAddress!, transitions.baseAddress!)
                                for i in 0..<sentence.count { labels[sentence.lowerBound + i] = workspace.labels[i] }
                            }
                        }
                    }
                }
            }
        }
        return labels
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

    /// The ISO alpha-2 code of the country a token range names, if it names one.
    public func country(bytes: [UInt8], tokens: ArraySlice<Token>) -> String? {
        bytes.withUnsafeBufferPointer { bytes in
            model.gazetteer.country(lowerHashes: tokens.map { FeatureHash.fnv1aLower(bytes, Int($0.start)..<Int($0.end)) })?.code
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
    var emissions: [Float] = []
    var delta: [Float] = []
    var back: [Int32] = []
    var labels: [Int] = []

    init(labelCount: Int) { self.labelCount = labelCount }

    mutating func reserve(_ n: Int) {
        guard facts.count < n else { return }
        let size = max(n, 2 * facts.count, 64)
        facts = .init(repeating: TokenFacts(), count: size)
        features = .init(repeating: 0, count: size * FeatureExtractor.stride)
        counts = .init(repeating: 0, count: size)
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
                    extractor.extract(bytes, tokens, facts, out: f.baseAddress!, counts: c.baseAddress!)
                }
            }
        }
    }

    /// Scores the featurized sentence and decodes it into `labels`.
    mutating func decode(_ n: Int, _ weights: UnsafePointer<Float>, _ transitions: UnsafePointer<Float>) {
        let L = labelCount
        let stride = FeatureExtractor.stride
        features.withUnsafeBufferPointer { features in
            counts.withUnsafeBufferPointer { counts in
                emissions.withUnsafeMutableBufferPointer { e in
                    for i in 0..<n {
                        let out = e.baseAddress! + i * L
                        for l in 0..<L { out[l] = 0 }
                        let row = features.baseAddress! + i * stride
                        for k in 0..<counts[i] {
                            let w = weights + Int(row[k])
                            for l in 0..<L { out[l] += w[l] }
                        }
                    }
                }
            }
        }
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

    /// Tags one sentence and records its labels in the document memory.
    mutating func tag(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ extractor: FeatureExtractor,
                      _ memory: inout DocumentMemory, _ weights: UnsafePointer<Float>, _ transitions: UnsafePointer<Float>) {
        featurize(bytes, tokens, extractor, memory)
        decode(tokens.count, weights, transitions)
        remember(tokens.count, &memory)
    }

    mutating func remember(_ n: Int, _ memory: inout DocumentMemory) {
        facts.withUnsafeMutableBufferPointer { all in
            labels.withUnsafeBufferPointer { labels in
                memory.record(UnsafeMutableBufferPointer(rebasing: all[0..<n]), labels.baseAddress!)
            }
        }
    }
}
