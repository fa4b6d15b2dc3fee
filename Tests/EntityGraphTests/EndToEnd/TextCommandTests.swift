import Foundation
import Testing

/// `entgraph text` against the built binary: the text the pipeline reads, furniture left out.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct TextCommandTests {
    static let article = """
    Port strike ends

    ROTTERDAM (Reuters) - Dock workers voted on Friday to end the strike. Send Facebook Twitter Google+ Whatsapp Tumblr linkedin reddit Permalink https://news.example.org/p/7Yq The union said pensions were safe. Source:-Harbour Times and news agencies
    """

    private func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    @Test func printsContentParagraphsAsBlocksWithoutFurniture() throws {
        try withFolder { folder in
            let file = folder.appendingPathComponent("strike.txt")
            try Data(Self.article.utf8).write(to: file)
            let result = try runEntgraph(["text", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdoutText == """
            Port strike ends

            Dock workers voted on Friday to end the strike.

            The union said pensions were safe.

            """)
        }
    }

    @Test func furnitureFlagShowsWhatIsLeftOutAndWhy() throws {
        try withFolder { folder in
            let file = folder.appendingPathComponent("strike.txt")
            try Data(Self.article.utf8).write(to: file)
            let result = try runEntgraph(["text", "--furniture", file.path])
            #expect(result.status == 0)
            let blocks = result.stdoutText.components(separatedBy: "\n\n")
            #expect(blocks.contains("[dateline] ROTTERDAM (Reuters) -"))
            #expect(blocks.contains("[furniture: shareButtons] Send Facebook Twitter Google+ Whatsapp Tumblr linkedin reddit Permalink https://news.example.org/p/7Yq"))
            #expect(blocks.contains("[furniture: credit] Source:-Harbour Times and news agencies\n"))
            let kept = try runEntgraph(["text", "--keep-datelines", file.path])
            #expect(kept.stdoutText.components(separatedBy: "\n\n").contains("ROTTERDAM (Reuters) -"))
        }
    }

    @Test func severalDocumentsEachGetAHeaderLine() throws {
        try withFolder { folder in
            try Data(Self.article.utf8).write(to: folder.appendingPathComponent("a.txt"))
            try Data("<html><body><h1>Second page</h1><p>Rain fell in Oslo on Monday.</p><nav>Home</nav></body></html>".utf8)
                .write(to: folder.appendingPathComponent("b.html"))
            let lines = #"{"id": "n1", "text": "First line\n\nBody one."}"# + "\n" + #"{"id": "n2", "text": "Body two."}"# + "\n"
            try Data(lines.utf8).write(to: folder.appendingPathComponent("c.jsonl"))
            let result = try runEntgraph(["text", folder.path])
            #expect(result.status == 0, "\(result.stderr)")
            let a = folder.appendingPathComponent("a.txt").path, b = folder.appendingPathComponent("b.html").path
            #expect(result.stdoutText == """
            ==> \(a) <==
            Port strike ends

            Dock workers voted on Friday to end the strike.

            The union said pensions were safe.

            ==> \(b) <==
            Second page

            Rain fell in Oslo on Monday.

            ==> n1 <==
            First line

            Body one.

            ==> n2 <==
            Body two.

            """)
        }
    }

    @Test func skippedInputsAreReportedAndStrictWritesNothing() throws {
        try withFolder { folder in
            try Data(Self.article.utf8).write(to: folder.appendingPathComponent("a.txt"))
            try Data([0x41, 0xFF, 0x42]).write(to: folder.appendingPathComponent("b.txt"))
            let result = try runEntgraph(["text", folder.path])
            #expect(result.status == 1)
            #expect(result.stderr.contains("b.txt"))
            #expect(result.stdoutText.contains("The union said pensions were safe."))
            let strict = try runEntgraph(["text", "--strict", folder.path])
            #expect(strict.status == 3)
            #expect(strict.stdout.isEmpty)
        }
    }
}
