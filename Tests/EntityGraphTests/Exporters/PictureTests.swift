import Foundation
import Testing
@testable import EntityGraph

/// `graphs/sample.svg`, the README's picture: names on the top nodes only, a legend of types,
/// nothing drawn over anything else (scripts/svg_check.py reads what Graphviz drew).
@Suite struct PictureTests {
    struct SVGReport: Decodable {
        var nodes: Int
        var labels: [String]
        var legend: [String]
        var overlaps: [[String]]
    }

    static let sample: CoMentionGraph = try! CoMentionGraph(graphMLFile: repositoryRoot.appendingPathComponent("graphs/sample.graphml").path)

    /// The labels of the `count` nodes of highest PageRank (ties by id), sorted.
    static func topLabels(_ graph: CoMentionGraph, _ count: Int) throws -> [String] {
        let rank = try PageRank.values(WeightedAdjacency(graph))
        return graph.nodes.indices.sorted { (-rank[$0], graph.nodes[$0].id) < (-rank[$1], graph.nodes[$1].id) }
            .prefix(count).map { graph.nodes[$0].label }.sorted()
    }

    static func svgReport(_ svg: URL) throws -> SVGReport {
        let result = try Interop.run(try #require(Interop.python, "python3 not found"),
                                     [repositoryRoot.appendingPathComponent("scripts/svg_check.py").path, svg.path])
        try #require(result.status == 0, "svg_check.py: \(result.stderr)")
        return try JSONDecoder().decode(SVGReport.self, from: result.stdout)
    }

    @Test func onlyTheTopNodesAreNamedAndEveryNodeHasATooltip() throws {
        let dot = String(decoding: try DOTPictureExporter(labelled: 15).write(Self.sample), as: UTF8.self)
        let nodeLines = dot.split(separator: "\n").filter { $0.hasPrefix("  \"") && !$0.contains(" -- ") }
        #expect(nodeLines.count == Self.sample.nodes.count)
        #expect(nodeLines.allSatisfy { $0.contains("tooltip=") })
        let named = nodeLines.filter { !$0.contains("label=\"\"") }
        #expect(named.count == 15)
        for label in try Self.topLabels(Self.sample, 15) {
            #expect(named.contains { $0.contains("label=" + DOTExporter.id(label) + ",") }, "\(label) not named")
        }
        for kind in ["person", "country", "organization"] { #expect(dot.contains("</TD><TD ALIGN=\"LEFT\">\(kind)</TD>")) }
        #expect(try DOTPictureExporter(labelled: 0).write(Self.sample).count > 0)
    }

    /// What neato draws from it today: the top names, the legend, no overlaps.
    @Test(.enabled(if: Interop.executable("neato") != nil || Interop.required, "needs Graphviz"))
    func neatoDrawsALegendAndNoOverlaps() throws {
        let neato = try #require(Interop.executable("neato"), "neato is missing and ENTGRAPH_REQUIRE_INTEROP is set")
        try ExportFixtures.withTemporaryFolder { folder in
            let dot = folder.appendingPathComponent("picture.dot"), svg = folder.appendingPathComponent("picture.svg")
            try Self.sample.write(to: dot.path, dotLabels: 15)
            let drawn = try Interop.run(neato, ["-Tsvg", dot.path, "-o", svg.path])
            try #require(drawn.status == 0, "neato: \(drawn.stderr)")
            let report = try Self.svgReport(svg)
            #expect(report.nodes == Self.sample.nodes.count)
            #expect(report.labels == (try Self.topLabels(Self.sample, 15)))
            #expect(report.legend.prefix(3) == ["person", "country", "organization"])
            #expect(report.legend.last?.hasPrefix("\(Self.sample.nodes.count) entities, \(Self.sample.edges.count) co-mention edges") == true)
            #expect(report.overlaps == [], "overlapping: \(report.overlaps)")
        }
    }

    /// The committed picture is the one `make graphs` draws now (same names, legend, no overlaps).
    @Test(.enabled(if: Interop.python != nil || Interop.required, "needs python3"))
    func theCommittedPictureIsReadable() throws {
        let report = try Self.svgReport(repositoryRoot.appendingPathComponent("graphs/sample.svg"))
        #expect(report.nodes == Self.sample.nodes.count)
        #expect(report.labels == (try Self.topLabels(Self.sample, 15)), "graphs/sample.svg is stale: run `make graphs`")
        #expect(report.legend.prefix(3) == ["person", "country", "organization"])
        #expect(report.overlaps == [])
    }

    /// The overlap check can fail: two labels drawn at the same place are reported.
    @Test(.enabled(if: Interop.python != nil || Interop.required, "needs python3"))
    func overlappingLabelsAreReported() throws {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg"><g id="graph0" class="graph">
            <g id="node1" class="node"><title>a</title><text text-anchor="middle" x="100" y="100" font-size="14.00">Vladimir Putin</text></g>
            <g id="node2" class="node"><title>b</title><text text-anchor="middle" x="130" y="104" font-size="14.00">Joe Biden</text></g>
            <g id="node3" class="node"><title>c</title><ellipse cx="400" cy="400" rx="5" ry="5"/></g>
            </g></svg>
            """
        try ExportFixtures.withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("overlap.svg")
            try svg.write(to: file, atomically: true, encoding: .utf8)
            let report = try Self.svgReport(file)
            #expect(report.overlaps == [["a", "b"]])
            #expect(report.labels == ["Joe Biden", "Vladimir Putin"] && report.nodes == 3)
        }
    }
}
