import Foundation
import Testing
@testable import EntityGraph

/// Bytes and tokens of a space-separated sentence.
private func sentence(_ text: String) -> (bytes: [UInt8], tokens: [Token]) {
    var bytes: [UInt8] = []
    var tokens: [Token] = []
    for word in text.split(separator: " ") {
        if !bytes.isEmpty { bytes.append(32) }
        let start = bytes.count
        bytes.append(contentsOf: word.utf8)
        tokens.append(Token(start: start, end: bytes.count, shape: []))
    }
    return (bytes, tokens)
}

private let smallGazetteer = TaggerGazetteer(entries: [
    .init(phrase: "U.S.", category: .country, code: "US"),
    .init(phrase: "United States", category: .country, code: "US"),
    .init(phrase: "Russian", category: .demonym, code: "RU"),
    .init(phrase: "Mr.", category: .title, code: ""),
    .init(phrase: "Bank", category: .organizationHead, code: ""),
    .init(phrase: "John", category: .givenName, code: ""),
    .init(phrase: "Bank of Scotland", category: .organization, code: ""),
    .init(phrase: "Bank of", category: .company, code: ""),
])

private func extractor(_ features: TaggerFeatureSet = .all) -> FeatureExtractor {
    FeatureExtractor(hashBits: 16, labelCount: BILOU.count, features: features,
                     clusters: WordClusterTable(words: []), gazetteer: smallGazetteer)
}

/// Facts and feature buckets of a sentence.
private func featurize(_ text: String, _ extractor: FeatureExtractor) -> (facts: [TokenFacts], buckets: [[UInt32]]) {
    let (bytes, tokens) = sentence(text)
    var facts = [TokenFacts](repeating: TokenFacts(), count: tokens.count)
    var out = [UInt32](repeating: 0, count: tokens.count * FeatureExtractor.stride)
    var counts = [Int](repeating: 0, count: tokens.count)
    var historyStart = [Int](repeating: 0, count: tokens.count)
    bytes.withUnsafeBufferPointer { b in
        tokens.withUnsafeBufferPointer { t in
            facts.withUnsafeMutableBufferPointer { f in
                extractor.analyze(b, t, into: f)
                extractor.extract(b, t, f, out: &out, counts: &counts, historyStart: &historyStart)
            }
        }
    }
    let buckets = (0..<tokens.count).map { i in Array(out[(i * FeatureExtractor.stride)..<(i * FeatureExtractor.stride + counts[i])]) }
    return (facts, buckets)
}

@Suite struct TaggerFeatureTests {
    /// Name-list phrases live as model-file records, not entries, and still mark their words
    /// B/I/L/U per list (3 bits each, lists in `Category.nameLists` order).
    @Test func nameListRecordsMarkPositions() {
        #expect(smallGazetteer.entries.map(\.phrase) == ["U.S.", "United States", "Russian", "Mr.", "Bank"])
        #expect(smallGazetteer.nameListEntries.map(\.phrase) == ["John", "Bank of Scotland", "Bank of"])
        let (facts, _) = featurize("John went to the Bank of Scotland", extractor())
        func position(_ token: Int, _ list: TaggerGazetteer.Category) -> UInt32 {
            let field = TaggerGazetteer.Category.nameLists.firstIndex(of: list)!
            return (facts[token].lists >> UInt32(3 * field)) & 7
        }
        #expect(position(0, .givenName) == 4)  // U: a one-word match
        #expect(position(4, .organization) == 1 && position(5, .organization) == 2 && position(6, .organization) == 3)
        #expect(position(4, .company) == 1 && position(5, .company) == 3)
        #expect(position(6, .company) == 0 && facts[3].lists == 0)
        // Lower-case words never start a match.
        #expect(featurize("john went to the bank of scotland", extractor()).facts.allSatisfy { $0.lists == 0 })
    }

    /// The records are the bytes the model file held before they were kept as bytes: a
    /// category, an empty code and the phrase, each string with a u16 length.
    @Test func nameListRecordLayout() {
        var writer = ByteWriter()
        TaggerGazetteer.appendRecord("Bank of", .company, to: &writer)
        #expect(writer.data == [TaggerGazetteer.Category.company.rawValue, 0, 0, 7, 0] + Array("Bank of".utf8))
    }

