import Testing
@testable import EntityGraph

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
            let a = Int(state >> 40) % 300, b = Int(state >> 20) % 300 + 300
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
        #expect(table.pairs.count == reference.count)
        #expect(Set(table.pairs.map(\.key)) == Set(reference.keys))
    }
}
