import Foundation
import Testing
@testable import EntityGraph

/// GraphML that is not a simple undirected graph, through the built tool: `centrality` and
/// `convert` refuse it (status 3, the file and line named, nothing written) instead of
/// answering for another graph with status 0.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct ForeignGraphTests {
    static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="w" for="edge" attr.name="weight" attr.type="double"/>

        """

    @Test(arguments: [
        ("directed", "<graph edgedefault=\"directed\">\n<node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/></graph>", 4,
         "a directed graph (edgedefault=\"directed\") is not supported"),
        ("loop", "<graph edgedefault=\"undirected\"><node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/>\n<edge source=\"b\" target=\"b\"/></graph>", 5,
         "edge \"b\"–\"b\" is a self-loop"),
        ("multi", "<graph edgedefault=\"undirected\"><node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"/>\n<edge source=\"a\" target=\"b\"/></graph>", 6,
         "edge \"a\"–\"b\" repeats the edge of line 5"),
        ("nan", "<graph edgedefault=\"undirected\"><node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"w\">NaN</data></edge></graph>", 5,
         "edge \"a\"–\"b\": \"weight\" should be a finite number, found \"nan\""),
        ("hex", "<graph edgedefault=\"undirected\"><node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"w\">0x10</data></edge></graph>", 5,
         "data: \"weight\" should be a number, found \"0x10\""),
    ])
    func centralityAndConvertRefuseAGraphTheyWouldChange(name: String, body: String, line: Int, message: String) throws {
        let scratch = try ScratchFolder("foreign-\(name)")
        defer { scratch.remove() }
        let input = try scratch.write("in.graphml", Self.header + body + "\n</graphml>\n")
        let expected = "entgraph: \(input):\(line): \(message)"
        let centrality = try ChildProcess.entgraph(["centrality", input, "--measure", "pagerank"]).run()
        #expect(centrality.status == 3)
        #expect(centrality.stdout.isEmpty)
        #expect(centrality.stderrLines.count == 1 && centrality.stderr.hasPrefix(expected), "\(centrality.stderr)")
        for output in ["out.json", "out.dot", "out.graphml"] {
            let convert = try ChildProcess.entgraph(["convert", input, scratch.file(output)]).run()
            #expect(convert.status == 3)
            #expect(convert.stderrLines.count == 1 && convert.stderr.hasPrefix(expected), "\(convert.stderr)")
        }
        #expect(try scratch.listing() == ["in.graphml"])
    }
}

/// An element with a quadratic number of attribute checks for libxml2, through the built tool:
/// refused from a scan of the bytes before libxml2 sees the element, with its line (the
/// time it saved is measured by hand: see the README, "Bad and hostile input").
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct AttributeFloodTests {
    @Test func pagesAndGraphsWithAnElementOfTooManyAttributesAreRefused() throws {
        let scratch = try ScratchFolder("attributes")
        defer { scratch.remove() }
        let flood = (0..<100_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
        try scratch.write("in/good.txt", "Vladimir Putin met Joe Biden in Geneva.\n")
        try scratch.write("in/flood.html", "<html><body><p>Angela Merkel met Emmanuel Macron.</p>\n<div \(flood)>x</div></body></html>\n")
        let build = try ChildProcess.entgraph(["build", "--quiet", scratch.file("in"), "-o", "-", "--format", "csv"]).run()
        #expect(build.status == 1)
        #expect(build.stderrLines == ["entgraph: skipped \(scratch.file("in/flood.html")): an element with more than 1000 attributes at line 2; not read"])
        #expect(build.stdoutText.contains("vladimir-putin"))

        let graph = try scratch.write("flood.graphml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <graph edgedefault="undirected">
            <node id="a" \(flood)/>
            </graph></graphml>
            """)
        for arguments in [["convert", graph, scratch.file("out.dot")], ["centrality", graph]] {
            let result = try ChildProcess.entgraph(arguments).run()
            #expect(result.status == 3)
            #expect(result.stderrLines == ["entgraph: \(graph):4: an element with more than 1000 attributes; not read"])
        }
        let piped = try ChildProcess.entgraph(["convert", "-", "-", "--format", "dot"], standardInput: graph).run()
        #expect(piped.stderrLines == ["entgraph: standard input:4: an element with more than 1000 attributes; not read"])
        #expect(!FileManager.default.fileExists(atPath: scratch.file("out.dot")))
    }
}
