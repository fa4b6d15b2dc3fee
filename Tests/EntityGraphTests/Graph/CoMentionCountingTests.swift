import Testing
@testable import EntityGraph

/// The builder's edges and counts against a naive count with sets, on made-up corpora.
@Suite struct CoMentionCountingTests {
    /// Made-up people: a full name, and its surname alone (used in some documents instead).
    static let people = ["Anna Zork", "Boris Quill", "Carla Mendt", "Dmitri Voss", "Elena Brack",
                         "Farid Ostin", "Greta Lunde", "Hugo Parrel", "Ines Tallo", "Jonas Wreft"]
    static let countries = [("France", "FR"), ("Japan", "JP"), ("Kenya", "KE"), ("Peru", "PE"), ("Chile", "CL")]
    static let demonyms = [("French", "FR"), ("Japanese", "JP")]
    static let organizations = ["Acme Corp", "Blue Bank", "Delta Union"]

    /// One mention made up for a test.
    static func mention(_ surface: String, _ key: EntityKey, sentence: Int, rule: AliasRule = .sameKey,
                        country: (code: String, form: Mention.CountryForm)? = nil, label: String? = nil) -> ResolvedMention {
        ResolvedMention(mention: Mention(tokens: 0..<1, sentence: sentence, kind: key.kind, origin: .rule, country: country),
                        bytes: 0..<0, text: surface, surface: surface, key: key, rule: rule, label: label)
    }

    static func person(_ surface: String, sentence: Int) -> ResolvedMention {
        mention(surface, EntityKey(kind: .person, name: NameCanonicalizer.key(surface)), sentence: sentence)
    }

    /// A random document: 1–4 paragraphs of 1–4 sentences of 0–5 mentions, each person named
    /// either in full or by surname alone throughout the document (so surnames merge across
    /// the corpus); in `bothForms` documents the first person chosen goes by both, which keeps
    /// its two names apart for good.
    static func randomDocument(_ number: Int, _ random: inout SeededGenerator, bothForms: Bool) -> ResolvedDocument {
        var mentions: [ResolvedMention] = []
        var sentenceParagraphs: [Int] = []
        let cast = (0..<4).map { _ in people[random.index(below: people.count)] }
        let bySurname = cast.map { _ in random.index(below: 3) == 0 }
        for paragraph in 0..<(1 + random.index(below: 4)) {
            for _ in 0..<(1 + random.index(below: 4)) {
                let sentence = sentenceParagraphs.count
                sentenceParagraphs.append(paragraph)
                for _ in 0..<random.index(below: 6) {
                    switch random.index(below: 10) {
                    case 0..<5:
                        let who = random.index(below: cast.count)
                        let surnameOnly = bothForms && who == 0 ? random.index(below: 2) == 0 : bySurname[who]
                        let surface = surnameOnly ? String(cast[who].split(separator: " ")[1]) : cast[who]
                        mentions.append(person(surface, sentence: sentence))
                    case 5..<7:
                        let (name, code) = countries[random.index(below: countries.count)]
                        mentions.append(mention(name, EntityKey(kind: .country, name: code), sentence: sentence,
                                                rule: .countryTable, country: (code, .name)))
                    case 7:
                        let (name, code) = demonyms[random.index(below: demonyms.count)]
                        mentions.append(mention(name, EntityKey(kind: .misc, name: name.lowercased()), sentence: sentence,
                                                country: (code, .demonym)))
                    default:
                        let name = organizations[random.index(below: organizations.count)]
                        mentions.append(mention(name, EntityKey(kind: .organization, name: NameCanonicalizer.key(name)),
                                                sentence: sentence))
                    }
                }
            }
        }
        return ResolvedDocument(id: "doc\(number).txt", mentions: mentions, sentenceParagraphs: sentenceParagraphs,
                                ambiguities: [])
    }

    struct Counts: Equatable, CustomStringConvertible {
        var sentences = 0, paragraphs = 0, documents = 0
        var description: String { "\(sentences)/\(paragraphs)/\(documents)" }
    }

