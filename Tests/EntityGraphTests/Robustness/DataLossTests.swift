import Foundation
import Testing
@testable import EntityGraph

/// Runs that must not destroy what is already on disk, through the built tool: a run that reads
/// nothing leaves existing outputs alone, an output that is one of the inputs is refused before
/// anything is read, and a write-protected output is never replaced.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct DataLossTests {
    static let old = "<!-- the previous graph, which must survive -->\n"

    /// Every way of reading no input: a mistyped path, an empty folder, a folder of nothing
    /// readable, a file that is skipped, an empty standard input.
    @Test(arguments: ["missing", "empty", "unreadable", "binary", "stdin"])
    func aRunThatReadsNothingWritesNothing(kind: String) throws {
        let scratch = try ScratchFolder("reads-nothing")
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.file("empty"), withIntermediateDirectories: true)
        try scratch.write("unreadable/notes.pdf", "not an input: the extension is not read\n")
        try scratch.write("unreadable/blank.txt", " \n")
        let binary = try scratch.write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0])
        let path = ["missing": scratch.file("corpus-typo"), "empty": scratch.file("empty"),
                    "unreadable": scratch.file("unreadable"), "binary": binary, "stdin": "-"][kind]!
        let outputs = ["graph.graphml", "graph.dot", "graph.nodes.csv", "graph.edges.csv"]
        for name in outputs { try scratch.write(name, Self.old) }
        let arguments = ["build", path, "-o", scratch.file("graph.graphml"), "-o", scratch.file("graph.dot"),
                         "-o", scratch.file("graph.csv")]
        let result = try ChildProcess.entgraph(arguments, standardInput: kind == "stdin" ? "/dev/null" : nil).run()
        #expect(result.status == 3)
        let expected = ["missing", "binary", "stdin", "unreadable"].contains(kind)
            ? "entgraph: 1 input(s) skipped, none read; nothing written" : "entgraph: no input found; nothing written"
        #expect(result.stderrLines.last == expected, "\(result.stderr)")
        for name in outputs { #expect(scratch.contents(name) == Data(Self.old.utf8), "\(name) kept") }
        #expect(try scratch.listing().filter { $0.hasPrefix(".") } == [])

        // The commands that print instead of writing files say so the same way.
        for command in ["mentions", "text", "aliases", "centrality"] {
            let printed = try ChildProcess.entgraph([command, path], standardInput: kind == "stdin" ? "/dev/null" : nil).run()
            #expect(printed.status == 3, "\(command)")
            #expect(printed.stdout.isEmpty, "\(command)")
            #expect(printed.stderrLines.last == expected, "\(command): \(printed.stderr)")
        }
    }

    @Test func anOutputThatIsAnInputIsRefusedBeforeAnythingIsRead() throws {
        let scratch = try ScratchFolder("output-is-input")
        defer { scratch.remove() }
        let article = "Vladimir Putin met Joe Biden in Geneva.\n"
        let file = try scratch.write("corpus/article.txt", article)
        try FileManager.default.linkItem(atPath: file, toPath: scratch.file("hard-link.txt"))
        try FileManager.default.createSymbolicLink(atPath: scratch.file("symbolic-link.txt"), withDestinationPath: file)
        let graph = try scratch.write("corpus/graph.graphml", Self.old)
        let cases: [(arguments: [String], output: String)] = [
            (["build", file, "-o", file, "--format", "dot"], file),
            (["build", scratch.file("corpus"), "-o", scratch.file("hard-link.txt"), "--format", "json"], scratch.file("hard-link.txt")),
            (["build", scratch.file("corpus"), "-o", scratch.file("symbolic-link.txt"), "--format", "json"], scratch.file("symbolic-link.txt")),
            (["build", scratch.file("corpus/../corpus/article.txt"), "-o", "-", "-o", file, "--format", "gexf"], file),
            (["convert", graph, graph], graph),
        ]
        for (arguments, output) in cases {
            let result = try ChildProcess.entgraph(arguments).run()
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderrLines.count == 1, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("entgraph: \(output) is one of the inputs"), "\(result.stderr)")
            #expect(result.stderr.hasSuffix("refusing to overwrite it, nothing read\n"), "\(result.stderr)")
        }
        #expect(scratch.contents("corpus/article.txt") == Data(article.utf8))
        #expect(scratch.contents("corpus/graph.graphml") == Data(Self.old.utf8))
        #expect(try scratch.listing() == ["corpus", "hard-link.txt", "symbolic-link.txt"])
        #expect(try scratch.listing("corpus") == ["article.txt", "graph.graphml"])

        // Writing beside an input, or to a CSV part that is not an input, is fine.
        let beside = try ChildProcess.entgraph(["build", file, "-o", scratch.file("corpus/article.csv")]).run()
        #expect(beside.status == 0, "\(beside.stderr)")
        #expect(try scratch.listing("corpus") == ["article.edges.csv", "article.nodes.csv", "article.txt", "graph.graphml"])
    }

    @Test func aWriteProtectedOutputIsNotReplaced() throws {
        let scratch = try ScratchFolder("write-protected")
        defer { scratch.remove() }
        let graph = try scratch.write("graph.graphml", Self.old)
        let table = try scratch.write("graph.nodes.csv", Self.old)
        for path in [graph, table] { #expect(chmod(path, 0o444) == 0) }
        for (command, output) in [(["build", "corpus", "-o", graph], graph),
                                  (["build", "corpus", "-o", scratch.file("graph.csv")], table),
                                  (["convert", "graphs/sample.graphml", graph], graph)] {
            let result = try ChildProcess.entgraph(command).run()
            #expect(result.status == 3, "\(command)")
            #expect(result.stderrLines == ["entgraph: \(output): is write-protected (mode 0444); not replaced"])
        }
        #expect(scratch.contents("graph.graphml") == Data(Self.old.utf8))
        #expect(scratch.contents("graph.nodes.csv") == Data(Self.old.utf8))
        #expect(try scratch.listing() == ["graph.graphml", "graph.nodes.csv"])
    }
}
