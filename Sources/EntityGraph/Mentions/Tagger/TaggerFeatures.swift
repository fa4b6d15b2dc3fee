/// Feature groups of the tagger, saved in the model so a model is always read with the
/// features it was trained with (and so groups can be switched off to measure what they add).
public struct TaggerFeatureSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Words, shapes, affixes and capitalization of the token and its ±1 neighbours.
    public static let local = TaggerFeatureSet(rawValue: 1 << 0)
    /// Words and shapes two tokens away, word bigrams and shape trigrams.
    public static let wideWindow = TaggerFeatureSet(rawValue: 1 << 1)
    /// Word-cluster ids (`WordClusters`) of the token and its neighbours.
    public static let clusters = TaggerFeatureSet(rawValue: 1 << 2)
    /// Country names, demonyms, titles and organization heads (`TaggerGazetteer`).
    public static let gazetteer = TaggerFeatureSet(rawValue: 1 << 3)
    /// All-caps headline handling: shape features replaced by a caps-sentence marker.
    public static let capsHeadline = TaggerFeatureSet(rawValue: 1 << 4)
    /// Whether a capitalized word is seen lowercase elsewhere in the document.
    public static let documentCase = TaggerFeatureSet(rawValue: 1 << 5)
    /// Labels the same word got earlier in the document (prediction history).
    public static let history = TaggerFeatureSet(rawValue: 1 << 6)
    /// Two-pass decoding: the second pass sees the labels the first gave the same word
    /// anywhere else in the document.
    public static let twoPass = TaggerFeatureSet(rawValue: 1 << 7)
    /// Name lists (given names, places, companies, sports teams, organizations):
    /// each capitalized word's B/I/L/U position in the longest match of each list, and the
    /// neighbours' matches (`TaggerGazetteer.Category.nameLists`).
    public static let nameLists = TaggerFeatureSet(rawValue: 1 << 8)

    public static let all: TaggerFeatureSet = [.local, .wideWindow, .clusters, .gazetteer, .capsHeadline, .documentCase, .history, .twoPass, .nameLists]
}

/// Per-token facts computed once per sentence from the bytes, shared by every feature
/// template that looks at the token or its neighbours.
struct TokenFacts {
    var word: UInt64 = 0
    var lower: UInt64 = 0
    var shape: UInt64 = 0
    var shortShape: UInt64 = 0
    var flags: UInt16 = 0
    /// `WordClusterTable.packed` value (0 = unknown word).
    var cluster: UInt64 = 0
    /// Gazetteer bits: 0–2 country position (1 B, 2 I, 3 L, 4 U), 3 demonym, 4 title,
    /// 5 organization head.
    var gazetteer: UInt8 = 0
    /// Name-list positions, 3 bits per list of `TaggerGazetteer.Category.nameLists`
    /// (1 B, 2 I, 3 L, 4 U).
    var lists: UInt32 = 0
    /// Prediction history: bits 0–3 types seen for this word earlier, bits 4–6 majority + 1.
    var history: UInt8 = 0
    /// Capitalized here and seen in lowercase elsewhere in the document.
    var seenLowercase = false

    static let capitalized: UInt16 = 1 << 0
    static let allCaps: UInt16 = 1 << 1
    static let hasLower: UInt16 = 1 << 2
    static let hasDigit: UInt16 = 1 << 3
    static let allDigits: UInt16 = 1 << 4
    static let noAlphanumeric: UInt16 = 1 << 5
    static let hasPeriod: UInt16 = 1 << 6
    static let hasHyphen: UInt16 = 1 << 7
    static let nonASCII: UInt16 = 1 << 8
    static let hasLetter: UInt16 = 1 << 9
}

