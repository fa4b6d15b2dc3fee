/// Every entity seen in a corpus, interned to a dense index, with its counts and the names it
/// went by. Grows with the number of distinct entities, not with the corpus.
public struct EntityRegistry: Sendable {
    public struct Entry: Sendable {
        public var key: EntityKey
        public var mentions = 0
        public var documents = 0
        /// Mentions with a title or role right before them: evidence of a person.
        public var titledMentions = 0
        /// Mentions used as a work's title or a product's name (`Mention.namesWork`), or an
        /// acronym as a common noun (`Mention.isCommonNoun`): evidence of one.
        public var workMentions = 0
        /// Mentions of two or more words opening their sentence ("Rival Sony said").
        public var openerMentions = 0
        /// Mentions followed by a personal ("she") and by a neuter ("its") pronoun before another name.
        public var personalPronouns = 0
        public var neuterPronouns = 0
        /// Mentions followed by "'s" ("Moody's"): evidence that an organization's name ends with it.
        public var possessives = 0
        /// Mentions standing alone between quotation marks (`Mention.quotedAlone`): evidence of a
        /// title, a slogan or a nickname.
        public var quotedMentions = 0
        /// The tagger's confidence in the surest mention of the entry (`Mention.confidence`).
        public var confidence: Float = 0
        /// Each name the entity went by, with how often and the rule that merged it.
        public var aliases: [String: AliasUse] = [:]
        /// The name the user's thesaurus gives the entity, if it gave one.
        public var preferredLabel: String?
    }

    public struct AliasUse: Sendable, Equatable {
        public var count: Int
        public var rule: AliasRule
    }

    public private(set) var entries: [Entry] = []
    private var indexByKey: [EntityKey: Int] = [:]

    public init() {}

    public func index(of key: EntityKey) -> Int? { indexByKey[key] }

    /// The index of `key`, adding it if it is new.
    public mutating func intern(_ key: EntityKey) -> Int {
        if let index = indexByKey[key] { return index }
        entries.append(Entry(key: key))
        indexByKey[key] = entries.count - 1
        return entries.count - 1
    }

    public mutating func record(mention surface: String, rule: AliasRule, of index: Int, label: String? = nil) {
        entries[index].mentions += 1
        if let label, entries[index].preferredLabel == nil { entries[index].preferredLabel = label }
        var use = entries[index].aliases[surface] ?? AliasUse(count: 0, rule: rule)
        use.count += 1
        use.rule = min(use.rule, rule)
        entries[index].aliases[surface] = use
    }

    /// Records `count` mentions of `index` by `surface` at once: the same as `count` calls of
    /// `record(mention:rule:of:label:)` with rules whose minimum is `rule`.
    public mutating func record(mention surface: String, count: Int, rule: AliasRule, of index: Int, label: String? = nil) {
        entries[index].mentions += count
        if let label, entries[index].preferredLabel == nil { entries[index].preferredLabel = label }
        func add(to use: inout AliasUse) {
            use.count += count
            use.rule = min(use.rule, rule)
        }
        add(to: &entries[index].aliases[surface, default: AliasUse(count: 0, rule: rule)])
    }

    public mutating func recordDocument(of index: Int) { entries[index].documents += 1 }

    public mutating func recordTitled(_ count: Int, of index: Int) { entries[index].titledMentions += count }

    public mutating func recordWork(_ count: Int, of index: Int) { entries[index].workMentions += count }

    public mutating func recordOpeners(_ count: Int, of index: Int) { entries[index].openerMentions += count }

    public mutating func recordPronouns(personal: Int, neuter: Int, of index: Int) {
        entries[index].personalPronouns += personal
        entries[index].neuterPronouns += neuter
    }

    public mutating func recordPossessives(_ count: Int, of index: Int) { entries[index].possessives += count }

    public mutating func recordQuoted(_ count: Int, of index: Int) { entries[index].quotedMentions += count }

    public mutating func recordConfidence(_ confidence: Float, of index: Int) {
        entries[index].confidence = max(entries[index].confidence, confidence)
    }

    /// The order of the entries by key: `order[n]` is the index of the n-th smallest key. Nil
    /// when they are in that order already.
    ///
    /// - Complexity: O(e log e) key comparisons for e entries; O(e) when they are sorted.
    func keyOrder() -> [Int]? {
        guard zip(entries, entries.dropFirst()).contains(where: { !($0.key < $1.key) }) else { return nil }
        return entries.indices.sorted { entries[$0].key < entries[$1].key }
    }

    /// The registry with its entries in `order` (a permutation of the indices): entry n of the
    /// result is entry `order[n]` of this one.
    func permuted(_ order: [Int]) -> EntityRegistry {
        var result = EntityRegistry()
        result.entries = order.map { entries[$0] }
        result.indexByKey = Dictionary(uniqueKeysWithValues: result.entries.enumerated().map { ($1.key, $0) })
        return result
    }
}
