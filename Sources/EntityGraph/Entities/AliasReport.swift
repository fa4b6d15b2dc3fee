/// Every entity with its aliases and the rule that merged each one: what `entgraph aliases` prints.
public struct AliasReport: Sendable {
    public let entities: [ResolvedEntity]

    public init(builder: GraphBuilder) {
        entities = builder.entities().sorted { ($0.key.kind, $0.label) < ($1.key.kind, $1.label) }
    }

    /// One block per entity: `TYPE  Label  (N mentions, D documents)` then `  alias  ← rule (×count)`.
    public func text() -> String {
        var out = ""
        for entity in entities {
            out += "\(entity.key.kind.label)  \(entity.label)  (\(entity.mentions) mentions, \(entity.documents) documents)\n"
            for (alias, use) in entity.aliases.sorted(by: { $0.key < $1.key }) {
                out += "  \(alias)  ← \(use.rule.rawValue) (×\(use.count))\n"
            }
        }
        return out
    }
}
