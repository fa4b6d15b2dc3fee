import Foundation
import Testing
@testable import EntityGraph

/// The self-contained HTML view: what it embeds, how it escapes, when it prunes. The browser
/// tests (`BrowserViewTests`) check what a real browser makes of it.
@Suite struct HTMLExporterTests {
    static let hostileLabels = [
        "</script><script>document.body.setAttribute('data-pwned','1')</script>",
        "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">",
        "<!-- <script>document.body.setAttribute('data-pwned','3')</script>",
        "\"quoted\" & 'single' \\ back\\slash",
        "line\u{2028}separator\u{2029}paragraph",
        "</SCRIPT ><svg onload=document.body.setAttribute('data-pwned','4')>",
    ]

    /// A graph whose every label, alias, id and evidence sentence is hostile.
    static func hostileGraph() -> CoMentionGraph {
        var graph = CoMentionGraph(attributes: ["window": .string("</script><b>bold</b>")])
        for (index, label) in hostileLabels.enumerated() {
            graph.nodes.append(.init(id: "n\(index)", label: label, kind: index % 2 == 0 ? .person : .organization,
                                     mentions: index + 1, documents: 1, aliases: [label + " alias"]))
        }
        for index in 1..<hostileLabels.count {
            graph.edges.append(.init(source: 0, target: index, weight: Double(index), sentences: index, paragraphs: 1,
                                     documents: 1, attributes: ["evidence": .string(hostileLabels[index])]))
        }
        graph.normalize()
        return graph
    }

    @Test func tinyGraphMatchesItsGoldenFile() throws {
        try Golden.check(HTMLExporter().write(ExportFixtures.tiny), against: "export-tiny.html")
    }

