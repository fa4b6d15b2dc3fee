import Foundation

/// What one resolved document adds to a co-mention graph, tallied on the worker thread that
/// resolved it, so that the fold into the graph (the one sequential step of a build) only
/// interns each entity once and adds counts.
///
/// Entities are numbered locally in order of first mention (the order the registry interns
/// them in, which the output depends on). A pair of local entities is counted once per window
/// they share, for the windows the fold counts pairs in: sentences always, paragraphs when the
/// graph's window is paragraph or document; every pair of the document's entities when it is
/// document (no list is kept for those). The sentences and paragraphs each entity occurs in
/// are kept too, for the counts taken from postings (see `CoMentionCounter`, `GraphAssembler`).
///
/// - Complexity: O(m log m + p log p) for m mentions and p co-mentions (pairs sharing a
///   window, counted once per window); memory O(m + p), p ≤ Σ k² over windows of k entities.
public struct DocumentCoMentions: Sendable {
    /// One entity of the document under its graph key, and what its mentions tell the registry.
    struct Entity: Sendable {
        var key: EntityKey
        var mentions = 0
        /// Mentions with a title or role right before them ("Mr Kenny").
        var titled = 0
        /// Mentions used as a work's title or a product's name (`Mention.namesWork`).
        var asWork = 0
        /// Mentions by its own name, of two or more words, opening their sentence ("Rival Sony said").
        var openers = 0
        /// Mentions followed by "he"/"she" and by "it"/"its" before another name (`Mention.pronounAfter`).
        var personalPronouns = 0
        var neuterPronouns = 0
        /// Mentions followed by "'s" (`Mention.possessiveAfter`).
        var possessives = 0
        /// Mentions standing alone between quotation marks (`Mention.quotedAlone`).
        var quoted = 0
        /// The tagger's confidence in its surest mention (`Mention.confidence`).
        var confidence: Float = 0
        /// The first label the user's thesaurus gave one of its mentions.
        var label: String?
        /// Each surface it went by: how often, and the strongest rule that gave it.
        var aliases: [Alias] = []
    }

    struct Alias: Sendable {
        var surface: String
        var count: Int
        var rule: AliasRule
    }

    /// Two local entities (i < j, packed i << 32 | j) and the number of windows they share.
    struct PairCount: Sendable {
        var pair: UInt64
        var count: UInt32
    }

    public let id: String
    /// The document's date, if it has one.
    public var date: DocumentDate?
    /// Each sentence's UTF-8 byte range in the document's text, kept when the graph keeps
    /// evidence (`GraphOptions.evidence`); empty otherwise.
    var sentenceRanges: [Range<Int32>] = []
    /// The verbs joining pairs of local entities (i < j packed i << 32 | j), kept when the
    /// graph counts relations (`GraphOptions.relations`).
    var relationWords: [UInt64: [String: Int]] = [:]
    let window: CoMentionWindow
    let ambiguities: [Ambiguity]
    let acronyms: [String: EntityKey]
    let lowercaseWords: [UInt64]
    private(set) var entities: [Entity] = []
    private(set) var sentencePairs: [PairCount] = []
    /// Empty for a sentence window.
    private(set) var paragraphPairs: [PairCount] = []
    /// The paragraphs each local entity occurs in.
    private(set) var paragraphPostings = LocalPostings()
    /// The sentences each local entity occurs in.
    private(set) var sentencePostings = LocalPostings()
    /// One more than the highest paragraph index of the document's sentences.
    let paragraphCount: Int
    let sentenceCount: Int

