import Foundation
import Testing

/// Through the built tool: gzip inputs, refused non-articles, `--input-format`, JSON Lines on
/// standard input, and the line naming what folders leave out (issue 15).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct InputFormatCommandTests {
    func labels(_ json: Data) throws -> Set<String> {
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        return Set(try #require(object["nodes"] as? [[String: Any]]).compactMap { $0["label"] as? String })
    }

    @Test func aFolderOfGzipPagesBuildsAndWhatIsLeftOutIsNamed() throws {
        let scratch = try ScratchFolder("gzip-folder")
        defer { scratch.remove() }
        let page = "<html><body><p>Angela Merkel met Emmanuel Macron in Paris.</p></body></html>"
        try scratch.write("in/2024/page.html.gz", try CompressedAndSniffedInputTests.gzip(Array(page.utf8)))
        try scratch.write("in/a.txt", "Vladimir Putin met Joe Biden in Geneva on Wednesday.\n")
        try scratch.write("in/notes.pdf", "%PDF-1.7\n")
        try scratch.write("in/README", "read me\n")
        let result = try ChildProcess.entgraph(["build", scratch.file("in"), "-o", "-", "--format", "json", "--quiet"]).run()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try labels(result.stdout) == ["Angela Merkel", "Emmanuel Macron", "Vladimir Putin", "Joe Biden"])
        #expect(result.stderrLines == ["entgraph: left out 2 files found in folders: 1 with extension .pdf, 1 without an extension (--list-skipped names them)"])
        let listed = try ChildProcess.entgraph(["aliases", scratch.file("in"), "--list-skipped"]).run()
        #expect(listed.status == 0)
        #expect(listed.stderrLines == [
            "entgraph: left out \(scratch.file("in/README")) (without an extension)",
            "entgraph: left out \(scratch.file("in/notes.pdf")) (with extension .pdf)",
            "entgraph: left out 2 files found in folders: 1 with extension .pdf, 1 without an extension",
        ])
    }

    @Test func aGzipBombAndAGraphNamedDirectlyAreRefusedAndTheRunGoesOn() throws {
        let scratch = try ScratchFolder("gzip-bomb")
        defer { scratch.remove() }
        let bomb = try scratch.write("bomb.txt.gz", try CompressedAndSniffedInputTests.gzip([UInt8](repeating: 0x20, count: 8 << 20)))
        let graph = try scratch.write("g.graphml", "<?xml version=\"1.0\"?><graphml><graph edgedefault=\"undirected\"/></graphml>")
        let good = try scratch.write("a.txt", "Vladimir Putin met Joe Biden in Geneva on Wednesday.\n")
        let result = try ChildProcess.entgraph(["build", bomb, graph, good, "--max-bytes", "1M", "-o", "-", "--format", "json", "--quiet"]).run()
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "entgraph: skipped \(bomb): gzip data expand to more than the limit of 1048576 bytes (--max-bytes); not read",
            "entgraph: skipped \(graph): looks like a GraphML graph, not an article; not read (--input-format reads it anyway)",
        ])
        #expect(try labels(result.stdout) == ["Vladimir Putin", "Joe Biden"])
        ChildProcess.expectMemory(of: result, atMost: 48 << 20)
    }

    @Test func jsonLinesOnStandardInputAreSniffedAndCSVCanBeForced() throws {
        let scratch = try ScratchFolder("stdin-formats")
        defer { scratch.remove() }
        let lines = try scratch.write("lines", "{\"id\": \"one\", \"text\": \"Xi Jinping met Olaf Scholz.\"}\n{\"id\": \"two\", \"text\": \"Joe Biden spoke.\"}\n")
        let result = try ChildProcess.entgraph(["mentions", "-"], standardInput: lines).run()
        #expect(result.status == 0, "\(result.stderr)")
        let documents = result.stdoutText.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["document"] as? String
        }
        #expect(documents == ["one", "two"])
        let gzipped = try scratch.write("lines.gz", try CompressedAndSniffedInputTests.gzip(Array(try #require(scratch.contents("lines")))))
        let fromGzip = try ChildProcess.entgraph(["mentions", "-"], standardInput: gzipped).run()
        #expect(fromGzip.stdout == result.stdout)
        let csv = try scratch.write("export", "id,text\n7,Joe Biden met Olaf Scholz.\n")
        let forced = try ChildProcess.entgraph(["mentions", csv, "--input-format", "csv", "--format", "table"]).run()
        #expect(forced.status == 0)
        #expect(forced.stdoutText.contains("7 ") && !forced.stdoutText.contains("Olaf Scholz.\""))
        let bad = try ChildProcess.entgraph(["mentions", csv, "--input-format", "pdf"]).run()
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("- jsonl") && bad.stderr.contains("- feed"), "\(bad.stderr)")
    }
}
