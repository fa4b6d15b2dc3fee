import Testing
@testable import EntityGraph

@Suite struct CommunityTests {
    @Test func modularityMatchesNetworkXForTheKarateClubs() throws {
        let karate = CentralityReference.graph("karate")
        let partition = try #require(karate.partition)
        let adjacency = try WeightedAdjacency(karate.coMentionGraph)
        let q = Modularity.score(adjacency, membership: partition.membership)
        #expect(abs(q - partition.modularity) < 1e-12)
    }

    @Test(arguments: CentralityReference.shared.graphs.filter { $0.louvain != nil }.map(\.name))
    func louvainReachesNetworkXModularity(name: String) throws {
        let reference = CentralityReference.graph(name)
        let adjacency = try WeightedAdjacency(reference.coMentionGraph)
        let runs = try #require(reference.louvain)
        for run in runs {
            let found = Louvain(seed: run.seed).communities(adjacency)
            #expect(found.modularity > run.modularity - 0.02, "\(name) seed \(run.seed)")
            // The reported modularity is the modularity of the reported partition.
            #expect(abs(found.modularity - Modularity.score(adjacency, membership: found.membership)) < 1e-12)
        }
    }

    @Test func louvainIsDeterministicForASeed() throws {
        let adjacency = try WeightedAdjacency(RandomGraphs.gnm(nodes: 80, edges: 200, seed: 5))
        let first = Louvain(seed: 9).communities(adjacency)
        let second = Louvain(seed: 9).communities(adjacency)
        #expect(first == second)
        // Different seeds give valid partitions too (they may or may not differ).
        let other = Louvain(seed: 10).communities(adjacency)
        #expect(other.membership.count == 80)
        #expect(other.modularity > 0.2)
    }

    @Test func communityIDsAreRankedBySizeThenFirstNode() throws {
        // A 4-clique (nodes 3...6) and a triangle (0...2) joined by one weak edge, plus an isolated node.
        var edges: [(Int, Int, Double)] = [(0, 1, 3), (0, 2, 3), (1, 2, 3), (2, 3, 0.1)]
        for a in 3..<6 { for b in (a + 1)...6 { edges.append((a, b, 3)) } }
        let adjacency = try WeightedAdjacency(RandomGraphs.make(8, edges))
        let found = Louvain(seed: 1).communities(adjacency)
        #expect(found.membership == [1, 1, 1, 0, 0, 0, 0, 2])
        #expect(found.members == [[3, 4, 5, 6], [0, 1, 2], [7]])
        #expect(found.count == 3)
    }

    @Test func edgelessGraphKeepsSingletons() throws {
        let adjacency = try WeightedAdjacency(RandomGraphs.make(3, []))
        let found = Louvain(seed: 1).communities(adjacency)
        #expect(found.membership == [0, 1, 2])
        #expect(found.modularity == 0)
    }
}
