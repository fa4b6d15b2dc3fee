/// Merges entities across documents once the whole corpus is read.
///
/// A one-word person name ("Putin"), in documents where no full name explained it, joins the
/// multi-word person whose surname it is when that full name is unique in the corpus and the two
/// never appear in the same document (where they do, the document resolver saw both and chose
/// not to merge). The last condition also keeps merged counts exact: sums of disjoint sets.
///
/// - Complexity: O(e) for e entities, with hash lookups.
public struct CorpusResolver: Sendable {
    public init() {}

    /// For each entity index that merges into another: the target and the rule.
    public func merges(_ registry: EntityRegistry, shareDocument: (Int, Int) -> Bool) -> [Int: (target: Int, rule: AliasRule)] {
        var fullNamesBySurname: [String: [Int]] = [:]
        for (index, entry) in registry.entries.enumerated() where entry.key.kind == .person {
            if let surname = NameCanonicalizer.surname(of: entry.key.name) {
                fullNamesBySurname[surname, default: []].append(index)
            }
        }
        var result: [Int: (target: Int, rule: AliasRule)] = [:]
        for (index, entry) in registry.entries.enumerated()
        where entry.key.kind == .person && !entry.key.name.contains(" ") {
            guard let candidates = fullNamesBySurname[entry.key.name], candidates.count == 1,
                  !shareDocument(index, candidates[0]) else { continue }
            result[index] = (candidates[0], .surnameInCorpus)
        }
        return result
    }
}
