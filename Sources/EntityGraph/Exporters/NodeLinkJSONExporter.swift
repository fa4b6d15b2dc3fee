/// Writes node-link JSON, as NetworkX's `node_link_data` and D3's force layouts use it.
///
/// The edge list's key is `"links"` by default (`EdgesKey`): what D3 reads, and what
/// `nx.node_link_graph(data)` reads by default before NetworkX 3.6 (since 3.4 also
/// `nx.node_link_graph(data, edges="links")`, the only spelling 3.6 and later read).
/// `.edges` writes `"edges"`, the default of NetworkX 3.6 and later. Either way NetworkX gets
/// back the graph with every attribute.
///
/// Written by hand rather than through JSONSerialization so the key order is fixed (core keys
/// first, extras in key order) and numbers use `NumberText`: one node or edge per line, which
/// keeps diffs of committed graphs readable. Aliases are a JSON array. JSON has no NaN or
/// infinity: such numbers are written as `null`.
public struct NodeLinkJSONExporter: GraphExporter {
    /// The key of the edge list.
    public enum EdgesKey: String, Sendable, CaseIterable {
        /// D3, and NetworkX's default before 3.6.
        case links
        /// NetworkX's default from 3.6 (`node_link_data(G, edges="edges")` since 3.4).
        case edges
    }

    public let edgesKey: EdgesKey

    public init(edgesKey: EdgesKey = .links) {
        self.edgesKey = edgesKey
    }

    public func files(for graph: CoMentionGraph) throws -> [ExportedFile] {
        [ExportedFile(bytes: write(graph))]
    }

    /// The JSON document.
    public func write(_ graph: CoMentionGraph) -> [UInt8] {
        var out = "{\n  \"directed\": false,\n  \"multigraph\": false,\n  \"graph\": "
        out += Self.object(graph.attributes.keys.sorted().map { ($0, Self.value(graph.attributes[$0]!)) })
        out += ",\n  \"nodes\": ["
        let nodeCore = graph.present(CoreNodeAttribute.everywhere), edgeCore = graph.present(CoreEdgeAttribute.allCases)
        let reservedNode = graph.reservedNodeNames(CoreNodeAttribute.everywhere, ["id"])
        let reservedEdge = graph.reservedEdgeNames(CoreEdgeAttribute.allCases, ["source", "target", "key"])
        for (index, node) in graph.nodes.enumerated() {
            var members: [(String, String)] = [("id", Self.string(node.id))]
            for attribute in nodeCore {
                // A list (aliases) is an array, empty too.
                let json = if let list = node.list(of: attribute) {
                    "[" + list.map(Self.string).joined(separator: ", ") + "]"
                } else {
                    node.value(of: attribute).map(Self.value) ?? "null"
                }
                members.append((attribute.rawValue, json))
            }
            for name in node.attributes.keys.sorted() where !reservedNode.contains(name) {
                members.append((name, Self.value(node.attributes[name]!)))
            }
            out += (index == 0 ? "\n    " : ",\n    ") + Self.object(members)
        }
        out += (graph.nodes.isEmpty ? "],\n  " : "\n  ],\n  ") + Self.string(edgesKey.rawValue) + ": ["
        for (index, edge) in graph.edges.enumerated() {
            var members: [(String, String)] = [
                ("source", Self.string(graph.nodes[edge.source].id)),
                ("target", Self.string(graph.nodes[edge.target].id)),
            ]
            for attribute in edgeCore { members.append((attribute.rawValue, edge.value(of: attribute).map(Self.value) ?? "null")) }
            for name in edge.attributes.keys.sorted() where !reservedEdge.contains(name) {
                members.append((name, Self.value(edge.attributes[name]!)))
            }
            out += (index == 0 ? "\n    " : ",\n    ") + Self.object(members)
        }
        out += graph.edges.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return Array(out.utf8)
    }

    /// `{"a": 1, "b": 2}` from members whose values are already JSON.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }

    static func value(_ value: AttributeValue) -> String {
        switch value {
        case .string(let text): string(text)
        case .int(let n): NumberText.integer(n)
        case .double(let x): x.isFinite ? NumberText.double(x) : "null"
        case .bool(let flag): flag ? "true" : "false"
        }
    }

    /// `text` as a JSON string: quotes, backslashes and control characters escaped (RFC 8259 §7),
    /// everything else as UTF-8.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
