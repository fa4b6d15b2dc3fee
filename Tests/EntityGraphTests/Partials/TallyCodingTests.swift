import Foundation
import Testing
@testable import EntityGraph

/// The store's binary coding of tallies (`TallyCoding`) and the store's streaming build.
@Suite struct TallyCodingTests {
    /// Tallies of the sample corpora with every optional field in use: dates, relation words,
    /// sentence ranges, a paragraph window (paragraph pairs).
    static func tallies() throws -> [DocumentCoMentions] {
        let pipeline = try PartialGraphTests.pipeline { options in
            options.window = .paragraph
            options.relations = true
            options.evidence = 2
        }
        return try pipeline.partial(PartialGraphTests.inputs, problem: { Issue.record("\($0)") }).partial.records.map(\.tally)
    }

    /// The JSON of a partial file is a full account of a tally: equal JSON, equal tallies.
    static func json(_ tally: DocumentCoMentions) throws -> Data { try PartialFile.encoder().encode(tally) }

    @Test func roundTripsEveryFieldDeterministically() throws {
        let tallies = try Self.tallies()
        #expect(tallies.count >= 14)
        #expect(tallies.contains { !$0.relationWords.isEmpty } && tallies.contains { $0.date != nil } && tallies.contains { !$0.ambiguities.isEmpty })
        for tally in tallies {
            let bytes = TallyCoding.encode(tally)
            #expect(TallyCoding.encode(tally) == bytes)
            let decoded = try TallyCoding.decode(bytes)
            #expect(try Self.json(decoded) == Self.json(tally), "\(tally.id)")
            #expect(TallyCoding.encode(decoded) == bytes)
            #expect(bytes.count < (try Self.json(tally)).count)
        }
    }

    /// Cut, extended, of another coding version or with bytes changed: an error, never a trap,
    /// and never a tally whose indices point outside itself (the fold would crash on it).
    @Test func corruptBytesAreRefusedNotTrappedOn() throws {
        let tallies = try Self.tallies()
        var random = SeededGenerator(seed: 26)
        for tally in tallies.prefix(12) {
            let bytes = TallyCoding.encode(tally)
            for end in 0..<bytes.count {
                #expect(throws: TallyCodingError.self) { try TallyCoding.decode(bytes[..<end]) }
            }
            #expect(throws: TallyCodingError.self) { try TallyCoding.decode(bytes + [0]) }
            var otherVersion = bytes
            otherVersion[0] = TallyCoding.version + 1
            #expect(throws: TallyCodingError.self) { try TallyCoding.decode(otherVersion) }
            for _ in 0..<200 {
                var changed = bytes
                for _ in 0...random.index(below: 3) { changed[1 + random.index(below: changed.count - 1)] = UInt8(random.index(below: 256)) }
                guard let decoded = try? TallyCoding.decode(changed) else { continue }
                // What decoded is foldable: the fold reads every index.
                var options = GraphOptions()
                options.window = decoded.window
                var counter = CoMentionCounter(options: options)
                counter.add(decoded)
            }
        }
    }

    /// The store folds its tallies a batch at a time; any batch size gives the graph a build of
    /// the same inputs gives, byte for byte.
    @Test func theStoreBuildEqualsAFreshBuildForAnyBatch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-tally-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = try PartialGraphTests.pipeline { $0.evidence = 1 }
        let store = try CorpusStore(path: folder.appendingPathComponent("s.sqlite").path)
        let update = try pipeline.update(store, inputs: PartialGraphTests.inputs, problem: { Issue.record("\($0)") })
        #expect(update.read == PartialGraphTests.inputs.count)
        let fresh = pipeline.buildGraph(PartialGraphTests.inputs, problem: { Issue.record("\($0)") })
        for (batch, threads) in [(1, 1), (3, 2), (1024, 2)] {
            let built = try store.build(options: pipeline.options, countries: testCountries, threads: threads, batch: batch)
            #expect(try PartialGraphTests.exported(built.graph) == PartialGraphTests.exported(fresh.graph), "batch \(batch)")
            #expect(built.documentsRead == fresh.documentsRead && built.inputsRead == fresh.inputsRead)
        }
    }
}
