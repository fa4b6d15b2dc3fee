import Foundation

/// Folds resolved documents, in input order, into co-mention counts: the registry of entities,
/// pair counts and postings that `CorpusResolution` and `GraphAssembler` read.
///
/// A pair of distinct entities counts once per window (sentence, paragraph, document) however
/// often its names repeat there. Every edge carries `sentences`, `paragraphs` and `documents`;
/// `weight` is the count of the chosen window.
///
/// Pairs are counted only in the chosen window and the finer ones (a sentence window counts
/// sentence pairs alone): the pairs of a document's coarser windows grow as k² with its k
/// entities and, across a corpus, with the corpus, while the graph's edges do not. An edge has
/// a positive count in the chosen window, and a sentence lies in one paragraph of one document,
/// so its coarser counts are the numbers of paragraphs and documents both ends occur in: the
/// sizes of the intersections of the ends' postings (`PostingLists`, `SortedIntersection`),
/// taken at assembly for the edges kept. A node's postings are the union of its members'
/// (registry entries merged across the corpus). Members usually never share a document, and
/// summed counts are exact; where they may (a surname given to its most mentioned namesake, one
/// name typed two ways), the node's documents and every count of its edges are the sizes of
/// intersections of its sentence, paragraph and document postings instead, which are kept for
/// every window (4 bytes per entity occurrence in a sentence). The corpus-wide resolver's "never
/// merge two names seen apart in one document" intersects the document postings too.
///
/// - Complexity: the fold of a document O(k + a + p) expected for its k entities, a distinct
///   names and p distinct pairs in the counted windows (tallied with their counts by
///   `DocumentCoMentions` on the worker threads); assembly O(pairs + Σ over edges of
///   min(m + n, m log(n/m + 1))) for the ends' postings of lengths m ≤ n.
///   Memory O(entities + pairs in the counted windows + postings): postings grow with entity
///   occurrences per document (and per paragraph for a sentence window), not with the pairs
///   of each document.
public struct CoMentionCounter: Sendable {
    public let options: GraphOptions
    public private(set) var registry = EntityRegistry()
    private(set) var pairs = PairCountTable()
    /// For each registry entry, the documents (in fold order) it occurs in.
    private(set) var documentPostings = PostingLists()
    /// The paragraphs and sentences (numbered across the corpus) each entry occurs in.
    private(set) var paragraphPostings = PostingLists()
    private(set) var sentencePostings = PostingLists()
    private(set) var documentsFolded = 0
    private(set) var paragraphsFolded = 0
    private(set) var sentencesFolded = 0
    /// Each folded document's id (kept for evidence) and date (for evidence and slices), in fold order.
    private(set) var documentIDs: [String] = []
    private(set) var documentDates: [DocumentDate?] = []
    /// The first sentence and paragraph number (across the corpus) of each folded document, and
    /// one past the last: sentence s is in the document d with starts[d] ≤ s < starts[d + 1].
    /// Kept for evidence and slices only.
    private(set) var sentenceStarts: [Int] = [0]
    private(set) var paragraphStarts: [Int] = [0]
    /// The verbs joining pairs of registry entries (i < j packed i << 32 | j), for relations.
    private(set) var relationWords: [UInt64: [String: Int]] = [:]
    /// Every sentence's byte range in its document, by sentence number; kept only for evidence.
    private(set) var sentenceRanges: [Range<Int32>] = []
    /// Names left unmerged in a document because several entities fit them, by document id.
    public private(set) var ambiguities: [String: [Ambiguity]] = [:]
    /// Acronyms explained somewhere in the corpus: acronym key → the long names' keys.
    private(set) var acronyms: [String: Set<EntityKey>] = [:]
    /// For each word written in lowercase inside a sentence somewhere (by its FNV-1a hash), the
    /// number of documents that do: the corpus's ordinary words (see `CorpusResolver`'s
    /// sentence-opener rule).
    private(set) var lowercaseDocuments: [UInt64: Int32] = [:]

    public init(options: GraphOptions) {
        self.options = options
    }