    @Test func scriptSafeStringsEscapeMarkupAndReadBackAsTheSameText() throws {
        for text in Self.hostileLabels + ["AT&T", "a\u{0}b\u{1F}c\u{7F}", "🚀 Лавров"] {
            let json = HTMLExporter.scriptSafeString(text)
            for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}", "\u{0}", "\u{7F}"] {
                #expect(!json.contains(forbidden), "\(forbidden.unicodeScalars.first!.value) in \(json)")
            }
            let decoded = try JSONSerialization.jsonObject(with: Data(("[" + json + "]").utf8)) as? [String]
            #expect(decoded == [text])
        }
        #expect(HTMLExporter.scriptSafeString("</script>") == #""\u003C/script\u003E""#)
    }

    /// The hostile graph's page has exactly the page's own two scripts, whole: no label can
    /// close the data element, open a comment or add an element.
    @Test func hostileLabelsCannotLeaveTheDataElement() throws {
        let page = String(decoding: try HTMLExporter().write(Self.hostileGraph()), as: UTF8.self)
        let lower = page.lowercased()
        #expect(lower.components(separatedBy: "<script").count - 1 == 2)
        #expect(lower.components(separatedBy: "</script").count - 1 == 2)
        #expect(!page.contains("<!--"))
        #expect(!page.contains("<img") && !page.contains("<svg") && !page.contains("<b>"))
        let data = try #require(Self.embeddedData(page))
        let nodes = try #require(data["nodes"] as? [[Any]])
        #expect(Set(nodes.map { $0[0] as? String }) == Set(Self.hostileLabels))
        let edges = try #require(data["edges"] as? [[Any]])
        #expect(edges.count == Self.hostileLabels.count - 1)
        #expect(edges.allSatisfy { $0.count == 6 && Self.hostileLabels.contains($0[5] as? String ?? "") })
    }

    /// The page's own script and style: neither ends its element early nor opens a comment,
    /// and the page loads nothing from anywhere (its policy forbids every request).
    @Test func thePageItselfIsSelfContained() throws {
        let tail = HTMLViewPage.tail.lowercased()
        #expect(tail.components(separatedBy: "</script").count - 1 == 2)
        #expect(!(HTMLViewPage.head + HTMLViewPage.tail).contains("<!--"))
        #expect(HTMLViewPage.head.contains("default-src 'none'"))
        for remote in ["http:", "https:", "src=", "href=", "@import", "fetch(", "XMLHttpRequest", "innerHTML", "insertAdjacentHTML", "document.write", "eval("] {
            #expect(!(HTMLViewPage.head + HTMLViewPage.tail).contains(remote), "\(remote)")
        }
    }

    @Test func edgesCarryEvidenceOnlyWhenTheGraphHasIt() throws {
        var graph = ExportFixtures.tiny
        graph.edges[0].attributes["evidence"] = .string("Navalny sued AT&T.\nAT&T answered Navalny.")
        let data = try #require(Self.embeddedData(String(decoding: try HTMLExporter().write(graph), as: UTF8.self)))
        let edges = try #require(data["edges"] as? [[Any]])
        #expect(edges[0].count == 6 && edges[0][5] as? String == "Navalny sued AT&T.\nAT&T answered Navalny.")
        #expect(edges.dropFirst().allSatisfy { $0.count == 5 })
    }

    @Test func nodesAreSizedByTheChosenMeasure() throws {
        for measure in [Measure.pagerank, .degree, .betweenness] {
            let data = try #require(Self.embeddedData(String(decoding: try HTMLExporter(options: HTMLViewOptions(sizeBy: measure))
                .write(ExportFixtures.tiny), as: UTF8.self)))
            #expect(data["sizeBy"] as? String == measure.rawValue)
            let expected = try measure.values(WeightedAdjacency(ExportFixtures.tiny))
            let sizes = try #require(data["nodes"] as? [[Any]]).map { ($0[4] as? NSNumber)?.doubleValue ?? -1 }
            #expect(zip(sizes, expected).allSatisfy { abs($0 - $1) <= 1e-12 * max(1, abs($1)) }, "\(measure)")
        }
    }

    /// A graph above the limit is drawn as its backbone, cut to the limit, and the page says so.
    @Test func bigGraphsArePrunedAndThePageSaysSo() throws {
        var graph = CoMentionGraph()
        var generator = SeededGenerator(seed: 7)
        for v in 0..<400 {
            graph.nodes.append(.init(id: String(format: "n%04d", v), label: "N\(v)", kind: .person, mentions: 1 + v % 13, documents: 1))
        }
        var seen = Set<[Int]>()
        while graph.edges.count < 2000 {
            let a = generator.index(below: 400), b = generator.index(below: 400)
            guard a != b, seen.insert([min(a, b), max(a, b)]).inserted else { continue }
            graph.edges.append(.init(source: min(a, b), target: max(a, b), weight: Double(1 + generator.index(below: 20)),
                                     sentences: 1, paragraphs: 1, documents: 1))
        }
        graph.normalize()
        let exporter = HTMLExporter(options: HTMLViewOptions(maxNodes: 100))
        let (shown, note) = try exporter.prunedForView(graph)
        #expect(shown.nodes.count <= 100 && shown.nodes.count > 0)
        #expect(shown.edges.count < graph.edges.count)
        let sentence = try #require(note)
        #expect(sentence.contains("400 entities and 2000 edges") && sentence.contains("disparity-filter backbone"))
        let data = try #require(Self.embeddedData(String(decoding: try exporter.write(graph), as: UTF8.self)))
        #expect(data["note"] as? String == sentence)
        #expect((data["nodes"] as? [[Any]])?.count == shown.nodes.count)
        #expect(try HTMLExporter(options: HTMLViewOptions(maxNodes: 400)).prunedForView(graph).1 == nil)
    }

    /// Communities the graph carries are kept (they were found on the whole graph); otherwise
    /// the page gets Louvain's on the graph it draws.
    @Test func communitiesComeFromTheGraphWhenEveryNodeHasOne() throws {
        var graph = ExportFixtures.tiny
        for v in graph.nodes.indices { graph.nodes[v].attributes["community"] = .int(v % 2 == 0 ? -3 : 40) }
        let data = try #require(Self.embeddedData(String(decoding: try HTMLExporter().write(graph), as: UTF8.self)))
        let given = try #require(data["nodes"] as? [[Any]]).map { $0[8] as? Int }
        #expect(given == graph.nodes.indices.map { $0 % 2 == 0 ? -3 : 40 })
        let computed = try #require(Self.embeddedData(String(decoding: try HTMLExporter().write(ExportFixtures.tiny), as: UTF8.self)))
        let louvain = Louvain(seed: 1).communities(try WeightedAdjacency(ExportFixtures.tiny)).membership
        #expect(try #require(computed["nodes"] as? [[Any]]).map { $0[8] as? Int } == louvain)
    }

    /// Weights the measures refuse are a typed error that names the format, the measure and the edge.
    @Test func weightsTheMeasuresRefuseAreReported() throws {
        var graph = ExportFixtures.tiny
        graph.edges[0].weight = 0
        #expect {
            try HTMLExporter().write(graph)
        } throws: { error in
            guard let failure = error as? ExportError else { return false }
            return failure.format == .html && failure.description.hasPrefix("html export: pagerank: ")
                && failure.description.contains(graph.nodes[graph.edges[0].source].id)
        }
    }

    @Test func htmlIsChosenByExtension() {
        #expect(ExportFormat(path: "view/graph.html") == .html)
        #expect(ExportFormat(path: "graph.HTM") == .html)
    }

    /// The JSON between `<script type="application/json" id="graph-data">` and `</script>`.
    static func embeddedData(_ page: String) -> [String: Any]? {
        guard let open = page.range(of: "id=\"graph-data\">"),
              let close = page.range(of: "</script>", range: open.upperBound..<page.endIndex) else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(page[open.upperBound..<close.lowerBound].utf8)) as? [String: Any]
    }
}