    /// Tallies `document`'s mentions, with the date and the sentences' byte ranges of the
    /// document it was resolved from (`tokenized`).
    public init(_ document: ResolvedDocument, tokenized: TokenizedDocument, options: GraphOptions) {
        self.init(document, options: options)
        date = tokenized.document.date
        if options.relations, let tagger = WordClassTagger.builtIn {
            var localOf: [EntityKey: Int] = [:]
            for (index, entity) in entities.enumerated() { localOf[entity.key] = index }
            let mentions = document.mentions.compactMap { item -> (tokens: Range<Int>, sentence: Int, entity: Int)? in
                guard let (key, _) = options.graphKey(for: item), let local = localOf[key] else { return nil }
                return (item.mention.tokens, item.mention.sentence, local)
            }
            relationWords = RelationWords.find(in: tokenized, mentions: mentions, tagger: tagger)
        }
        if options.evidence > 0 {
            sentenceRanges = tokenized.sentences.map { sentence in
                guard let first = sentence.tokens.first, let last = sentence.tokens.last else { return 0..<0 }
                return tokenized.tokens[first].start..<tokenized.tokens[last].end
            }
        }
    }

    /// Tallies `document`'s mentions that count in a graph with `options`.
    public init(_ document: ResolvedDocument, options: GraphOptions) {
        id = document.id
        window = options.window
        ambiguities = document.ambiguities
        acronyms = document.acronyms
        lowercaseWords = document.lowercaseWords
        paragraphCount = (document.sentenceParagraphs.max() ?? -1) + 1
        sentenceCount = document.sentenceParagraphs.count
        var localIndex: [EntityKey: Int] = [:]
        var aliasIndex: [AliasSlot: Int] = [:]
        // Local entity indices tagged with their sentence or paragraph in the high 32 bits:
        // sorting brings every window's members together, duplicates side by side.
        var inSentences: [UInt64] = [], inParagraphs: [UInt64] = []
        inSentences.reserveCapacity(document.mentions.count)
        inParagraphs.reserveCapacity(document.mentions.count)
        for item in document.mentions {
            guard let (key, rule) = options.graphKey(for: item) else { continue }
            let local: Int
            if let known = localIndex[key] {
                local = known
            } else {
                local = entities.count
                localIndex[key] = local
                entities.append(Entity(key: key))
            }
            entities[local].mentions += 1
            entities[local].confidence = max(entities[local].confidence, item.mention.confidence)
            if item.mention.titled { entities[local].titled += 1 }
            // A common noun's acronym the document joined to a longer name is evidence about the
            // acronym only ("a PAC" beside "Unintimidated PAC"), not about the name.
            if item.mention.namesWork || item.mention.isCommonNoun && rule == .sameKey { entities[local].asWork += 1 }
            if item.mention.possessiveAfter { entities[local].possessives += 1 }
            if item.mention.quotedAlone { entities[local].quoted += 1 }
            switch item.mention.pronounAfter {
            case .personal: entities[local].personalPronouns += 1
            case .neuter: entities[local].neuterPronouns += 1
            case nil: break
            }
            // Only the entity's own name counts ("Rival Sony", not a "Sony" the document joined to it).
            if item.mention.opensSentence, NameCanonicalizer.key(item.surface) == key.name { entities[local].openers += 1 }
            if entities[local].label == nil { entities[local].label = item.label }
            let slot = AliasSlot(entity: local, surface: item.surface)
            if let alias = aliasIndex[slot] {
                entities[local].aliases[alias].count += 1
                entities[local].aliases[alias].rule = min(entities[local].aliases[alias].rule, rule)
            } else {
                aliasIndex[slot] = entities[local].aliases.count
                entities[local].aliases.append(Alias(surface: item.surface, count: 1, rule: rule))
            }
            let sentence = item.mention.sentence
            inSentences.append(UInt64(sentence) << 32 | UInt64(local))
            inParagraphs.append(UInt64(document.sentenceParagraphs[sentence]) << 32 | UInt64(local))
        }
        sentencePostings = LocalPostings(inSentences, entities: entities.count)
        paragraphPostings = LocalPostings(inParagraphs, entities: entities.count)
        sentencePairs = Self.pairCounts(windows: &inSentences)
        if window != .sentence { paragraphPairs = Self.pairCounts(windows: &inParagraphs) }
    }

    /// A surface of a local entity.
    private struct AliasSlot: Hashable {
        var entity: Int
        var surface: String
    }

