import Foundation
import Testing
@testable import EntityGraph

/// A small dated corpus through every stage but reading, and the documents as resolved, to
/// compute what the graph should say directly from the mentions.
private struct DatedCorpus {
    static let articles: [(text: String, date: String?)] = [
        ("Vladimir Putin met Joe Biden in Geneva. Putin and Biden talked about Ukraine.\n\nNATO watched Ukraine and Poland.", "2024-01-03"),
        ("Joe Biden called NATO. Germany, France, Poland and Ukraine joined the call with Biden.", "2024-01-20"),
        ("Olaf Scholz and Emmanuel Macron spoke about Ukraine. Scholz said Germany and France agree.", "2024-02-11"),
        ("Joe Biden and Vladimir Putin did not speak. Ukraine asked NATO for help.", "2024-03-30"),
        ("Emmanuel Macron visited Poland. Macron and Biden spoke about NATO and Ukraine.", "2024-03-31"),
    ]

    let options: GraphOptions
    let built: BuiltGraph
    var graph: CoMentionGraph { built.graph }
    let documents: [(document: Document, resolved: ResolvedDocument)]

    init(options: GraphOptions) {
        self.options = options
        let pipeline = try! Pipeline(options: options, countries: testCountries)
        var builder = GraphBuilder(options: options, countries: testCountries)
        var documents: [(Document, ResolvedDocument)] = []
        for (i, article) in Self.articles.enumerated() {
            var document = makeDocument(article.text, id: "d\(i)")
            document.date = article.date.flatMap(DocumentDate.init(parsing:))
            builder.add(pipeline.tally(document))
            documents.append((document, pipeline.analyze(document)))
        }
        built = builder.assemble()
        self.documents = documents
    }

    /// For every sentence of the corpus, the graph nodes it mentions (the direct computation).
    func nodesPerSentence() -> [Set<String>] {
        var sentences: [Set<String>] = []
        for (_, resolved) in documents {
            var local = [Set<String>](repeating: [], count: resolved.sentenceParagraphs.count)
            for item in resolved.mentions {
                guard let (key, _) = options.graphKey(for: item), let node = built.nodeIDs[key],
                      graph.nodes.contains(where: { $0.id == node }) else { continue }
                local[item.mention.sentence].insert(node)
            }
            sentences += local
        }
        return sentences
    }

    func index(_ id: String) -> Int { graph.nodes.firstIndex { $0.id == id }! }
}

@Suite struct TimeSliceTests {
    @Test func periodsAndLabels() {
        let date = DocumentDate(parsing: "2024-12-30")!  // a Monday in ISO week 2025-W01
        #expect(TimeSlice.week.period(of: date).label == "2025-W01")
        #expect(TimeSlice.week.period(of: DocumentDate(parsing: "2021-01-03")!).label == "2020-W53")
        #expect(TimeSlice.month.period(of: date).label == "2024-12")
        #expect(TimeSlice.month.period(of: DocumentDate(parsing: "2024-02-10")!).last.description == "2024-02-29")
        #expect(TimeSlice.year.period(of: date).label == "2024")
        #expect(TimeSlice.day.period(of: date).label == "2024-12-30")
        for slice in TimeSlice.allCases {
            for days in stride(from: 19_000, to: 21_000, by: 37) {
                let period = slice.period(of: DocumentDate(daysSinceEpoch: days))
                #expect(slice.period(labelled: period.label) == period, "\(slice) \(period.label)")
                #expect(period.first.daysSinceEpoch <= days && days <= period.last.daysSinceEpoch)
            }
        }
    }

