import Foundation
import Testing
@testable import EntityGraph

/// scripts/reference_centrality.py must reproduce the committed NetworkX reference; with
/// ENTGRAPH_RECORD=1 it rewrites it in the source tree instead. Needs python3 with networkx
/// on PATH (the Makefile installs it).
@Suite struct ReferenceScriptTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func scriptReproducesTheCommittedReference() throws {
        let python = try #require(Self.findOnPath("python3"), "python3 is not on PATH")
        let record = ProcessInfo.processInfo.environment["ENTGRAPH_RECORD"] == "1"
        let golden = Self.repository.appendingPathComponent("Tests/EntityGraphTests/Golden/centrality-reference.json")
        let output = record ? golden : FileManager.default.temporaryDirectory
            .appendingPathComponent("centrality-reference-\(ProcessInfo.processInfo.processIdentifier).json")
        defer { if !record { try? FileManager.default.removeItem(at: output) } }
        let before = FileManager.default.contents(atPath: golden.path)

        let process = Process()
        process.executableURL = python
        process.arguments = [Self.repository.appendingPathComponent("scripts/reference_centrality.py").path, output.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "reference_centrality.py failed (is networkx installed?)")
        if record, process.terminationStatus == 0, FileManager.default.contents(atPath: golden.path) != before {
            Issue.record("recorded Golden/centrality-reference.json (ENTGRAPH_RECORD=1): review it with git diff")
        }
        guard process.terminationStatus == 0, !record else { return }

        let fresh = try JSONDecoder().decode(CentralityReference.self, from: Data(contentsOf: output))
        let committed = CentralityReference.shared
        #expect(fresh.networkx == committed.networkx, "NetworkX version changed: re-record with ENTGRAPH_RECORD=1")
        #expect(fresh.graphs.map(\.name) == committed.graphs.map(\.name))
        for (a, b) in zip(fresh.graphs, committed.graphs) {
            #expect(a.edges == b.edges, "\(a.name)")
            for measure in Measure.allCases {
                let x = a.measures[measure.rawValue] ?? nil, y = b.measures[measure.rawValue] ?? nil
                #expect((x == nil) == (y == nil), "\(a.name) \(measure)")
                if let x, let y { #expect(maxDifference(x, y) < 1e-12, "\(a.name) \(measure)") }
            }
        }
    }

    static func findOnPath(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
