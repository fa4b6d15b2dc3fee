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
        /// The name lists' folder (`gazetteers/` of the source tree; used with `.nameLists`).
        public var nameListsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../../gazetteers").standardizedFileURL.path
        /// Also learn from GMB train (silver labels, mapped to CoNLL's conventions: see
        /// `TaggerTraining.gmbSpans`).
        public var useGMB = false
        /// With `useGMB`, learn from only the first this many GMB documents (20 sentences each).
        public var gmbDocuments: Int?
        /// Also learn from CrossNER politics train.
        public var useCrossNER = true
        /// More CoNLL-format files to learn from, with CoNLL-2003's tags (e.g. eng.testa for a
        /// final model: a model's scores on a file it learned from say nothing).
        public var extraTrainingFiles: [String] = []
        /// GMB and CrossNER text (unlabeled) also feeds the word clusters.
        public var clusterText = true
        /// Perceptron runs over differently shuffled documents, averaged into one model
        /// (`PerceptronTrainer.restarts`).
        public var restarts = 3
        /// Scored after every epoch (per type), for choosing the epoch count.
        public var developmentFiles: [String] = []

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
        for file in options.extraTrainingFiles { labeled += try CoNLLCorpus(contentsOf: file).documents }
        var unlabeled: [CoNLLCorpus.Document] = labeled
        let gmbStart = labeled.count
        var gmbLabeled = 0
        let gmbPath = path("gmb/train.conll"), crossPath = path("crossner_politics/train.txt")
        if options.useGMB || options.clusterText, FileManager.default.fileExists(atPath: gmbPath) {
            let gmb = try CoNLLCorpus(contentsOf: gmbPath, sentencesPerUnmarkedDocument: 20)
            unlabeled += gmb.documents
            if options.useGMB {
                let docs = gmb.documents.prefix(options.gmbDocuments ?? gmb.documents.count)
                labeled += docs
                gmbLabeled = docs.count
            }
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
        let gazetteer = try TaggerGazetteer.standard(isoCodesJSON: options.isoCodesPath,
                                                     nameLists: options.features.contains(.nameLists) ? options.nameListsDirectory : nil)
        let gmbRange = gmbStart..<(gmbStart + gmbLabeled)
        let examples = labeled.enumerated().map { n, doc in
            let spans = gmbRange.contains(n) ? Self.gmbSpans(doc, gazetteer) :
                CoNLLCorpus.goldSpans(doc).compactMap { s in NERType(corpusLabel: s.type).map { TypedSpan(tokens: s.tokens, type: $0) } }
            return PerceptronTrainer.Example(bytes: doc.bytes, tokens: doc.tokens, sentences: doc.sentences,
                                             labels: BILOU.encode(spans, count: doc.tokens.count))
        }
        log("training on \(examples.count) documents, \(examples.reduce(0) { $0 + $1.tokens.count }) tokens")
        let devs = try options.developmentFiles.map { (name: URL(fileURLWithPath: $0).lastPathComponent, corpus: try CoNLLCorpus(contentsOf: $0)) }
        let trainer = PerceptronTrainer(features: options.features, hashBits: options.hashBits, epochs: options.epochs,
                                        seed: options.seed, restarts: options.restarts, clusters: clusters, gazetteer: gazetteer)
        return trainer.train(examples) { epoch, model in
            guard !devs.isEmpty else { log("epoch \(epoch)"); return }
            let tagger = SequenceTagger(model: model)
            func pct(_ c: NEREvaluation.Counts) -> String { String(format: "%.2f", c.f1 * 100) }
            for dev in devs {
                let e = tagger.evaluate(dev.corpus, scheme: .conll)
                let types = TagScheme.conll.scoredTypes
                let perType = types.map { "\($0) \(pct(e.micro([$0])))" }.joined(separator: ", ")
                log("epoch \(epoch): \(dev.name) F1 PER+ORG+LOC \(pct(e.micro(types))) (\(perType)), all \(pct(e.micro(e.types)))")
            }
        }
    }
}

extension TaggerTraining {
    /// A GMB document's spans in CoNLL-2003's conventions: `per` spans lose leading titles and
    /// lowercase words ("President Barack Obama" → "Barack Obama", as CoNLL leaves titles out);
    /// `gpe` is a location when it names a country ("Nepal", "U.S."), else MISC (mostly
    /// nationality adjectives, "Iraqi"); `geo` → LOC, `org` → ORG, `art eve nat` → MISC.
    static func gmbSpans(_ doc: CoNLLCorpus.Document, _ gazetteer: TaggerGazetteer) -> [TypedSpan<NERType>] {
        let lowered = doc.bytes.withUnsafeBufferPointer { bytes in doc.tokens.map { FeatureHash.fnv1aLower(bytes, $0.byteRange) } }
        let titleBit = UInt32(1) << UInt32(TaggerGazetteer.Category.title.rawValue)
        var out: [TypedSpan<NERType>] = []
        for s in CoNLLCorpus.goldSpans(doc) {
            var tokens = s.tokens
            let type: NERType
            switch s.type.lowercased() {
            case "per":
                while let first = tokens.first {
                    let byte = doc.bytes[doc.tokens[first].byteRange.lowerBound]
                    let isTitle = (gazetteer.lookup(TaggerGazetteer.extend(0, lowered[first])) ?? 0) & titleBit != 0
                    guard isTitle || !(byte >= 65 && byte <= 90) else { break }
                    tokens = tokens.dropFirst()
                }
                type = .person
            case "gpe":
                type = gazetteer.country(lowerHashes: lowered[s.tokens]) != nil ? .location : .misc
            default:
                guard let t = NERType(corpusLabel: s.type) else { continue }
                type = t
            }
            if !tokens.isEmpty { out.append(TypedSpan(tokens: tokens, type: type)) }
        }
        return out
    }
}
