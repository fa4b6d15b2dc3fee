/// The value type one attribute column gets when it is declared once for all nodes (or edges).
enum AttributeColumnType: Sendable, Equatable {
    case boolean
    /// Integers that fit in 32 bits (GraphML `int`, GEXF `integer`).
    case int
    /// Integers, some beyond 32 bits (GraphML and GEXF `long`).
    case long
    case double
    case string

    /// The one type that holds both: integers widen to long, integers and doubles to double,
    /// anything else to string.
    func merged(with other: AttributeColumnType) -> AttributeColumnType {
        switch (self, other) {
        case _ where self == other: self
        case (.int, .long), (.long, .int): .long
        case (.int, .double), (.double, .int), (.long, .double), (.double, .long): .double
        default: .string
        }
    }

    /// The type of an integer column holding `values`: int, or long when one needs 64 bits.
    static func integers(_ values: some Sequence<Int>) -> AttributeColumnType {
        values.reduce(.int) { $0.merged(with: AttributeColumnType(.int($1))) }
    }

    /// The narrowest type that holds `value`.
    init(_ value: AttributeValue) {
        switch value {
        case .bool: self = .boolean
        case .int(let n): self = Int(Int32.min)...Int(Int32.max) ~= n ? .int : .long
        case .double: self = .double
        case .string: self = .string
        }
    }
}

/// An extra attribute, declared once with one type although only some nodes or edges may have it.
struct AttributeColumn: Sendable, Equatable {
    var name: String
    var type: AttributeColumnType

    /// The columns for the extra attributes in `dictionaries`, in key order, leaving out `reserved`
    /// names (the core attributes an exporter writes itself: an extra attribute never overrides
    /// them).
    static func columns(
        of dictionaries: some Sequence<[String: AttributeValue]>, reserved: Set<String> = []
    ) -> [AttributeColumn] {
        var types: [String: AttributeColumnType] = [:]
        for dictionary in dictionaries {
            for (name, value) in dictionary where !reserved.contains(name) {
                let type = AttributeColumnType(value)
                types[name] = types[name].map { $0.merged(with: type) } ?? type
            }
        }
        return types.keys.sorted().map { AttributeColumn(name: $0, type: types[$0]!) }
    }
}

extension AttributeValue {
    /// The value as text in a column of `type`: an integer in a double column is written as a
    /// double, so every value of the column parses as the declared type.
    func text(as type: AttributeColumnType) -> String {
        switch self {
        case .string(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .int(let n): type == .double ? NumberText.double(Double(n)) : NumberText.integer(n)
        case .double(let x): NumberText.double(x)
        }
    }
}

extension CoMentionGraph.Node {
    /// The value of a core attribute every exporter can write (`label`, `name` = the node id,
    /// `type`, `mentions`, `documents`, `aliases` joined by `|` or nil when there are none), else nil.
    ///
    /// `name` is the id, not the label: labels repeat (a person and a country both "Georgia"),
    /// and igraph and R key vertices by `name` (`as_data_frame(what = "both")` refuses
    /// duplicate row names).
    func coreValue(_ name: String) -> AttributeValue? {
        switch name {
        case "label": .string(label)
        case "name": .string(id)
        case "type": .string(kind.label)
        case "mentions": .int(mentions)
        case "documents": .int(documents)
        case "aliases": aliases.isEmpty ? nil : .string(aliases.joined(separator: "|"))
        default: nil
        }
    }
}

extension CoMentionGraph.Edge {
    /// The value of a core attribute (`weight`, `sentences`, `paragraphs`, `documents`), else nil.
    func coreValue(_ name: String) -> AttributeValue? {
        switch name {
        case "weight": .double(weight)
        case "sentences": .int(sentences)
        case "paragraphs": .int(paragraphs)
        case "documents": .int(documents)
        default: nil
        }
    }
}

extension CoMentionGraph {
    /// `names` without the core node attributes the graph does not have.
    func presentNodeAttributes(_ names: [String]) -> [String] { names.filter { !absentNodeAttributes.contains($0) } }
    /// `names` without the core edge attributes the graph does not have.
    func presentEdgeAttributes(_ names: [String]) -> [String] { names.filter { !absentEdgeAttributes.contains($0) } }
    /// Whether the graph has the core node attribute `name`.
    func hasNodeAttribute(_ name: String) -> Bool { !absentNodeAttributes.contains(name) }
    /// Whether the graph has the core edge attribute `name`.
    func hasEdgeAttribute(_ name: String) -> Bool { !absentEdgeAttributes.contains(name) }
    /// The names an extra node attribute may not take: `reserved` but for absent core attributes,
    /// whose names a foreign file may use for attributes of its own (a `mentions` of type double).
    func reservedNodeNames(_ reserved: Set<String>) -> Set<String> { reserved.subtracting(absentNodeAttributes) }
    /// `reservedNodeNames` for edges.
    func reservedEdgeNames(_ reserved: Set<String>) -> Set<String> { reserved.subtracting(absentEdgeAttributes) }
}