/// Feature template ids: part of the hash of every feature, so their raw values are frozen
/// once a model is saved (add new ones at the end).
enum FeatureTemplate: UInt64, CaseIterable {
    case bias = 1
    case word, lowerM2, lowerM1, lower0, lowerP1, lowerP2
    case shape0, shortM2, shortM1, short0, shortP1, shortP2
    case prefix1, prefix2, prefix3, prefix4, suffix1, suffix2, suffix3, suffix4
    case bigramPrev, bigramNext, shapeTrigram, capsPosition
    case clusterFine0, clusterMiddle0, clusterCoarse0, clusterFineM1, clusterFineP1, clusterMiddleM1, clusterMiddleP1
    case gazetteer0, titleM1, titleM2, orgHeadP1, orgHeadP2, demonymM1
    case capsSentence, capsLower0, capsLowerM1, capsLowerP1
    case seenLowercase, historyHas, historyMajority
    case flagsM1, flagsP1
    case documentHas, documentMajority
    case list0, listsM1, listsP1
}

/// Turns a sentence (byte ranges into a UTF-8 buffer) into hashed features: for each token,
/// up to `stride` bucket numbers (rows of the weight table).
///
/// Features follow Ratinov & Roth 2009 (doi:10.3115/1596374.1596399) and Zhang & Johnson 2003
/// (doi:10.3115/1119176.1119206): word, lowercase, shape, affixes, ±2 window, capitalization and
/// position, gazetteers, word clusters, prediction history. Every value is an FNV-1a hash of
/// bytes combined with its template id and reduced to `hashBits` bits (feature hashing).
/// - Complexity: O(n·(stride + g)) for n tokens and gazetteer phrases of at most g tokens.
struct FeatureExtractor {
    static let stride = 64
    let hashBits: Int
    let labelCount: Int
    let features: TaggerFeatureSet
    let clusters: WordClusterTable
    let gazetteer: TaggerGazetteer

    private static let boundary: UInt64 = 0x5bd1_e995_0000_0001

    /// Fills `facts` for tokens `tokens` (all in one sentence).
    func analyze(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, into facts: UnsafeMutableBufferPointer<TokenFacts>) {
        let n = tokens.count
        for i in 0..<n {
            let r = Int(tokens[i].start)..<Int(tokens[i].end)
            var f = TokenFacts()
            var word = FeatureHash.offsetBasis, lower = word, shape = word, short = word
            var flags: UInt16 = 0
            var letters = 0, uppers = 0, digits = 0, others = 0
            var lastClass: UInt8 = 0, run = 0
            var j = r.lowerBound
            while j < r.upperBound {
                let b = bytes[j]
                word = FeatureHash.step(word, b)
                lower = FeatureHash.step(lower, FeatureHash.asciiLower(b))
                var cls: UInt8
                if b >= 65 && b <= 90 { cls = 88; letters += 1; uppers += 1 }
                else if b >= 97 && b <= 122 { cls = 120; letters += 1; flags |= TokenFacts.hasLower }
                else if b >= 48 && b <= 57 { cls = 100; digits += 1 }
                else if b >= 0xC0 {
                    flags |= TokenFacts.nonASCII
                    letters += 1
                    // Latin-1 capitals À–Þ are C3 80–9E; other scripts count as lowercase-ish.
                    let next = j + 1 < r.upperBound ? bytes[j + 1] : 0
                    if b == 0xC3 && next >= 0x80 && next <= 0x9E { cls = 88; uppers += 1 } else { cls = 120; flags |= TokenFacts.hasLower }
                } else if b >= 0x80 { j += 1; continue }
                else {
                    cls = b; others += 1
                    if b == 46 { flags |= TokenFacts.hasPeriod }
                    if b == 45 { flags |= TokenFacts.hasHyphen }
                }
                if cls == lastClass { run += 1 } else { run = 1; lastClass = cls; short = FeatureHash.step(short, cls) }
                if run <= 4 { shape = FeatureHash.step(shape, cls) }
                j += 1
            }
            if letters > 0 { flags |= TokenFacts.hasLetter }
            if let first = r.first.map({ bytes[$0] }), (first >= 65 && first <= 90) || (first == 0xC3 && r.count > 1 && bytes[r.lowerBound + 1] >= 0x80 && bytes[r.lowerBound + 1] <= 0x9E) {
                flags |= TokenFacts.capitalized
            }
            if letters >= 2 && uppers == letters { flags |= TokenFacts.allCaps }
            if digits > 0 { flags |= TokenFacts.hasDigit }
            if digits > 0 && letters == 0 { flags |= TokenFacts.allDigits }
            if letters == 0 && digits == 0 { flags |= TokenFacts.noAlphanumeric }
            f.word = word; f.lower = lower; f.shape = shape; f.shortShape = short; f.flags = flags
            if features.contains(.clusters) {
                var c = clusters.packed(word)
                if c == 0 && flags & (TokenFacts.capitalized | TokenFacts.allCaps) != 0 {
                    // All-caps headlines and sentence-initial words: try the title-cased and
                    // lowercased spellings.
                    if flags & TokenFacts.allCaps != 0 {
                        var title = FeatureHash.offsetBasis
                        for k in r { title = FeatureHash.step(title, k == r.lowerBound ? bytes[k] : FeatureHash.asciiLower(bytes[k])) }
                        c = clusters.packed(title)
                    }
                    if c == 0 { c = clusters.packed(lower) }
                }
                f.cluster = c
            }
            facts[i] = f
        }
        if features.contains(.gazetteer) || features.contains(.nameLists) { markGazetteer(facts) }
    }

