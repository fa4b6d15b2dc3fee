import ArgumentParser
import EntityGraph

/// `--json-edges`, on every command that writes node-link JSON.
struct JSONEdgesOption: ParsableArguments {
    @Option(name: .customLong("json-edges"),
            help: "Key of the edge list in node-link JSON: links (D3; NetworkX before 3.6 reads it by default, later ones with edges=\"links\") or edges (NetworkX 3.6 and later by default).")
    var key: NodeLinkJSONExporter.EdgesKey = .links
}

extension NodeLinkJSONExporter.EdgesKey: ExpressibleByArgument {}