    /// Each pair of distinct entities sharing a window of `tagged` (window in the high 32 bits,
    /// local entity in the low ones), with the number of windows it shares, sorted by pair.
    private static func pairCounts(windows tagged: inout [UInt64]) -> [PairCount] {
        tagged.sort()
        var pairs: [UInt64] = []
        var members: [UInt64] = []
        var current = UInt64.max
        func flush() {
            guard members.count > 1 else { return }
            for i in 0..<(members.count - 1) {
                for j in (i + 1)..<members.count { pairs.append(members[i] << 32 | members[j]) }
            }
        }
        for entry in tagged {
            if entry >> 32 != current {
                flush()
                members.removeAll(keepingCapacity: true)
                current = entry >> 32
            }
            let entity = entry & 0xFFFF_FFFF
            if members.last != entity { members.append(entity) }
        }
        flush()
        pairs.sort()
        var counts: [PairCount] = []
        for pair in pairs {
            if counts.last?.pair == pair { counts[counts.count - 1].count += 1 } else { counts.append(PairCount(pair: pair, count: 1)) }
        }
        return counts
    }

}

/// The windows (sentences or paragraphs, numbered within a document) each local entity of a
/// document occurs in, increasing: entity i's are `values[starts[i]..<starts[i + 1]]`.
struct LocalPostings: Sendable, Codable {
    private(set) var values: [UInt32] = []
    private(set) var starts: [Int] = []

    init() {}

    /// From (window, local entity) tags: window in the high 32 bits, entity in the low ones.
    init(_ tagged: [UInt64], entities: Int) {
        var byEntity = tagged.map { ($0 & 0xFFFF_FFFF) << 32 | $0 >> 32 }
        byEntity.sort()
        starts = [0]
        starts.reserveCapacity(entities + 1)
        for entry in byEntity {
            let entity = Int(entry >> 32), window = UInt32(truncatingIfNeeded: entry)
            while starts.count <= entity { starts.append(values.count) }
            // A repeat within the entity's own run (runs are in entity order).
            if values.count > starts[entity], values.last == window { continue }
            values.append(window)
        }
        while starts.count <= entities { starts.append(values.count) }
    }

    /// The windows of local entity `i`, increasing; empty when none were kept.
    subscript(i: Int) -> ArraySlice<UInt32> {
        i + 1 < starts.count ? values[starts[i]..<starts[i + 1]] : []
    }
}

