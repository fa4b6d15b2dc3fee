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

/// Graphs NetworkX writes, without our attributes or with our names for its own: `convert`
/// invents nothing (no `type=MISC`, no `mentions=0`) in any format, and a `mentions` or
/// `documents` of another type goes through as the file's own attribute, typed as declared
/// (issue 14).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary)
                && (Interop.networkx || Interop.required), "needs the built tool and python3 with networkx"))
struct ForeignAttributeTests {
    static let writer = """
        import sys, networkx as nx
        folder = sys.argv[1]
        g = nx.Graph(); g.add_edge("a", "b"); g.add_edge("b", "c")
        nx.write_graphml(g, folder + "/plain.graphml")
        t = nx.Graph()
        t.add_node("a", mentions=2.5, documents="three"); t.add_node("b", mentions=1.0, documents="one")
        t.add_edge("a", "b", documents=0.5, sentences="x")
        nx.write_graphml(t, folder + "/typed.graphml")
        """

    func write() throws -> ScratchFolder {
        let scratch = try ScratchFolder("networkx-foreign")
        let python = try #require(Interop.python)
        let result = try Interop.run(python, ["-c", Self.writer, scratch.url.path])
        try #require(result.status == 0, "\(result.stderr)")
        return scratch
    }

    @Test func aGraphWithoutOurAttributesGetsNoneInAnyFormat() throws {
        let scratch = try write()
        defer { scratch.remove() }
        let input = scratch.file("plain.graphml")
        for output in ["out.graphml", "out.json", "out.dot", "out.gexf", "out.csv", "out.html"] {
            let convert = try ChildProcess.entgraph(["convert", input, scratch.file(output)]).run()
            #expect(convert.status == 0, "\(output): \(convert.stderr)")
        }
        // How each format would spell an attribute `X`.
        let spellings: [String: (String) -> String] = [
            "out.graphml": { "attr.name=\"\($0)\"" }, "out.gexf": { "title=\"\($0)\"" },
            "out.json": { "\"\($0)\":" }, "out.dot": { " \($0)=" },
            "out.nodes.csv": { ",\($0.capitalized)" }, "out.edges.csv": { ",\($0.capitalized)" },
        ]
        for (file, spelling) in spellings {
            let text = String(decoding: try #require(scratch.contents(file)), as: UTF8.self)
            #expect(!text.contains("MISC"), "\(file):\n\(text)")
            for invented in ["label", "type", "mentions", "documents", "aliases", "weight", "sentences", "paragraphs"] {
                // The edge table's Type is Gephi's edge direction (Undirected), checked below.
                if file == "out.edges.csv" && invented == "type" { continue }
                #expect(!text.contains(spelling(invented)), "\(file) has \(invented):\n\(text)")
            }
        }
        #expect(String(decoding: try #require(scratch.contents("out.gexf")), as: UTF8.self).contains("<node id=\"a\">"))
        #expect(String(decoding: try #require(scratch.contents("out.nodes.csv")), as: UTF8.self) == "Id\na\nb\nc\n")
        #expect(String(decoding: try #require(scratch.contents("out.edges.csv")), as: UTF8.self) == "Source,Target,Type\na,b,Undirected\nb,c,Undirected\n")
        // NetworkX reads back what it wrote: the same nodes and edges, no attributes but `name`
        // (the GraphML node id again, which igraph and R key vertices by).
        let check = """
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            assert sorted(g.nodes) == ["a", "b", "c"] and sorted(map(sorted, g.edges)) == [["a", "b"], ["b", "c"]]
            assert all(set(d) <= {"name"} for _, d in g.nodes(data=True)), list(g.nodes(data=True))
            assert all(d == {} for _, _, d in g.edges(data=True)), list(g.edges(data=True))
            """
        let python = try #require(Interop.python)
        let result = try Interop.run(python, ["-c", check, scratch.file("out.graphml")])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func countsOfAnotherTypeAreTheFilesOwnAttributes() throws {
        let scratch = try write()
        defer { scratch.remove() }
        let input = scratch.file("typed.graphml")
        for output in ["out.graphml", "out.json"] {
            let convert = try ChildProcess.entgraph(["convert", input, scratch.file(output)]).run()
            #expect(convert.status == 0, "\(output): \(convert.stderr)")
        }
        let data = try #require(scratch.contents("out.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["mentions"] as? Double } == [2.5, 1.0])
        #expect(nodes.map { $0["documents"] as? String } == ["three", "one"])
        #expect(nodes.allSatisfy { $0["type"] == nil && $0["label"] == nil })
        // NetworkX reads the converted GraphML with the types it wrote.
        let check = """
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            assert g.nodes["a"]["mentions"] == 2.5 and g.nodes["a"]["documents"] == "three", dict(g.nodes["a"])
            assert g.edges["a", "b"] == {"documents": 0.5, "sentences": "x"}, g.edges["a", "b"]
            """
        let python = try #require(Interop.python)
        let result = try Interop.run(python, ["-c", check, scratch.file("out.graphml")])
        #expect(result.status == 0, "\(result.stderr)")
    }
}
