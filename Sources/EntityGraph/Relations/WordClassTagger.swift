internal import CTaggerModel

/// Coarse word classes, enough to find the verbs that join two entities.
public enum WordClass: UInt8, Sendable, CaseIterable {
    case verb, noun, properNoun, adjective, adverb, preposition, determiner, pronoun, number, punctuation, other

    /// The class of a Penn Treebank part-of-speech tag (CoNLL-2003's second column): `VB*` are
    /// verbs; modals (`MD`) and `TO` are not.
    public init(pennTag tag: String) {
        switch tag {
        case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ": self = .verb
        case "NN", "NNS": self = .noun
        case "NNP", "NNPS": self = .properNoun
        case "JJ", "JJR", "JJS": self = .adjective
        case "RB", "RBR", "RBS", "WRB": self = .adverb
        case "IN": self = .preposition
        case "DT", "PDT", "WDT": self = .determiner
        case "PRP", "PRP$", "WP", "WP$", "EX": self = .pronoun
        case "CD": self = .number
        case ".", ",", ":", "(", ")", "\"", "''", "``", "$", "#", "SYM", "-LRB-", "-RRB-", "HYPH", "NFP": self = .punctuation
        default: self = .other
        }
    }
}

/// A part-of-speech tagger for coarse word classes: a greedy left-to-right averaged perceptron
/// over hashed features (the word as written and lowercased, its last three and two letters,
/// first letter and shape, the neighbouring words and their endings, the classes of the two
/// words before it, and the previous class with the word).
///
/// Training: `epochs` passes over the sentences in a seeded order; weights are averaged over
/// every update (lazily, with timestamps), so the same data and seed give the same model, byte
/// for byte. Features are hashed (FNV-1a, 64 bit) into 2^`bucketBits` rows of one weight per
/// class, quantized to 16 bits in the model file.
///
/// References: M. Collins, "Discriminative training methods for hidden Markov models: theory
/// and experiments with perceptron algorithms", Proc. EMNLP 2002, doi:10.3115/1118693.1118694;
/// K. Weinberger et al., "Feature hashing for large scale multitask learning", Proc. ICML 2009,
/// doi:10.1145/1553374.1553516.
/// - Complexity: tagging O(t · f · c) for t tokens, f = 14 features and c = 11 classes;
///   training O(epochs · tokens · f · c); memory O(2^bucketBits · c).
public struct WordClassTagger: Sendable {
    public static let classCount = WordClass.allCases.count
    public let bucketBits: Int
    /// Row-major: bucket × class.
    let weights: [Float]

    init(bucketBits: Int, weights: [Float]) {
        self.bucketBits = bucketBits
        self.weights = weights
    }

    /// The classes of `words` (one sentence).
    public func tag(_ words: [Substring]) -> [WordClass] {
        var classes: [WordClass] = []
        classes.reserveCapacity(words.count)
        var features = [Int](repeating: 0, count: Self.featureCount)
        for i in words.indices {
            Self.features(words, i, previous: classes, bucketBits: bucketBits, into: &features)
            classes.append(best(features))
        }
        return classes
    }

    private func best(_ features: [Int]) -> WordClass {
        var scores = [Float](repeating: 0, count: Self.classCount)
        for feature in features {
            let row = feature * Self.classCount
            for c in 0..<Self.classCount { scores[c] += weights[row + c] }
        }
        var best = 0
        for c in 1..<Self.classCount where scores[c] > scores[best] { best = c }
        return WordClass(rawValue: UInt8(best))!
    }

    static let featureCount = 14