    /// The folded document that window `number` (a sentence, paragraph or document number
    /// across the corpus, as `window` counts) lies in.
    ///
    /// - Complexity: O(log documents), a binary search of the window starts.
    func document(ofWindow number: Int, _ window: CoMentionWindow) -> Int {
        let starts: [Int]
        switch window {
        case .document: return number
        case .sentence: starts = sentenceStarts
        case .paragraph: starts = paragraphStarts
        }
        // The last document whose start is ≤ number (documents without windows share a start).
        var low = 0, high = starts.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= number { low = middle } else { high = middle }
        }
        return low
    }

    /// The same counts with the registry's entries in key order, and every pair, posting list
    /// and relation renumbered to match: what `CorpusResolution` reads, so that the graph does
    /// not depend on the order the documents were folded in (the registry interns entities in
    /// that order, and the corpus-wide rules visit entries by index: which of two conflicting
    /// merges is made first, which member names an entity).
    ///
    /// - Complexity: O(e log e + pairs + e) expected for e entries; the counter itself when its
    ///   entries are in key order already.
    func inKeyOrder() -> CoMentionCounter {
        guard let order = registry.keyOrder() else { return self }
        var newIndex = [Int](repeating: 0, count: order.count)
        for (position, old) in order.enumerated() { newIndex[old] = position }
        var result = self
        result.registry = registry.permuted(order)
        result.pairs = pairs.renumbered(newIndex)
        result.documentPostings = documentPostings.permuted(order)
        result.paragraphPostings = paragraphPostings.permuted(order)
        result.sentencePostings = sentencePostings.permuted(order)
        result.relationWords = Dictionary(uniqueKeysWithValues: relationWords.map { key, words in
            let a = UInt64(newIndex[Int(key >> 32)]), b = UInt64(newIndex[Int(key & 0xFFFF_FFFF)])
            return (min(a, b) << 32 | max(a, b), words)
        })
        return result
    }

    /// Tallies `document` and folds it in; the same as `add(DocumentCoMentions(document, options: options))`.
    public mutating func add(_ document: ResolvedDocument) {
        add(DocumentCoMentions(document, options: options))
    }

    /// Folds in one document tallied (on any thread) with this builder's options.
    public mutating func add(_ document: DocumentCoMentions) {
        precondition(document.window == options.window, "\(document.id): tallied for another window")
        if !document.ambiguities.isEmpty { ambiguities[document.id] = document.ambiguities }
        for (acronym, long) in document.acronyms { acronyms[acronym, default: []].insert(long) }
        for word in document.lowercaseWords { lowercaseDocuments[word, default: 0] += 1 }
        var global: [UInt64] = []
        global.reserveCapacity(document.entities.count)
        for entity in document.entities {
            let index = registry.intern(entity.key)
            for alias in entity.aliases {
                registry.record(mention: alias.surface, count: alias.count, rule: alias.rule, of: index, label: entity.label)
            }
            registry.recordDocument(of: index)
            registry.recordTitled(entity.titled, of: index)
            registry.recordWork(entity.asWork, of: index)
            registry.recordOpeners(entity.openers, of: index)
            registry.recordPronouns(personal: entity.personalPronouns, neuter: entity.neuterPronouns, of: index)
            registry.recordPossessives(entity.possessives, of: index)
            registry.recordQuoted(entity.quoted, of: index)
            registry.recordConfidence(entity.confidence, of: index)
            documentPostings.append(documentsFolded, to: index)
            global.append(UInt64(index))
        }
        func pairKey(_ local: UInt64) -> UInt64 {
            let a = global[Int(local >> 32)], b = global[Int(local & 0xFFFF_FFFF)]
            return min(a, b) << 32 | max(a, b)
        }
        for counted in document.sentencePairs { pairs.increment(pairKey(counted.pair), .sentence, by: counted.count) }
        for (local, words) in document.relationWords {
            let key = pairKey(local)
            for (word, count) in words { relationWords[key, default: [:]][word, default: 0] += count }
        }
        for counted in document.paragraphPairs { pairs.increment(pairKey(counted.pair), .paragraph, by: counted.count) }
        for (local, index) in global.enumerated() {
            for paragraph in document.paragraphPostings[local] {
                paragraphPostings.append(paragraphsFolded + Int(paragraph), to: Int(index))
            }
            for sentence in document.sentencePostings[local] {
                sentencePostings.append(sentencesFolded + Int(sentence), to: Int(index))
            }
        }
        switch options.window {
        case .sentence, .paragraph:
            break
        case .document:
            for i in global.indices.dropLast() {
                for j in (i + 1)..<global.count {
                    pairs.increment(min(global[i], global[j]) << 32 | max(global[i], global[j]), .document)
                }
            }
        }
        documentsFolded += 1
        paragraphsFolded += document.paragraphCount
        sentencesFolded += document.sentenceCount
        // Kept only for what asks for them, so a plain build holds nothing per document.
        if options.evidence > 0 || options.slice != nil {
            sentenceStarts.append(sentencesFolded)
            paragraphStarts.append(paragraphsFolded)
        }
        if options.evidence > 0 { documentIDs.append(document.id) }
        if options.evidence > 0 || options.slice != nil { documentDates.append(document.date) }
        if options.evidence > 0 {
            sentenceRanges += document.sentenceRanges
            // Tallied without its tokens (`add(_: ResolvedDocument)`): no ranges to show.
            if document.sentenceRanges.count < document.sentenceCount {
                sentenceRanges += repeatElement(0..<0, count: document.sentenceCount - document.sentenceRanges.count)
            }
        }
    }
}
