import Testing
@testable import EntityGraph

@Suite struct GraphBuilderTests {
    let texts = [
        "Vladimir Putin met Joe Biden. Putin and Biden talked about Ukraine and Ukraine.\n\nNATO watched Ukraine.",
        "Joe Biden called NATO.",
    ]

    @Test func aPairCountsOncePerWindow() {
        let graph = graph(of: texts)
        func edge(_ a: String, _ b: String) -> CoMentionGraph.Edge? {
            guard let i = graph.nodes.firstIndex(where: { $0.label == a }),
                  let j = graph.nodes.firstIndex(where: { $0.label == b }) else { return nil }
            return graph.edges.first { [$0.source, $0.target] == [min(i, j), max(i, j)] }
        }
        let bidenPutin = edge("Joe Biden", "Vladimir Putin")
        #expect(bidenPutin?.weight == 2)
        #expect(bidenPutin?.sentences == 2)
        #expect(bidenPutin?.paragraphs == 1)
        #expect(bidenPutin?.documents == 1)
        #expect(edge("Joe Biden", "Ukraine")?.sentences == 1)
        #expect(edge("NATO", "Ukraine")?.sentences == 1)
        #expect(edge("NATO", "Vladimir Putin") == nil)
        #expect(edge("Joe Biden", "NATO")?.weight == 1)
        #expect(edge("Joe Biden", "NATO")?.documents == 2)
    }

    @Test func windowsChooseTheWeight() {
        var options = GraphOptions()
        options.window = .document
        let graph = graph(of: texts, options: options)
        let nato = graph.nodes.firstIndex { $0.label == "NATO" }!
        let putin = graph.nodes.firstIndex { $0.label == "Vladimir Putin" }!
        #expect(graph.edges.first { $0.source == nato && $0.target == putin }?.weight == 1)
        #expect(graph.attributes["window"] == .string("document"))
    }

    @Test func minWeightAndTypesFilter() {
        var options = GraphOptions()
        options.minWeight = 2
        #expect(graph(of: texts, options: options).edges.count == 1)
        options = GraphOptions()
        options.types = [.person]
        #expect(graph(of: texts, options: options).nodes.map(\.label) == ["Joe Biden", "Vladimir Putin"])
    }

    @Test func nodesSortedByIDAndEdgesBySourceTarget() {
        let graph = graph(of: texts)
        #expect(graph.nodes.map(\.id) == graph.nodes.map(\.id).sorted())
        #expect(graph.edges.allSatisfy { $0.source < $0.target })
        #expect(graph.edges.map { [$0.source, $0.target] } == graph.edges.map { [$0.source, $0.target] }.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(graph.nodes.map(\.id) == ["joe-biden", "north-atlantic-treaty-organization", "ukraine", "vladimir-putin"])
    }

    @Test func slugsAreReadableAndUnique() {
        #expect(NodeID.slug("Alexei Navalny") == "alexei-navalny")
        #expect(NodeID.slug("Côte d'Ivoire") == "cote-d-ivoire")
        #expect(NodeID.slug("AT&T") == "at-t")
        #expect(NodeID.slug("Алексей Навальный") == "алексеи-навальныи")
        #expect(NodeID.slug("!!") == "entity")
    }
}

@Suite struct TopNodesTests {
    static let nodes: [CoMentionGraph.Node] = [
        .init(id: "a", label: "A", kind: .person, mentions: 5, documents: 1),
        .init(id: "b", label: "B", kind: .person, mentions: 1, documents: 1),
        .init(id: "c", label: "C", kind: .country, mentions: 3, documents: 1),
        .init(id: "d", label: "D", kind: .country, mentions: 3, documents: 1),
    ]

    @Test func keepsTheMostMentionedNodesAndTheEdgesAmongThem() {
        let graph = CoMentionGraph(
            nodes: Self.nodes,
            edges: [
                .init(source: 0, target: 1, weight: 1, sentences: 1, paragraphs: 1, documents: 1),
                .init(source: 0, target: 2, weight: 2, sentences: 2, paragraphs: 1, documents: 1),
                .init(source: 2, target: 3, weight: 4, sentences: 4, paragraphs: 1, documents: 1),
            ])
        let top = graph.keepingTopNodes(2)
        #expect(top.nodes.map(\.id) == ["a", "c"])
        #expect(top.edges.map { [$0.source, $0.target] } == [[0, 1]])
        #expect(top.edges.map(\.weight) == [2])
        #expect(graph.keepingTopNodes(10).nodes.count == 4)
        #expect(top.attributes["pruning"] == .string("top 2 nodes by mentions"))
    }

    @Test func isolatedNodesAreLeftOutAndEdgesReindexed() {
        let graph = CoMentionGraph(
            nodes: Self.nodes,
            edges: [.init(source: 0, target: 3, weight: 3, sentences: 3, paragraphs: 1, documents: 1)])
        let connected = graph.removingIsolatedNodes()
        #expect(connected.nodes.map(\.id) == ["a", "d"])
        #expect(connected.edges.map { [$0.source, $0.target] } == [[0, 1]])
        #expect(connected.attributes["pruning"] == .string("nodes without edges left out"))
        #expect(connected.keepingTopNodes(1).attributes["pruning"] == .string("nodes without edges left out; top 1 nodes by mentions"))
    }
}