/// A tally is what a partial graph (`PartialGraph`) keeps of each document, so it encodes every
/// field the fold reads. The encoding is deterministic: pairs and relation words go out as
/// sorted lists (a dictionary keyed by numbers would come out in hash order), and an encoder
/// with sorted keys orders the rest.
extension DocumentCoMentions: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, date, window, sentenceRanges, relationWords, ambiguities, acronyms, lowercaseWords, entities
        case sentencePairs, paragraphPairs, paragraphPostings, sentencePostings, paragraphCount, sentenceCount
    }

    /// The verbs joining one pair of local entities.
    private struct PairWords: Codable {
        var pair: UInt64
        var words: [String: Int]
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        date = try container.decodeIfPresent(DocumentDate.self, forKey: .date)
        window = try container.decode(CoMentionWindow.self, forKey: .window)
        sentenceRanges = try container.decode([Range<Int32>].self, forKey: .sentenceRanges)
        let words = try container.decode([PairWords].self, forKey: .relationWords)
        relationWords = Dictionary(words.map { ($0.pair, $0.words) }, uniquingKeysWith: { a, _ in a })
        ambiguities = try container.decode([Ambiguity].self, forKey: .ambiguities)
        acronyms = try container.decode([String: EntityKey].self, forKey: .acronyms)
        guard let packed = Data(base64Encoded: try container.decode(String.self, forKey: .lowercaseWords)), packed.count % 8 == 0 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(id): lowercase words are not base64 of 8-byte values"))
        }
        lowercaseWords = Self.unpackedWords(packed)
        entities = try container.decode([Entity].self, forKey: .entities)
        sentencePairs = try Self.decodePairs(container.decode([UInt64].self, forKey: .sentencePairs), in: decoder)
        paragraphPairs = try Self.decodePairs(container.decode([UInt64].self, forKey: .paragraphPairs), in: decoder)
        paragraphPostings = try container.decode(LocalPostings.self, forKey: .paragraphPostings)
        sentencePostings = try container.decode(LocalPostings.self, forKey: .sentencePostings)
        paragraphCount = try container.decode(Int.self, forKey: .paragraphCount)
        sentenceCount = try container.decode(Int.self, forKey: .sentenceCount)
        if let problem = indexProblem() {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: problem))
        }
    }

    /// What is wrong with a decoded tally's indices, nil when nothing is: what the fold indexes
    /// with must be checked when a record is read, so that a corrupt one fails there and does
    /// not crash the fold.
    func indexProblem() -> String? {
        let local = UInt64(entities.count)
        for counted in sentencePairs + paragraphPairs where counted.pair >> 32 >= local || counted.pair & 0xFFFF_FFFF >= local {
            return "\(id): a pair names entity \(counted.pair >> 32) or \(counted.pair & 0xFFFF_FFFF) of \(local)"
        }
        for (pair, _) in relationWords where pair >> 32 >= local || pair & 0xFFFF_FFFF >= local {
            return "\(id): relation words name an entity beyond \(local)"
        }
        guard paragraphPostings.isValid(entities: entities.count), sentencePostings.isValid(entities: entities.count),
              paragraphCount >= 0, sentenceCount >= 0 else { return "\(id): postings or window counts out of range" }
        return nil
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encode(window, forKey: .window)
        try container.encode(sentenceRanges, forKey: .sentenceRanges)
        try container.encode(relationWords.sorted { $0.key < $1.key }.map { PairWords(pair: $0.key, words: $0.value) }, forKey: .relationWords)
        try container.encode(ambiguities, forKey: .ambiguities)
        try container.encode(acronyms, forKey: .acronyms)
        try container.encode(Self.packedWords(lowercaseWords), forKey: .lowercaseWords)
        try container.encode(entities, forKey: .entities)
        try container.encode(sentencePairs.flatMap { [$0.pair, UInt64($0.count)] }, forKey: .sentencePairs)
        try container.encode(paragraphPairs.flatMap { [$0.pair, UInt64($0.count)] }, forKey: .paragraphPairs)
        try container.encode(paragraphPostings, forKey: .paragraphPostings)
        try container.encode(sentencePostings, forKey: .sentencePostings)
        try container.encode(paragraphCount, forKey: .paragraphCount)
        try container.encode(sentenceCount, forKey: .sentenceCount)
    }

    /// The lowercase-word hashes as base64 of their 8-byte little-endian values: half the bytes
    /// of a JSON array of numbers, and decoded many times faster (they were half of a stored
    /// tally's bytes and most of a store re-run's time).
    private static func packedWords(_ words: [UInt64]) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(words.count * 8)
        for word in words {
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
        }
        return Data(bytes).base64EncodedString()
    }

    private static func unpackedWords(_ data: Data) -> [UInt64] {
        data.withUnsafeBytes { raw in
            (0..<(raw.count / 8)).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)) }
        }
    }

    /// Pairs written flat (pair, count, pair, count…), as `encode(to:)` writes them.
    private static func decodePairs(_ flat: [UInt64], in decoder: any Decoder) throws -> [PairCount] {
        guard flat.count % 2 == 0 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "pair counts are not (pair, count) pairs"))
        }
        return stride(from: 0, to: flat.count, by: 2).map { PairCount(pair: flat[$0], count: UInt32(truncatingIfNeeded: flat[$0 + 1])) }
    }
}

