import Foundation
import Testing
@testable import EntityGraph

/// The HTML view in a real browser: headless Chromium (Debian's `chromium`, installed by
/// scripts/deps.sh) opens the page through scripts/browser_check.py, which reports what the
/// page drew, what search, the type filter and the weight slider did, and every error.
/// `make test` keeps the sample page's screenshot in .build/test-artifacts/.
extension Interop {
    static let chromium = executable("chromium") ?? executable("chromium-browser")
}

@Suite(.serialized, .enabled(if: Interop.chromium != nil || Interop.required, "needs chromium and python3"))
struct BrowserViewTests {
    static let artifacts = repositoryRoot.appendingPathComponent(".build/test-artifacts")

    struct Counts: Decodable, Equatable {
        var nodes: Int
        var edges: Int
        var labels: Int
        var matches: Int
    }

    struct EdgeClick: Decodable {
        var source: String
        var target: String
        var evidence: [String]?
        var text: String
    }

    struct Report: Decodable {
        /// Tooltip text by the label it shows, for every node the pointer sweep found.
        var tooltips: [String: String]
        var edgeClick: EdgeClick?
        var initial: Counts
        var readyMs: Double
        var scriptMs: Double
        var search: Counts
        var matchesText: String
        var typeBoxFound: Bool
        var hidden: Counts?
        var shownAgain: Counts?
        var maxWeight: Counts
        var byCommunity: Counts
        var maxWeightValue: Double
        var pageScripts: Int
        var foreignElements: Int
        var pwned: String?
        var errors: [String]
        var browserLog: [String]
        var screenshot: Int?
    }

    static func check(_ page: URL, search: String, hide: String, screenshot: URL? = nil) throws -> Report {
        try Interop.require(Interop.chromium != nil, "chromium")
        let python = try #require(Interop.python, "python3 not found")
        let script = repositoryRoot.appendingPathComponent("scripts/browser_check.py").path
        var arguments = [script, page.path, "--search", search, "--hide-type", hide]
        if let screenshot { arguments += ["--screenshot", screenshot.path] }
        let result = try Interop.run(python, arguments)
        try #require(result.status == 0, "browser_check.py: \(result.stderr)")
        return try JSONDecoder().decode(Report.self, from: result.stdout)
    }