    @Test func tokenFactsComeFromBytes() {
        let (facts, _) = featurize("Mr. Smith met IBM in the United States", extractor())
        #expect(facts[0].flags & TokenFacts.capitalized != 0)
        #expect(facts[0].flags & TokenFacts.hasPeriod != 0)
        #expect(facts[2].flags & TokenFacts.hasLower != 0)
        #expect(facts[3].flags & TokenFacts.allCaps != 0)
        #expect(facts[3].flags & TokenFacts.capitalized != 0)
        #expect(facts[5].flags & TokenFacts.capitalized == 0)
    }

    @Test func gazetteerMarksTitlesAndCountryPositions() {
        let (facts, _) = featurize("Mr. Smith met a Russian from the United States and U.S. Bank", extractor())
        #expect(facts[0].gazetteer & (1 << 4) != 0)  // title
        #expect(facts[4].gazetteer & (1 << 3) != 0)  // demonym
        #expect(facts[7].gazetteer & 7 == 1)  // United: B of a country
        #expect(facts[8].gazetteer & 7 == 3)  // States: L
        #expect(facts[10].gazetteer & 7 == 4)  // U.S.: U
        #expect(facts[11].gazetteer & (1 << 5) != 0)  // Bank: organization head
        #expect(facts[1].gazetteer == 0)
    }

    @Test func featuresAreDeterministicAndCaseAware() {
        let a = featurize("visit Paris now", extractor()).buckets
        let b = featurize("visit Paris now", extractor()).buckets
        let c = featurize("visit paris now", extractor()).buckets
        #expect(a == b)
        #expect(a[1].count > 20)
        #expect(a[1].count <= FeatureExtractor.stride)
        // Lowercase-word features are shared, exact-word and shape features are not.
        #expect(Set(a[1]).intersection(c[1]).count > 5)
        #expect(Set(a[1]) != Set(c[1]))
    }

    @Test func capsHeadlinesDropShapeFeatures() {
        let (_, caps) = featurize("LEICESTERSHIRE TAKE OVER AT TOP", extractor())
        let (_, plain) = featurize("LEICESTERSHIRE TAKE OVER AT TOP", extractor(TaggerFeatureSet.all.subtracting(.capsHeadline)))
        #expect(Set(caps[0]) != Set(plain[0]))
    }
}

@Suite struct ViterbiDecoderTests {
    @Test func picksTheBestAllowedSequence() {
        // Two labels' worth of a toy tag set: 0 = O, 1 = X; X may not follow the start.
        let decoder = ViterbiDecoder(labelCount: 2, allowed: { p, y in !(p == nil && y == 1) }, canEnd: { _ in true })
        // Emissions favour X at token 0 (forbidden), then X, then O.
        let emissions: [Float] = [0, 5, 0, 1, 2, 0]
        // Transitions: O→O 0, O→X 0, X→O 0, X→X 3; start row: O 0, X 0.
        let transitions: [Float] = [0, 0, 0, 3, 0, 0]
        var delta = [Float](repeating: 0, count: 6), back = [Int32](repeating: 0, count: 6), out = [0, 0, 0]
        decoder.decode(n: 3, emissions: emissions, transitions: transitions, delta: &delta, back: &back, out: &out)
        // O X X scores 0+1+3+0 = 4; O X O scores 1+2 = 3; O O O scores 2.
        #expect(out == [0, 1, 1])
    }

    @Test func bilouConstraintsHold() {
        let L = BILOU.count
        // Emissions push towards I-PER everywhere, which alone is never a valid sequence.
        var emissions = [Float](repeating: 0, count: 3 * L)
        for i in 0..<3 { emissions[i * L + BILOU.label(.person, .inside)] = 10 }
        emissions[0 * L + BILOU.label(.person, .begin)] = 1
        emissions[2 * L + BILOU.label(.person, .last)] = 1
        let transitions = [Float](repeating: 0, count: (L + 1) * L)
        var delta = [Float](repeating: 0, count: 3 * L), back = [Int32](repeating: 0, count: 3 * L), out = [0, 0, 0]
        ViterbiDecoder.bilou.decode(n: 3, emissions: emissions, transitions: transitions, delta: &delta, back: &back, out: &out)
        #expect(out == [BILOU.label(.person, .begin), BILOU.label(.person, .inside), BILOU.label(.person, .last)])
    }