    @Test(arguments: [TimeSlice.day, .week, .month, .year], [false, true])
    func slicesSumToTheUnslicedWeights(slice: TimeSlice, fractional: Bool) throws {
        var plain = GraphOptions()
        plain.fractional = fractional
        var sliced = plain
        sliced.slice = slice
        let unsliced = DatedCorpus(options: plain).graph, graph = DatedCorpus(options: sliced).graph
        #expect(graph.nodes.map(\.id) == unsliced.nodes.map(\.id))
        #expect(graph.edges.count == unsliced.edges.count)
        #expect(graph.attributes["slice"] == .string(slice.rawValue))
        for (edge, reference) in zip(graph.edges, unsliced.edges) {
            #expect(edge.weight == reference.weight)
            guard case .string(let text)? = edge.attributes["periods"] else { Issue.record("no periods"); continue }
            let periods = try #require(PeriodCounts.parse(text, slice: slice))
            let sum = periods.entries.reduce(0) { $0 + $1.count }
            #expect(abs(sum - reference.weight) < 1e-12, "\(text) vs \(reference.weight)")
        }
        for node in graph.nodes {
            guard case .string(let text)? = node.attributes["periods"] else { Issue.record("no periods"); continue }
            let periods = try #require(PeriodCounts.parse(text, slice: slice))
            #expect(periods.entries.reduce(0) { $0 + $1.count } == Double(node.documents))
        }
        if slice == .month {
            let corpus = DatedCorpus(options: sliced)
            let edge = corpus.graph.edges.first { [$0.source, $0.target] == [corpus.index("joe-biden"), corpus.index("vladimir-putin")].sorted() }
            // Two sentences in January, one in March.
            #expect(edge?.attributes["periods"] == .string(fractional ? "2024-01:1.5|2024-03:1" : "2024-01:2|2024-03:1"))
        }
    }

    @Test func normalizedAndFractionalWeightsMatchADirectComputation() throws {
        var options = GraphOptions()
        options.normalized = true
        options.fractional = true
        let corpus = DatedCorpus(options: options)
        let sentences = corpus.nodesPerSentence()
        let n = Double(sentences.count)
        #expect(corpus.graph.attributes["windows"] == .int(sentences.count))
        #expect(!corpus.graph.edges.isEmpty)
        for edge in corpus.graph.edges {
            let a = corpus.graph.nodes[edge.source].id, b = corpus.graph.nodes[edge.target].id
            let na = Double(sentences.filter { $0.contains(a) }.count)
            let nb = Double(sentences.filter { $0.contains(b) }.count)
            let shared = sentences.filter { $0.contains(a) && $0.contains(b) }
            let nab = Double(shared.count)
            let fractional = shared.reduce(0.0) { $0 + 1 / Double($1.count - 1) }
            let npmi = log((nab / n) / ((na / n) * (nb / n))) / -log(nab / n)
            func value(_ name: String) -> Double? {
                if case .double(let value)? = edge.attributes[name] { return value }
                return nil
            }
            #expect(abs(edge.weight - fractional) < 1e-12, "\(a)–\(b)")
            #expect(value("count") == nab)
            #expect(abs(try #require(value("npmi")) - npmi) < 1e-12)
            #expect(abs(try #require(value("jaccard")) - nab / (na + nb - nab)) < 1e-12)
            #expect(abs(try #require(value("p_target_given_source")) - nab / na) < 1e-12)
            #expect(abs(try #require(value("p_source_given_target")) - nab / nb) < 1e-12)
        }
        // Germany and France share a sentence of five entities (1/4) and one of three (1/2).
        let germanyFrance = corpus.graph.edges.first { [$0.source, $0.target] == [corpus.index("france"), corpus.index("germany")].sorted() }
        #expect(germanyFrance.map { abs($0.weight - (1.0 / 4 + 1.0 / 2)) < 1e-12 } == true, "\(String(describing: germanyFrance))")
    }