    private func markGazetteer(_ facts: UnsafeMutableBufferPointer<TokenFacts>) {
        let n = facts.count
        let countryBit: UInt32 = 1 << UInt32(TaggerGazetteer.Category.country.rawValue)
        let lists = TaggerGazetteer.Category.nameLists
        let useLists = features.contains(.nameLists)
        let firstList = UInt32(lists[0].rawValue)
        let listMask: UInt32 = (1 << UInt32(lists.count)) - 1
        var listEnd = SIMD8<Int32>()
        var i = 0
        var countryEnd = 0
        while i < n {
            var h: UInt64 = 0
            var longestCountry = 0
            var longest = SIMD8<Int32>()
            let matchLists = useLists && facts[i].flags & (TokenFacts.capitalized | TokenFacts.allCaps) != 0
            var j = i
            while j < n && j - i < gazetteer.maxTokens {
                h = TaggerGazetteer.extend(h, facts[j].lower)
                guard let v = gazetteer.lookup(h) else { break }
                if v & countryBit != 0 { longestCountry = j - i + 1 }
                if matchLists && (v >> firstList) & listMask != 0 {
                    for c in 0..<lists.count where (v >> (firstList + UInt32(c))) & 1 != 0 { longest[c] = Int32(j - i + 1) }
                }
                if j == i {
                    if v & (1 << UInt32(TaggerGazetteer.Category.demonym.rawValue)) != 0 { facts[i].gazetteer |= 1 << 3 }
                    if v & (1 << UInt32(TaggerGazetteer.Category.title.rawValue)) != 0 { facts[i].gazetteer |= 1 << 4 }
                    if v & (1 << UInt32(TaggerGazetteer.Category.organizationHead.rawValue)) != 0 { facts[i].gazetteer |= 1 << 5 }
                }
                if v & TaggerGazetteer.prefixBit == 0 { break }
                j += 1
            }
            if longestCountry > 0 && i >= countryEnd {
                if longestCountry == 1 { facts[i].gazetteer |= 4 } else {
                    facts[i].gazetteer |= 1
                    for k in (i + 1)..<(i + longestCountry - 1) { facts[k].gazetteer |= 2 }
                    facts[i + longestCountry - 1].gazetteer |= 3
                }
                countryEnd = i + longestCountry
            }
            if matchLists {
                for c in 0..<lists.count where longest[c] > 0 && i >= Int(listEnd[c]) {
                    let length = Int(longest[c])
                    let shift = UInt32(3 * c)
                    if length == 1 { facts[i].lists |= 4 << shift } else {
                        facts[i].lists |= 1 << shift
                        for k in (i + 1)..<(i + length - 1) { facts[k].lists |= 2 << shift }
                        facts[i + length - 1].lists |= 3 << shift
                    }
                    listEnd[c] = Int32(i + length)
                }
            }
            i += 1
        }
        if !features.contains(.gazetteer) { for k in 0..<n { facts[k].gazetteer = 0 } }
    }