    /// Margins against brute force: for each token, the best score over every allowed BILOU
    /// sequence that gives it another label than the decoded one.
    @Test(arguments: 1...20) func marginsAreTheBestScoresOfOtherLabels(seed: UInt64) {
        let L = BILOU.count, n = 3
        var random = SeededGenerator(seed: seed)
        let emissions = (0..<(n * L)).map { _ in Float(Int.random(in: -20...20, using: &random)) / 2 }
        let transitions = (0..<((L + 1) * L)).map { _ in Float(Int.random(in: -10...10, using: &random)) / 2 }
        var delta = [Float](repeating: 0, count: n * L), back = [Int32](repeating: 0, count: n * L), out = [Int](repeating: 0, count: n)
        var beta = [Float](repeating: 0, count: n * L), margins = [Float](repeating: 0, count: n)
        let decoder = ViterbiDecoder.bilou
        decoder.decode(n: n, emissions: emissions, transitions: transitions, delta: &delta, back: &back, out: &out)
        decoder.margins(n: n, emissions: emissions, transitions: transitions, delta: delta, labels: out, beta: &beta, out: &margins)
        // Every allowed sequence and its score.
        var best = -Float.infinity, bestOther = [Float](repeating: -.infinity, count: n)
        var scored: [([Int], Float)] = []
        for code in 0..<(L * L * L) {
            let y = [code / (L * L), (code / L) % L, code % L]
            guard BILOU.allowed(nil, y[0]), BILOU.allowed(y[0], y[1]), BILOU.allowed(y[1], y[2]), BILOU.canEnd(y[2]) else { continue }
            var score = transitions[L * L + y[0]] + emissions[y[0]]
            for i in 1..<n { score += transitions[y[i - 1] * L + y[i]] + emissions[i * L + y[i]] }
            scored.append((y, score))
            best = max(best, score)
        }
        for (y, score) in scored {
            for i in 0..<n where y[i] != out[i] { bestOther[i] = max(bestOther[i], score) }
        }
        for i in 0..<n {
            #expect(abs(margins[i] - (best - bestOther[i])) < 1e-3, "token \(i): \(margins[i]) vs \(best - bestOther[i])")
        }
    }
}

@Suite struct SpanDecodingTests {
    @Test func iob1AndIob2DecodeAlike() {
        let iob1 = ["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG"]
        let iob2 = ["B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG", "I-ORG"]
        let expected = [TypedSpan(tokens: 0..<2, type: "PER"), TypedSpan(tokens: 2..<3, type: "PER"),
                        TypedSpan(tokens: 4..<5, type: "LOC"), TypedSpan(tokens: 5..<7, type: "ORG")]
        #expect(IOBDecoding.spans(iob1) == expected)
        #expect(IOBDecoding.spans(iob2) == expected)
        #expect(IOBDecoding.iob2(expected, count: 7) == iob2)
    }

    @Test func strayInsideTagStartsASpan() {
        #expect(IOBDecoding.spans(["O", "I-MISC", "O"]) == [TypedSpan(tokens: 1..<2, type: "MISC")])
        #expect(IOBDecoding.spans(["B-person", "I-politician"]) == [TypedSpan(tokens: 0..<1, type: "person"), TypedSpan(tokens: 1..<2, type: "politician")])
    }

    @Test func bilouRoundTrip() {
        let spans = [TypedSpan(tokens: 0..<1, type: NERType.person), TypedSpan(tokens: 2..<5, type: .organization),
                     TypedSpan(tokens: 5..<7, type: .location)]
        let labels = BILOU.encode(spans, count: 8)
        #expect(labels[0] == BILOU.label(.person, .unit))
        #expect(labels[3] == BILOU.label(.organization, .inside))
        #expect(BILOU.decode(labels) == spans)
    }
}

