import Foundation
import Testing
@testable import EntityGraph

/// Our files opened by the tools users open them with, and their files opened by us.
@Suite struct InteropTests {
    /// Writes the tiny graph in `format` to a temporary folder and hands the path to `body`.
    func withExport<R>(_ format: ExportFormat, _ body: (String) throws -> R) throws -> R {
        try ExportFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tiny." + format.fileExtensions[0]).path
            try ExportFixtures.tiny.write(to: path)
            return try body(path)
        }
    }

    func summary(_ arguments: [String]) throws -> InteropSummary {
        try JSONDecoder().decode(InteropSummary.self, from: try Interop.script(["summary"] + arguments))
    }

    @Test(.enabled(if: Interop.networkx || Interop.required, "needs python3 with networkx"))
    func networkxReadsOurGraphML() throws {
        try Interop.require(Interop.networkx, "python3 with networkx")
        try withExport(.graphml) { path in
            try summary(["networkx", "graphml", path]).expectEqual(
                to: InteropSummary(expecting: ExportFixtures.tinyXMLSafe, format: .graphml, reader: .networkx),
                "NetworkX reading GraphML")
        }
    }

    @Test(.enabled(if: Interop.networkx || Interop.required, "needs python3 with networkx"))
    func networkxReadsOurGEXF() throws {
        try Interop.require(Interop.networkx, "python3 with networkx")
        try withExport(.gexf) { path in
            try summary(["networkx", "gexf", path]).expectEqual(
                to: InteropSummary(expecting: ExportFixtures.tinyXMLSafe, format: .gexf, reader: .networkx),
                "NetworkX reading GEXF")
        }
    }

    @Test(.enabled(if: Interop.networkx || Interop.required, "needs python3 with networkx"))
    func networkxReadsOurNodeLinkJSON() throws {
        try Interop.require(Interop.networkx, "python3 with networkx")
        try withExport(.json) { path in
            // JSON can carry control characters, so NetworkX gets the labels unchanged.
            try summary(["networkx", "json", path]).expectEqual(
                to: InteropSummary(expecting: ExportFixtures.tiny, format: .json, reader: .networkx),
                "NetworkX reading node-link JSON")
        }
    }

    @Test(.enabled(if: Interop.igraph || Interop.required, "needs python3 with igraph (pip install igraph)"))
    func igraphReadsOurGraphML() throws {
        try Interop.require(Interop.igraph, "python3 with igraph")
        try withExport(.graphml) { path in
            try summary(["igraph", path]).expectEqual(
                to: InteropSummary(expecting: ExportFixtures.tinyXMLSafe, format: .graphml, reader: .igraph),
                "igraph reading GraphML")
        }
    }

    @Test(.enabled(if: Interop.networkx || Interop.required, "needs python3 with networkx"))
    func weReadGraphMLWrittenByNetworkX() throws {
        try Interop.require(Interop.networkx, "python3 with networkx")
        try withExport(.graphml) { path in
            let rewritten = path + ".networkx.graphml"
            _ = try Interop.script(["rewrite", "networkx", path, rewritten])
            // NetworkX keeps ids and types, so nothing is lost on the way.
            #expect(try CoMentionGraph(graphMLFile: rewritten) == ExportFixtures.tinyXMLSafe)
        }
    }

    @Test(.enabled(if: Interop.igraph || Interop.required, "needs python3 with igraph (pip install igraph)"))
    func weReadGraphMLWrittenByIgraph() throws {
        try Interop.require(Interop.igraph, "python3 with igraph")
        try withExport(.graphml) { path in
            let rewritten = path + ".igraph.graphml"
            _ = try Interop.script(["rewrite", "igraph", path, rewritten])
            let graph = try CoMentionGraph(graphMLFile: rewritten)
            let expected = ExportFixtures.tinyXMLSafe
            // igraph renames nodes n0, n1… (the reader restores the ids from its `id` attribute),
            // makes every number a double and fills gaps; the core of the graph survives exactly.
            #expect(graph.nodes.map(\.id) == expected.nodes.map(\.id))
            for (node, original) in zip(graph.nodes, expected.nodes) {
                #expect(node.label == original.label && node.kind == original.kind, "\(node.id)")
                #expect(node.mentions == original.mentions && node.documents == original.documents, "\(node.id)")
                #expect(node.aliases == original.aliases, "\(node.id)")
                #expect(node.attributes["pagerank"] == original.attributes["pagerank"], "\(node.id)")
                if case .int(let community)? = original.attributes["community"] {
                    #expect(node.attributes["community"] == .double(Double(community)), "\(node.id)")
                }
            }
            #expect(graph.edges.map { [$0.source, $0.target] } == expected.edges.map { [$0.source, $0.target] })
            #expect(graph.edges.map(\.weight) == expected.edges.map(\.weight))
            #expect(graph.edges.map(\.sentences) == expected.edges.map(\.sentences))
            #expect(graph.attributes["window"] == expected.attributes["window"])
        }
    }

    @Test(.enabled(if: Interop.dot != nil || Interop.required, "needs Graphviz dot (apt-get install graphviz)"))
    func graphvizRendersOurDOT() throws {
        let dot = try #require(Interop.dot, "Graphviz dot is missing and ENTGRAPH_REQUIRE_INTEROP is set")
        try withExport(.dot) { path in
            let result = try Interop.run(dot, ["-Tsvg", path])
            #expect(result.status == 0, "dot failed: \(result.stderr)")
            #expect(result.stderr.isEmpty, "dot warned: \(result.stderr)")
            let svg = String(decoding: result.stdout, as: UTF8.self)
            for label in ["AT&amp;T", "Алексей Навальный", "&quot;Q&quot; &lt;x&gt;", "Ends with \\", "strict"] {
                #expect(svg.contains(">\(label)</text>"), "label \(label) not drawn")
            }
            #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == ExportFixtures.tiny.edges.count)
        }
    }

    @Test(.enabled(if: Interop.schemas || Interop.required,
                   "needs xmllint (libxml2-utils), python3 and \(Interop.schemaJar) (libjgrapht-java)"))
    func graphMLAndGEXFAreSchemaValid() throws {
        try Interop.require(Interop.schemas, "xmllint, python3 or \(Interop.schemaJar)")
        let xmllint = try #require(Interop.xmllint)
        try ExportFixtures.withTemporaryFolder { folder in
            _ = try Interop.script(["extract-xsd", Interop.schemaJar, folder.path])
            let graphml = folder.appendingPathComponent("tiny.graphml").path
            try ExportFixtures.tiny.write(to: graphml)
            let result = try Interop.run(xmllint, ["--noout", "--nonet", "--schema", folder.appendingPathComponent("graphml.xsd").path, graphml])
            #expect(result.status == 0, "GraphML: \(result.stderr)")

            // The only GEXF schema at hand is 1.2draft, whose viz elements sit in the main
            // namespace: validate our 1.3 file with its namespaces mapped onto that schema.
            let gexf = String(decoding: try GEXFExporter().write(ExportFixtures.tiny), as: UTF8.self)
                .replacingOccurrences(of: "xmlns:viz=\"http://gexf.net/1.3/viz\"", with: "xmlns:viz=\"http://www.gexf.net/1.2draft\"")
                .replacingOccurrences(of: "http://gexf.net/1.3", with: "http://www.gexf.net/1.2draft")
                .replacingOccurrences(of: "version=\"1.3\"", with: "version=\"1.2\"")
            let gexfPath = folder.appendingPathComponent("tiny-1.2.gexf")
            try Data(gexf.utf8).write(to: gexfPath)
            let gexfResult = try Interop.run(xmllint, ["--noout", "--nonet", "--schema", folder.appendingPathComponent("gexf.xsd").path, gexfPath.path])
            #expect(gexfResult.status == 0, "GEXF: \(gexfResult.stderr)")
        }
    }
}
