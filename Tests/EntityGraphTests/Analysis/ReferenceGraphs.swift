import Foundation
@testable import EntityGraph

/// The NetworkX reference values written by scripts/reference_centrality.py.
struct CentralityReference: Decodable {
    struct Sampled: Decodable {
        var k: Int
        var sources: [Int]
        var values: [Double]
    }

    struct Partition: Decodable {
        var membership: [Int]
        var modularity: Double
    }

    struct LouvainRun: Decodable {
        var seed: UInt64
        var communities: Int
        var modularity: Double
    }

    struct Graph: Decodable {
        var name: String
        var nodes: [String]
        var edges: [[Double]]
        /// Values per measure, in the order of `nodes`; nil where NetworkX did not converge.
        var measures: [String: [Double]?]
        /// The limit of NetworkX's eigenvector iteration, from numpy's dense eigendecomposition.
        var eigenvector_exact: [Double]
        var betweenness_sampled: Sampled?
        var partition: Partition?
        var louvain: [LouvainRun]?

        /// The graph as a co-mention graph; node ids are zero-padded, so `nodes` is already in
        /// id order and indices agree with NetworkX's.
        var coMentionGraph: CoMentionGraph {
            CoMentionGraph(
                nodes: nodes.map { .init(id: $0, label: $0.uppercased(), kind: .person, mentions: 1, documents: 1) },
                edges: edges.map {
                    .init(source: Int($0[0]), target: Int($0[1]), weight: $0[2], sentences: 1,
                          paragraphs: 1, documents: 1)
                })
        }
    }

    var networkx: String
    var graphs: [Graph]

    static let shared: CentralityReference = {
        let url = Bundle.module.url(forResource: "centrality-reference", withExtension: "json",
                                    subdirectory: "Golden")!
        return try! JSONDecoder().decode(CentralityReference.self, from: Data(contentsOf: url))
    }()

    static func graph(_ name: String) -> Graph {
        shared.graphs.first { $0.name == name }!
    }
}

/// Small seeded random graphs for property tests.
enum RandomGraphs {
    /// A G(n, m) graph with integer weights in 1...maxWeight, edges drawn with `seed`.
    static func gnm(nodes n: Int, edges m: Int, maxWeight: Int = 5, seed: UInt64) -> CoMentionGraph {
        var generator = SeededGenerator(seed: seed)
        var pairs = Set<[Int]>()
        let target = min(m, n * (n - 1) / 2)
        while pairs.count < target {
            let a = generator.index(below: n), b = generator.index(below: n)
            if a != b { pairs.insert([min(a, b), max(a, b)]) }
        }
        let width = String(n - 1).count
        let nodes = (0..<n).map { i -> CoMentionGraph.Node in
            let digits = String(i)
            let id = "v" + String(repeating: "0", count: width - digits.count) + digits
            return .init(id: id, label: "Node \(i)", kind: EntityKind.graphDefault[i % 3],
                         mentions: 1, documents: 1)
        }
        let edges = pairs.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.map {
            CoMentionGraph.Edge(source: $0[0], target: $0[1],
                                weight: Double(1 + generator.index(below: maxWeight)),
                                sentences: 1, paragraphs: 1, documents: 1)
        }
        return CoMentionGraph(nodes: nodes, edges: edges)
    }

    /// A graph from index pairs with weights; ids "a0", "a1", …
    static func make(_ n: Int, _ edges: [(Int, Int, Double)]) -> CoMentionGraph {
        let width = String(max(n - 1, 0)).count
        var graph = CoMentionGraph(
            nodes: (0..<n).map { i in
                let digits = String(i)
                return .init(id: "a" + String(repeating: "0", count: width - digits.count) + digits,
                             label: "A\(i)", kind: .person, mentions: 1, documents: 1)
            },
            edges: edges.map {
                .init(source: min($0.0, $0.1), target: max($0.0, $0.1), weight: $0.2, sentences: 1,
                      paragraphs: 1, documents: 1)
            })
        graph.normalize()
        return graph
    }
}

/// Largest absolute difference between two arrays of equal length.
func maxDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count)
    return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}