    /// Writes the prediction-history feature buckets of a token (0 to 2 of them); returns how many.
    @inline(__always)
    func historyBuckets(_ f: TokenFacts, _ out: UnsafeMutablePointer<UInt32>) -> Int {
        guard f.history != 0 else { return 0 }
        let shift = UInt64(64 - hashBits)
        let full = f.history & 0x80 != 0
        let has: FeatureTemplate = full ? .documentHas : .historyHas
        let majority: FeatureTemplate = full ? .documentMajority : .historyMajority
        out[0] = UInt32(truncatingIfNeeded: FeatureHash.combine(has.rawValue, UInt64(f.history & 0xf)) >> shift)
        out[1] = UInt32(truncatingIfNeeded: FeatureHash.combine(majority.rawValue, UInt64((f.history >> 4) & 7)) >> shift)
        return 2
    }

    /// Whether most words of a sentence are in capitals (a CoNLL headline).
    static func isCapsSentence(_ facts: UnsafeMutableBufferPointer<TokenFacts>) -> Bool {
        var words = 0, caps = 0
        for f in facts where f.flags & TokenFacts.hasLetter != 0 {
            words += 1
            if f.flags & TokenFacts.hasLower == 0 { caps += 1 }
        }
        return words >= 2 && caps * 10 >= words * 8
    }

