/// Turns the text GraphML carries into a typed `CoMentionGraph`: the second half of
/// `GraphMLReader`, free of XML, so its rules read in one place.
struct GraphMLTyping {
    typealias Key = (name: String, type: String, domain: String, defaultText: String?)
    typealias DataItems = [(key: String, text: String, line: Int)]
    typealias Element = (id: String, target: String, line: Int, data: DataItems)

    var file: String
    var keys: [String: Key]
    var graphData: DataItems
    var nodes: [Element]
    var edges: [Element]

    /// The names of what a node or edge holds as fields of its own, not as extra attributes:
    /// the core attributes, and a node's `id` (a `<data>` named `id` gives the node's id).
    static let coreNodeNames = ["id"] + CoreNodeAttribute.allCases.map(\.rawValue)
    static let coreEdgeNames = CoreEdgeAttribute.allCases.map(\.rawValue)

    /// The attribute names keys declare for `domain`, with their declared types.
    func declaredTypes(_ domain: String) -> [String: String] {
        var types: [String: String] = [:]
        for key in keys.values where key.domain == domain || key.domain == "all" { types[key.name] = key.type }
        return types
    }

    /// Whether the attribute `name` of `domain` holds our counts: declared an integer, or a
    /// double whose every value is a whole number (igraph writes every number as a double, so
    /// our own graph comes back from it so). Anything else (a NetworkX `mentions` of 2.5, a
    /// string) is no count of ours: it stays an attribute of the file's own, typed as declared,
    /// and the core count is absent.
    func isCount(_ name: String, _ types: [String: String], _ domain: String, _ elements: [Element]) -> Bool {
        switch types[name] {
        case "int", "long": return true
        case "double", "float":
            let ids = Set(keys.filter { $0.value.name == name && ($0.value.domain == domain || $0.value.domain == "all") }.map(\.key))
            return elements.allSatisfy { element in
                element.data.allSatisfy { item in
                    guard ids.contains(item.key) else { return true }
                    guard let x = Self.number(item.text) else { return true }  // reported as a type error later
                    return x.isFinite && x == x.rounded() && abs(x) < 9e15
                }
            }
        default: return false
        }
    }

    /// Whether the file has our core attribute `name` of `type`: a count where it holds counts
    /// (`isCount`), any other attribute where a key declares it.
    func has(_ name: String, _ type: CoreAttributeType, _ types: [String: String], _ domain: String, _ elements: [Element]) -> Bool {
        type == .count ? isCount(name, types, domain, elements) : types[name] != nil
    }