    @Test func evidenceSentencesMentionBothEnds() throws {
        var options = GraphOptions()
        options.evidence = 2
        let corpus = DatedCorpus(options: options)
        #expect(!corpus.built.evidence.isEmpty)
        for edge in corpus.graph.edges {
            let a = corpus.graph.nodes[edge.source].id, b = corpus.graph.nodes[edge.target].id
            let evidence = try #require(corpus.built.evidence[NodePair(a, b)])
            #expect(evidence.count == min(2, edge.sentences))
            #expect(edge.attributes["evidence"] == .string(evidence.map(\.attributeText).joined(separator: "|")))
            for item in evidence {
                let (document, resolved) = try #require(corpus.documents.first { $0.document.id == item.documentID })
                #expect(item.date == document.date)
                let ends = Set(resolved.mentions.compactMap { mention -> String? in
                    guard item.sentence.contains(mention.bytes.lowerBound), mention.bytes.upperBound <= item.sentence.upperBound,
                          let (key, _) = options.graphKey(for: mention) else { return nil }
                    return corpus.built.nodeIDs[key]
                })
                #expect(ends.isSuperset(of: [a, b]), "\(item) \(ends)")
            }
        }
        let putinBiden = try #require(corpus.built.evidence[NodePair("vladimir-putin", "joe-biden")])
        let text = Array(corpus.documents[0].document.text.utf8)
        #expect(putinBiden.map { String(decoding: text[$0.sentence], as: UTF8.self) }
            == ["Vladimir Putin met Joe Biden in Geneva.", "Putin and Biden talked about Ukraine."])
    }

    @Test func undatedDocumentsAreCountedAndLeftOutWhenSliced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("2024-01-05 a.txt", "Joe Biden met Vladimir Putin.")
        try folder.write("b.txt", "Joe Biden met Emmanuel Macron.")
        try folder.write("2024-02-07 c.txt", "Emmanuel Macron met Vladimir Putin.")
        let inputs = InputCollector().collect([folder.path]).inputs
        var options = GraphOptions()
        options.slice = .month
        var pipeline = try Pipeline(options: options, countries: testCountries)
        pipeline.dates = DateFilter(requireDate: true)
        let built = pipeline.buildGraph(inputs, problem: { Issue.record("\($0)") })
        #expect(built.documentsRead == 3)
        #expect(built.documentsUndated == 1)
        #expect(!built.graph.nodes.contains { $0.id == "joe-biden" && $0.documents > 1 })
        pipeline.dates = DateFilter(since: DocumentDate(parsing: "2024-02-01"))
        let since = pipeline.buildGraph(inputs, problem: { Issue.record("\($0)") })
        #expect(since.documentsOutOfRange == 1)
        #expect(since.documentsUndated == 1)
        #expect(since.graph.edges.count == 1)
    }
}

@Suite struct DynamicGEXFTests {
    /// The dynamic GEXF against the only GEXF schema at hand, 1.2draft (namespaces mapped as the
    /// static export's test does; `timerepresentation`, new in 1.3, taken out).
    @Test(.enabled(if: Interop.schemas || Interop.required,
                   "needs xmllint (libxml2-utils), python3 and \(Interop.schemaJar) (libjgrapht-java)"))
    func dynamicGEXFIsSchemaValid() throws {
        try Interop.require(Interop.schemas, "xmllint, python3 or \(Interop.schemaJar)")
        let xmllint = try #require(Interop.xmllint)
        var options = GraphOptions()
        options.slice = .week
        let graph = DatedCorpus(options: options).graph
        try ExportFixtures.withTemporaryFolder { folder in
            _ = try Interop.script(["extract-xsd", Interop.schemaJar, folder.path])
            let gexf = String(decoding: try GEXFExporter().write(graph), as: UTF8.self)
            #expect(gexf.contains("<graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\" timerepresentation=\"interval\">"))
            let mapped = gexf
                .replacingOccurrences(of: "xmlns:viz=\"http://gexf.net/1.3/viz\"", with: "xmlns:viz=\"http://www.gexf.net/1.2draft\"")
                .replacingOccurrences(of: "http://gexf.net/1.3", with: "http://www.gexf.net/1.2draft")
                .replacingOccurrences(of: "version=\"1.3\"", with: "version=\"1.2\"")
                .replacingOccurrences(of: " timerepresentation=\"interval\"", with: "")
            let path = folder.appendingPathComponent("dynamic-1.2.gexf")
            try Data(mapped.utf8).write(to: path)
            let result = try Interop.run(xmllint, ["--noout", "--nonet", "--schema", folder.appendingPathComponent("gexf.xsd").path, path.path])
            #expect(result.status == 0, "GEXF: \(result.stderr)")
        }
    }

