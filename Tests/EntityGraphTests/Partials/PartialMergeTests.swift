import Foundation
import Testing
@testable import EntityGraph

/// The streaming merge of partial files: the graph and the merged partial of the in-memory
/// merge, byte for byte, whatever the split, the batch size and the threads; and every broken
/// file named with its line.
@Suite struct PartialMergeTests {
    private func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    /// Writes each group of partials, merged in memory, to its own file.
    private func write(_ groups: [[PartialGraph]], in folder: URL) throws -> [String] {
        try groups.enumerated().map { index, group in
            let path = folder.appendingPathComponent("part\(index).egp").path
            try PartialFile.write(PartialGraph.merging(group), to: path)
            return path
        }
    }

    @Test func streamingEqualsTheInMemoryMerge() throws {
        let pipeline = try PartialGraphTests.pipeline { $0.evidence = 2; $0.relations = true }
        let (built, partials) = try PartialGraphTests.fixtures(pipeline)
        #expect(partials.map(\.records.count).reduce(0, +) > 8)
        let whole = try PartialFile.encode(PartialGraph.merging(partials))
        var random = SeededGenerator(seed: 7)
        try withFolder { folder in
            for round in 0..<6 {
                let count = 1 + random.index(below: 4)
                var groups = Array(repeating: [PartialGraph](), count: count)
                for partial in partials.shuffled(using: &random) { groups[random.index(below: count)].append(partial) }
                let paths = try write(groups.filter { !$0.isEmpty }, in: folder).shuffled(using: &random)
                let batch = [1, 2, 3, 16][round % 4], threads = 1 + round % 2
                let merged = try PartialMerge.merge(paths, threads: threads, graph: { _ in }, countries: testCountries,
                                                    keepPartial: true, batch: batch)
                #expect(merged.documents == partials.map(\.records.count).reduce(0, +))
                #expect(try PartialGraphTests.exported(try #require(merged.built).graph) == built, "round \(round), batch \(batch)")
                #expect(merged.partial == whole, "round \(round), batch \(batch)")
                for path in paths { try FileManager.default.removeItem(atPath: path) }
            }
        }
    }

    @Test func brokenFilesAreNamedWithTheirLine() throws {
        let partial = try PartialGraphTests.pipeline().partial(Array(PartialGraphTests.inputs.prefix(3)), problem: { _ in }).partial
        let lines = String(decoding: try PartialFile.encode(partial), as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        try withFolder { folder in
            func error(_ files: [String], batch: Int = 2) -> String {
                let paths = try! files.enumerated().map { index, text in
                    let path = folder.appendingPathComponent("p\(index).egp").path
                    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                    return path
                }
                do {
                    _ = try PartialMerge.merge(paths, threads: 1, graph: { _ in }, countries: testCountries, keepPartial: false, batch: batch)
                    return "no error"
                } catch { return "\(error)".replacingOccurrences(of: folder.path + "/", with: "") }
            }
            let good = lines.joined(separator: "\n") + "\n"
            #expect(error([good]) == "no error")
            #expect(error([lines.dropLast().joined(separator: "\n") + "\n"]) == "p0.egp: line 3: truncated: the header announces 3 document(s), the file has 2")
            #expect(error([good + lines[3] + "\n"]) == "p0.egp: line 5: truncated: the header announces 3 document(s), the file has 4")
            #expect(error([[lines[0], lines[2], lines[1], lines[3]].joined(separator: "\n")]).hasPrefix("p0.egp: line 3: documents out of order"))
            #expect(error([[lines[0], lines[1], lines[1], lines[3]].joined(separator: "\n")]).hasSuffix("is in the file twice"))
            #expect(error([lines[0] + "\n" + lines[1] + "\n" + lines[2].prefix(40) + "\n" + lines[3]]).hasPrefix("p0.egp: line 3: bad document record"))
            #expect(error(["<graphml>\n"]).hasPrefix("p0.egp: line 1: not an entgraph partial"))
            let duplicate = error([good, [lines[0].replacingOccurrences(of: #""documents":3"#, with: #""documents":1"#), lines[2]].joined(separator: "\n")])
            #expect(duplicate.hasSuffix("is in both p0.egp and p1.egp; each document must be in exactly one partial"), "\(duplicate)")
            let paragraph = try PartialGraphTests.pipeline { $0.window = .paragraph }.partial([PartialGraphTests.inputs[3]], problem: { _ in }).partial
            #expect(error([good, String(decoding: try PartialFile.encode(paragraph), as: UTF8.self)])
                    == "the partials were made with different settings (p0.egp and p1.egp: window: sentence vs paragraph); make them with the same options")
            do {
                _ = try PartialMerge.merge([folder.appendingPathComponent("none.egp").path], countries: testCountries)
                Issue.record("no error")
            } catch { #expect("\(error)".hasSuffix("none.egp: no such file or folder"), "\(error)") }
        }
    }
}
