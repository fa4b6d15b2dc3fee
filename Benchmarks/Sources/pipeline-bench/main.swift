// Times each stage of EntityGraph's pipeline on its own, over a whole corpus held in memory.
//
// Usage: pipeline-bench PATH... [--threads N] [--export FILE.graphml]
//
// Stages, in pipeline order: startup (country table, gazetteer and model load), read (files →
// documents), tokenize, tag (the statistical tagger alone: spans), rules (the rule-based
// recognizer, for comparison), recognize (the pipeline's recognizer: tagger + refinement),
// resolve, graph (fold into co-mention counts, then assemble the graph), export (GraphML). The per-document stages run on
// N threads the way `Pipeline.run` does; graph and export are sequential in the pipeline, so they
// run on one thread here too. Each stage's output is kept for the next, so no stage pays for
// another. Prints one JSON object per stage on standard output: name, wall and CPU seconds,
// documents, tokens, bytes.
import BenchSupport
import Dispatch
import EntityGraph
import Foundation

struct Arguments {
    var paths: [String] = []
    var threads = 1
    var export = "/dev/null"

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--threads": threads = max(1, Int(rest.popFirst() ?? "") ?? 1)
            case "--export": export = rest.popFirst() ?? export
            default: paths.append(argument)
            }
        }
    }
}


struct Totals {
    var documents = 0
    var tokens = 0
    var bytes = 0
}

var totals = Totals()

/// Runs one stage, prints its line, and returns what it produced.
@MainActor
func stage<T>(_ name: String, threads: Int, _ work: () throws -> T) rethrows -> T {
    let (result, wall, cpu) = try measured(work)
    let line: [String: Any] = [
        "stage": name, "threads": threads, "wall": wall, "cpu": cpu,
        "documents": totals.documents, "tokens": totals.tokens, "bytes": totals.bytes,
    ]
    let data = try! JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
    return result
}

/// Results written by distinct indices from several threads, and the next index to hand out.
final class Slots<R>: @unchecked Sendable {
    var values: [R?]
    var next = 0
    let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
}

/// `items.map(transform)` on `threads` threads, work handed out one item at a time.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], threads: Int, _ transform: @Sendable (T) -> R) -> [R] {
    guard threads > 1 else { return items.map(transform) }
    let slots = Slots<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
        while true {
            slots.lock.lock()
            let i = slots.next
            slots.next += 1
            slots.lock.unlock()
            guard i < items.count else { return }
            let value = transform(items[i])
            slots.lock.lock()
            slots.values[i] = value
            slots.lock.unlock()
        }
    }
    return slots.values.map { $0! }
}

let arguments = Arguments(CommandLine.arguments)
let threads = arguments.threads

let pipeline = try stage("startup", threads: 1) {
    try Pipeline(threads: threads, countries: try CountryTable.shared())
}
let inputs = InputCollector().collect(arguments.paths).inputs
let loader = DocumentLoader()
let documents: [Document] = stage("read", threads: threads) {
    let perInput = parallelMap(inputs, threads: threads) { input in (try? loader.load(input)) ?? [] }
    let documents = perInput.flatMap { $0 }
    totals.documents = documents.count
    totals.bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
    return documents
}
let tokenizer = Tokenizer()
let tokenized = stage("tokenize", threads: threads) {
    parallelMap(documents, threads: threads) { tokenizer.tokenize($0) }
}
totals.tokens = tokenized.reduce(0) { $0 + $1.tokens.count }
// The statistical tagger alone (spans only), when the pipeline's recognizer is the tagger.
if let tagger = (pipeline.recognizer as? TaggerRecognizer)?.tagger {
    _ = stage("tag", threads: threads) {
        parallelMap(tokenized, threads: threads) { document in
            tagger.spans(bytes: document.bytes, tokens: document.tokens, sentences: document.sentences.map(\.tokens)).count
        }
    }
}
// The rule-based recognizer, for comparison (the default before the tagger).
let rules = RuleBasedRecognizer(countries: pipeline.countries)
_ = stage("rules", threads: threads) {
    parallelMap(tokenized, threads: threads) { rules.recognize($0).count }
}
let recognizer = pipeline.recognizer
let mentions = stage("recognize", threads: threads) {
    parallelMap(tokenized, threads: threads) { recognizer.recognize($0) }
}
let resolver = DocumentResolver()
let resolved = stage("resolve", threads: threads) {
    parallelMap(Array(zip(mentions, tokenized)), threads: threads) { pair in resolver.resolve(pair.0, in: pair.1) }
}
// As `entgraph build` does it: each document's co-mentions tallied on the worker threads, then
// the fold in input order and the assembly (whose name parsing also uses the threads).
let graph = stage("graph", threads: threads) {
    let options = pipeline.options
    let tallies = parallelMap(resolved, threads: threads) { DocumentCoMentions($0, options: options) }
    var builder = GraphBuilder(options: options, countries: pipeline.countries)
    builder.threads = threads
    for tally in tallies { builder.add(tally) }
    return builder.build()
}
try stage("export", threads: threads) {
    try graph.write(to: arguments.export, format: .graphml, threads: threads)
}
let counts: [String: Any] = ["summary": true, "nodes": graph.nodes.count, "edges": graph.edges.count,
                             "mentions": mentions.reduce(0) { $0 + $1.count }]
print(String(decoding: try JSONSerialization.data(withJSONObject: counts, options: [.sortedKeys]), as: UTF8.self))
