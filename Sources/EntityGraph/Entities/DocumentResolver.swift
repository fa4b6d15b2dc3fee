/// Resolves the mentions of one document to entity keys, merging what the document itself
/// shows to be one entity.
///
/// Rules, in order: countries key by ISO code (country table); known acronyms key by their long
/// name (acronym); a one-word person name joins the unique multi-word person of the document
/// whose surname it is ("Putin" → "Vladimir Putin"); with two candidates there is no merge and the
/// ambiguity is reported.
///
/// - Complexity: O(m log m) for m mentions.
public struct DocumentResolver: Sendable {
    public init() {}

    public func resolve(_ mentions: [Mention], in document: TokenizedDocument) -> ResolvedDocument {
        var resolved: [ResolvedMention] = []
        resolved.reserveCapacity(mentions.count)
        for mention in mentions {
            let surface = NameCanonicalizer.canonical(document.text(tokens: mention.tokens))

            var key = EntityKey(kind: mention.kind, name: NameCanonicalizer.key(surface))
            var rule = AliasRule.sameKey
            if let country = mention.country, mention.kind == .country || mention.country?.form == .name {
                key = EntityKey(kind: mention.kind, name: country.code)
                rule = .countryTable
            } else if mention.kind == .organization, let long = Lexicon.organizationAcronyms[surface], long != surface {
                key = EntityKey(kind: .organization, name: NameCanonicalizer.key(long))
                rule = .acronym
            }
            let first = document.tokens[mention.tokens.lowerBound], last = document.tokens[mention.tokens.upperBound - 1]
            let bytes = Int(first.start)..<Int(last.end)
            resolved.append(ResolvedMention(mention: mention, bytes: bytes, text: document.text(bytes: bytes),
                                            surface: surface, key: key, rule: rule))
        }
        learnAcronyms(&resolved, in: document)
        var ambiguities: [Ambiguity] = []
        // Full person names of the document by surname.
        var fullNames: [String: Set<String>] = [:]
        for item in resolved where item.key.kind == .person {
            if let surname = NameCanonicalizer.surname(of: item.key.name) { fullNames[surname, default: []].insert(item.key.name) }
        }
        for i in resolved.indices where resolved[i].key.kind == .person && !resolved[i].key.name.contains(" ") {
            guard let candidates = fullNames[resolved[i].key.name] else { continue }
            if candidates.count == 1 {
                resolved[i].key.name = candidates.first!
                resolved[i].rule = .surnameInDocument
            } else if !ambiguities.contains(where: { $0.name == resolved[i].key.name }) {
                ambiguities.append(Ambiguity(name: resolved[i].key.name, candidates: candidates.sorted()))
            }
        }
        return ResolvedDocument(id: document.document.id, mentions: resolved,
                                sentenceParagraphs: document.sentences.map(\.paragraph), ambiguities: ambiguities)
    }
}

extension DocumentResolver {
    /// "Long Name (ACR)" and "ACR (Long Name)": the acronym joins the long name's entity.
    func learnAcronyms(_ resolved: inout [ResolvedMention], in document: TokenizedDocument) {
        for i in resolved.indices.dropLast() {
            let outer = resolved[i].mention.tokens, inner = resolved[i + 1].mention.tokens
            guard inner.lowerBound == outer.upperBound + 1, inner.upperBound < document.tokens.count,
                  document.token(outer.upperBound, is: "("), document.token(inner.upperBound, is: ")"),
                  resolved[i].key.kind == resolved[i + 1].key.kind, resolved[i].key.kind != .country else { continue }
            let (long, short) = isAcronym(resolved[i + 1].surface) ? (i, i + 1) : (i + 1, i)
            guard isAcronym(resolved[short].surface), !isAcronym(resolved[long].surface) else { continue }
            let acronym = resolved[short].key
            for j in resolved.indices where resolved[j].key == acronym {
                resolved[j].key = resolved[long].key
                resolved[j].rule = .acronym
            }
        }
    }

    private func isAcronym(_ name: String) -> Bool {
        let letters = name.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase) && !name.contains(" ")
    }
}

/// A mention with the entity it was resolved to.
public struct ResolvedMention: Sendable {
    public var mention: Mention
    /// UTF-8 byte offsets into the document text, and the text there.
    public var bytes: Range<Int>
    public var text: String
    /// The mention's canonical text ("Putin"), an alias of its entity.
    public var surface: String
    public var key: EntityKey
    /// Why `surface` belongs to `key`.
    public var rule: AliasRule
}

/// A short name that fits several full names in one document, left unmerged.
public struct Ambiguity: Sendable, Equatable {
    public var name: String
    public var candidates: [String]
}

/// What one document contributes to the graph: its resolved mentions and where they stand.
public struct ResolvedDocument: Sendable {
    public var id: String
    public var mentions: [ResolvedMention]
    /// For each sentence, the index of its paragraph.
    public var sentenceParagraphs: [Int]
    public var ambiguities: [Ambiguity]
}