@Suite struct NEREvaluationTests {
    static let file = """
        -DOCSTART- -X- O O

        John NNP I-PER
        Smith NNP I-PER
        visited VBD O
        Paris NNP I-LOC
        . . O

        -DOCSTART- -X- O O

        IBM NNP I-ORG
        and CC O
        Apple NNP I-ORG
        """

    @Test func readsDocumentsSentencesAndGold() {
        let corpus = CoNLLCorpus(text: Self.file)
        #expect(corpus.documents.count == 2)
        #expect(corpus.documents[0].sentences == [0..<5])
        #expect(corpus.documents[0].text(of: 3) == "Paris")
        #expect(CoNLLCorpus.goldSpans(corpus.documents[1]).map(\.type) == ["ORG", "ORG"])
    }

    @Test func exactMatchPrecisionRecallF1() {
        var evaluation = NEREvaluation()
        let gold = [TypedSpan(tokens: 0..<2, type: "PER"), TypedSpan(tokens: 3..<4, type: "LOC"), TypedSpan(tokens: 5..<6, type: "ORG")]
        // One exact hit, one boundary error, one type error, one spurious span.
        let predicted = [TypedSpan(tokens: 0..<2, type: "PER"), TypedSpan(tokens: 2..<4, type: "LOC"),
                         TypedSpan(tokens: 5..<6, type: "PER"), TypedSpan(tokens: 7..<8, type: "MISC")]
        evaluation.add(gold: gold, predicted: predicted)
        let micro = evaluation.micro(["PER", "ORG", "LOC"])
        #expect(micro == .init(gold: 3, predicted: 3, correct: 1))
        #expect(abs(micro.f1 - 1.0 / 3.0) < 1e-12)
        #expect(evaluation.byType["PER"] == .init(gold: 1, predicted: 2, correct: 1))
        #expect(evaluation.micro(evaluation.types) == .init(gold: 3, predicted: 4, correct: 1))
        #expect(evaluation.report(scored: ["PER", "ORG", "LOC"], note: "n").contains("micro PER+ORG+LOC"))
    }

    @Test func entgraphSchemeMapsCrossNERAndCountries() {
        let scheme = TagScheme.entgraph
        #expect(scheme.goldLabel("politician", isCountry: { false }) == "PERSON")
        #expect(scheme.goldLabel("politicalparty", isCountry: { false }) == "ORGANIZATION")
        #expect(scheme.goldLabel("country", isCountry: { false }) == "COUNTRY")
        #expect(scheme.goldLabel("election", isCountry: { false }) == "MISC")
        #expect(scheme.goldLabel("LOC", isCountry: { true }) == "COUNTRY")
        #expect(scheme.predictedLabel(.location, isCountry: { false }) == "LOCATION")
        #expect(TagScheme.conll.goldLabel("geo", isCountry: { false }) == "LOC")
    }
}

@Suite struct TaggerModelTests {
    /// A small model with pseudo-random weights.
    static func randomModel() -> TaggerModel {
        let bits = 10, L = BILOU.count
        var rng = SplitMix64(seed: 7)
        var weights = [Float](repeating: 0, count: (1 << bits) * L)
        for i in weights.indices where rng.below(3) == 0 { weights[i] = Float(rng.unit() * 4 - 2) }
        let transitions = (0..<((L + 1) * L)).map { _ in Float(rng.unit() - 0.5) }
        let clusters = WordClusterTable(words: [.init(hash: FeatureHash.fnv1a("Paris"), fine: 3, middle: 2, coarse: 1)])
        return TaggerModel(features: .all, hashBits: bits, labelCount: L, denseWeights: weights, transitions: transitions,
                           clusters: clusters, gazetteer: smallGazetteer)
    }

