import ArgumentParser
import EntityGraph

/// `--html-size` and `--html-max-nodes`, on every command that writes the HTML view.
struct HTMLViewOptionGroup: ParsableArguments {
    @Option(name: .customLong("html-size"),
            help: "Measure that sizes the nodes of an HTML view: \(Measure.allCases.map(\.rawValue).joined(separator: ", ")).")
    var sizeBy: Measure = .pagerank

    @Option(name: .customLong("html-max-nodes"),
            help: "Above this many nodes an HTML view draws the N most-mentioned entities and the disparity-filter backbone (alpha 0.05) of the edges among them, and says so on the page.")
    var maxNodes: Int = HTMLViewOptions().maxNodes

    func validate() throws {
        if maxNodes < 1 { throw ValidationError("--html-max-nodes must be at least 1") }
    }

    var options: HTMLViewOptions { HTMLViewOptions(sizeBy: sizeBy, maxNodes: maxNodes) }
}

extension Measure: ExpressibleByArgument {}

/// `--dot-labels`, on every command that writes DOT.
struct DOTPictureOption: ParsableArguments {
    @Option(name: .customLong("dot-labels"),
            help: "Write DOT as a picture to read at a glance: names on the N nodes of highest PageRank only, the others as dots, a legend of types (for neato -Tsvg; the file carries no data attributes).")
    var labelled: Int?

    func validate() throws {
        if let labelled, labelled < 0 { throw ValidationError("--dot-labels must be at least 0") }
    }
}
