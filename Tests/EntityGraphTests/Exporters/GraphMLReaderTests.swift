import Foundation
import Testing
@testable import EntityGraph

@Suite struct GraphMLReaderTests {
    func read(_ text: String) throws(GraphMLReadError) -> CoMentionGraph {
        try GraphMLReader().read(Array(text.utf8), name: "test.graphml")
    }

    func readError(_ text: String) -> GraphMLReadError? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func roundTripGivesTheSameGraph() throws {
        let bytes = try GraphMLExporter().write(ExportFixtures.tiny)
        let graph = try GraphMLReader().read(bytes, name: "tiny.graphml")
        #expect(graph == ExportFixtures.tinyXMLSafe)
        #expect(try GraphMLExporter().write(graph) == bytes)
    }

    @Test func roundTripThroughAFile() throws {
        try ExportFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tiny.graphml").path
            try ExportFixtures.tiny.write(to: path)
            #expect(try CoMentionGraph(graphMLFile: path) == ExportFixtures.tinyXMLSafe)
        }
    }

    /// Comments and processing instructions are dropped on the way to libxml2 (which keeps them
    /// under the open `<graph>` until it closes: memory grew 37 times the file): a comment in a
    /// value leaves the text around it, "<!--" in CDATA is text, and lines of errors are the
    /// file's, past multi-line comments.
    @Test func commentsAreDroppedAndLinesStayTheFiles() throws {
        let text = """
            <?xml version="1.0"?>
            <!-- a
            multi-line comment -->
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d" for="node" attr.name="x" attr.type="string"/>
            <graph edgedefault="undirected"><?pi no data?>
            <node id="a"><data key="d">p<!-- c -->q<![CDATA[<!-- kept -->]]></data></node><!--
            -->
            </graph></graphml>
            """
        let graph = try read(text)
        #expect(graph.nodes.map(\.id) == ["a"])
        #expect(graph.nodes.first?.attributes["x"] == .string("pq<!-- kept -->"))
        let duplicate = text.replacingOccurrences(of: "-->\n</graph>", with: "-->\n<node id=\"a\"/></graph>")
        #expect(readError(duplicate)?.line == 8)
        try ExportFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("duplicate.graphml").path
            try Data(duplicate.utf8).write(to: URL(fileURLWithPath: path))
            let error = #expect(throws: GraphMLReadError.self) { try CoMentionGraph(graphMLFile: path) }
            #expect(error?.line == 8)
        }
    }

    /// Comments cut anywhere by the reads (every length around the descriptor's chunks) read as
    /// the same graph as without them.
    @Test func commentsAcrossReadChunksAreDropped() throws {
        let exported = String(decoding: try GraphMLExporter().write(ExportFixtures.tiny), as: UTF8.self)
        let clean = try GraphMLReader().read(Array(exported.utf8), name: "clean.graphml")
        try ExportFixtures.withTemporaryFolder { folder in
            for padding in [1, 2, 3, 4, 4093, 4094, 4095, 4096, 4097, 9000] {
                let comment = "<!--" + String(repeating: "-x", count: padding / 2) + "-->"
                let padded = exported.replacingOccurrences(of: "<node ", with: comment + "\n<node ")
                    .replacingOccurrences(of: "</graph>", with: String(repeating: comment, count: 50) + "<!-- x -->" + "</graph>")
                let path = folder.appendingPathComponent("padded-\(padding).graphml").path
                try Data(padded.utf8).write(to: URL(fileURLWithPath: path))
                #expect(try CoMentionGraph(graphMLFile: path) == clean)
            }
        }
    }

    @Test func malformedXMLNamesFileAndLine() throws {
        let error = try #require(readError("""
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <graph edgedefault="undirected">
                <node id="a"></edge>
              </graph>
            </graphml>
            """))
        #expect(error.file == "test.graphml")
        #expect(error.line == 4)
        #expect(error.description.hasPrefix("test.graphml:4: "))
    }

    @Test func missingFileIsNamed() {
        #expect(throws: GraphMLReadError(file: "/nonexistent/x.graphml", message: "No such file or directory")) {
            try GraphMLReader().read(contentsOf: "/nonexistent/x.graphml")
        }
    }

    @Test func doctypeIsRefused() throws {
        let error = try #require(readError("""
            <?xml version="1.0"?>
            <!DOCTYPE graphml>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph/></graphml>
            """))
        #expect(error.message.contains("DOCTYPE"))
        #expect(error.line == 2)  // where the DOCTYPE starts, found before libxml2 reads it
    }

    @Test func externalEntityIsNotLoaded() throws {
        try ExportFixtures.withTemporaryFolder { folder in
            let secret = folder.appendingPathComponent("secret.txt")
            try Data("TOP-SECRET".utf8).write(to: secret)
            let error = try #require(readError("""
                <?xml version="1.0"?>
                <!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file://\(secret.path)">]>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="label" for="node" attr.name="label" attr.type="string"/>
                  <graph edgedefault="undirected"><node id="a"><data key="label">&xxe;</data></node></graph>
                </graphml>
                """))
            #expect(error.message.contains("DOCTYPE"))
            #expect(!error.description.contains("TOP-SECRET"))
        }
    }

    @Test func billionLaughsIsRefused() throws {
        var entities = "<!ENTITY lol0 \"lol\">"
        for i in 1...9 {
            entities += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">"
        }
        let error = try #require(readError("""
            <?xml version="1.0"?>
            <!DOCTYPE graphml [\(entities)]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <graph edgedefault="undirected"><node id="a"><data key="label">&lol9;</data></node></graph>
            </graphml>
            """))
        // libxml2 may stop at the entity loop in the DTD before the reader reaches the DOCTYPE.
        #expect(error.message.contains("DOCTYPE") || error.message.contains("entity"))
    }

    @Test func undefinedEntityIsAnError() throws {
        let error = try #require(readError("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="&nope;"/></graph></graphml>
            """))
        #expect(error.line == 1)
    }

    @Test func notGraphML() throws {
        #expect(readError("<html><body/></html>")?.message == "unexpected element <html>")
        #expect(readError("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"/>")?.message
                    == "no <graph> element: not a GraphML file")
        #expect(throws: GraphMLReadError(file: "test.graphml", message: "empty input")) { try read("") }
    }

    @Test func structuralErrorsNameTheLine() throws {
        let undeclared = try #require(readError("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <graph edgedefault="undirected">
                <node id="a"/>
                <edge source="a" target="b"/>
              </graph>
            </graphml>
            """))
        #expect(undeclared.description == "test.graphml:4: edge refers to an undeclared node \"b\"")
        let twice = try #require(readError("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>
            <node id="a"/>
            <node id="a"/></graph></graphml>
            """))
        #expect(twice.description == "test.graphml:3: node \"a\" is declared twice")
        let nested = try #require(readError("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>
            <node id="a"><graph id="inner"/></node></graph></graphml>
            """))
        #expect(nested.message == "nested graphs are not supported")
        let badInt = try #require(readError("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="m" for="node" attr.name="mentions" attr.type="int"/>
            <graph><node id="a">
            <data key="m">many</data></node></graph></graphml>
            """))
        #expect(badInt.line == 4)
        #expect(badInt.message.contains("\"mentions\" should be an integer, found \"many\""))
    }

    @Test func foreignGraphsAreReadSensibly() throws {
        // Shaped like yEd's and NetworkX's files: foreign namespaces, graphics data, defaults,
        // a graph without edgedefault (undirected, as NetworkX reads it), an unknown type, no labels.
        let graph = try read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key id="d0" for="node" attr.name="type" attr.type="string"/>
              <key id="d1" for="node" attr.name="score" attr.type="double"><default>0.5</default></key>
              <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
              <key id="d3" for="node" yfiles.type="nodegraphics"/>
              <key id="d4" for="all" attr.name="flag" attr.type="boolean"/>
              <graph id="G">
                <desc>made elsewhere</desc>
                <y:Extra><y:Deep/></y:Extra>
                <node id="Paris"><data key="d0">CITY</data><data key="d3"><y:ShapeNode><y:Label>x</y:Label></y:ShapeNode></data></node>
                <node id="France"><data key="d0">country</data><data key="d1">2</data><data key="d4">True</data></node>
                <edge source="Paris" target="France" directed="false"><data key="d2">3</data></edge>
              </graph>
            </graphml>
            """)
        #expect(graph.nodes.map(\.id) == ["France", "Paris"])
        #expect(graph.nodes[0].kind == .country)
        #expect(graph.nodes[0].label == "France")
        #expect(graph.nodes[0].attributes == ["score": .double(2), "flag": .bool(true)])
        #expect(graph.nodes[1].kind == .misc)
        #expect(graph.nodes[1].attributes == ["score": .double(0.5), "original_type": .string("CITY")])
        #expect(graph.edges.count == 1)
        #expect(graph.edges[0].weight == 3)
        #expect(graph.edges[0].source == 0 && graph.edges[0].target == 1)
    }

    /// What a co-mention graph cannot hold is refused with its line, never turned into another
    /// graph (directed into undirected, loops dropped, parallel edges summed, a key hidden).
    @Test(arguments: [
        ("<graph edgedefault=\"directed\"><node id=\"a\"/></graph>", 3,
         "a directed graph (edgedefault=\"directed\") is not supported"),
        ("<graph edgedefault=\"undirected\"><node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\" directed=\"true\"/></graph>", 4,
         "a directed edge (directed=\"true\") is not supported"),
        ("<graph><node id=\"a\"/>\n<edge source=\"a\" target=\"a\"/></graph>", 4,
         "edge \"a\"–\"a\" is a self-loop"),
        ("<graph><node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"/>\n<edge source=\"b\" target=\"a\"/></graph>", 5,
         "edge \"b\"–\"a\" repeats the edge of line 4: parallel edges (multigraphs) are not supported"),
        ("<key id=\"w1\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n<key id=\"w2\" for=\"all\" attr.name=\"weight\"/><graph/>", 4,
         "keys \"w1\" and \"w2\" both declare the attribute \"weight\""),
        ("<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/><graph><node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"w\">1</data><data key=\"w\">2</data></edge></graph>", 4,
         "<data key=\"w\"> is given twice for one edge"),
    ])
    func whatACoMentionGraphCannotHoldIsRefused(body: String, line: Int, message: String) throws {
        let error = try #require(readError("<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" + body + "</graphml>"))
        #expect(error.line == line)
        #expect(error.message.hasPrefix(message), "\(error)")
    }

    @Test(arguments: ["0x10", "NaN", "INF", "-INF", "nan", "inf", "infinity", "1e400", "", "1,5", "e5", "1e5e5"])
    func aWeightMustBeAFiniteDecimalNumber(text: String) throws {
        for type in ["double", "string"] {
            let error = try #require(readError("""
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                <key id="w" for="edge" attr.name="weight" attr.type="\(type)"/>
                <graph><node id="a"/><node id="b"/>
                <edge source="a" target="b"><data key="w">\(text)</data></edge></graph></graphml>
                """), "\(text) as \(type)")
            #expect(error.line == 4)
            #expect(error.message.contains("\"weight\" should be a"), "\(error)")
        }
    }

    @Test func aTypeThatIsNoEntityKindIsKeptAsTyped() throws {
        let graph = try read("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="t" for="node" attr.name="type" attr.type="int"/>
            <graph><node id="a"><data key="t">3</data></node><node id="b"/></graph></graphml>
            """)
        #expect(graph.nodes[0].kind == .misc)
        #expect(graph.nodes[0].attributes == ["original_type": .int(3)])
        #expect(graph.nodes[1].attributes == [:])
    }

    @Test func numbersAreReadAsXMLSchemaWritesThem() throws {
        #expect(GraphMLTyping.number("0x10") == nil)
        #expect(GraphMLTyping.number("infinity") == nil)
        #expect(GraphMLTyping.number("nan(1)") == nil)
        #expect(GraphMLTyping.number(" 2.5e3 ") == 2500)
        #expect(GraphMLTyping.number("-.5") == -0.5)
        #expect(GraphMLTyping.number("+7") == 7)
        #expect(GraphMLTyping.number("INF") == .infinity)
        #expect(GraphMLTyping.number("NaN")?.isNaN == true)
        // Other attributes keep INF and NaN, which XML Schema's double allows.
        let graph = try read("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="s" for="node" attr.name="score" attr.type="double"/>
            <graph><node id="a"><data key="s">-INF</data></node></graph></graphml>
            """)
        #expect(graph.nodes[0].attributes["score"] == .double(-.infinity))
    }

    @Test func igraphStyleIdsAreRestored() throws {
        let graph = try read("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="v_id" for="node" attr.name="id" attr.type="string"/>
              <key id="v_name" for="node" attr.name="name" attr.type="string"/>
              <key id="v_mentions" for="node" attr.name="mentions" attr.type="double"/>
              <graph edgedefault="undirected">
                <node id="n0"><data key="v_id">b</data><data key="v_name">Bee</data><data key="v_mentions">4</data></node>
                <node id="n1"><data key="v_id">a</data><data key="v_name">Ay</data></node>
                <edge source="n0" target="n1"/>
              </graph>
            </graphml>
            """)
        #expect(graph.nodes.map(\.id) == ["a", "b"])
        #expect(graph.nodes.map(\.label) == ["Ay", "Bee"])
        #expect(graph.nodes[1].mentions == 4)
        #expect(graph.edges == [.init(source: 0, target: 1, weight: 1, sentences: 0, paragraphs: 0, documents: 0)])
        // igraph writes every number as a double: whole ones are still our counts; what the
        // file never declared is absent, and no export writes it.
        #expect(graph.absentNodeAttributes == [.type, .aliases, .documents])
        #expect(graph.absentEdgeAttributes == [.weight, .sentences, .paragraphs, .documents])
    }

    @Test func countsOfAnotherTypeStayTheFilesOwn() throws {
        let graph = try read("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="m" for="node" attr.name="mentions" attr.type="double"/>
              <key id="d" for="node" attr.name="documents" attr.type="string"/>
              <key id="s" for="edge" attr.name="sentences" attr.type="long"/>
              <graph edgedefault="undirected">
                <node id="a"><data key="m">2.5</data><data key="d">many</data></node>
                <node id="b"><data key="m">1</data></node>
                <edge source="a" target="b"><data key="s">3</data></edge>
              </graph>
            </graphml>
            """)
        #expect(graph.nodes.map(\.mentions) == [0, 0])
        #expect(graph.nodes[0].attributes == ["mentions": .double(2.5), "documents": .string("many")])
        #expect(graph.nodes[1].attributes == ["mentions": .double(1)])
        #expect(graph.absentNodeAttributes == [.label, .type, .aliases, .mentions, .documents])
        #expect(graph.edges[0].sentences == 3)
        #expect(graph.absentEdgeAttributes == [.weight, .paragraphs, .documents])
        let json = String(decoding: NodeLinkJSONExporter().write(graph), as: UTF8.self)
        #expect(json.contains("{\"id\": \"a\", \"documents\": \"many\", \"mentions\": 2.5}"), "\(json)")
        #expect(json.contains("{\"source\": \"a\", \"target\": \"b\", \"sentences\": 3}"), "\(json)")
    }
}