    /// Edges by "id|id" counted the naive way: the set of nodes of each window, every pair of
    /// distinct nodes once per window; kept when the chosen window's count reaches `minWeight`.
    static func referenceEdges(_ documents: [ResolvedDocument], options: GraphOptions,
                               nodeIDs: [EntityKey: String]) -> [String: Counts] {
        var counts: [String: Counts] = [:]
        func countPairs(_ nodes: Set<String>, _ add: (inout Counts) -> Void) {
            let sorted = nodes.sorted()
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] { add(&counts["\(a)|\(b)", default: Counts()]) }
            }
        }
        for document in documents {
            var sentences: [Int: Set<String>] = [:], paragraphs: [Int: Set<String>] = [:], whole: Set<String> = []
            for item in document.mentions {
                guard let key = options.graphKey(for: item)?.0 else { continue }
                let node = nodeIDs[key]!
                sentences[item.mention.sentence, default: []].insert(node)
                paragraphs[document.sentenceParagraphs[item.mention.sentence], default: []].insert(node)
                whole.insert(node)
            }
            sentences.values.forEach { countPairs($0) { $0.sentences += 1 } }
            paragraphs.values.forEach { countPairs($0) { $0.paragraphs += 1 } }
            countPairs(whole) { $0.documents += 1 }
        }
        return counts.filter { _, counts in
            let weight = switch options.window {
            case .sentence: counts.sentences
            case .paragraph: counts.paragraphs
            case .document: counts.documents
            }
            return weight > 0 && Double(weight) >= options.minWeight
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func edgesMatchANaiveCountInEveryWindow(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let documents = (0..<40).map { Self.randomDocument($0, &random, bothForms: $0 % 10 == 9) }
        var coarserCountsDiffer = false
        for window in CoMentionWindow.allCases {
            for minWeight in [1.0, 2.0, 3.0] {
                for demonyms in [false, true] {
                    var options = GraphOptions()
                    options.window = window
                    options.minWeight = minWeight
                    options.demonyms = demonyms
                    var builder = GraphBuilder(options: options, countries: testCountries)
                    documents.forEach { builder.add($0) }
                    #expect(builder.entities().contains { $0.members.count > 1 }, "no merged entity to test")
                    let built = builder.assemble(); let (graph, nodeIDs) = (built.graph, built.nodeIDs)
                    let expected = Self.referenceEdges(documents, options: options, nodeIDs: nodeIDs)
                    var found: [String: Counts] = [:]
                    for edge in graph.edges {
                        let counts = Counts(sentences: edge.sentences, paragraphs: edge.paragraphs, documents: edge.documents)
                        found["\(graph.nodes[edge.source].id)|\(graph.nodes[edge.target].id)"] = counts
                        let weight = [CoMentionWindow.sentence: counts.sentences, .paragraph: counts.paragraphs,
                                      .document: counts.documents][window]!
                        #expect(edge.weight == Double(weight))
                        if counts.paragraphs > counts.sentences || counts.documents > counts.paragraphs {
                            coarserCountsDiffer = true
                        }
                    }
                    let differing = Set(found.keys).union(expected.keys).filter { found[$0] != expected[$0] }.sorted()
                    #expect(differing.isEmpty, """
                        window \(window), min weight \(minWeight), demonyms \(demonyms): \(differing.count) edges differ, \
                        e.g. \(differing.prefix(3).map { "\($0) \(found[$0]?.description ?? "-") ≠ \(expected[$0]?.description ?? "-")" })
                        """)
                    #expect(!expected.isEmpty)
                }
            }
        }
        #expect(coarserCountsDiffer)
    }

    @Test func nodeCountsMatchANaiveCount() {
        var random = SeededGenerator(seed: 11)
        let documents = (0..<30).map { Self.randomDocument($0, &random, bothForms: $0 == 7) }
        var builder = GraphBuilder(options: GraphOptions(), countries: testCountries)
        documents.forEach { builder.add($0) }
        let built = builder.assemble(); let (graph, nodeIDs) = (built.graph, built.nodeIDs)
        var mentions: [String: Int] = [:], inDocuments: [String: Set<Int>] = [:]
        for (number, document) in documents.enumerated() {
            for item in document.mentions {
                guard let key = builder.graphKey(for: item)?.0 else { continue }
                mentions[nodeIDs[key]!, default: 0] += 1
                inDocuments[nodeIDs[key]!, default: []].insert(number)
            }
        }
        #expect(Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.mentions) }) == mentions)
        #expect(Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.documents) }) == inDocuments.mapValues(\.count))
    }

    /// The graph does not depend on the order the documents are read in: the same entities,
    /// merges, labels, ids and counts (README, "Node ids"), so two runs over one corpus listed
    /// in two orders, a store's re-run and a merge of partials in any order agree.
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func theGraphDoesNotDependOnTheOrderOfTheDocuments(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        // Names whose merges compete: namesakes of one surname, a surname alone, spelling
        // variants, one name typed two ways.
        let names: [(String, EntityKind)] = [
            ("Anna Zork", .person), ("Alan Zork", .person), ("Zork", .person), ("Zork", .organization),
            ("Carla Mendt", .person), ("Carla Mendtt", .person), ("Mendt", .person), ("Mendt", .organization),
            ("Boris Quill", .person), ("Quill", .person), ("Blue Bank", .organization), ("Blue", .person),
        ]
        let documents = (0..<40).map { number in
            var document = Self.randomDocument(number, &random, bothForms: number % 4 == 3)
            for _ in 0..<random.index(below: 4) {
                let (surface, kind) = names[random.index(below: names.count)]
                let sentence = random.index(below: document.sentenceParagraphs.count)
                document.mentions.append(Self.mention(surface, EntityKey(kind: kind, name: NameCanonicalizer.key(surface)), sentence: sentence))
            }
            document.mentions.sort { $0.mention.sentence < $1.mention.sentence }
            return document
        }
        func built(_ order: [ResolvedDocument]) -> CoMentionGraph {
            var builder = GraphBuilder(options: GraphOptions(), countries: testCountries)
            order.forEach { builder.add($0) }
            return builder.build()
        }
        let graph = built(documents)
        #expect(graph.nodes.count > 5 && graph.edges.count > 5)
        #expect(built(documents.reversed()) == graph)
        var shuffled = documents
        for i in shuffled.indices.dropLast() { shuffled.swapAt(i, i + random.index(below: shuffled.count - i)) }
        #expect(built(shuffled) == graph)
    }

    /// Putting the registry in key order renumbers every count that names entries by index.
    @Test func theCountsInKeyOrderAreTheSameCounts() {
        var random = SeededGenerator(seed: 9)
        var counter = CoMentionCounter(options: GraphOptions())
        for number in 0..<25 { counter.add(Self.randomDocument(number, &random, bothForms: number == 4)) }
        let sorted = counter.inKeyOrder()
        let keys = sorted.registry.entries.map(\.key)
        #expect(keys == keys.sorted() && Set(keys) == Set(counter.registry.entries.map(\.key)))
        #expect(sorted.registry.keyOrder() == nil && counter.registry.keyOrder() != nil)
        func index(_ key: EntityKey) -> Int { sorted.registry.index(of: key)! }
        for (old, entry) in counter.registry.entries.enumerated() {
            #expect(sorted.registry.entries[index(entry.key)].mentions == entry.mentions)
            #expect(sorted.documentPostings[index(entry.key)] == counter.documentPostings[old])
            #expect(sorted.sentencePostings[index(entry.key)] == counter.sentencePostings[old])
        }
        #expect(sorted.pairs.count == counter.pairs.count)
        for (pair, counts) in counter.pairs.pairs {
            let a = index(counter.registry.entries[Int(pair >> 32)].key), b = index(counter.registry.entries[Int(pair & 0xFFFF_FFFF)].key)
            let renumbered = sorted.pairs[UInt64(min(a, b)) << 32 | UInt64(max(a, b))]
            #expect(renumbered?.sentences == counts.sentences && renumbered?.paragraphs == counts.paragraphs)
        }
    }

    /// The registry after the tallied fold is what one `record` per mention used to make.
    @Test func talliedMentionsRecordLikeOneByOne() {
        var random = SeededGenerator(seed: 5)
        var documents = (0..<20).map { Self.randomDocument($0, &random, bothForms: false) }
        documents[3].mentions[0].label = "Thesaurus Name"
        documents[3].mentions[0].rule = .thesaurus
        var options = GraphOptions()
        options.demonyms = true
        var builder = GraphBuilder(options: options, countries: testCountries)
        var oneByOne = EntityRegistry()
        for document in documents {
            builder.add(document)
            var seen: Set<Int> = []
            for item in document.mentions {
                guard let (key, rule) = builder.graphKey(for: item) else { continue }
                let index = oneByOne.intern(key)
                oneByOne.record(mention: item.surface, rule: rule, of: index, label: item.label)
                if seen.insert(index).inserted { oneByOne.recordDocument(of: index) }
            }
        }
        #expect(builder.registry.entries.map(\.key) == oneByOne.entries.map(\.key))
        for (a, b) in zip(builder.registry.entries, oneByOne.entries) {
            #expect(a.mentions == b.mentions && a.documents == b.documents)
            #expect(a.aliases == b.aliases && a.preferredLabel == b.preferredLabel)
        }
    }

    /// "Zork" alone joins "Anna Zork" across documents, unless one document names both apart.
    @Test func namesSeenApartInOneDocumentStayApart() {
        func labels(_ sentences: [[String]]) -> [String] {
            var builder = GraphBuilder(options: GraphOptions(), countries: testCountries)
            for (i, names) in sentences.enumerated() {
                builder.add(ResolvedDocument(id: "d\(i)", mentions: names.map { Self.person($0, sentence: 0) },
                                             sentenceParagraphs: [0], ambiguities: []))
            }
            return builder.build().nodes.map(\.label)
        }
        #expect(labels([["Anna Zork", "Boris Quill"], ["Zork"]]) == ["Anna Zork", "Boris Quill"])
        #expect(labels([["Anna Zork", "Boris Quill"], ["Zork"], ["Zork", "Anna Zork"]]) == ["Anna Zork", "Boris Quill", "Zork"])
    }

    @Test func intersectionsAndUnionsMatchSets() {
        var random = SeededGenerator(seed: 9)
        func sortedList(_ count: Int, below bound: Int) -> [UInt32] {
            Set((0..<count).map { _ in UInt32(random.index(below: bound)) }).sorted()
        }
        for (m, n) in [(0, 0), (0, 5), (1, 1), (3, 4), (5, 1000), (1, 5000), (40, 3000), (200, 300), (700, 700)] {
            for bound in [10, 2000, 100_000] {
                let a = sortedList(m, below: bound), b = sortedList(n, below: bound)
                let common = Set(a).intersection(b).count
                #expect(SortedIntersection.count(a, b) == common, "\(m) \(n) \(bound)")
                #expect(SortedIntersection.count(b, a) == common)
                #expect(SortedIntersection.intersects(a, b) == (common > 0))
                #expect(SortedIntersection.union([a, b, a]) == Set(a).union(b).sorted())
            }
        }
        let hub = Array(0..<UInt32(10_000))
        #expect(SortedIntersection.count([0, 4_999, 9_999, 10_000], hub) == 3)
        #expect(!SortedIntersection.intersects([10_000, 20_000], hub))
    }

    @Test func postingListsKeepEachWindowOnce() {
        var postings = PostingLists()
        postings.append(0, to: 2)
        postings.append(0, to: 2)
        postings.append(3, to: 2)
        postings.append(1, to: 0)
        #expect(postings[2] == [0, 3])
        #expect(postings[0] == [1])
        #expect(postings[1] == [])
        #expect(postings[7] == [])
    }
}
