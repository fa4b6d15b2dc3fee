import Testing
@testable import EntityGraph

/// Every measure against NetworkX (scripts/reference_centrality.py), to 1e-6; eigenvector
/// centrality against numpy's exact eigenvector to 1e-9, and against NetworkX's stopping point
/// to its own tolerance.
@Suite struct CentralityReferenceTests {
    static let names = CentralityReference.shared.graphs.map(\.name)

    @Test func referenceCoversEveryMeasure() {
        for graph in CentralityReference.shared.graphs {
            #expect(Set(graph.measures.keys) == Set(Measure.allCases.map(\.rawValue)), "\(graph.name)")
        }
    }

    @Test(arguments: names)
    func measuresMatchNetworkX(name: String) throws {
        let reference = CentralityReference.graph(name)
        let adjacency = try WeightedAdjacency(reference.coMentionGraph)
        for measure in Measure.allCases {
            let expected = try #require(reference.measures[measure.rawValue])
            if measure == .eigenvector {
                let actual = try measure.values(adjacency)
                #expect(maxDifference(actual, reference.eigenvector_exact) < 1e-9, "\(name) eigenvector")
                // NetworkX stops once Σ|Δx| < n·1e-6: it may be that far from the limit.
                if let expected { #expect(maxDifference(actual, expected) < 1e-4, "\(name) eigenvector vs NetworkX") }
                continue
            }
            guard let expected else {
                #expect(throws: AnalysisError.self) { try measure.values(adjacency) }
                continue
            }
            let actual = try measure.values(adjacency)
            #expect(maxDifference(actual, expected) < 1e-6, "\(name) \(measure)")
        }
    }

    @Test(arguments: names)
    func sampledBetweennessMatchesNetworkXForTheSamePivots(name: String) throws {
        let reference = CentralityReference.graph(name)
        guard let sampled = reference.betweenness_sampled else { return }
        let adjacency = try WeightedAdjacency(reference.coMentionGraph)
        let actual = try BetweennessCentrality.sampledValues(adjacency, sources: sampled.sources)
        #expect(sampled.sources.count == sampled.k)
        #expect(maxDifference(actual, sampled.values) < 1e-6)
    }

    @Test(arguments: names)
    func betweennessIsBitIdenticalOnOneAndTwoThreads(name: String) throws {
        let adjacency = try WeightedAdjacency(CentralityReference.graph(name).coMentionGraph)
        let one = BetweennessCentrality.values(adjacency, threads: 1)
        let two = BetweennessCentrality.values(adjacency, threads: 2)
        let five = BetweennessCentrality.values(adjacency, threads: 5)
        #expect(one.map(\.bitPattern) == two.map(\.bitPattern))
        #expect(one.map(\.bitPattern) == five.map(\.bitPattern))
        let closeness1 = ClosenessCentrality.values(adjacency, threads: 1)
        let closeness2 = ClosenessCentrality.values(adjacency, threads: 2)
        #expect(closeness1.map(\.bitPattern) == closeness2.map(\.bitPattern))
    }

    @Test func karateReferenceIsTheWeightedClub() {
        let karate = CentralityReference.graph("karate")
        #expect(karate.nodes.count == 34)
        #expect(karate.edges.count == 78)
        #expect(karate.edges.contains { $0 == [0, 1, 4] })  // nx.karate_club_graph()'s weights
    }
}
