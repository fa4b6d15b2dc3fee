// Times EntityGraph's centrality measures on an edge list written by make_powerlaw_graph.py.
//
// Usage: centrality-bench EDGES.tsv [--threads N] [--pivots K] [--seed S] [--exact] [--closeness]
// Prints one line per measure: "swift <measure> <wall seconds> cpu <CPU seconds>", and writes
// the values to EDGES.swift.json so bench_python.py can check that the three libraries agree.
// --exact adds exact betweenness (every node a source), --closeness exact closeness.
import BenchSupport
import EntityGraph
import Foundation

struct Arguments {
    var path = ""
    var threads = 1
    var pivots = 200
    var seed: UInt64 = 1
    var exact = false
    var closeness = false

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--threads": threads = Int(rest.popFirst() ?? "") ?? 1
            case "--pivots": pivots = Int(rest.popFirst() ?? "") ?? 200
            case "--seed": seed = UInt64(rest.popFirst() ?? "") ?? 1
            case "--exact": exact = true
            case "--closeness": closeness = true
            default: path = argument
            }
        }
    }
}

/// Reads "source<TAB>target<TAB>weight" lines with 0-based node indices; the first line is
/// "# nodes N".
func readEdgeList(_ path: String) throws -> CoMentionGraph {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var lines = text.split(separator: "\n")
    guard let header = lines.first, header.hasPrefix("# nodes "), let n = Int(header.dropFirst(8)) else {
        throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path])
    }
    lines.removeFirst()
    let width = String(max(n - 1, 0)).count
    func id(_ i: Int) -> String {
        let digits = String(i)
        return "v" + String(repeating: "0", count: width - digits.count) + digits
    }
    let nodes = (0..<n).map { CoMentionGraph.Node(id: id($0), label: id($0), kind: .person, mentions: 1, documents: 1) }
    var edges: [CoMentionGraph.Edge] = []
    edges.reserveCapacity(lines.count)
    for line in lines {
        let fields = line.split(separator: "\t")
        guard fields.count == 3, let a = Int(fields[0]), let b = Int(fields[1]), let w = Double(fields[2]) else { continue }
        edges.append(.init(source: min(a, b), target: max(a, b), weight: w, sentences: 1, paragraphs: 1, documents: 1))
    }
    var graph = CoMentionGraph(nodes: nodes, edges: edges)
    graph.normalize()
    return graph
}


func time<T>(_ label: String, _ work: () throws -> T) rethrows -> T {
    let (result, seconds, cpu) = try measured(work)
    print("swift \(label) \(String(format: "%.3f", seconds)) cpu \(String(format: "%.3f", cpu))")
    return result
}

let arguments = Arguments(CommandLine.arguments)
let graph = try readEdgeList(arguments.path)
let adjacency = try time("adjacency") { try WeightedAdjacency(graph) }
print("graph \(adjacency.nodeCount) nodes \(adjacency.edgeCount) edges, threads \(arguments.threads)")

var values: [String: [Double]] = [:]
for measure in Measure.allCases where measure != .betweenness && measure != .closeness && measure != .harmonic {
    values[measure.rawValue] = try time(measure.rawValue) { try measure.values(adjacency) }
}
// Pivot sources fixed by the seed and written out, so Python can use the very same ones.
var generator = SeededGenerator(seed: arguments.seed)
var order = Array(0..<adjacency.nodeCount)
generator.shuffle(&order)
let pivots = Array(order.prefix(arguments.pivots)).sorted()
values["betweenness_pivots"] = try time("betweenness-\(pivots.count)-pivots") {
    try BetweennessCentrality.sampledValues(adjacency, sources: pivots, threads: arguments.threads)
}
if arguments.exact {
    values["betweenness"] = time("betweenness") { BetweennessCentrality.values(adjacency, threads: arguments.threads) }
}
if arguments.closeness {
    values["closeness"] = time("closeness") { ClosenessCentrality.values(adjacency, threads: arguments.threads) }
}
let communities = time("louvain") { Louvain(seed: arguments.seed).communities(adjacency) }
print("louvain modularity \(communities.modularity) communities \(communities.count)")

let output: [String: Any] = ["pivots": pivots, "values": values, "louvain_modularity": communities.modularity]
let data = try JSONSerialization.data(withJSONObject: output, options: [.sortedKeys])
try data.write(to: URL(fileURLWithPath: arguments.path + ".swift.json"))
