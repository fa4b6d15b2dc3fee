/// Trains the tagger's weights with the averaged structured perceptron: decode each sentence
/// with the current weights; where the best sequence differs from the gold one, add the gold
/// sequence's features and subtract the predicted one's; return the average of the weights
/// over all steps (Collins 2002, doi:10.3115/1118693.1118694; averaging as in Freund &
/// Schapire 1999, doi:10.1023/A:1007662407062).
///
/// w ← w + Φ(x, y) − Φ(x, ŷ),   ŷ = argmax_y w·Φ(x, y) (Viterbi);  w̄ = w − u / c where
/// u accumulates c·Δw at step c (the lazy averaging trick, Daumé 2006).
/// Documents are visited in an order shuffled by a seeded `SplitMix64` each epoch; sentences
/// within a document stay in order so document memory sees earlier predictions as at tagging
/// time. Same data, options and seed give the same weights, bit for bit.
///
/// With `restarts` = k > 1, k runs over documents shuffled from seeds `seed`, `seed + 1`, …
/// are averaged once more: w = (w̄₁ + … + w̄ₖ) / k, a small ensemble kept in one model of the
/// same form. The averaged perceptron's weights depend on the order it visits the documents;
/// mixing the runs' weights (as in parameter mixing, McDonald, Hall & Mann 2010,
/// https://aclanthology.org/N10-1069) lowers that variance, which shows most on text unlike
/// the training data.
/// - Complexity: O(k·E·n·(F·L + L²)) for k runs of E epochs over n tokens.
struct PerceptronTrainer {
    /// One training document with gold BILOU labels per token.
    struct Example {
        var bytes: [UInt8]
        var tokens: [Token]
        var sentences: [Range<Int>]
        var labels: [Int]
    }

    var features: TaggerFeatureSet = .all
    var hashBits = 20
    var epochs = 12
    var seed: UInt64 = 1
    var restarts = 1
    var clusters: WordClusterTable
    var gazetteer: TaggerGazetteer

    /// Trains and returns the averaged model; `afterEpoch` sees each epoch's averaged model
    /// (for picking the epoch count on development data; with restarts, the last run's).
    func train(_ examples: [Example], afterEpoch: (Int, TaggerModel) -> Void = { _, _ in }) -> TaggerModel {
        guard restarts > 1 else { return trainOnce(examples, seed: seed, afterEpoch: afterEpoch).model }
        var weights: [Float] = [], transitions: [Float] = []
        for r in 0..<restarts {
            let run = trainOnce(examples, seed: seed &+ UInt64(r), afterEpoch: r == restarts - 1 ? afterEpoch : { _, _ in })
            if r == 0 { weights = run.weights; transitions = run.transitions; continue }
            for i in weights.indices { weights[i] += run.weights[i] }
            for i in transitions.indices { transitions[i] += run.transitions[i] }
        }
        let k = Float(restarts)
        for i in weights.indices { weights[i] /= k }
        for i in transitions.indices { transitions[i] /= k }
        return TaggerModel(features: features, hashBits: hashBits, labelCount: BILOU.count, denseWeights: weights, transitions: transitions,
                           clusters: clusters, gazetteer: gazetteer)
    }

    /// One averaged-perceptron run with documents shuffled from `seed`: the model and its dense
    /// weights and transitions.
    private func trainOnce(_ examples: [Example], seed: UInt64, afterEpoch: (Int, TaggerModel) -> Void)
        -> (model: TaggerModel, weights: [Float], transitions: [Float]) {
        let L = BILOU.count
        let rows = 1 << hashBits
        var w = [Float](repeating: 0, count: rows * L)
        var u = [Double](repeating: 0, count: rows * L)
        var tw = [Float](repeating: 0, count: (L + 1) * L)
        var tu = [Double](repeating: 0, count: (L + 1) * L)
        var c: Double = 1
        let model0 = TaggerModel(features: features, hashBits: hashBits, labelCount: L, denseWeights: [Float](repeating: 0, count: rows * L),
                                 transitions: tw, clusters: clusters, gazetteer: gazetteer)
        let extractor = model0.extractor
        var workspace = TaggingWorkspace(labelCount: L)
        var memory = DocumentMemory(features: features)
        var rng = SplitMix64(seed: seed)
        var order = Array(examples.indices)
        var model = model0
        var dense: [Float] = [], transitions: [Float] = []
        for epoch in 1...epochs {
            rng.shuffle(&order)
            for d in order {
                let ex = examples[d]
                ex.bytes.withUnsafeBufferPointer { bytes in
                    ex.tokens.withUnsafeBufferPointer { tokens in
                        memory.start(bytes, tokens)
                        var firstPass = [Int](repeating: 0, count: ex.tokens.count)
                        // One perceptron step on one sentence; returns the predicted labels.
                        func step(_ sentence: Range<Int>, _ previous: UnsafePointer<Int>?) {
                            let n = sentence.count
                            workspace.featurize(bytes, UnsafeBufferPointer(rebasing: tokens[sentence]), extractor, memory, firstPass: previous)
                            w.withUnsafeBufferPointer { wp in
                                tw.withUnsafeBufferPointer { tp in workspace.decode(n, DenseWeightRows(weights: wp.baseAddress!, labelCount: L), tp.baseAddress!) }
                            }
                            workspace.features.withUnsafeBufferPointer { feats in
                                workspace.labels.withUnsafeBufferPointer { pred in
                                    var prevGold = L, prevPred = L
                                    for i in 0..<n {
                                        let g = ex.labels[sentence.lowerBound + i], p = pred[i]
                                        if g != p {
                                            let row = feats.baseAddress! + i * FeatureExtractor.stride
                                            for k in 0..<workspace.counts[i] {
                                                let f = Int(row[k]) * L
                                                w[f + g] += 1; u[f + g] += c
                                                w[f + p] -= 1; u[f + p] -= c
                                            }
                                        }
                                        if g != p || prevGold != prevPred {
                                            tw[prevGold * L + g] += 1; tu[prevGold * L + g] += c
                                            tw[prevPred * L + p] -= 1; tu[prevPred * L + p] -= c
                                        }
                                        prevGold = g; prevPred = p
                                    }
                                }
                            }
                            c += 1
                        }
                        for sentence in ex.sentences where !sentence.isEmpty {
                            step(sentence, nil)
                            workspace.remember(sentence.count, &memory)
                            for i in 0..<sentence.count { firstPass[sentence.lowerBound + i] = workspace.labels[i] }
                        }
                        guard features.isSuperset(of: [.history, .twoPass]) else { return }
                        memory.beginSecondPass()
                        firstPass.withUnsafeBufferPointer { firstPass in
                            for sentence in ex.sentences where !sentence.isEmpty {
                                step(sentence, firstPass.baseAddress! + sentence.lowerBound)
                            }
                        }
                    }
                }
            }
            dense = Self.average(w, u, c)
            transitions = Self.average(tw, tu, c)
            model = TaggerModel(features: features, hashBits: hashBits, labelCount: L, denseWeights: dense, transitions: transitions,
                                clusters: clusters, gazetteer: gazetteer)
            afterEpoch(epoch, model)
        }
        return (model, dense, transitions)
    }

    static func average(_ w: [Float], _ u: [Double], _ c: Double) -> [Float] {
        var out = [Float](repeating: 0, count: w.count)
        for i in 0..<w.count where w[i] != 0 || u[i] != 0 { out[i] = Float(Double(w[i]) - u[i] / c) }
        return out
    }
}
