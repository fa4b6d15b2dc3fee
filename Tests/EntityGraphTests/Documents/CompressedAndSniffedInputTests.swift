import Foundation
import Testing
@testable import EntityGraph

/// Gzip-compressed inputs, format sniffing for inputs named directly, `inputFormat`, and what a
/// folder walk leaves out (issue 15).
@Suite struct CompressedAndSniffedInputTests {
    static let article = "Vladimir Putin met Joe Biden in Geneva on Wednesday.\n"

    /// `bytes` compressed by the system's gzip (not by the code under test).
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("data", bytes: bytes)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -n -c \"$1\" > \"$1.gz\"", "sh", path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "gzip failed")
        return try #require(FileManager.default.contents(atPath: path + ".gz")).map { $0 }
    }

    static func texts(_ documents: [Document]) -> [String] { documents.map(\.text) }

    @Test func gzipFilesAreReadAsTheFormatTheirInnerExtensionSays() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let page = "<html><body><p>Angela Merkel met Emmanuel Macron in Paris.</p></body></html>"
        let html = try folder.write("page.html.gz", bytes: try Self.gzip(Array(page.utf8)))
        let text = try folder.write("a.TXT.GZ", bytes: try Self.gzip(Array(Self.article.utf8)))
        let lines = try folder.write("b.jsonl.gz", bytes: try Self.gzip(Array("{\"text\": \"Xi Jinping spoke.\"}\n{\"text\": \"Olaf Scholz listened.\"}\n".utf8)))
        let loader = DocumentLoader()
        #expect(try loader.load(.file(html)).map(\.text) == ["Angela Merkel met Emmanuel Macron in Paris."])
        #expect(try loader.load(.file(text)).map(\.text) == [Self.article])
        #expect(try loader.load(.file(lines)).map(\.text) == ["Xi Jinping spoke.", "Olaf Scholz listened."])
        // Concatenated members are one stream, as `gzip -d` reads them.
        let two = try folder.write("two.txt.gz", bytes: try Self.gzip(Array("Joe Biden ".utf8)) + Self.gzip(Array("spoke.".utf8)))
        #expect(try loader.load(.file(two)).map(\.text) == ["Joe Biden spoke."])
    }

    @Test func aGzipBombIsRefusedAtTheLimitAndCorruptDataNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let zeros = try Self.gzip([UInt8](repeating: 0x41, count: 4 << 20))
        #expect(zeros.count < 10_000)
        let bomb = try folder.write("bomb.txt.gz", bytes: zeros)
        #expect(throws: DocumentReadError.gzipTooLarge(path: bomb, limit: 1 << 20)) {
            try DocumentLoader(maxBytes: 1 << 20).load(.file(bomb))
        }
        let good = try Self.gzip(Array(Self.article.utf8))
        let truncated = try folder.write("cut.txt.gz", bytes: Array(good.prefix(good.count - 12)))
        #expect(throws: DocumentReadError.invalidGzip(path: truncated, reason: "compressed data end too early (truncated file?)")) {
            try DocumentLoader().load(.file(truncated))
        }
        var flipped = good
        flipped[12] ^= 0xFF
        flipped[13] ^= 0xFF
        let corrupt = try folder.write("corrupt.txt.gz", bytes: flipped)
        do {
            _ = try DocumentLoader().load(.file(corrupt))
            Issue.record("corrupt gzip was read")
        } catch {
            guard case .invalidGzip(let path, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(path == corrupt)
            #expect(error.description.hasPrefix("\(corrupt): not valid gzip data: "))
        }
        let trailing = try folder.write("trailing.txt.gz", bytes: good + Array("garbage".utf8))
        #expect(throws: DocumentReadError.invalidGzip(path: trailing, reason: "7 bytes of other data after the compressed data")) {
            try DocumentLoader().load(.file(trailing))
        }
    }

    @Test func whatIsPlainlyNoArticleIsRefusedWhenNamedDirectly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let graphml = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"undirected\"/></graphml>\n"
        let cases: [(name: String, bytes: [UInt8], kind: String)] = [
            ("g.graphml", Array("Joe Biden".utf8), "a GraphML graph"),  // the extension is enough
            ("graph.data", Array(graphml.utf8), "a GraphML graph"),
            ("g.dot", Array("Joe Biden".utf8), "a Graphviz DOT graph"),
            ("noext", Array("strict graph G {\n  a -- b\n}\n".utf8), "a Graphviz DOT graph"),
            ("node-link", Array("{\n  \"directed\": false,\n  \"nodes\": []\n}\n".utf8), "a JSON document that is not JSON Lines (one object per line)"),
            ("report.bin", Array("%PDF-1.7\n".utf8), "a PDF document"),
            ("sheet", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "a ZIP archive (or a Word, Excel, OpenDocument or EPUB file)"),
            ("pages.bz2", Array("BZh91AY&SY".utf8), "bzip2-compressed data (gzip is read as it is; decompress bzip2 first)"),
        ]
        for item in cases {
            let path = try folder.write(item.name, bytes: item.bytes)
            #expect(throws: DocumentReadError.notAnArticle(path: path, kind: item.kind)) {
                try DocumentLoader().load(.file(path))
            }
        }
        // Text that mentions graphs is still text; a forced format reads anything.
        let prose = try folder.write("notes", "Graph theory was discussed by Joe Biden.\n")
        #expect(try DocumentLoader().load(.file(prose)).count == 1)
        var forced = DocumentLoader()
        forced.inputFormat = .text
        let dot = try folder.write("story.dot", "Joe Biden met Olaf Scholz.\n")
        #expect(try forced.load(.file(dot)).map(\.text) == ["Joe Biden met Olaf Scholz.\n"])
    }

    @Test func jsonLinesAreSniffedAndAFormatCanBeForced() throws {
        let lines = Array("{\"text\": \"Xi Jinping spoke.\"}\n{\"text\": \"Olaf Scholz listened.\"}\n".utf8)
        #expect(try DocumentLoader().read(lines, id: "stdin").map(\.text) == ["Xi Jinping spoke.", "Olaf Scholz listened."])
        let csv = Array("id,text\n7,Joe Biden met Olaf Scholz.\n".utf8)
        var loader = DocumentLoader()
        #expect(try loader.read(csv, id: "stdin").count == 1)  // sniffed as text: one document
        loader.inputFormat = .csv
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("export.dat", bytes: csv)
        #expect(try loader.load(.file(path)).map(\.text) == ["Joe Biden met Olaf Scholz."])
        #expect(DocumentFormat(name: "jsonl") == .jsonLines)
        #expect(DocumentFormat.allCases.map(\.name) == ["text", "markdown", "html", "jsonl", "csv", "feed"])
    }

    @Test func aFolderWalkSaysWhatItLeavesOutAndWhy() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["a.txt", "b.html.gz", "notes.pdf", "more.pdf", "README", "x.tar.gz", ".DS_Store", ".git/config", "sub/c.PDF", "sub/d.md"] {
            try folder.write(name, "text")
        }
        let collection = InputCollector().collect([folder.path])
        #expect(collection.inputs == ["a.txt", "b.html.gz", "sub/d.md"].map { .file(folder.path + "/" + $0) })
        #expect(collection.leftOut == [
            LeftOutFile(path: folder.path + "/.DS_Store", reason: .hidden),
            LeftOutFile(path: folder.path + "/.git", reason: .hidden),
            LeftOutFile(path: folder.path + "/README", reason: .noExtension),
            LeftOutFile(path: folder.path + "/more.pdf", reason: .otherExtension("pdf")),
            LeftOutFile(path: folder.path + "/notes.pdf", reason: .otherExtension("pdf")),
            LeftOutFile(path: folder.path + "/sub/c.PDF", reason: .otherExtension("pdf")),
            LeftOutFile(path: folder.path + "/x.tar.gz", reason: .otherExtension("tar.gz")),
        ])
        #expect(collection.leftOutSummary == "left out 7 files found in folders: 3 with extension .pdf, 2 hidden (name starts with a dot), 1 with extension .tar.gz, 1 without an extension")
        #expect(InputCollector().collect([folder.path + "/a.txt"]).leftOutSummary == nil)
    }
}
