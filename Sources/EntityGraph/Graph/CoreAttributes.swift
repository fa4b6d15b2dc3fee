/// The kind of value a core attribute holds, which each format writes its own way.
public enum CoreAttributeType: Sendable {
    /// Text.
    case text
    /// A whole number of mentions, documents, sentences… (int, or long where one needs 64 bits).
    case count
    /// A double.
    case number
    /// A list of texts: an array in JSON, `|`-joined elsewhere.
    case textList
}

/// The node attributes every node has as a field of its own (`CoMentionGraph.Node`), in the
/// order exports write them: the one list every exporter writes and `GraphMLReader` reads back.
/// A new case does not compile until its type and value are given here, and the exporters'
/// loops over the list then write it.
///
/// A node's id is no attribute: each format writes it in its own place (GraphML's and GEXF's
/// `id`, JSON's `"id"`, the first CSV column).
public enum CoreNodeAttribute: String, CaseIterable, Sendable {
    /// The display name.
    case label
    /// The node id again, unique, in GraphML only: igraph and R key vertices by `name`
    /// (`as_data_frame(what = "both")` refuses duplicate row names), and labels repeat (a person
    /// and a country both "Georgia").
    case name
    /// PERSON, COUNTRY, ORGANIZATION, LOCATION or MISC.
    case type
    case mentions
    case documents
    /// The entity's other names; no value when it has none.
    case aliases

    /// The core attributes every format writes, `name` (GraphML's alone) aside.
    public static let everywhere = allCases.filter { $0 != .name }

    public var type: CoreAttributeType {
        switch self {
        case .label, .name, .type: .text
        case .mentions, .documents: .count
        case .aliases: .textList
        }
    }
}

/// The edge attributes every edge has as a field of its own (`CoMentionGraph.Edge`), in the
/// order exports write them; see `CoreNodeAttribute`. Endpoints are no attributes.
public enum CoreEdgeAttribute: String, CaseIterable, Sendable {
    /// Co-mentions in the chosen window (or their fractional or normalized variant).
    case weight
    case sentences
    case paragraphs
    case documents

    public var type: CoreAttributeType {
        switch self {
        case .weight: .number
        case .sentences, .paragraphs, .documents: .count
        }
    }
}

extension CoMentionGraph.Node {
    /// The value of a core attribute: `name` is the id, `type` the kind's label, `aliases`
    /// `|`-joined (nil when there are none).
    public func value(of attribute: CoreNodeAttribute) -> AttributeValue? {
        switch attribute {
        case .label: .string(label)
        case .name: .string(id)
        case .type: .string(kind.label)
        case .mentions: .int(mentions)
        case .documents: .int(documents)
        case .aliases: aliases.isEmpty ? nil : .string(aliases.joined(separator: "|"))
        }
    }

    /// The texts of a list attribute, for formats that have lists (JSON); nil for the others.
    public func list(of attribute: CoreNodeAttribute) -> [String]? {
        switch attribute {
        case .aliases: aliases
        case .label, .name, .type, .mentions, .documents: nil
        }
    }
}

extension CoMentionGraph.Edge {
    /// The value of a core attribute.
    public func value(of attribute: CoreEdgeAttribute) -> AttributeValue? {
        switch attribute {
        case .weight: .double(weight)
        case .sentences: .int(sentences)
        case .paragraphs: .int(paragraphs)
        case .documents: .int(documents)
        }
    }
}