    /// NetworkX's own reading of a sliced graph's GEXF: mode, spells and dynamic values.
    @Test(.enabled(if: Interop.networkx || Interop.required, "needs python3 with networkx"))
    func networkxReadsTheSpells() throws {
        try Interop.require(Interop.networkx, "python3 with networkx")
        var options = GraphOptions()
        options.slice = .month
        let graph = DatedCorpus(options: options).graph
        let script = """
            import json, sys, networkx as nx
            G = nx.read_gexf(sys.argv[1])
            out = {"mode": G.graph["mode"], "nodes": {}, "edges": {}}
            for n, d in G.nodes(data=True):
                out["nodes"][n] = {"spells": d["spells"], "values": d["period_documents"]}
            for u, v, d in G.edges(data=True):
                out["edges"][" ".join(sorted((u, v)))] = {"weight": d["weight"], "spells": d["spells"], "values": d["period_weight"]}
            print(json.dumps(out, sort_keys=True))
            """
        try ExportFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("sliced.gexf").path
            try graph.write(to: path)
            let python = try #require(Interop.python)
            let result = try Interop.run(python, ["-c", script, path])
            try #require(result.status == 0, "\(result.stderr)")
            let read = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
            #expect(read["mode"] as? String == "dynamic")
            let edges = try #require(read["edges"] as? [String: [String: Any]])
            #expect(edges.count == graph.edges.count)
            for edge in graph.edges {
                let key = [graph.nodes[edge.source].id, graph.nodes[edge.target].id].sorted().joined(separator: " ")
                let seen = try #require(edges[key], "\(key)")
                guard case .string(let text)? = edge.attributes["periods"],
                      let periods = PeriodCounts.parse(text, slice: .month) else { Issue.record("no periods"); continue }
                let spells = try #require(seen["spells"] as? [[String]])
                #expect(spells == periods.entries.map { [$0.period.first.description, $0.period.last.description] })
                let values = try #require(seen["values"] as? [[Any]])
                #expect(values.map { "\($0[0]) \($0[1]) \($0[2])" }
                    == periods.entries.map { "\($0.count) \($0.period.first) \($0.period.last)" })
                #expect(values.reduce(0.0) { $0 + (($1[0] as? Double) ?? .nan) } == edge.weight)
            }
            let nodes = try #require(read["nodes"] as? [String: [String: Any]])
            let biden = try #require(nodes["joe-biden"]?["spells"] as? [[String]])
            #expect(biden == [["2024-01-01", "2024-01-31"], ["2024-03-01", "2024-03-31"]])
        }
    }
}

@Suite struct TrendsAndLookupTests {
    @Test func trendsCompareTwoPeriods() throws {
        var options = GraphOptions()
        options.slice = .month
        let graph = DatedCorpus(options: options).graph
        let periods = Trends.periods(of: graph, slice: .month)
        #expect(periods.map(\.label) == ["2024-01", "2024-02", "2024-03"])
        let trends = Trends(graph, slice: .month, from: periods[0], to: periods[2])
        let pair = try #require(trends.pairs.first { $0.id == "joe-biden – vladimir-putin" })
        #expect((pair.from, pair.to, pair.change) == (2, 1, -1))
        // Sorted by change, most risen first, ties by id.
        #expect(trends.entities.map(\.change) == trends.entities.map(\.change).sorted(by: >))
        let macron = try #require(trends.entities.first { $0.id == "emmanuel-macron" })
        #expect((macron.from, macron.to) == (0, 1))
        #expect(!trends.entities.contains { $0.id == "olaf-scholz" })  // only in February
    }

    @Test func nodesAreFoundByIDLabelOrAlias() throws {
        let graph = DatedCorpus(options: GraphOptions()).graph
        let putin = try #require(graph.nodes.firstIndex { $0.id == "vladimir-putin" })
        #expect(try EdgeExplanation.node(named: "vladimir-putin", in: graph) == putin)
        #expect(try EdgeExplanation.node(named: "VLADIMIR PUTIN", in: graph) == putin)
        #expect(try EdgeExplanation.node(named: "putin", in: graph) == putin)
        #expect(throws: NodeLookupError.self) { try EdgeExplanation.node(named: "Xi", in: graph) }
    }
}