    /// The hashed features of word `i` given the classes already chosen before it.
    static func features(_ words: [Substring], _ i: Int, previous: [WordClass], bucketBits: Int, into out: inout [Int]) {
        let word = words[i]
        let lower = word.lowercased()
        let before = i > 0 ? words[i - 1].lowercased() : "<s>"
        let after = i + 1 < words.count ? words[i + 1].lowercased() : "</s>"
        let p1 = i > 0 ? Int(previous[i - 1].rawValue) : 99
        let p2 = i > 1 ? Int(previous[i - 2].rawValue) : 99
        var shape = 0
        if let first = word.unicodeScalars.first, first.properties.isUppercase { shape |= 1 }
        if word.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) { shape |= 2 }
        if word.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { shape |= 4 }
        if word.contains("-") { shape |= 8 }
        if i == 0 { shape |= 16 }
        let mask = (1 << bucketBits) - 1
        func hash(_ kind: UInt8, _ text: String) -> Int {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(kind)
            h = h &* 0x0000_0100_0000_01B3
            for byte in text.utf8 {
                h ^= UInt64(byte)
                h = h &* 0x0000_0100_0000_01B3
            }
            // FNV-1a moves a byte's bits upward only a few places per multiply: mix (the
            // MurmurHash3 finalizer) before keeping the low bits, or short strings collide.
            h ^= h >> 33
            h = h &* 0xff51_afd7_ed55_8ccd
            h ^= h >> 33
            return Int(truncatingIfNeeded: h) & mask
        }
        out[0] = hash(0, "")
        out[1] = hash(1, String(word))
        out[2] = hash(2, lower)
        out[3] = hash(3, String(lower.suffix(3)))
        out[4] = hash(4, String(lower.suffix(2)))
        out[5] = hash(5, String(lower.prefix(1)))
        out[6] = hash(6, String(shape))
        out[7] = hash(7, String(p1))
        out[8] = hash(8, "\(p2) \(p1)")
        out[9] = hash(9, before)
        out[10] = hash(10, after)
        out[11] = hash(11, String(before.suffix(3)))
        out[12] = hash(12, String(after.suffix(3)))
        out[13] = hash(13, "\(p1) \(lower)")
    }

    // MARK: training

    /// A tagger trained on `sentences` (words and their classes).
    public static func train(_ sentences: [(words: [Substring], classes: [WordClass])], epochs: Int = 5,
                             seed: UInt64 = 1, bucketBits: Int = 16) -> WordClassTagger {
        let size = (1 << bucketBits) * classCount
        var weights = [Float](repeating: 0, count: size)
        var totals = [Double](repeating: 0, count: size)
        var stamps = [Int](repeating: 0, count: size)
        var clock = 0
        var generator = SeededGenerator(seed: seed)
        var order = Array(sentences.indices)
        var features = [Int](repeating: 0, count: featureCount)
        func update(_ index: Int, _ delta: Float) {
            totals[index] += Double(clock - stamps[index]) * Double(weights[index])
            stamps[index] = clock
            weights[index] += delta
        }
        for _ in 0..<epochs {
            order.shuffle(using: &generator)
            for s in order {
                let (words, gold) = sentences[s]
                var chosen: [WordClass] = []
                for i in words.indices {
                    clock += 1
                    Self.features(words, i, previous: chosen, bucketBits: bucketBits, into: &features)
                    var scores = [Float](repeating: 0, count: classCount)
                    for feature in features {
                        for c in 0..<classCount { scores[c] += weights[feature * classCount + c] }
                    }
                    var guess = 0
                    for c in 1..<classCount where scores[c] > scores[guess] { guess = c }
                    let truth = Int(gold[i].rawValue)
                    if guess != truth {
                        for feature in features {
                            update(feature * classCount + truth, 1)
                            update(feature * classCount + guess, -1)
                        }
                    }
                    // Greedy training on its own predictions, as it tags.
                    chosen.append(WordClass(rawValue: UInt8(guess))!)
                }
            }
        }
        var averaged = [Float](repeating: 0, count: size)
        for index in 0..<size {
            let total = totals[index] + Double(clock - stamps[index]) * Double(weights[index])
            averaged[index] = clock > 0 ? Float(total / Double(clock)) : 0
        }
        return WordClassTagger(bucketBits: bucketBits, weights: averaged)
    }

    /// Sentences of a CoNLL file: token in the first column, Penn tag in the second.
    public static func conllSentences(_ text: String) -> [(words: [Substring], classes: [WordClass])] {
        var sentences: [(words: [Substring], classes: [WordClass])] = []
        var words: [Substring] = [], classes: [WordClass] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if columns.count < 2 || columns[0] == "-DOCSTART-" {
                if !words.isEmpty { sentences.append((words, classes)) }
                words = []
                classes = []
                continue
            }
            words.append(columns[0])
            classes.append(WordClass(pennTag: String(columns[1])))
        }
        if !words.isEmpty { sentences.append((words, classes)) }
        return sentences
    }

    // MARK: model file

    static let magic = Array("EGWC1\n".utf8)

    /// The model file: `EGWC1\n`, bucket bits (1 byte), the scale (Float32, little endian),
    /// then every weight as Int16 (little endian), weight ≈ value × scale.
    public func serialized() -> [UInt8] {
        let largest = weights.reduce(0) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        var bytes = Self.magic + [UInt8(bucketBits)]
        withUnsafeBytes(of: scale.bitPattern.littleEndian) { bytes += $0 }
        bytes.reserveCapacity(bytes.count + weights.count * 2)
        for weight in weights {
            let quantized = Int16(max(-32767, min(32767, (weight / scale).rounded())))
            withUnsafeBytes(of: quantized.littleEndian) { bytes += $0 }
        }
        return bytes
    }

    /// Reads a model file written by `serialized()`; nil when it is not one.
    public init?(model bytes: UnsafeRawBufferPointer) {
        let header = Self.magic.count + 5
        guard bytes.count >= header, Array(bytes[0..<Self.magic.count]) == Self.magic else { return nil }
        let bits = Int(bytes[Self.magic.count])
        guard (8...20).contains(bits) else { return nil }
        let count = (1 << bits) * Self.classCount
        guard bytes.count == header + 2 * count else { return nil }
        let scale = Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: Self.magic.count + 1, as: UInt32.self)))
        var weights = [Float](repeating: 0, count: count)
        for i in 0..<count {
            weights[i] = Float(Int16(littleEndian: bytes.loadUnaligned(fromByteOffset: header + 2 * i, as: Int16.self))) * scale
        }
        self.init(bucketBits: bits, weights: weights)
    }
}