    @Test func saveLoadRoundTrip() throws {
        let model = Self.randomModel()
        let bytes = model.serialized()
        let loaded = try TaggerModel(bytes: bytes, path: "memory")
        #expect(loaded.serialized() == bytes)
        #expect(loaded.transitions == model.transitions)
        #expect(loaded.clusters.words == model.clusters.words)
        #expect(loaded.gazetteer.entries == model.gazetteer.entries)
        #expect(loaded.gazetteer.nameListEntries == model.gazetteer.nameListEntries)
        #expect(loaded.gazetteer.nameListCount == 3)
        // Int8 quantization with a per-row scale: error at most half a step of the row's largest weight.
        for bucket in 0..<(1 << model.hashBits) {
            for l in 0..<model.labelCount {
                let a = model.weight(bucket: bucket, label: l), b = loaded.weight(bucket: bucket, label: l)
                #expect(abs(a - b) <= 2.0 / 127 / 2 + 1e-6)
            }
        }
        let (text, tokens) = sentence("Mr. Smith of Paris met the U.S. Bank")
        let original = SequenceTagger(model: model).spans(bytes: text, tokens: tokens, sentences: [0..<tokens.count])
        #expect(original.allSatisfy { $0.tokens.upperBound <= tokens.count })
    }

    @Test func rejectsTruncatedAndForeignFiles() {
        let bytes = Self.randomModel().serialized()
        #expect(throws: TaggerModelError.self) { try TaggerModel(bytes: Array(bytes.dropLast(3)), path: "cut.egmodel") }
        #expect(throws: TaggerModelError.self) { try TaggerModel(bytes: Array("not a model".utf8), path: "x.txt") }
    }
}

/// The shared data folder: repoRoot/../shared/ngold.
private let ngold = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/ngold").path

