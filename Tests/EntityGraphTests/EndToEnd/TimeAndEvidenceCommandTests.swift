import Foundation
import Testing

/// The time-and-evidence workflow of the README against the built binary, on the committed
/// dated sample (examples/dated-news: CSV, RSS, HTML, a dated file name, one undated note).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct TimeAndEvidenceCommandTests {
    static let corpus = "examples/dated-news"

    private func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-time-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    @Test func slicedBuildCountsUndatedDocumentsAndIsDeterministic() throws {
        try withFolder { folder in
            var outputs: [Data] = []
            for threads in ["1", "2"] {
                let path = folder.appendingPathComponent("g\(threads).graphml").path
                let gexf = folder.appendingPathComponent("g\(threads).gexf").path
                let result = try runEntgraph(["build", Self.corpus, "--slice", "month", "--evidence", "3", "--normalized",
                                              "--threads", threads, "-o", path, "-o", gexf])
                #expect(result.status == 0, "\(result.stderr)")
                #expect(result.stderr.hasPrefix("entgraph: 9 documents read (1 without a date, left out), 0 skipped; "), "\(result.stderr)")
                outputs.append(try Data(contentsOf: URL(fileURLWithPath: path)) + Data(contentsOf: URL(fileURLWithPath: gexf)))
            }
            #expect(outputs[0] == outputs[1])
            let graphml = String(decoding: outputs[0], as: UTF8.self)
            #expect(graphml.contains("2024-01:1|2024-03:1"))  // Emmanuel Macron's documents per month
            #expect(graphml.contains("feed-002@0-102"))
        }
    }

    @Test func sinceAndUntilFilterByDate() throws {
        let result = try runEntgraph(["build", Self.corpus, "--since", "2024-03-01", "--until", "2024-03-31", "-o", "-", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("entgraph: 9 documents read (1 without a date, left out; 6 outside --since/--until), 0 skipped; "), "\(result.stderr)")
        #expect(result.stdoutText.contains("\"id\": \"iran\"") || result.stdoutText.contains("\"id\":\"iran\""))
        #expect(!result.stdoutText.contains("xi-jinping"))
        let bad = try runEntgraph(["build", Self.corpus, "--since", "March", "-o", "-"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("not a date"))
    }

    @Test func explainQuotesSentencesThatNameBoth() throws {
        let result = try runEntgraph(["explain", Self.corpus, "Olaf Scholz", "China"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.first == "China – Olaf Scholz: 2 sentences mention both")
        let quoted = lines.filter { $0.hasPrefix("  \"") }
        #expect(quoted.count == 2)
        for line in quoted { #expect(line.contains("Scholz") && line.contains("China"), "\(line)") }
        #expect(result.stdoutText.contains("— feed-002, 2024-04-15, bytes 0–102"))

        let json = try runEntgraph(["explain", Self.corpus, "macron", "ursula-von-der-leyen", "--max", "1", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        #expect(sentences.count == 1)
        #expect((object["sentences_total"] as? Int).map { $0 >= 1 } == true)
        #expect(sentences.first?["document"] as? String == "examples/dated-news/2024-03-18-brussels.txt")
        #expect(sentences.first?["date"] as? String == "2024-03-18")

        let apart = try runEntgraph(["explain", Self.corpus, "Poland", "Xi Jinping"])
        #expect(apart.status == 3)
        #expect(apart.stderr.contains("Poland and Xi Jinping are never mentioned in one sentence"), "\(apart.stderr)")

        let missing = try runEntgraph(["explain", Self.corpus, "Putin", "China"])
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("no entity 'Putin'"), "\(missing.stderr)")
    }

    @Test func trendsListRisesAndFalls() throws {
        let result = try runEntgraph(["trends", Self.corpus, "--slice", "month", "--from", "2024-01", "--to", "2024-04-30", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdoutText.split(separator: "\n").map(String.init)
        #expect(rows.first == "kind,id,label,2024-01,2024-04,change")
        #expect(rows.contains("pair,china – germany,China – Germany,0,2,2"))
        #expect(rows.contains("entity,poland,Poland,1,0,-1"))
        let text = try runEntgraph(["trends", Self.corpus, "--slice", "month", "--top", "2"])
        #expect(text.stdoutText.hasPrefix("Entities (documents), 2024-01 → 2024-04\n rose most:\n"), "\(text.stdoutText)")
    }
}
