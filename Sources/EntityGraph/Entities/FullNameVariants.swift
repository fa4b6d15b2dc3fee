/// Full person names that `NameMatcher` matches, merged only where that is unambiguous: a name
/// matching two names that do not match each other ("George Bush" with "George W. Bush" and
/// "George H. W. Bush") merges with neither, and a merge must leave every pair of full names in
/// the group matching.
struct FullNameVariants {
    let names: [PersonName?]
    let keys: [String]
    let noMerge: NoMergeList

    /// The candidate pairs that match, minus those where either name is ambiguous; and the
    /// ambiguous names with what they fit.
    func unambiguousPairs(_ candidates: [(Int, Int)]) -> (pairs: [(Int, Int, AliasRule)], ambiguities: [Ambiguity]) {
        var matches: [(Int, Int, AliasRule)] = []
        var partners: [Int: [Int]] = [:]
        for (i, j) in candidates {
            guard let a = names[i], let b = names[j], let rule = NameMatcher.match(a, b) else { continue }
            matches.append((i, j, rule))
            partners[i, default: []].append(j)
            partners[j, default: []].append(i)
        }
        var ambiguous = Set<Int>()
        var ambiguities: [Ambiguity] = []
        for (i, others) in partners.sorted(by: { $0.key < $1.key }) where others.count > 1 {
            outer: for (x, a) in others.enumerated() {
                for b in others[(x + 1)...] where !matchesOrSame(a, b) {
                    ambiguous.insert(i)
                    ambiguities.append(Ambiguity(name: keys[i], candidates: others.map { keys[$0] }.sorted()))
                    break outer
                }
            }
        }
        return (matches.filter { !ambiguous.contains($0.0) && !ambiguous.contains($0.1) }, ambiguities)
    }

    /// Whether the groups of `i` and `j` may become one: every cross pair matches (full person
    /// names, when `namesMustMatch`) and none is on the no-merge list.
    func canJoin(_ i: Int, _ j: Int, in groups: inout DisjointSets, namesMustMatch: Bool = true,
                 extra: (Int, Int) -> Bool = { _, _ in true }) -> Bool {
        guard groups.find(i) != groups.find(j) else { return false }
        let left = groups.members(of: i), right = groups.members(of: j)
        for a in left {
            for b in right {
                if noMerge.forbids(keys[a], keys[b]) || !extra(a, b) { return false }
                if namesMustMatch, let x = names[a], let y = names[b], !x.isSurnameOnly, !y.isSurnameOnly, !matchesOrSame(a, b) { return false }
            }
        }
        return true
    }

    private func matchesOrSame(_ a: Int, _ b: Int) -> Bool {
        guard let x = names[a], let y = names[b] else { return false }
        return x == y || NameMatcher.match(x, y) != nil
    }
}