@Suite struct TaggerAccuracyTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: ngold + "/conll2003/eng.testa")))
    func bundledModelScoresOnCoNLLDev() throws {
        let tagger = try SequenceTagger.load(path: nil)
        let evaluation = tagger.evaluate(try CoNLLCorpus(contentsOf: ngold + "/conll2003/eng.testa"), scheme: .conll)
        let f1 = evaluation.micro(TagScheme.conll.scoredTypes).f1
        // The bundled model scores 93.31; a drop below 92.5 means something broke.
        #expect(f1 >= 0.925, "CoNLL dev PER+ORG+LOC F1 \(f1)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: ngold + "/crossner_politics/dev.txt")))
    func bundledModelScoresOnCrossNERPoliticsDev() throws {
        let tagger = try SequenceTagger.load(path: nil)
        let evaluation = tagger.evaluate(try CoNLLCorpus(contentsOf: ngold + "/crossner_politics/dev.txt"), scheme: .entgraph)
        let f1 = evaluation.micro(TagScheme.entgraph.scoredTypes).f1
        #expect(f1 >= 0.77, "CrossNER politics dev PERSON+COUNTRY+ORGANIZATION F1 \(f1)")
    }

    @Test func recognizerTypesCountriesAndDemonyms() throws {
        let text = "President Bill Clinton met Russian officials in Moscow and visited the United States ."
        let (bytes, tokens) = sentence(text)
        let document = TokenizedDocument(document: Document(id: "t", text: text, paragraphs: [.init(range: 0..<bytes.count, role: .body)]),
                                         bytes: bytes, tokens: tokens, sentences: [Sentence(tokens: 0..<tokens.count, paragraph: 0)],
                                         paragraphs: [0..<tokens.count])
        let mentions = try TaggerRecognizer().recognize(document)
        let found = mentions.map { (document.text(tokens: $0.tokens), $0.kind, $0.country?.code) }
        #expect(found.contains { $0.0 == "Bill Clinton" && $0.1 == .person })
        #expect(found.contains { $0.0 == "Russian" && $0.1 == .country && $0.2 == "RU" })
        #expect(found.contains { $0.0 == "United States" && $0.1 == .country && $0.2 == "US" })
        #expect(found.contains { $0.0 == "Moscow" && $0.1 == .location })
        #expect(mentions.allSatisfy { $0.origin == .tagger && $0.sentence == 0 })
    }

    /// A town the tagger typed an organization is the town where the story writes it as a
    /// place too, or the words around it do, and the story speaks of no sport; a match report
    /// keeps the club, and so does a story whose longer name ends with the word (a surname) or
    /// that never uses it as a place.
    @Test func townsOutsideSportAreNoClubs() throws {
        let recognizer = try TaggerRecognizer()
        func kinds(_ text: String, _ spans: [(Int, EntityKind)]) -> [EntityKind] {
            let document = Tokenizer().tokenize(makeDocument(text))
            let mentions = spans.map { start, kind in
                Mention(tokens: start..<(start + 1), sentence: document.sentences.firstIndex { $0.tokens.contains(start) }!,
                        kind: kind, origin: .tagger)
            }
            return recognizer.retypingTownsOutsideSport(mentions, in: document).map(\.kind)
        }
        // Liverpool(0) will(1) host(2) the(3) contest(4) .(5) Hotels(6) in(7) Liverpool(8) are(9) full(10) .(11)
        let contest = "Liverpool will host the contest. Hotels in Liverpool are full."
        #expect(kinds(contest, [(0, .organization), (8, .location)]) == [.location, .location])
        let match = "Liverpool won the match. The league leaders scored twice in Liverpool on Sunday."
        #expect(kinds(match, [(0, .organization), (11, .location)]) == [.organization, .location])
        #expect(kinds("Liverpool will host the contest.", [(0, .organization)]) == [.organization])
        // The words around the name may write it as a place: a place noun after it, "people of"
        // before it, or places beside it in a list that runs on or ends with it.
        #expect(kinds("Liverpool will host the contest. Liverpool council agreed.", [(0, .organization), (6, .organization)])
            == [.location, .location])
        #expect(kinds("Liverpool will host it, the people of Liverpool said.", [(0, .organization), (8, .organization)])
            == [.location, .location])
        // Tours(0) visit(1) Leeds(2) ,(3) Liverpool(4) and(5) York(6) .(7)
        #expect(kinds("Tours visit Leeds, Liverpool and York.", [(2, .location), (4, .organization), (6, .location)])
            == [.location, .location, .location])
        // In(0) the(1) North(2) ,(3) Halifax(4) said(5) prices(6) rose(7) .(8)
        #expect(kinds("In the North, Halifax said prices rose.", [(2, .location), (4, .organization)]) == [.location, .organization])
        // Tell(0) Halifax(1) ,(2) said(3) Ann(4) Halifax(5) ,(6) in(7) Halifax(8) .(9)
        let surname = Tokenizer().tokenize(makeDocument("Tell Halifax, said Ann Halifax, in Halifax."))
        let named = recognizer.retypingTownsOutsideSport([
            Mention(tokens: 1..<2, sentence: 0, kind: .organization, origin: .tagger),
            Mention(tokens: 4..<6, sentence: 0, kind: .person, origin: .tagger),
            Mention(tokens: 8..<9, sentence: 0, kind: .location, origin: .tagger),
        ], in: surname)
        #expect(named.map(\.kind) == [.organization, .person, .location])
    }
}

@Suite struct RankedBitmapTests {
    @Test(arguments: [1, 7, 42])
    func rowIsOnePlusTheSetBucketsBefore(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let size = 64 * 37
        let density = [0.0, 0.02, 0.5, 1.0][Int(seed % 4)]
        let set = (0..<size).map { _ in random.unit() < density }
        let bitmap = RankedBitmap(size: size) { set[$0] }
        var bytes = [UInt8](repeating: 0, count: size / 8)
        for b in 0..<size where set[b] { bytes[b >> 3] |= 1 << UInt8(b & 7) }
        let fromBytes = RankedBitmap(littleEndianBytes: bytes)
        #expect(fromBytes.words == bitmap.words)
        #expect(bitmap.count == set.filter { $0 }.count)
        var before = 0
        bitmap.words.withUnsafeBufferPointer { words in
            for b in 0..<size {
                #expect(bitmap.contains(b) == set[b])
                #expect(RankedBitmap.row(b, in: words.baseAddress!) == (set[b] ? before + 1 : 0))
                if set[b] { before += 1 }
            }
        }
    }
}