    func graph() throws(GraphMLReadError) -> CoMentionGraph {
        var graph = CoMentionGraph()
        graph.attributes = try attributes(graphData, domain: "graph", line: nil)
        let nodeTypes = declaredTypes("node"), edgeTypes = declaredTypes("edge")
        // What the file never declares is absent, so exports do not invent it (type=MISC, mentions=0).
        // The label falls back on `name`; `name` is the id again, never absent.
        for attribute in CoreNodeAttribute.allCases where attribute != .name {
            let declared = has(attribute.rawValue, attribute.type, nodeTypes, "node", nodes)
                || (attribute == .label && nodeTypes["name"] != nil)
            if !declared { graph.absentNodeAttributes.insert(attribute) }
        }
        for attribute in CoreEdgeAttribute.allCases where !has(attribute.rawValue, attribute.type, edgeTypes, "edge", edges) {
            graph.absentEdgeAttributes.insert(attribute)
        }
        // A count declared otherwise (a NetworkX `mentions` of 2.5) is the file's own attribute.
        let userNodeCounts = Set(graph.absentNodeAttributes.filter { $0.type == .count && nodeTypes[$0.rawValue] != nil }.map(\.rawValue))
        let userEdgeCounts = Set(graph.absentEdgeAttributes.filter { $0.type == .count && edgeTypes[$0.rawValue] != nil }.map(\.rawValue))

        var index: [String: Int] = [:]  // by the id edges use in the file
        var ids: Set<String> = []
        for raw in nodes {
            var values = try attributes(raw.data, domain: "node", line: raw.line)
            let id = values["id"].flatMap(\.nonEmptyText) ?? raw.id
            if index[raw.id] != nil || !ids.insert(id).inserted {
                throw GraphMLReadError(file: file, line: raw.line, message: "node \"\(id)\" is declared twice")
            }
            index[raw.id] = graph.nodes.count
            let label = values["label"].flatMap(\.nonEmptyText) ?? values["name"].flatMap(\.nonEmptyText) ?? id
            var kind = EntityKind.misc
            if let type = values["type"].flatMap(\.nonEmptyText), let known = EntityKind(label: type) {
                kind = known
            } else if let type = values["type"], type != .string("") {
                values["original_type"] = type  // "CITY", or a number: kept as it was typed
            }
            let mentions = userNodeCounts.contains("mentions") ? 0 : try count(values["mentions"], "mentions", of: "node \"\(id)\"", line: raw.line)
            let documents = userNodeCounts.contains("documents") ? 0 : try count(values["documents"], "documents", of: "node \"\(id)\"", line: raw.line)
            let aliases = (values["aliases"].flatMap(\.nonEmptyText) ?? "")
                .split(separator: "|").map(String.init).sorted()
            for name in Self.coreNodeNames where !userNodeCounts.contains(name) { values[name] = nil }
            graph.nodes.append(.init(id: id, label: label, kind: kind, mentions: mentions, documents: documents,
                                     aliases: aliases, attributes: values))
        }

        var edgeLine: [Pair: Int] = [:]
        for raw in edges {
            guard let a = index[raw.id], let b = index[raw.target] else {
                let missing = index[raw.id] == nil ? raw.id : raw.target
                throw GraphMLReadError(file: file, line: raw.line, message: "edge refers to an undeclared node \"\(missing)\"")
            }
            let what = "edge \"\(raw.id)\"–\"\(raw.target)\""
            // A co-mention graph joins two distinct entities once; dropping a loop or adding up
            // parallel edges would give every measure and export another graph than the file's.
            if a == b {
                throw GraphMLReadError(file: file, line: raw.line, message: "\(what) is a self-loop: only edges between two distinct nodes can be read")
            }
            let pair = Pair(min(a, b), max(a, b))
            if let first = edgeLine[pair] {
                throw GraphMLReadError(file: file, line: raw.line,
                                       message: "\(what) repeats the edge of line \(first): parallel edges (multigraphs) are not supported")
            }
            edgeLine[pair] = raw.line
            var values = try attributes(raw.data, domain: "edge", line: raw.line)
            let weight: Double
            switch values["weight"] {
            case nil: weight = 1
            case .int(let n)?: weight = Double(n)
            case .double(let x)?: weight = x
            case .string(let text)?:
                guard let x = Self.number(text) else { throw typeError("weight", of: what, "a number", text, raw.line) }
                weight = x
            case .bool?: throw typeError("weight", of: what, "a number", "a boolean", raw.line)
            }
            guard weight.isFinite else { throw typeError("weight", of: what, "a finite number", "\(weight)", raw.line) }
            func edgeCount(_ name: String) throws(GraphMLReadError) -> Int {
                userEdgeCounts.contains(name) ? 0 : try count(values[name], name, of: what, line: raw.line)
            }
            let sentences = try edgeCount("sentences")
            let paragraphs = try edgeCount("paragraphs")
            let documents = try edgeCount("documents")
            for name in Self.coreEdgeNames where !userEdgeCounts.contains(name) { values[name] = nil }
            graph.edges.append(.init(source: pair.a, target: pair.b, weight: weight, sentences: sentences,
                                     paragraphs: paragraphs, documents: documents, attributes: values))
        }
        graph.normalize()
        return graph
    }

