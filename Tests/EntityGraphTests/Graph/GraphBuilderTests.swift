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
        #expect(graph.nodes.map(\.id) == ["joe-biden", "nato", "ukraine", "vladimir-putin"])
    }

    @Test func slugsAreReadableAndUnique() {
        #expect(NodeID.slug("Alexei Navalny") == "alexei-navalny")
        #expect(NodeID.slug("Côte d'Ivoire") == "cote-d-ivoire")
        #expect(NodeID.slug("AT&T") == "at-t")
        #expect(NodeID.slug("Алексей Навальный") == "алексеи-навальныи")
        #expect(NodeID.slug("!!") == "entity")
    }
}

@Suite struct GraphCountingTests {
    @Test func asciiSlugAgreesWithTheGeneralPath() {
        var labels = ["Vladimir Putin", "U.S. Department of State", "AT&T", "  --  ", "", "O'Toole", "G-7", "x1 y2"]
        for value in 0..<128 {
            let c = String(UnicodeScalar(UInt8(value)))
            labels += [c, "A\(c)b", "\(c)Name\(c)"]
        }
        for label in labels {
            // A trailing no-break space is not ASCII but changes no slug: it takes the general path.
            #expect(NodeID.asciiSlug(label) == NodeID.slug(label + "\u{A0}"), "\(label.debugDescription)")
        }
        #expect(NodeID.asciiSlug("Zürich") == nil)
    }

    @Test func pairTableCountsEachWindowAndGrows() {
        var table = PairCountTable()
        var reference: [UInt64: (Int, Int, Int)] = [:]
        var state: UInt64 = 7
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let a = Int(state >> 40) % 300, b = Int(state >> 20) % 300
            let key = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
            let window = [PairCountTable.Window.sentence, .paragraph, .document][Int(state >> 60) % 3]
            table.increment(key, window)
            var counts = reference[key] ?? (0, 0, 0)
            switch window {
            case .sentence: counts.0 += 1
            case .paragraph: counts.1 += 1
            case .document: counts.2 += 1
            }
            reference[key] = counts
        }
        #expect(table.count == reference.count)
        for (key, counts) in reference {
            let found = table[key]
            #expect(found?.sentences == counts.0 && found?.paragraphs == counts.1 && found?.documents == counts.2)
        }
        #expect(table[UInt64(301) << 32 | 302] == nil)
        #expect(table.keys.count == Set(table.keys).count)
    }
}
