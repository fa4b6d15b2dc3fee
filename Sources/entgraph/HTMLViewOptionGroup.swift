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
