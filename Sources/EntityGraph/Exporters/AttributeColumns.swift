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

extension CoreNodeAttribute {
    /// The column type that holds the attribute for every node of `graph`.
    func columnType(in graph: CoMentionGraph) -> AttributeColumnType {
        switch self {
        case .mentions: AttributeColumnType.integers(graph.nodes.lazy.map(\.mentions))
        case .documents: AttributeColumnType.integers(graph.nodes.lazy.map(\.documents))
        case .label, .name, .type, .aliases: .string
        }
    }
}

extension CoreEdgeAttribute {
    /// The column type that holds the attribute for every edge of `graph`.
    func columnType(in graph: CoMentionGraph) -> AttributeColumnType {
        switch self {
        case .weight: .double
        case .sentences: AttributeColumnType.integers(graph.edges.lazy.map(\.sentences))
        case .paragraphs: AttributeColumnType.integers(graph.edges.lazy.map(\.paragraphs))
        case .documents: AttributeColumnType.integers(graph.edges.lazy.map(\.documents))
        }
    }
}

extension CoMentionGraph {
    /// Whether the graph has the core node attribute (a foreign graph may lack it).
    func has(_ attribute: CoreNodeAttribute) -> Bool { !absentNodeAttributes.contains(attribute) }
    /// Whether the graph has the core edge attribute.
    func has(_ attribute: CoreEdgeAttribute) -> Bool { !absentEdgeAttributes.contains(attribute) }
    /// The core node attributes of `attributes` the graph has, in their order.
    func present(_ attributes: [CoreNodeAttribute]) -> [CoreNodeAttribute] { attributes.filter(has) }
    /// The core edge attributes of `attributes` the graph has, in their order.
    func present(_ attributes: [CoreEdgeAttribute]) -> [CoreEdgeAttribute] { attributes.filter(has) }
    /// The names an extra node attribute may not take: those of the `core` attributes the graph
    /// has and the format's own `structural` names (`id`…); the name of an absent core
    /// attribute is free for a foreign file's attribute of its own (a `mentions` of type double).
    func reservedNodeNames(_ core: [CoreNodeAttribute], _ structural: [String] = []) -> Set<String> {
        Set(present(core).map(\.rawValue) + structural)
    }
    /// `reservedNodeNames` for edges.
    func reservedEdgeNames(_ core: [CoreEdgeAttribute], _ structural: [String] = []) -> Set<String> {
        Set(present(core).map(\.rawValue) + structural)
    }
}
