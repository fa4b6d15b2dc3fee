import Testing
@testable import EntityGraph

@Suite struct ExportFormatTests {
    @Test(arguments: [
        ("out.graphml", ExportFormat.graphml), ("a/b.dot", .dot), ("x.GV", .dot), ("g.gexf", .gexf),
        ("g.json", .json), ("dir.v2/g.csv", .csv),
    ])
    func formatFromExtension(path: String, format: ExportFormat) {
        #expect(ExportFormat(path: path) == format)
    }

    @Test(arguments: ["out", "out.txt", "-", ".graphml", "dir.graphml/out", ""])
    func noFormatWithoutAKnownExtension(path: String) {
        #expect(ExportFormat(path: path) == nil)
    }

    @Test func everyFormatExportsTheTinyGraph() throws {
        for format in ExportFormat.allCases {
            let files = try format.exporter().files(for: ExportFixtures.tiny)
            #expect(files.count == (format == .csv ? 2 : 1), "\(format)")
            #expect(files.allSatisfy { !$0.bytes.isEmpty }, "\(format)")
        }
    }

    @Test func everyFormatExportsAnEmptyGraph() throws {
        for format in ExportFormat.allCases {
            #expect(throws: Never.self) { try format.exporter().files(for: CoMentionGraph()) }
        }
        #expect(String(decoding: NodeLinkJSONExporter().write(CoMentionGraph()), as: UTF8.self) == """
            {
              "directed": false,
              "multigraph": false,
              "graph": {},
              "nodes": [],
              "links": []
            }

            """)
        #expect(String(decoding: NodeLinkJSONExporter(edgesKey: .edges).write(ExportFixtures.tiny), as: UTF8.self)
                == String(decoding: NodeLinkJSONExporter().write(ExportFixtures.tiny), as: UTF8.self)
                    .replacingOccurrences(of: "\n  \"links\": [", with: "\n  \"edges\": ["))
    }

    @Test func numbersRoundTripAndStayLocaleFree() {
        #expect(NumberText.double(3) == "3.0")
        #expect(NumberText.double(0.1) == "0.1")
        #expect(NumberText.double(1e-7) == "1e-07")
        #expect(NumberText.double(.nan) == "NaN")
        #expect(NumberText.double(-.infinity) == "-INF")
        #expect(NumberText.integer(-1234567) == "-1234567")
        #expect(NumberText.rounded(2.345678, places: 1) == "2.3")
        for value in [1.0 / 3, 2.5e-300, 123456789012.5, 1e20, -0.0] {
            #expect(Double(NumberText.double(value)) == value)
        }
    }

    @Test func xmlSafeTextReplacesOnlyForbiddenCharacters() {
        #expect(XMLSafeText.sanitized("a\u{07}b\u{0}c\u{FFFF}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
        #expect(XMLSafeText.sanitized("tab\tline\ncr\r 🚀 Ж") == "tab\tline\ncr\r 🚀 Ж")
    }

    @Test func attributeColumnsWidenMixedTypes() {
        let columns = AttributeColumn.columns(of: [
            ["a": .int(1), "b": .int(1), "c": .bool(true), "d": .int(1)],
            ["a": .double(2), "b": .string("x"), "d": .int(Int(Int32.max) + 1), "label": .int(3)],
        ], reserved: ["label"])
        #expect(columns == [
            .init(name: "a", type: .double), .init(name: "b", type: .string),
            .init(name: "c", type: .boolean), .init(name: "d", type: .long),
        ])
        #expect(AttributeValue.int(2).text(as: .double) == "2.0")
    }

    @Test func csvQuotesWhatNeedsIt() {
        #expect(CSVExporter.field("plain") == "plain")
        #expect(CSVExporter.field("a,b") == "\"a,b\"")
        #expect(CSVExporter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVExporter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVExporter.field(" padded") == "\" padded\"")
    }

    @Test func dotQuotesWhatIsNotAPlainIdentifierOrNumeral() {
        #expect(DOTExporter.quoted("node") == "\"node\"")
        #expect(DOTExporter.quoted("a\\b\"c\nd\u{07}") == "\"a\\\\b\\\"c\\nd\u{FFFD}\"")
        for bare in ["label", "_x9", "filled", "data_URL", "3", "-2", "12.5", "-.5", "1.", "0"] {
            #expect(DOTExporter.id(bare) == bare, "\(bare)")
        }
        for quoted in ["node", "Graph", "STRICT", "subgraph", "Edge", "digraph", "9lives", "a-b", "a b", "1e-07", "1.2.3",
                       "-", ".", "", "#6E6E6E", "é", "--", "1-2"] {
            #expect(DOTExporter.id(quoted) == DOTExporter.quoted(quoted), "\(quoted)")
        }
    }

    @Test func dotLeavesTheLayoutEngineToTheUser() {
        var graph = CoMentionGraph()
        for i in 0...DOTExporter.largeGraphNodeCount {
            graph.nodes.append(.init(id: "n\(100_000 + i)", label: "N\(i)", kind: .person, mentions: 1, documents: 1))
        }
        let large = String(decoding: DOTExporter().write(graph), as: UTF8.self)
        let small = String(decoding: DOTExporter().write(ExportFixtures.tiny), as: UTF8.self)
        #expect(large.contains("graph [overlap=prism, outputorder=edgesfirst"))
        #expect(small.contains("graph [overlap=false, outputorder=edgesfirst"))
        #expect(!large.contains("layout") && !small.contains("layout"))
    }

    @Test func communityColoursReplaceTypeColoursForTheWholeGraph() {
        #expect(EntityStyle.colorsByCommunity(ExportFixtures.tiny))
        #expect(!EntityStyle.colorsByCommunity(CoMentionGraph(nodes: [ExportFixtures.tiny.nodes[3]])))
        let node = ExportFixtures.tiny.nodes[1]  // AT&T, community 1
        #expect(EntityStyle(node: node, byCommunity: true).color == EntityStyle.communityColors[1])
        #expect(EntityStyle(node: node, byCommunity: true).shape == "hexagon")
        #expect(EntityStyle(node: node, byCommunity: false) == EntityStyle(kind: .organization))
        var other = node
        other.attributes["community"] = .int(-1)
        #expect(EntityStyle(node: other, byCommunity: true).color == EntityStyle.communityColors.last)
        other.attributes["community"] = nil
        #expect(EntityStyle(node: other, byCommunity: true).color == EntityStyle.noCommunity)
    }

    @Test func graphMLKeyIdsAreUniqueAndPlainWhereTheyCanBe() {
        let keys = GraphMLKeys(ExportFixtures.tiny)
        let ids = keys.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(keys.node.map(\.id).prefix(6) == ["label", "name", "type", "mentions", "documents", "aliases"])
        #expect(keys.edge.map(\.id) == ["weight", "sentences", "paragraphs", "edge_documents", "normalized"])
        #expect(keys.graph.map(\.id) == ["graph_documents", "types", "graph_weight", "window"])
        #expect(GraphMLKeys.nmtoken("co mentions/x") == "co_mentions_x")
    }
}

@Suite struct GoldenExportTests {
    @Test func graphML() throws {
        try Golden.check(try GraphMLExporter().write(ExportFixtures.tiny), against: "export-tiny.graphml")
    }

    @Test func dot() throws {
        try Golden.check(DOTExporter().write(ExportFixtures.tiny), against: "export-tiny.dot")
    }

    @Test func gexf() throws {
        try Golden.check(try GEXFExporter().write(ExportFixtures.tiny), against: "export-tiny.gexf")
    }

    @Test func json() throws {
        try Golden.check(NodeLinkJSONExporter().write(ExportFixtures.tiny), against: "export-tiny.json")
    }

    @Test func csv() throws {
        let exporter = CSVExporter()
        try Golden.check(exporter.nodesTable(ExportFixtures.tiny), against: "export-tiny.nodes.csv")
        try Golden.check(exporter.edgesTable(ExportFixtures.tiny), against: "export-tiny.edges.csv")
    }

    @Test func csvForNeo4j() throws {
        let exporter = CSVExporter(dialect: .neo4j)
        try Golden.check(exporter.nodesTable(ExportFixtures.tiny), against: "export-tiny-neo4j.nodes.csv")
        try Golden.check(exporter.edgesTable(ExportFixtures.tiny), against: "export-tiny-neo4j.edges.csv")
    }

    @Test func exportsAreDeterministic() throws {
        for format in ExportFormat.allCases {
            let first = try format.exporter().files(for: ExportFixtures.tiny)
            let second = try format.exporter().files(for: ExportFixtures.tiny)
            #expect(first == second, "\(format)")
        }
    }
}

@Suite struct GraphMLChunkingTests {
    /// Chunks of 1 and 2 elements on several threads must give the one-writer bytes, for a
    /// graph with graph attributes, one without, and one whose elements all fit the first chunk.
    @Test(arguments: [1, 2, 3, 100])
    func chunkedOutputEqualsOneWriter(chunkSize: Int) throws {
        var bare = ExportFixtures.tiny
        bare.attributes = [:]
        // Non-ASCII in an attribute (a node id): a fragment written without a declared
        // encoding turned "ł" into "&#x142;".
        var accented = ExportFixtures.tiny
        accented.nodes[0].id = "skłodowska-navalny"
        for graph in [ExportFixtures.tiny, bare, accented] {
            let whole = try GraphMLExporter(threads: 1).write(graph)
            for threads in [2, 3] {
                var chunked = GraphMLExporter(threads: threads)
                chunked.chunkSize = chunkSize
                #expect(try chunked.write(graph) == whole)
            }
        }
    }

    /// The fragment writer frames what libxml2 writes as the splice expects; were that to
    /// change, the exporter would fall back to one writer and this test would say so.
    @Test func fragmentsAreFramedAsExpected() throws {
        let fragment = try XMLDocumentWriter(format: .graphml, fragmentInside: ["graphml", "graph"])
        try fragment.element("node", ["id": "a"])
        #expect(try fragment.fragment() == Array("    <node id=\"a\"/>\n".utf8))
    }
}
