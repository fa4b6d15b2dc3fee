import Foundation
import Testing
@testable import EntityGraph

/// Partial graphs: any split of a corpus, merged in any order or tree, gives the graph a build of
/// the whole corpus gives, byte for byte; and the file format refuses what it cannot read.
@Suite struct PartialGraphTests {
    /// The sample corpus, and the dated sample (CSV, RSS, HTML: several documents per file).
    static let inputs: [Input] = InputCollector().collect(["corpus", "examples/dated-news"].map {
        repositoryRoot.appendingPathComponent($0).path
    }).inputs

    static func pipeline(_ adjust: (inout GraphOptions) -> Void = { _ in }) throws -> Pipeline {
        var options = GraphOptions()
        adjust(&options)
        return try Pipeline(options: options, threads: 2, countries: testCountries)
    }

    /// Every export of `graph`, concatenated: what byte identity is judged on.
    static func exported(_ graph: CoMentionGraph) throws -> [UInt8] {
        try ExportFormat.allCases.flatMap { format in
            try format.exporter().files(for: graph).flatMap { Array(($0.part ?? "").utf8) + $0.bytes }
        }
    }

    /// The built graph's exports, and one partial per input (each through its file format).
    static func fixtures(_ pipeline: Pipeline) throws -> (built: [UInt8], partials: [PartialGraph]) {
        let built = pipeline.buildGraph(inputs, problem: { Issue.record("\($0)") })
        let partials = try inputs.map { input in
            let made = try pipeline.partial([input], problem: { Issue.record("\($0)") })
            return try PartialFile.decode(PartialFile.encode(made.partial), path: input.id)
        }
        return (try exported(built.graph), partials)
    }

    /// Random splits into 1–5 groups, each group merged in a random order and sent through the
    /// file format, the groups merged in a random order: always the built graph's bytes.
    @Test(arguments: [false, true])
    func anySplitMergesIntoTheBuiltGraph(timeAndEvidence: Bool) throws {
        let pipeline = try Self.pipeline { options in
            if timeAndEvidence {
                options.slice = .month
                options.evidence = 2
                options.relations = true
                options.normalized = true
            }
        }
        var dated = pipeline
        if timeAndEvidence { dated.dates = DateFilter(requireDate: true) }
        let (built, partials) = try Self.fixtures(dated)
        #expect(built.count > 1000)
        var random = SeededGenerator(seed: timeAndEvidence ? 18 : 81)
        for _ in 0..<12 {
            let groupCount = 1 + random.index(below: 5)
            var groups = Array(repeating: [PartialGraph](), count: groupCount)
            for partial in partials.shuffled(using: &random) { groups[random.index(below: groupCount)].append(partial) }
            let merged = try groups.filter { !$0.isEmpty }.map { group in
                let partial = try group.dropFirst().reduce(group[0]) { try $0.merged(with: $1) }
                return try PartialFile.decode(PartialFile.encode(partial), path: "group")
            }.shuffled(using: &random)
            let whole = try PartialGraph.merging(merged)
            #expect(whole.records.count == partials.map(\.records.count).reduce(0, +))
            var options = whole.graphOptions
            options.normalized = timeAndEvidence
            let graph = try whole.build(options: options, countries: testCountries, threads: 1 + random.index(below: 2)).graph
            #expect(try Self.exported(graph) == built, "split into \(groupCount) groups")
        }
    }

    @Test func encodingIsDeterministicAndRoundTrips() throws {
        let pipeline = try Self.pipeline { $0.relations = true; $0.evidence = 1 }
        let first = try pipeline.partial(Self.inputs, problem: { Issue.record("\($0)") }).partial
        let second = try pipeline.partial(Self.inputs.reversed(), problem: { Issue.record("\($0)") }).partial
        let bytes = try PartialFile.encode(first)
        #expect(try PartialFile.encode(second) == bytes)
        #expect(try PartialFile.encode(PartialFile.decode(bytes, path: "p.egp")) == bytes)
        #expect(bytes.starts(with: Array(#"{"format":"entgraph-partial","version":5,"#.utf8)))
        // Sorted by key: the CSV's records in order, after the corpus's files.
        let keys = first.records.map(\.key)
        #expect(keys == keys.sorted())
        #expect(keys.contains(PartialGraph.OrderKey(source: repositoryRoot.appendingPathComponent("examples/dated-news/wire.csv").path, record: 2)))
    }

