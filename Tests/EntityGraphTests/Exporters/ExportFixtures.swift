import Foundation
import Testing
@testable import EntityGraph

/// A tiny graph whose names stress every escaping rule: XML specials, quotes, Cyrillic, emoji,
/// DOT keywords, a control character, a trailing backslash and a line break.
enum ExportFixtures {
    static let tiny: CoMentionGraph = {
        var graph = CoMentionGraph(
            nodes: [
                .init(id: "alexei-navalny", label: "Алексей Навальный", kind: .person, mentions: 12, documents: 3,
                      aliases: ["Navalny", "Навальный"],
                      attributes: ["community": .int(0), "pagerank": .double(0.25)]),
                .init(id: "at-t", label: "AT&T", kind: .organization, mentions: 2, documents: 1,
                      aliases: ["AT&T Inc."], attributes: ["community": .int(1), "pagerank": .double(0.1)]),
                .init(id: "bell-labs", label: "Bell\u{07}Labs", kind: .organization, mentions: 1, documents: 1,
                      aliases: ["Bell Labs\nMurray Hill"], attributes: ["pagerank": .double(1e-07)]),
                .init(id: "graph", label: "Graph", kind: .location, mentions: 1, documents: 1),
                .init(id: "node", label: "Node", kind: .country, mentions: 5, documents: 2,
                      attributes: ["iso": .string("NO")]),
                .init(id: "q-x", label: "\"Q\" <x>", kind: .person, mentions: 1, documents: 1,
                      attributes: ["verified": .bool(true)]),
                .init(id: "rocket-lab", label: "Rocket 🚀 Lab, Inc.", kind: .organization, mentions: 3, documents: 2,
                      attributes: ["verified": .bool(false)]),
                .init(id: "slash", label: "Ends with \\", kind: .misc, mentions: 1, documents: 1),
                .init(id: "strict", label: "strict", kind: .person, mentions: 2, documents: 1),
            ],
            edges: [
                .init(source: 0, target: 1, weight: 3, sentences: 3, paragraphs: 2, documents: 2,
                      attributes: ["normalized": .double(0.5)]),
                .init(source: 0, target: 4, weight: 2.5, sentences: 2, paragraphs: 2, documents: 1),
                .init(source: 1, target: 2, weight: 1, sentences: 1, paragraphs: 1, documents: 1),
                .init(source: 3, target: 4, weight: 1, sentences: 1, paragraphs: 1, documents: 1),
                .init(source: 5, target: 6, weight: 0.1, sentences: 1, paragraphs: 1, documents: 1,
                      attributes: ["normalized": .double(1.0 / 3)]),
                .init(source: 6, target: 8, weight: 7, sentences: 7, paragraphs: 4, documents: 2),
                .init(source: 7, target: 8, weight: 1, sentences: 1, paragraphs: 1, documents: 1),
            ],
            attributes: [
                "window": .string("sentence"), "types": .string("person,country,organization"),
                "weight": .string("co-mentions per sentence"), "documents": .int(5),
            ])
        graph.normalize()
        return graph
    }()

    /// The tiny graph as an XML format carries it: control characters replaced by U+FFFD.
    static let tinyXMLSafe: CoMentionGraph = {
        var graph = tiny
        for i in graph.nodes.indices {
            graph.nodes[i].label = XMLSafeText.sanitized(graph.nodes[i].label)
            graph.nodes[i].aliases = graph.nodes[i].aliases.map(XMLSafeText.sanitized)
        }
        return graph
    }()

    /// A fresh, empty temporary folder, removed by `body`'s end.
    static func withTemporaryFolder<R>(_ body: (URL) throws -> R) throws -> R {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("entgraph-exporters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }
}

/// Golden files: expected outputs under Tests/EntityGraphTests/Golden/, re-recorded with
/// ENTGRAPH_RECORD=1.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["ENTGRAPH_RECORD"] == "1" }

    /// Compares `bytes` with the golden file `name` (or records it).
    static func check(_ bytes: [UInt8], against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden").appendingPathComponent(name)
        if recording {
            try record(Data(bytes), to: source, name: "Golden/\(name)", sourceLocation: sourceLocation)
            return
        }
        let dot = name.lastIndex(of: ".")!
        let url = Bundle.module.url(forResource: String(name[..<dot]), withExtension: String(name[name.index(after: dot)...]),
                                    subdirectory: "Golden")
        let expected = try #require(url.map { try Data(contentsOf: $0) }, "missing golden file \(name); record it with ENTGRAPH_RECORD=1", sourceLocation: sourceLocation)
        let actual = String(decoding: bytes, as: UTF8.self)
        #expect(actual == String(decoding: expected, as: UTF8.self), "differs from Golden/\(name)", sourceLocation: sourceLocation)
    }

    /// Writes a golden file in record mode and says so: a changed file is a recorded issue (the
    /// run fails, listing what to review in `git diff`), so recording never passes in silence;
    /// an unchanged one is left alone.
    static func record(_ data: Data, to url: URL, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if FileManager.default.contents(atPath: url.path) == data { return }
        try data.write(to: url)
        Issue.record("recorded \(name) (ENTGRAPH_RECORD=1): review it with git diff, then run the tests without recording",
                     sourceLocation: sourceLocation)
    }
}
