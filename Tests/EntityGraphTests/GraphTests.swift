import Testing
@testable import EntityGraph

@Suite struct CoMentionGraphTests {
    @Test func normalizeSortsNodesAndReindexesEdges() {
        var graph = CoMentionGraph(
            nodes: [
                .init(id: "b", label: "B", kind: .person, mentions: 1, documents: 1),
                .init(id: "a", label: "A", kind: .country, mentions: 2, documents: 1),
                .init(id: "c", label: "C", kind: .organization, mentions: 1, documents: 1),
            ],
            edges: [
                .init(source: 2, target: 0, weight: 1, sentences: 1, paragraphs: 1, documents: 1),
                .init(source: 0, target: 1, weight: 2, sentences: 2, paragraphs: 1, documents: 1),
            ])
        graph.normalize()
        #expect(graph.nodes.map(\.id) == ["a", "b", "c"])
        #expect(graph.edges.map { [$0.source, $0.target] } == [[0, 1], [1, 2]])
        #expect(graph.edges.map(\.weight) == [2, 1])
    }
}
