import Testing
@testable import EntityGraph

@Suite struct BackboneTests {
    /// Hub a0 with a heavy edge to a1 and light edges to a2...a4; a chain a1-a2-a3-a4 so they
    /// are not leaves; a5 hangs off a4 alone.
    static let graph = RandomGraphs.make(6, [
        (0, 1, 10), (0, 2, 1), (0, 3, 1), (0, 4, 1),
        (1, 2, 1), (2, 3, 1), (3, 4, 1), (4, 5, 1),
    ])

    @Test func disparityAlphasFollowTheFormula() throws {
        let alphas = try DisparityFilter.edgeAlphas(Self.graph)
        // Edge a0-a1: at a0 (k=4, s=13) (1 − 10/13)³; at a1 (k=2, s=11) 1/11.
        #expect(abs(alphas[0] - (3.0 / 13) * (3.0 / 13) * (3.0 / 13)) < 1e-15)
        // Edge a0-a2: at a0 (12/13)³, at a2 (k=3, s=3) (2/3)².
        #expect(abs(alphas[1] - 4.0 / 9) < 1e-15)
        // Edge a4-a5: a5 is a leaf.
        #expect(alphas[7] == 0)
    }

    @Test func disparityBackboneKeepsSignificantAndLeafEdges() throws {
        let backbone = try DisparityFilter.backbone(Self.graph, alpha: 0.05)
        #expect(backbone.nodes.map(\.id) == ["a0", "a1", "a4", "a5"])
        #expect(backbone.edges.map { [$0.source, $0.target] } == [[0, 1], [2, 3]])
        #expect(backbone.edges.map(\.weight) == [10, 1])
        #expect(backbone.attributes["backbone"] == .string("disparity filter, alpha 0.05"))

        let kept = try DisparityFilter.backbone(Self.graph, alpha: 0.05, keepIsolated: true)
        #expect(kept.nodes.count == 6)
        #expect(kept.edges.map { [$0.source, $0.target] } == [[0, 1], [4, 5]])

        let everything = try DisparityFilter.backbone(Self.graph, alpha: 1)
        #expect(everything.edges.count == 8)
        #expect(throws: AnalysisError.self) { try DisparityFilter.backbone(Self.graph, alpha: 0) }
    }

    @Test func strongestEdgesBreakTiesByEdgeOrder() throws {
        let top = try StrongestEdges.backbone(Self.graph, count: 3)
        // Weight 10 first, then the two earliest weight-1 edges: a0-a2 and a0-a3.
        #expect(top.nodes.map(\.id) == ["a0", "a1", "a2", "a3"])
        #expect(top.edges.map { [$0.source, $0.target] } == [[0, 1], [0, 2], [0, 3]])
        #expect(try StrongestEdges.backbone(Self.graph, count: 100).edges.count == 8)
        #expect(try StrongestEdges.backbone(Self.graph, count: 0).nodes.isEmpty)
        #expect(throws: AnalysisError.self) { try StrongestEdges.backbone(Self.graph, count: -1) }
    }

    @Test func backbonesKeepAttributesAndInvariants() throws {
        var graph = Self.graph
        graph.nodes[1].attributes["iso"] = .string("UA")
        graph.edges[0].attributes["note"] = .int(7)
        let backbone = try DisparityFilter.backbone(graph, alpha: 0.05)
        #expect(backbone.nodes[1].attributes["iso"] == .string("UA"))
        #expect(backbone.edges[0].attributes["note"] == .int(7))
        var normalized = backbone
        normalized.normalize()
        #expect(normalized == backbone)
    }
}
