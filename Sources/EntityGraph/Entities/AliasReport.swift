/// Every entity with its aliases and the rule that merged each one, then the names left
/// unmerged because they fit several entities: what `entgraph aliases` prints.
public struct AliasReport: Sendable {
    public let entities: [ResolvedEntity]
    /// Names that fit several entities, with the document where that was seen ("corpus" when
    /// it was across documents).
    public let ambiguities: [(document: String, ambiguity: Ambiguity)]

    public init(_ resolution: CorpusResolution) {
        entities = resolution.entities.sorted { ($0.key.kind, $0.label) < ($1.key.kind, $1.label) }
        ambiguities = resolution.ambiguities
    }

    /// One block per entity: `TYPE  Label  (N mentions, D documents)` then `  alias  ← rule (×count)`;
    /// then `UNMERGED  name  → candidate | candidate  (document)` for each ambiguity.
    /// Names and document ids are shown as `FileSystemPath.displayed` shows them.
    public func text() -> String {
        let shown = FileSystemPath.displayed
        var out = ""
        for entity in entities {
            out += "\(entity.key.kind.label)  \(shown(entity.label))  (\(Self.count(entity.mentions, "mention")), \(Self.count(entity.documents, "document")))\n"
            for (alias, use) in entity.aliases.sorted(by: { $0.key < $1.key }) {
                out += "  \(shown(alias))  ← \(use.rule.rawValue) (×\(use.count))\n"
            }
        }
        for (document, ambiguity) in ambiguities {
            out += "UNMERGED  \(shown(ambiguity.name))  → \(shown(ambiguity.candidates.joined(separator: " | ")))  (\(shown(document)))\n"
        }
        return out
    }

    /// "1 mention", "2 mentions".
    static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}