@Suite struct TaggerTrainingTests {
    /// A few tiny CoNLL documents.
    private static let corpus = CoNLLCorpus(text: """
        -DOCSTART- O

        Mr. O
        Smith B-PER
        visited O
        Paris B-LOC
        . O

        The O
        World B-ORG
        Bank I-ORG
        lent O
        money O
        . O

        -DOCSTART- O

        Jones B-PER
        left O
        the O
        U.S. B-LOC
        Bank B-ORG
        . O
        """)

    private static func examples() -> [PerceptronTrainer.Example] {
        corpus.documents.map { doc in
            let spans = CoNLLCorpus.goldSpans(doc).compactMap { s in NERType(corpusLabel: s.type).map { TypedSpan(tokens: s.tokens, type: $0) } }
            return PerceptronTrainer.Example(bytes: doc.bytes, tokens: doc.tokens, sentences: doc.sentences,
                                             labels: BILOU.encode(spans, count: doc.tokens.count))
        }
    }

    private static func train(restarts: Int) -> [UInt8] {
        PerceptronTrainer(hashBits: 12, epochs: 3, seed: 5, restarts: restarts, clusters: WordClusterTable(words: []), gazetteer: smallGazetteer)
            .train(examples()).serialized()
    }

    @Test func restartsAreReproducibleAndMixRuns() {
        let one = Self.train(restarts: 1), three = Self.train(restarts: 3)
        #expect(Self.train(restarts: 3) == three)
        #expect(Self.train(restarts: 1) == one)
        #expect(one != three)
        #expect(one.count > 0 && three.count > 0)
    }

    @Test func gmbSpansFollowCoNLLConventions() {
        let doc = CoNLLCorpus(text: """
            President B-per
            Barack I-per
            Obama I-per
            met O
            Iraqi B-gpe
            officials O
            in O
            Nepal B-gpe
            and O
            the O
            U.N. B-org
            in O
            Baghdad B-geo
            in O
            May B-tim
            . O
            """).documents[0]
        let spans = TaggerTraining.gmbSpans(doc, smallGazetteer.adding(country: "Nepal", code: "NP"))
        #expect(spans == [
            TypedSpan(tokens: 1..<3, type: NERType.person),
            TypedSpan(tokens: 4..<5, type: .misc),
            TypedSpan(tokens: 7..<8, type: .location),
            TypedSpan(tokens: 10..<11, type: .organization),
            TypedSpan(tokens: 12..<13, type: .location),
        ])
    }
}

extension TaggerGazetteer {
    fileprivate func adding(country phrase: String, code: String) -> TaggerGazetteer {
        TaggerGazetteer(entries: entries + [.init(phrase: phrase, category: .country, code: code)] + [.init(phrase: "President", category: .title, code: "")],
                        nameListRecords: nameListRecords, nameListCount: nameListCount)
    }
}

@Suite struct TaggerConfidenceTests {
    /// `entgraph tag --confidence`: each span's tokens carry one positive margin after the tag,
    /// tokens outside spans a dash; without it, the lines are as before.
    @Test func confidenceFollowsTheTagOnSpanTokens() throws {
        let tagger = try SequenceTagger.shared.get()
        let corpus = CoNLLCorpus(text: "Vladimir\nPutin\nmet\nthe\npress\nin\nMoscow\n.\n")
        let plain = tagger.taggedLines(corpus, scheme: .conll)
        let scored = tagger.taggedLines(corpus, scheme: .conll, confidence: true)
        #expect(plain.map { $0.split(separator: " ").last! } == ["B-PER", "I-PER", "O", "O", "O", "O", "B-LOC", "O"])
        let margins = scored.map { $0.split(separator: "\t").last! }
        #expect(scored.map { $0.split(separator: "\t").dropLast().joined(separator: "\t") } == plain)
        #expect(margins[2...5].allSatisfy { $0 == "-" } && margins[7] == "-")
        #expect(margins[0] == margins[1])
        #expect(Float(margins[0]).map { $0 > 0 } == true && Float(margins[6]).map { $0 > 0 } == true)
    }
}