/// An entity as one flat JSON array, `[kind, name, mentions, titled, asWork, openers,
/// personalPronouns, neuterPronouns, possessives, quoted, confidence, label or null, then surface, count,
/// rule for each alias]`: a keyed object per entity and alias made decoding a stored tally three
/// times slower (partial format and store schema 4; 5 added `quoted`).
extension DocumentCoMentions.Entity: Codable {
    init(from decoder: any Decoder) throws {
        var fields = try decoder.unkeyedContainer()
        key = EntityKey(kind: try fields.decode(EntityKind.self), name: try fields.decode(String.self))
        mentions = try fields.decode(Int.self)
        titled = try fields.decode(Int.self)
        asWork = try fields.decode(Int.self)
        openers = try fields.decode(Int.self)
        personalPronouns = try fields.decode(Int.self)
        neuterPronouns = try fields.decode(Int.self)
        possessives = try fields.decode(Int.self)
        quoted = try fields.decode(Int.self)
        confidence = try fields.decode(Float.self)
        label = try fields.decodeNil() ? nil : try fields.decode(String.self)
        while !fields.isAtEnd {
            aliases.append(DocumentCoMentions.Alias(surface: try fields.decode(String.self), count: try fields.decode(Int.self),
                                                    rule: try fields.decode(AliasRule.self)))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var fields = encoder.unkeyedContainer()
        try fields.encode(key.kind)
        try fields.encode(key.name)
        for count in [mentions, titled, asWork, openers, personalPronouns, neuterPronouns, possessives, quoted] { try fields.encode(count) }
        try fields.encode(confidence)
        if let label { try fields.encode(label) } else { try fields.encodeNil() }
        for alias in aliases {
            try fields.encode(alias.surface)
            try fields.encode(alias.count)
            try fields.encode(alias.rule)
        }
    }
}

extension LocalPostings {
    /// Whether the starts cover `entities` entities and stay within the values, increasing.
    func isValid(entities: Int) -> Bool {
        guard starts.count == entities + 1 || (starts.isEmpty && entities == 0), starts.first ?? 0 == 0 else { return false }
        for i in starts.indices.dropFirst() where starts[i] < starts[i - 1] || starts[i] > values.count { return false }
        return true
    }
}

/// The store's binary coding of a tally (`TallyCoding`), field for field the JSON coding above,
/// with the same checks on decoding (`indexProblem`).
extension DocumentCoMentions {
    func encode(into out: inout TallyCoding.Writer) {
        out.string(id)
        if let date { out.bytes.append(1); out.signed(date.daysSinceEpoch) } else { out.bytes.append(0) }
        out.choice(window)
        out.count(sentenceRanges.count)
        for range in sentenceRanges { out.signed(Int(range.lowerBound)); out.signed(Int(range.upperBound)) }
        out.count(relationWords.count)
        for (pair, words) in relationWords.sorted(by: { $0.key < $1.key }) {
            out.unsigned(pair)
            out.count(words.count)
            for (word, count) in words.sorted(by: { $0.key < $1.key }) { out.string(word); out.count(count) }
        }
        out.count(ambiguities.count)
        for ambiguity in ambiguities {
            out.string(ambiguity.name)
            out.count(ambiguity.candidates.count)
            ambiguity.candidates.forEach { out.string($0) }
        }
        out.count(acronyms.count)
        for (acronym, key) in acronyms.sorted(by: { $0.key < $1.key }) { out.string(acronym); out.choice(key.kind); out.string(key.name) }
        out.count(lowercaseWords.count)
        for word in lowercaseWords { out.fixed(word, bytes: 8) }
        out.count(entities.count)
        for entity in entities {
            out.choice(entity.key.kind)
            out.string(entity.key.name)
            for count in [entity.mentions, entity.titled, entity.asWork, entity.openers, entity.personalPronouns,
                          entity.neuterPronouns, entity.possessives, entity.quoted] { out.count(count) }
            out.fixed(UInt64(entity.confidence.bitPattern), bytes: 4)
            out.optionalString(entity.label)
            out.count(entity.aliases.count)
            for alias in entity.aliases { out.string(alias.surface); out.count(alias.count); out.choice(alias.rule) }
        }
        for pairs in [sentencePairs, paragraphPairs] {
            out.count(pairs.count)
            for counted in pairs { out.unsigned(counted.pair); out.count(Int(counted.count)) }
        }
        for postings in [paragraphPostings, sentencePostings] {
            out.count(postings.starts.count)
            postings.starts.forEach { out.count($0) }
            out.count(postings.values.count)
            postings.values.forEach { out.count(Int($0)) }
        }
        out.count(paragraphCount)
        out.count(sentenceCount)
    }