    /// Writes the feature buckets of every token: token i's buckets are
    /// `out[i*stride ..< i*stride + counts[i]]`.
    func extract(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ facts: UnsafeMutableBufferPointer<TokenFacts>,
                 out: UnsafeMutablePointer<UInt32>, counts: UnsafeMutablePointer<Int>, historyStart: UnsafeMutablePointer<Int>) {
        let n = tokens.count
        let shift = UInt64(64 - hashBits)
        let caps = features.contains(.capsHeadline) && Self.isCapsSentence(facts)
        let wide = features.contains(.wideWindow)
        let useClusters = features.contains(.clusters)
        let useGazetteer = features.contains(.gazetteer)
        let useLists = features.contains(.nameLists)
        for i in 0..<n {
            var k = 0
            let row = out + i * Self.stride
            @inline(__always) func emit(_ t: FeatureTemplate, _ v: UInt64) { emitRaw(t.rawValue, v) }
            @inline(__always) func emitRaw(_ t: UInt64, _ v: UInt64) {
                row[k] = UInt32(truncatingIfNeeded: FeatureHash.combine(t, v) >> shift)
                k += 1
            }
            let f = facts[i]
            let prev = i > 0 ? facts[i - 1] : nil
            let next = i + 1 < n ? facts[i + 1] : nil
            let b = Self.boundary
            emit(.bias, 0)
            emit(.lower0, f.lower)
            emit(.lowerM1, prev?.lower ?? b)
            emit(.lowerP1, next?.lower ?? b)
            if !caps {
                emit(.word, f.word)
                emit(.shape0, f.shape)
                emit(.short0, f.shortShape)
                emit(.shortM1, prev?.shortShape ?? b)
                emit(.shortP1, next?.shortShape ?? b)
                emit(.capsPosition, UInt64(f.flags) << 1 | (i == 0 ? 1 : 0))
                emit(.flagsM1, UInt64(prev?.flags ?? 0xffff))
                emit(.flagsP1, UInt64(next?.flags ?? 0xffff))
            } else {
                emit(.capsSentence, UInt64(f.flags & (TokenFacts.hasDigit | TokenFacts.noAlphanumeric | TokenFacts.hasPeriod)) << 1 | (i == 0 ? 1 : 0))
                emit(.capsLower0, f.lower)
                emit(.capsLowerM1, prev?.lower ?? b)
                emit(.capsLowerP1, next?.lower ?? b)
            }
            // Affixes of the lowered bytes (byte-wise: a cut inside a UTF-8 sequence is harmless).
            let r = Int(tokens[i].start)..<Int(tokens[i].end)
            let len = r.count
            var p = FeatureHash.offsetBasis
            for a in 0..<min(4, len) {
                p = FeatureHash.step(p, FeatureHash.asciiLower(bytes[r.lowerBound + a]))
                if a + 1 < len { emitRaw(FeatureTemplate.prefix1.rawValue + UInt64(a), p) }
            }
            var s = FeatureHash.offsetBasis
            for a in 0..<min(4, len) {
                s = FeatureHash.step(s, FeatureHash.asciiLower(bytes[r.upperBound - 1 - a]))
                if a + 1 < len { emitRaw(FeatureTemplate.suffix1.rawValue + UInt64(a), s) }
            }
            if wide {
                let prev2 = i > 1 ? facts[i - 2] : nil
                let next2 = i + 2 < n ? facts[i + 2] : nil
                emit(.lowerM2, prev2?.lower ?? b)
                emit(.lowerP2, next2?.lower ?? b)
                emit(.bigramPrev, FeatureHash.mix((prev?.lower ?? b) ^ f.lower &* 31))
                emit(.bigramNext, FeatureHash.mix(f.lower ^ (next?.lower ?? b) &* 31))
                if !caps {
                    emit(.shortM2, prev2?.shortShape ?? b)
                    emit(.shortP2, next2?.shortShape ?? b)
                    emit(.shapeTrigram, FeatureHash.mix((prev?.shortShape ?? b) &* 7 ^ f.shortShape &* 31 ^ (next?.shortShape ?? b)))
                }
            }
            if useClusters {
                let c = f.cluster
                if c != 0 {
                    let v = c - 1
                    emit(.clusterFine0, v & 0xffff)
                    emit(.clusterMiddle0, (v >> 16) & 0xffff)
                    emit(.clusterCoarse0, v >> 32)
                } else {
                    emit(.clusterFine0, 0xffff_ffff)
                }
                let pc = prev.map { $0.cluster } ?? 0xffff_ffff_ffff
                let nc = next.map { $0.cluster } ?? 0xffff_ffff_ffff
                emit(.clusterFineM1, pc == 0 ? 1 << 40 : (pc - 1) & 0xffff)
                emit(.clusterFineP1, nc == 0 ? 1 << 40 : (nc - 1) & 0xffff)
                emit(.clusterMiddleM1, pc == 0 ? 1 << 40 : ((pc - 1) >> 16) & 0xffff)
                emit(.clusterMiddleP1, nc == 0 ? 1 << 40 : ((nc - 1) >> 16) & 0xffff)
            }
            if useGazetteer {
                if f.gazetteer != 0 { emit(.gazetteer0, UInt64(f.gazetteer)) }
                if let prev, prev.gazetteer & (1 << 4) != 0 { emit(.titleM1, 1) }
                if i > 1, facts[i - 2].gazetteer & (1 << 4) != 0 { emit(.titleM2, 1) }
                if let prev, prev.gazetteer & (1 << 3) != 0 { emit(.demonymM1, 1) }
                if let next, next.gazetteer & (1 << 5) != 0 { emit(.orgHeadP1, UInt64(next.flags & TokenFacts.capitalized)) }
                if i + 2 < n, facts[i + 2].gazetteer & (1 << 5) != 0 { emit(.orgHeadP2, UInt64(facts[i + 2].flags & TokenFacts.capitalized)) }
            }
            if useLists {
                if f.lists != 0 {
                    var l = f.lists
                    var c: UInt64 = 0
                    while l != 0 {
                        if l & 7 != 0 { emit(.list0, c << 3 | UInt64(l & 7)) }
                        l >>= 3
                        c += 1
                    }
                }
                if let prev, prev.lists != 0 { emit(.listsM1, UInt64(prev.lists)) }
                if let next, next.lists != 0 { emit(.listsP1, UInt64(next.lists)) }
            }
            if f.seenLowercase { emit(.seenLowercase, 1) }
            // History features come last: the second pass reuses the sum of all the others.
            historyStart[i] = k
            k += historyBuckets(f, row + k)
            counts[i] = k
        }
    }
}

extension TaggerFeatureSet {
    /// Groups by name, for command-line ablations.
    public static let named: [String: TaggerFeatureSet] = [
        "local": .local, "wideWindow": .wideWindow, "clusters": .clusters, "gazetteer": .gazetteer,
        "capsHeadline": .capsHeadline, "documentCase": .documentCase, "history": .history, "twoPass": .twoPass,
        "nameLists": .nameLists,
    ]
}