/// `NameBreaks`: a lowercase word between two capitalized ones is outside every name, unless
/// it is a name particle; the model then labels each side on its own.
@Suite struct NameBreakTests {
    private func spans(_ text: String) throws -> [String] {
        let tagger = try SequenceTagger.shared.get()
        let (bytes, tokens) = sentence(text)
        return tagger.spans(bytes: bytes, tokens: tokens, sentences: [0..<tokens.count]).map { span in
            span.tokens.map { i in String(decoding: bytes[Int(tokens[i].start)..<Int(tokens[i].end)], as: UTF8.self) }.joined(separator: " ")
        }
    }

    @Test func breaksOnlyBetweenCapitalizedWordsAndNotAtParticles() {
        let text = "Back in limbo , Jack reminds Rebecca of Erik ten Hag and the Bank of England ."
        let (bytes, tokens) = sentence(text)
        let breaks = bytes.withUnsafeBufferPointer { b in
            tokens.withUnsafeBufferPointer { NameBreaks.indices(b, $0, sentences: [0..<tokens.count]) }
        }
        // "reminds" only: "in" and "limbo" have no capitals around them, "ten" and "of" are particles.
        #expect(breaks == [5])
        #expect(bytes.withUnsafeBufferPointer { b in tokens.withUnsafeBufferPointer { NameBreaks.indices(b, $0, sentences: [4..<7]) } } == [5])
        #expect(bytes.withUnsafeBufferPointer { b in tokens.withUnsafeBufferPointer { NameBreaks.indices(b, $0, sentences: [5..<7]) } }.isEmpty)
    }

    /// A word of five capitals or more known in lowercase, before a word in mixed case, is a
    /// subheading run into the sentence; an acronym, a shorter word or a capitals run is not.
    @Test func subheadingWordsBreakNames() {
        let known: Set<UInt64> = [FeatureHash.fnv1a("losers")]
        func breaks(_ text: String) -> [Int] {
            let (bytes, tokens) = sentence(text)
            return bytes.withUnsafeBufferPointer { b in
                tokens.withUnsafeBufferPointer { NameBreaks.indices(b, $0, sentences: [0..<tokens.count], isWord: known.contains) }
            }
        }
        #expect(breaks("LOSERS Apple fell 3 percent .") == [0])
        #expect(breaks("NASDAQ Composite fell .").isEmpty)
        #expect(breaks("BBC News said .").isEmpty)
        #expect(breaks("LOSERS APPLE FELL .").isEmpty)
    }

    /// The bundled model ran these into one span each ("Jack reminds Rebecca", a person).
    @Test func bundledModelNamesEachSideApart() throws {
        #expect(try spans("Back in separation limbo , Jack reminds Rebecca of this first meeting .") == ["Jack", "Rebecca"])
        #expect(try spans("Pershing Square Capital Management is Penney 's largest shareholder .").allSatisfy { !$0.contains(" is ") })
        #expect(try spans("Manchester United manager Erik ten Hag said on Friday .").contains("Erik ten Hag"))
    }
}

@Suite struct TaggerLongDocumentTests {
    /// A document too long for the first-pass cache is featurized again in its second pass
    /// (issue 14, memory bounded): labels and margins must be exactly those of the cached path.
    @Test func secondPassWithoutTheCacheGivesTheSameLabelsAndMargins() throws {
        let tagger = try SequenceTagger.shared.get()
        let folder = repositoryRoot.appendingPathComponent("corpus")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let text = try files.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }.joined(separator: "\n\n")
        let document = Tokenizer().tokenize(makeDocument(text))
        let sentences = document.sentences.map(\.tokens)
        #expect(document.tokens.count > 1_000 && document.tokens.count <= SequenceTagger.firstPassCacheLimit)
        let cached = tagger.tag(bytes: document.bytes, tokens: document.tokens, sentences: sentences, margins: true)
        let again = tagger.tag(bytes: document.bytes, tokens: document.tokens, sentences: sentences, margins: true,
                               firstPassCacheLimit: 0)
        #expect(cached.labels == again.labels)
        #expect(cached.margins == again.margins)
        #expect(cached.labels.contains { $0 != 0 })
    }
}
