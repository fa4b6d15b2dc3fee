import Testing
@testable import EntityGraph

@Suite struct ForceLayoutTests {
    /// Two 6-cliques joined by one edge, and three isolated nodes.
    static let twoCliques: CoMentionGraph = {
        var graph = CoMentionGraph()
        for v in 0..<15 {
            graph.nodes.append(.init(id: "v\(v < 10 ? "0" : "")\(v)", label: "V\(v)", kind: .person, mentions: 1, documents: 1))
        }
        for clique in [0, 6] {
            for a in clique..<(clique + 6) {
                for b in (a + 1)..<(clique + 6) {
                    graph.edges.append(.init(source: a, target: b, weight: 2, sentences: 2, paragraphs: 1, documents: 1))
                }
            }
        }
        graph.edges.append(.init(source: 5, target: 6, weight: 1, sentences: 1, paragraphs: 1, documents: 1))
        graph.normalize()
        return graph
    }()

    static func distance(_ a: ForceLayout.Point, _ b: ForceLayout.Point) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }

    @Test func sameSeedSameLayoutAndNodesApart() {
        let first = ForceLayout(seed: 3).positions(Self.twoCliques)
        #expect(first == ForceLayout(seed: 3).positions(Self.twoCliques))
        #expect(first != ForceLayout(seed: 4).positions(Self.twoCliques))
        #expect(first.count == 15 && first.allSatisfy { $0.x.isFinite && $0.y.isFinite })
        for a in first.indices {
            for b in first.indices where b > a {
                #expect(Self.distance(first[a], first[b]) > 0.2, "\(a) and \(b) on top of each other")
            }
        }
    }

    /// Nodes of one clique sit closer together than nodes of different cliques.
    @Test func cliquesStayTogether() {
        let points = ForceLayout(seed: 1).positions(Self.twoCliques)
        var inside: [Double] = [], across: [Double] = []
        for a in 0..<12 {
            for b in (a + 1)..<12 {
                (a < 6) == (b < 6) ? inside.append(Self.distance(points[a], points[b])) : across.append(Self.distance(points[a], points[b]))
            }
        }
        #expect(inside.max()! < across.reduce(0, +) / Double(across.count))
    }

    /// Components are packed side by side, their boxes apart.
    @Test func componentsDoNotOverlap() {
        let points = ForceLayout(seed: 1).positions(Self.twoCliques)
        let components = ForceLayout.components(Self.twoCliques)
        #expect(components.map(\.count) == [12, 1, 1, 1])
        let boxes = components.map { members in
            (members.map { points[$0].x }.min()!, members.map { points[$0].y }.min()!,
             members.map { points[$0].x }.max()!, members.map { points[$0].y }.max()!)
        }
        for a in boxes.indices {
            for b in boxes.indices where b > a {
                let overlap = boxes[a].0 < boxes[b].2 + 1 && boxes[b].0 < boxes[a].2 + 1
                    && boxes[a].1 < boxes[b].3 + 1 && boxes[b].1 < boxes[a].3 + 1
                #expect(!overlap, "components \(a) and \(b) overlap")
            }
        }
    }

    @Test func emptyAndSingleNodeGraphs() {
        #expect(ForceLayout().positions(CoMentionGraph()).isEmpty)
        let one = CoMentionGraph(nodes: [.init(id: "a", label: "A", kind: .person, mentions: 1, documents: 1)])
        #expect(ForceLayout().positions(one) == [ForceLayout.Point(x: 0, y: 0)])
    }
}