    /// The committed sample view (the end-to-end tests check it is what `build` writes).
    @Test func sampleViewDrawsEveryNodeAndItsControlsWork() throws {
        let page = repositoryRoot.appendingPathComponent("graphs/sample.html")
        let graph = try CoMentionGraph(graphMLFile: repositoryRoot.appendingPathComponent("graphs/sample.graphml").path)
        let shot = Self.artifacts.appendingPathComponent("sample-view.png")
        try? FileManager.default.removeItem(at: shot)
        let report = try Self.check(page, search: "putin", hide: "PERSON", screenshot: shot)

        #expect(report.errors == [], "errors in the page")
        #expect(report.browserLog == [], "the browser logged")
        #expect(report.initial.nodes == graph.nodes.count && report.initial.edges == graph.edges.count)
        #expect(report.initial.labels > 5)
        #expect(report.readyMs > 0 && report.scriptMs >= 0 && report.scriptMs <= report.readyMs)
        let putin = graph.nodes.filter { ([$0.label] + $0.aliases).contains { $0.lowercased().contains("putin") } }
        #expect(!putin.isEmpty && report.search.matches == putin.count)
        #expect(report.matchesText == (putin.count == 1 ? "1 match" : "\(putin.count) matches"))
        let persons = graph.nodes.indices.filter { graph.nodes[$0].kind == .person }
        #expect(report.typeBoxFound)
        #expect(report.hidden?.nodes == graph.nodes.count - persons.count)
        #expect(report.hidden?.edges == graph.edges.filter { !persons.contains($0.source) && !persons.contains($0.target) }.count)
        #expect(report.shownAgain == report.initial)
        #expect(report.byCommunity == report.initial, "colouring by community draws the same graph")
        let heaviest = graph.edges.map(\.weight).max()!
        #expect(report.maxWeightValue == heaviest)
        #expect(report.maxWeight.edges == graph.edges.filter { $0.weight >= heaviest }.count)
        #expect(report.pageScripts == 2 && report.foreignElements == 0)
        // Hover: every node has its tooltip, with its counts and aliases.
        #expect(report.tooltips.count >= graph.nodes.count * 9 / 10, "\(report.tooltips.count) of \(graph.nodes.count) nodes found")
        for node in graph.nodes where graph.nodes.filter({ $0.label == node.label }).count == 1 {
            guard let tip = report.tooltips[node.label] else { continue }
            #expect(tip.contains(node.mentions == 1 ? "1 mention " : "\(node.mentions) mentions "), "\(tip)")
            if !node.aliases.isEmpty { #expect(tip.contains("also: " + node.aliases.joined(separator: ", ")), "\(tip)") }
        }
        let putinTip = try #require(report.tooltips["Vladimir Putin"])
        #expect(putinTip.contains("Putin") && putinTip.contains("person"))
        // Click on an edge: its counts; the sample graph carries no evidence, and the page says so.
        let click = try #require(report.edgeClick, "no edge could be clicked")
        #expect(click.evidence == nil && click.text.contains("no evidence"))
        let png = try Data(contentsOf: shot)
        #expect(png.count > 10_000 && png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "screenshot in \(shot.path)")
    }

    /// Labels, aliases, graph attributes and evidence that try to run script: the page shows
    /// them (search finds them) and runs none.
    @Test func hostileLabelsRunNoScript() throws {
        let graph = HTMLExporterTests.hostileGraph()
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        let page = Self.artifacts.appendingPathComponent("hostile-view.html")
        try graph.write(to: page.path)
        let report = try Self.check(page, search: "script", hide: "ORGANIZATION",
                                    screenshot: Self.artifacts.appendingPathComponent("hostile-view.png"))
        #expect(report.pwned == nil, "a label ran script")
        #expect(report.errors == [] && report.browserLog == [])
        #expect(report.pageScripts == 2 && report.foreignElements == 0)
        #expect(report.initial.nodes == graph.nodes.count && report.initial.edges == graph.edges.count)
        let expected = graph.nodes.filter { ([$0.label] + $0.aliases).contains { $0.lowercased().contains("script") } }
        #expect(report.search.matches == expected.count && expected.count >= 3)
        #expect(Set(report.tooltips.keys) == Set(graph.nodes.map(\.label)), "hostile labels shown as text in tooltips")
        // The evidence of a clicked edge is shown as text, and runs nothing either.
        let click = try #require(report.edgeClick, "no edge could be clicked")
        let edge = try #require(graph.edges.first { graph.nodes[$0.source].label == click.source && graph.nodes[$0.target].label == click.target })
        guard case .string(let evidence)? = edge.attributes["evidence"] else { Issue.record("edge without evidence"); return }
        #expect(click.evidence == [evidence])
    }

    /// Evidence sentences, one per line, become a list in the side panel.
    @Test func clickingAnEdgeShowsItsEvidence() throws {
        var graph = ExportFixtures.tiny
        for index in graph.edges.indices {
            graph.edges[index].attributes["evidence"] = .string("First sentence \(index).\nSecond <b>sentence</b> \(index).")
        }
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        let page = Self.artifacts.appendingPathComponent("evidence-view.html")
        try graph.write(to: page.path)
        let report = try Self.check(page, search: "x", hide: "PERSON")
        let click = try #require(report.edgeClick, "no edge could be clicked")
        let index = try #require(graph.edges.firstIndex { graph.nodes[$0.source].label == click.source && graph.nodes[$0.target].label == click.target })
        #expect(click.evidence == ["First sentence \(index).", "Second <b>sentence</b> \(index)."])
        #expect(report.errors == [] && report.foreignElements == 0)
    }

    /// The checks can fail: a page with a script of someone else's is caught, and so is a page
    /// whose data does not parse.
    @Test func theProbeSeesForeignScriptsAndErrors() throws {
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        let good = String(decoding: try HTMLExporter().write(ExportFixtures.tiny), as: UTF8.self)
        let injected = Self.artifacts.appendingPathComponent("control-injected.html")
        try good.replacingOccurrences(of: "<div id=\"note\"", with: "<script>document.body.setAttribute('data-pwned','1')</script><div id=\"note\"")
            .write(to: injected, atomically: true, encoding: .utf8)
        let caught = try Self.check(injected, search: "x", hide: "PERSON")
        #expect(caught.pwned == "1" && caught.pageScripts == 3)

        let broken = Self.artifacts.appendingPathComponent("control-broken.html")
        try good.replacingOccurrences(of: "{\"sizeBy\"", with: "{sizeBy").write(to: broken, atomically: true, encoding: .utf8)
        let failed = try Self.check(broken, search: "x", hide: "PERSON")
        #expect(failed.errors.contains { $0.hasPrefix("error: Uncaught SyntaxError") }, "\(failed.errors)")
        #expect(failed.browserLog.contains { $0.contains("Uncaught SyntaxError") })
    }
}
