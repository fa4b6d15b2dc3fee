import Foundation

/// Builds a `TaggerModel` from the annotated corpora in a data folder laid out as
/// `../shared/ngold` (see its README): CoNLL-2003 `eng.train` always; GMB and CrossNER politics
/// training sets when asked. Word clusters are learned from the training text itself.
public struct TaggerTraining: Sendable {
    /// Where the data is and how to train.
    public struct Options: Sendable {
        public var dataDirectory: String
        public var seed: UInt64 = 1
        public var epochs = 11
        public var hashBits = 22
        public var features: TaggerFeatureSet = .all
        public var isoCodesPath = "/usr/share/iso-codes/json/iso_3166-1.json"
        /// Also learn from GMB train (silver labels).
        public var useGMB = false
        /// Also learn from CrossNER politics train.
        public var useCrossNER = true
        /// GMB and CrossNER text (unlabeled) also feeds the word clusters.
        public var clusterText = true
        /// Scored after every epoch, for choosing the epoch count.
        public var developmentFile: String?

        public init(dataDirectory: String) { self.dataDirectory = dataDirectory }
    }

    public let options: Options
    public init(options: Options) { self.options = options }

    /// Trains; `log` receives progress lines (per-epoch development scores included).
    public func run(log: (String) -> Void) throws -> TaggerModel {
        let dir = URL(fileURLWithPath: options.dataDirectory)
        func path(_ p: String) -> String { dir.appendingPathComponent(p).path }
        let conll = try CoNLLCorpus(contentsOf: path("conll2003/eng.train"))
        var labeled: [CoNLLCorpus.Document] = conll.documents
        var unlabeled: [CoNLLCorpus.Document] = conll.documents
        let gmbPath = path("gmb/train.conll"), crossPath = path("crossner_politics/train.txt")
        if options.useGMB || options.clusterText, FileManager.default.fileExists(atPath: gmbPath) {
            let gmb = try CoNLLCorpus(contentsOf: gmbPath, sentencesPerUnmarkedDocument: 20)
            unlabeled += gmb.documents
            if options.useGMB { labeled += gmb.documents }
        }
        if options.useCrossNER || options.clusterText, FileManager.default.fileExists(atPath: crossPath) {
            let cross = try CoNLLCorpus(contentsOf: crossPath, sentencesPerUnmarkedDocument: 20)
            unlabeled += cross.documents
            if options.useCrossNER { labeled += cross.documents }
        }
        var sentences: [[ArraySlice<UInt8>]] = []
        for doc in unlabeled {
            for s in doc.sentences { sentences.append(doc.tokens[s].map { doc.bytes[$0.byteRange] }) }
        }
        log("clustering words of \(sentences.count) sentences")
        let clusters = options.features.contains(.clusters) ? WordClusterer(seed: options.seed).cluster(sentences) : WordClusterTable(words: [])
        log("\(clusters.words.count) words clustered")
        let gazetteer = try TaggerGazetteer.standard(isoCodesJSON: options.isoCodesPath)
        let examples = labeled.map { doc in
            let spans = CoNLLCorpus.goldSpans(doc).compactMap { s in NERType(corpusLabel: s.type).map { TypedSpan(tokens: s.tokens, type: $0) } }
            return PerceptronTrainer.Example(bytes: doc.bytes, tokens: doc.tokens, sentences: doc.sentences,
                                             labels: BILOU.encode(spans, count: doc.tokens.count))
        }
        log("training on \(examples.count) documents, \(examples.reduce(0) { $0 + $1.tokens.count }) tokens")
        let dev = try options.developmentFile.map { try CoNLLCorpus(contentsOf: $0) }
        let trainer = PerceptronTrainer(features: options.features, hashBits: options.hashBits, epochs: options.epochs,
                                        seed: options.seed, clusters: clusters, gazetteer: gazetteer)
        return trainer.train(examples) { epoch, model in
            guard let dev else { log("epoch \(epoch)"); return }
            let tagger = SequenceTagger(model: model)
            let e = tagger.evaluate(dev, scheme: .conll)
            let m = e.micro(TagScheme.conll.scoredTypes), all = e.micro(e.types)
            log("epoch \(epoch): dev F1 PER+ORG+LOC \(String(format: "%.2f", m.f1 * 100)), all \(String(format: "%.2f", all.f1 * 100))")
        }
    }
}
