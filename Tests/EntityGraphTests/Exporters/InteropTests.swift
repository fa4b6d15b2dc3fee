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

    /// igraph and R key vertices by `name` (R's `as_data_frame(what = "both")` makes it the row
    /// names): it is the node id, unique where labels repeat; the label stays in `label`.
    @Test(.enabled(if: Interop.igraph || Interop.required, "needs python3 with igraph (pip install igraph)"))
    func igraphKeysVerticesByAUniqueNameWhenLabelsRepeat() throws {
        try Interop.require(Interop.igraph, "python3 with igraph")
        var graph = CoMentionGraph(
            nodes: [
                .init(id: "georgia", label: "Georgia", kind: .country, mentions: 4, documents: 2),
                .init(id: "georgia-person", label: "Georgia", kind: .person, mentions: 1, documents: 1),
                .init(id: "tbilisi", label: "Tbilisi", kind: .organization, mentions: 2, documents: 1),
            ],
            edges: [
                .init(source: 0, target: 2, weight: 2, sentences: 2, paragraphs: 1, documents: 1),
                .init(source: 1, target: 2, weight: 1, sentences: 1, paragraphs: 1, documents: 1),
            ])
        graph.normalize()
        let script = """
        import json, sys, igraph
        g = igraph.Graph.Read_GraphML(sys.argv[1])
        names = g.vs["name"]
        assert len(set(names)) == len(names), names
        print(json.dumps({"names": names, "labels": g.vs["label"],
                          "person": g.vs.find(name="georgia-person")["type"],
                          "weight": g.es[g.get_eid("georgia", "tbilisi")]["weight"]}))
        """
        try ExportFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("labels.graphml").path
            try graph.write(to: path)
            let result = try Interop.run(try #require(Interop.python), ["-c", script, path])
            try #require(result.status == 0, "\(result.stderr)")
            let read = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
            #expect(read["names"] as? [String] == ["georgia", "georgia-person", "tbilisi"])
            #expect(read["labels"] as? [String] == ["Georgia", "Georgia", "Tbilisi"])
            #expect(read["person"] as? String == "PERSON")
            #expect(read["weight"] as? Double == 2)
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

    /// pydot keeps the quotes of quoted names and values: names must come back plain, and
    /// numbers as bare numerals.
    @Test(.enabled(if: Interop.pydot || Interop.required, "needs python3 with networkx and pydot (pip install pydot)"))
    func networkxReadsOurDOTThroughPydotWithPlainNames() throws {
        try Interop.require(Interop.pydot, "python3 with networkx and pydot")
        let script = """
        import json, sys, networkx as nx
        g = nx.nx_pydot.read_dot(sys.argv[1])
        print(json.dumps({"nodes": {n: d for n, d in g.nodes(data=True)},
                          "edges": {u + " " + v: d for u, v, d in g.edges(data=True)}}))
        """
        try withExport(.dot) { path in
            let result = try Interop.run(try #require(Interop.python), ["-c", script, path])
            try #require(result.status == 0, "\(result.stderr)")
            let read = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: [String: [String: String]]])
            let nodes = try #require(read["nodes"]), edges = try #require(read["edges"])
            let graph = ExportFixtures.tiny
            #expect(Set(nodes.keys) == Set(graph.nodes.map(\.id)))
            // NetworkX's from_pydot takes nodes named "node", "graph" or "edge" for default
            // statements and drops their attributes, however they are quoted.
            for node in graph.nodes where !["node", "graph", "edge"].contains(node.id) {
                let attributes = try #require(nodes[node.id], "\(node.id)")
                #expect(attributes.keys.allSatisfy { !$0.contains("\"") }, "\(node.id): \(attributes.keys.sorted())")
                #expect(attributes["mentions"] == String(node.mentions), "\(node.id)")
                #expect(attributes["documents"] == String(node.documents), "\(node.id)")
                #expect(attributes["type"] == node.kind.label, "\(node.id)")
            }
            #expect(nodes["at-t"]?["label"] == "\"AT&T\"", "pydot keeps a quoted value's quotes")
            #expect(nodes["alexei-navalny"]?["community"] == "0")
            #expect(edges.count == graph.edges.count)
            for edge in graph.edges {
                let (u, v) = (graph.nodes[edge.source].id, graph.nodes[edge.target].id)
                let attributes = try #require(edges["\(u) \(v)"] ?? edges["\(v) \(u)"], "\(u) -- \(v)")
                #expect(attributes.keys.allSatisfy { !$0.contains("\"") }, "\(attributes.keys.sorted())")
                #expect(attributes["weight"] == NumberText.double(edge.weight))
                #expect(attributes["sentences"] == String(edge.sentences))
            }
        }
    }

    /// The file names no engine: `sfdp` lays it out as sfdp does, not as neato.
    @Test(.enabled(if: Interop.executable("sfdp") != nil || Interop.required, "needs Graphviz (apt-get install graphviz)"))
    func theLayoutEngineIsTheOneTheUserRuns() throws {
        let sfdp = try #require(Interop.executable("sfdp"), "Graphviz sfdp is missing and ENTGRAPH_REQUIRE_INTEROP is set")
        let neato = try #require(Interop.executable("neato"), "Graphviz neato is missing and ENTGRAPH_REQUIRE_INTEROP is set")
        try withExport(.dot) { path in
            #expect(!(try String(contentsOfFile: path, encoding: .utf8)).contains("layout"))
            func positions(_ engine: String) throws -> [String] {
                let result = try Interop.run(engine, ["-Tplain", path])
                #expect(result.status == 0, "\(engine): \(result.stderr)")
                return String(decoding: result.stdout, as: UTF8.self).split(separator: "\n")
                    .filter { $0.hasPrefix("node ") }.map { $0.split(separator: " ").prefix(4).joined(separator: " ") }
            }
            let bySfdp = try positions(sfdp), byNeato = try positions(neato)
            #expect(bySfdp.count == ExportFixtures.tiny.nodes.count && byNeato.count == bySfdp.count)
            #expect(bySfdp != byNeato, "sfdp drew what neato draws")
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