    @Test func mergingRefusesDuplicatesAndOtherSettings() throws {
        let sentence = try Self.pipeline()
        let one = try sentence.partial([Self.inputs[0]], problem: { _ in }).partial
        let two = try sentence.partial([Self.inputs[0], Self.inputs[1]], problem: { _ in }).partial
        #expect(throws: PartialGraphError.duplicateDocument(one.records[0].key)) { try PartialGraph.merging([one, two]) }
        let paragraph = try Self.pipeline { $0.window = .paragraph }.partial([Self.inputs[1]], problem: { _ in }).partial
        #expect(throws: PartialGraphError.settingsDiffer("window: sentence vs paragraph")) { try one.merged(with: paragraph) }
        // Partials of two versions of entgraph hold other per-document results.
        let older = try sentence.partial([Self.inputs[1]], reading: ["entgraph": "0.0.1"], problem: { _ in }).partial
        let newer = try sentence.partial([Self.inputs[0]], reading: ["entgraph": EntityGraphVersion.current], problem: { _ in }).partial
        #expect(throws: PartialGraphError.settingsDiffer("entgraph: \(EntityGraphVersion.current) vs 0.0.1")) { try newer.merged(with: older) }
        #expect(throws: PartialGraphError.nothingToMerge) { try PartialGraph.merging([]) }
        var options = one.graphOptions
        options.types = [.person]
        #expect(throws: PartialGraphError.self) { try one.build(options: options, countries: testCountries) }
    }

    @Test func theFileFormatRefusesWhatItCannotRead() throws {
        let partial = try Self.pipeline().partial(Array(Self.inputs.prefix(2)), problem: { _ in }).partial
        let text = String(decoding: try PartialFile.encode(partial), as: UTF8.self)
        func error(_ text: String) -> String {
            do { _ = try PartialFile.decode(Array(text.utf8), path: "p.egp"); return "no error" } catch { return error.description }
        }
        #expect(error(text.replacingOccurrences(of: #""version":5,"#, with: #""version":7,"#))
                == "p.egp: line 1: partial format version 7; this entgraph reads version 5 only (make the partial again with this entgraph)")
        #expect(error("<graphml>\n").hasPrefix("p.egp: line 1: not an entgraph partial"))
        #expect(error("").hasPrefix("p.egp: line 1: not an entgraph partial"))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(error(lines.dropLast().joined(separator: "\n") + "\n")
                == "p.egp: line 2: truncated: the header announces 2 document(s), the file has 1")
        #expect(error(lines[0] + "\n" + lines[1] + "\n" + lines[2].prefix(40) + "\n").hasPrefix("p.egp: line 3: bad document record"))
        // Decoded on several threads, the first bad line is still the one named, and a good file
        // decodes to the same partial.
        let twoBad = lines[0] + "\n" + lines[1].prefix(30) + "\n" + lines[2].prefix(40) + "\n"
        do { _ = try PartialFile.decode(Array(twoBad.utf8), path: "p.egp", threads: 2); Issue.record("no error") } catch {
            #expect(error.description.hasPrefix("p.egp: line 2: bad document record"))
        }
        let parallel = try PartialFile.decode(Array(text.utf8), path: "p.egp", threads: 2)
        #expect(try PartialFile.encode(parallel) == PartialFile.encode(partial))
        // A pair naming an entity the record does not have fails as bad data, not as a crash.
        let corrupt = text.replacingOccurrences(of: #""sentencePairs":["#, with: #""sentencePairs":[999999999999,1,"#)
        #expect(error(corrupt).contains("bad document record"), "\(error(corrupt))")
        // Lowercase words that are no base64, or not of 8-byte values; an entity array cut short.
        #expect(error(text.replacingOccurrences(of: #""lowercaseWords":""#, with: #""lowercaseWords":"!"#)).contains("bad document record"))
        #expect(error(text.replacingOccurrences(of: #""lowercaseWords":""#, with: #""lowercaseWords":"AAAA"#)).contains("bad document record"))
        #expect(error(text.replacingOccurrences(of: #""entities":[["#, with: #""entities":[["person"],["#)).contains("bad document record"))
        // The same document twice in one file.
        #expect(error([lines[0].replacingOccurrences(of: #""documents":2"#, with: #""documents":3"#), lines[1], lines[1], lines[2]].joined(separator: "\n"))
                .contains("is in more than one partial (or twice in one)"))
    }
}