extension WordClassTagger {
    /// Token accuracy, and precision and recall of the verb class, on gold sentences.
    public struct Score: Sendable {
        public var tokens = 0, correct = 0
        public var verbsPredicted = 0, verbsGold = 0, verbsCorrect = 0

        public init(_ tagger: WordClassTagger, _ sentences: [(words: [Substring], classes: [WordClass])]) {
            for (words, gold) in sentences {
                for (guess, truth) in zip(tagger.tag(words), gold) {
                    tokens += 1
                    if guess == truth { correct += 1 }
                    if guess == .verb { verbsPredicted += 1 }
                    if truth == .verb { verbsGold += 1 }
                    if guess == .verb && truth == .verb { verbsCorrect += 1 }
                }
            }
        }

        public var accuracy: Double { tokens > 0 ? Double(correct) / Double(tokens) : 0 }
        public var verbPrecision: Double { verbsPredicted > 0 ? Double(verbsCorrect) / Double(verbsPredicted) : 0 }
        public var verbRecall: Double { verbsGold > 0 ? Double(verbsCorrect) / Double(verbsGold) : 0 }
        public var accuracyText: String { NumberText.rounded(accuracy, places: 4) }
        public var verbPrecisionText: String { NumberText.rounded(verbPrecision, places: 4) }
        public var verbRecallText: String { NumberText.rounded(verbRecall, places: 4) }
    }
}

extension WordClassTagger {
    /// The model compiled into the library (Sources/EntityGraph/Resources/wordclasses.egmodel),
    /// read once; nil only if that file was replaced by something that is not a model.
    public static let builtIn: WordClassTagger? = {
        let bytes = UnsafeRawBufferPointer(start: entgraph_word_class_model_bytes(), count: entgraph_word_class_model_count())
        return WordClassTagger(model: bytes)
    }()
}