    init(decoding input: inout TallyCoding.Reader) throws(TallyCodingError) {
        id = try input.string()
        switch try input.byte() {
        case 0: date = nil
        case 1:
            let day = try input.signed()
            guard DocumentDate.supported.contains(day) else { throw TallyCodingError("\(id): day \(day) out of range") }
            date = DocumentDate(daysSinceEpoch: day)
        case let flag: throw TallyCodingError("\(id): date flag \(flag)")
        }
        window = try input.choice(CoMentionWindow.self)
        sentenceRanges = try input.list { input throws(TallyCodingError) in
            let lower = try input.signed(), upper = try input.signed()
            guard let lower = Int32(exactly: lower), let upper = Int32(exactly: upper), lower <= upper else { throw TallyCodingError("a sentence range \(lower)..<\(upper)") }
            return lower..<upper
        }
        let words = try input.list { input throws(TallyCodingError) in
            (try input.unsigned(), Dictionary(try input.list { input throws(TallyCodingError) in (try input.string(), try input.count()) },
                                              uniquingKeysWith: +))
        }
        relationWords = Dictionary(words, uniquingKeysWith: { a, _ in a })
        ambiguities = try input.list { input throws(TallyCodingError) in
            Ambiguity(name: try input.string(), candidates: try input.list { input throws(TallyCodingError) in try input.string() })
        }
        acronyms = Dictionary(try input.list { input throws(TallyCodingError) in
            (try input.string(), EntityKey(kind: try input.choice(EntityKind.self), name: try input.string()))
        }, uniquingKeysWith: { a, _ in a })
        lowercaseWords = try input.list { input throws(TallyCodingError) in try input.fixed(bytes: 8) }
        entities = try input.list { input throws(TallyCodingError) in
            var entity = Entity(key: EntityKey(kind: try input.choice(EntityKind.self), name: try input.string()))
            entity.mentions = try input.count()
            entity.titled = try input.count()
            entity.asWork = try input.count()
            entity.openers = try input.count()
            entity.personalPronouns = try input.count()
            entity.neuterPronouns = try input.count()
            entity.possessives = try input.count()
            entity.quoted = try input.count()
            entity.confidence = Float(bitPattern: UInt32(try input.fixed(bytes: 4)))
            entity.label = try input.optionalString()
            entity.aliases = try input.list { input throws(TallyCodingError) in
                Alias(surface: try input.string(), count: try input.count(), rule: try input.choice(AliasRule.self))
            }
            return entity
        }
        let pairs = { (input: inout TallyCoding.Reader) throws(TallyCodingError) -> [PairCount] in
            try input.list { input throws(TallyCodingError) in
                let pair = try input.unsigned(), count = try input.count()
                guard let count = UInt32(exactly: count) else { throw TallyCodingError("pair count \(count) out of range") }
                return PairCount(pair: pair, count: count)
            }
        }
        sentencePairs = try pairs(&input)
        paragraphPairs = try pairs(&input)
        let postings = { (input: inout TallyCoding.Reader) throws(TallyCodingError) -> LocalPostings in
            let starts = try input.list { input throws(TallyCodingError) in try input.count() }
            let values = try input.list { input throws(TallyCodingError) in
                let value = try input.count()
                guard let window = UInt32(exactly: value) else { throw TallyCodingError("window \(value) out of range") }
                return window
            }
            return LocalPostings(values: values, starts: starts)
        }
        paragraphPostings = try postings(&input)
        sentencePostings = try postings(&input)
        paragraphCount = try input.count()
        sentenceCount = try input.count()
        if let problem = indexProblem() { throw TallyCodingError(problem) }
    }
}

extension LocalPostings {
    init(values: [UInt32], starts: [Int]) {
        self.values = values
        self.starts = starts
    }
}