    struct Pair: Hashable {
        var a: Int
        var b: Int
        init(_ a: Int, _ b: Int) { self.a = a; self.b = b }
    }

    /// The typed attributes of one element: its data, then the defaults of keys it lacks.
    func attributes(_ data: DataItems, domain: String, line: Int?)
        throws(GraphMLReadError) -> [String: AttributeValue]
    {
        var values: [String: AttributeValue] = [:]
        var seen: Set<String> = []
        for item in data {
            let key = keys[item.key] ?? (name: item.key, type: "string", domain: domain, defaultText: nil)
            guard seen.insert(item.key).inserted else {
                throw GraphMLReadError(file: file, line: item.line, message: "<data key=\"\(item.key)\"> is given twice for one \(domain)")
            }
            values[key.name] = try typed(item.text, key, line: item.line)
        }
        for (id, key) in keys where (key.domain == domain || key.domain == "all") && !seen.contains(id) {
            if let text = key.defaultText, values[key.name] == nil {
                values[key.name] = try typed(text, key, line: line)
            }
        }
        return values
    }

    func typed(_ text: String, _ key: Key, line: Int?) throws(GraphMLReadError) -> AttributeValue {
        let trimmed = text.trimmed(of: " \t\n\r")
        switch key.type {
        case "int", "long":
            guard let n = Int(trimmed) else { throw typeError(key.name, of: "data", "an integer", text, line) }
            return .int(n)
        case "float", "double":
            guard let x = Self.number(trimmed) else { throw typeError(key.name, of: "data", "a number", text, line) }
            return .double(x)
        case "boolean":
            switch trimmed.lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: throw typeError(key.name, of: "data", "true or false", text, line)
            }
        default:
            return .string(text)
        }
    }

    /// A number as XML Schema's double writes it: decimal digits with an optional fraction and
    /// exponent, or INF, -INF, NaN. Swift's `Double(_:)` (strtod) would also take "0x10" as 16,
    /// "infinity" and "nan(…)".
    static func number(_ text: String) -> Double? {
        let trimmed = text.trimmed(of: " \t\n\r")
        switch trimmed {
        case "INF", "+INF": return .infinity
        case "-INF": return -.infinity
        case "NaN": return .nan
        default: break
        }
        var digits = 0
        var sawExponent = false
        for (index, byte) in trimmed.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"): continue
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard digits > 0 && !sawExponent && index > 0 else { return nil }
                sawExponent = true
            default: return nil
            }
        }
        return digits > 0 ? Double(trimmed) : nil
    }

    /// A count (mentions, sentences…): a whole number, whichever type its key declared; 0 if absent.
    func count(_ value: AttributeValue?, _ name: String, of what: String, line: Int?) throws(GraphMLReadError) -> Int {
        switch value {
        case nil: return 0
        case .int(let n)?: return n
        case .double(let x)? where x.isFinite && x == x.rounded() && abs(x) < 9e15: return Int(x)
        case .string(let text)?:
            if let n = Int(text.trimmed(of: " \t\n\r")) { return n }
            throw typeError(name, of: what, "a whole number", text, line)
        case let other?:
            throw typeError(name, of: what, "a whole number", String(describing: other), line)
        }
    }

    func typeError(_ name: String, of what: String, _ expected: String, _ found: String, _ line: Int?) -> GraphMLReadError {
        GraphMLReadError(file: file, line: line, message: "\(what): \"\(name)\" should be \(expected), found \"\(found)\"")
    }
}

extension AttributeValue {
    /// The value as text when it is a non-empty string.
    fileprivate var nonEmptyText: String? {
        if case .string(let text) = self, !text.isEmpty { return text }
        return nil
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    fileprivate func trimmed(of set: String) -> String {
        let scalars = Set(set.unicodeScalars)
        let view = unicodeScalars
        guard let start = view.firstIndex(where: { !scalars.contains($0) }) else { return "" }
        let end = view.lastIndex(where: { !scalars.contains($0) })!
        return String(view[start...end])
    }
}
