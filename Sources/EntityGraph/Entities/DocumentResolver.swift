/// Resolves the mentions of one document to entity keys, merging what the document itself
/// shows to be one entity.
///
/// Rules, in order: the user's thesaurus; countries key by ISO code (country table); known
/// acronyms key by their long name, and "Long Name (ACR)" / "ACR (Long Name)" in the text teach
/// the document (and, through the graph builder, the corpus) new ones (acronym); an
/// organization's short form joins the only longer name of the document that ends with it
/// (short form in document); full person
/// names that `NameMatcher` matches become one ("Alexey Navalny" / "Aleksei Navalny"); a surname
/// alone joins the unique full name of the document whose surname it is ("Putin" → "Vladimir
/// Putin"), or failing that whose surname it spells differently ("Lukashenko" → "Alyaksandr
/// Lukashenka"); a given name alone joins the unique full name that begins with it ("Saddam" →
/// "Saddam Hussein"). Where two candidates fit there is no merge, and the ambiguity is reported;
/// so it is for a surname the story used long before the full name it fits (a relative's, or
/// one named five uses late), which the corpus decides (`EntityKey.deferredSurname`). The
/// user's no-merge list vetoes any of these but the thesaurus; the delete list drops mentions last.
///
/// - Complexity: O(m log m) for m mentions, plus the blocked comparisons of `PersonNameBlocking`
///   over the document's distinct person names.
public struct DocumentResolver: Sendable {
    public var options: ResolutionOptions

    public init(options: ResolutionOptions = ResolutionOptions()) {
        self.options = options
    }

    public func resolve(_ mentions: [Mention], in document: TokenizedDocument) -> ResolvedDocument {
        var resolved = mentions.map { resolveAlone($0, in: document) }
        let acronyms = learnAcronyms(&resolved, in: document)
        let lowercaseWords = document.lowercaseWords()
        let ambiguities = resolvePeople(&resolved, lowercaseWords: lowercaseWords, officeHolders: officeHolders(resolved, in: document))
            + resolveOrganizations(&resolved, lowercaseWords: lowercaseWords)
        if !options.deleted.isEmpty {
            resolved.removeAll { item in
                options.deleted.contains(key: NameCanonicalizer.key(item.surface), kind: item.key.kind)
                    || options.deleted.contains(key: item.key.name, kind: item.key.kind)
            }
        }
        return ResolvedDocument(id: document.document.id, mentions: resolved,
                                sentenceParagraphs: document.sentences.map(\.paragraph), ambiguities: ambiguities,
                                acronyms: acronyms, lowercaseWords: lowercaseWords)
    }

    /// What a mention resolves to by itself: thesaurus, country table, acronym table or its own key.
    func resolveAlone(_ mention: Mention, in document: TokenizedDocument) -> ResolvedMention {
        var surface = NameCanonicalizer.canonical(document.text(tokens: mention.tokens), kind: mention.kind)
        if let country = mention.qualifier { surface += mention.qualifierIsInferred ? " [\(country)]" : " (\(country))" }
        let surfaceKey = NameCanonicalizer.key(surface)
        var key = EntityKey(kind: mention.kind, name: surfaceKey)
        var rule = AliasRule.sameKey
        var label: String?
        if let entry = options.thesaurus.entry(for: surface) {
            key = entry.key
            rule = .thesaurus
            label = entry.canonical
        } else if let country = mention.country, mention.kind == .country || mention.country?.form == .name {
            key = EntityKey(kind: mention.kind, name: country.code)
            rule = .countryTable
        } else if mention.kind == .organization, let long = Self.builtInAcronym(surface),
                  NameCanonicalizer.key(long) != surfaceKey, !options.noMerge.forbids(surfaceKey, NameCanonicalizer.key(long)) {
            key = EntityKey(kind: .organization, name: NameCanonicalizer.key(long))
            rule = .acronym
        }
        let first = document.tokens[mention.tokens.lowerBound], last = document.tokens[mention.tokens.upperBound - 1]
        let bytes = Int(first.start)..<Int(last.end)
        return ResolvedMention(mention: mention, bytes: bytes, text: document.text(bytes: bytes),
                               surface: surface, key: key, rule: rule, label: label)
    }

    /// The long name of a built-in acronym, written plain or dotted ("EU", "E.U.").
    static func builtInAcronym(_ surface: String) -> String? {
        guard surface.count >= 2, surface.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "." }) else { return nil }
        return acronymsByKey[NameCanonicalizer.key(surface)]
    }

    private static let acronymsByKey: [String: String] = {
        var table: [String: String] = [:]
        for (acronym, long) in Lexicon.organizationAcronyms { table[NameCanonicalizer.key(acronym)] = long }
        return table
    }()
}

extension DocumentResolver {
    /// The keys of the people named right after an office ("President Obama", "Vice President
    /// Biden", "Senator Warren"; `Lexicon.offices`), whom no relative of theirs the story
    /// introduces is (`resolvePeople`).
    func officeHolders(_ resolved: [ResolvedMention], in document: TokenizedDocument) -> Set<String> {
        Set(resolved.lazy.filter { item in
            let before = item.mention.tokens.lowerBound - 1
            return item.key.kind == .person && before >= document.sentences[item.mention.sentence].tokens.lowerBound
                && Lexicon.offices.contains(document.text(of: before).lowercased())
        }.map(\.key.name))
    }

    /// "Long Name (ACR)" and "ACR (Long Name)": the acronym joins the long name's entity. Returns
    /// what the document taught: acronym key → long name's key.
    func learnAcronyms(_ resolved: inout [ResolvedMention], in document: TokenizedDocument) -> [String: EntityKey] {
        var learned: [String: EntityKey] = [:]
        for i in resolved.indices.dropLast() {
            let outer = resolved[i].mention.tokens, inner = resolved[i + 1].mention.tokens
            guard inner.lowerBound == outer.upperBound + 1, inner.upperBound < document.tokens.count,
                  document.token(outer.upperBound, is: "("), document.token(inner.upperBound, is: ")"),
                  resolved[i].key.kind != .country, resolved[i + 1].key.kind != .country else { continue }
            let (long, short) = isAcronym(resolved[i + 1].surface) ? (i, i + 1) : (i + 1, i)
            // Same type, or the acronym of a law, treaty or event the tagger took for an
            // organization ("Indus Waters Treaty (IWT)", "Consumer Electronics Show (CES)"): it is
            // the law's or the event's, and no node either. (Not of any name tagged MISC: the
            // tagger types some organizations so, "World Anti-Doping Agency (WADA)".)
            guard resolved[long].key.kind == resolved[short].key.kind
                    || (resolved[long].key.kind == .misc && resolved[short].key.kind == .organization
                        && Self.namesLawOrEvent(resolved[long].surface)) else { continue }
            // A body qualified by its country abbreviates country first too: "Israel Defense
            // Forces (IDF)", split into Israel and "Defense Forces (Israel)".
            let countryFirst = resolved[long].mention.qualifier.map { "\($0) \(document.text(tokens: resolved[long].mention.tokens))" }
            guard isAcronym(resolved[short].surface), !isAcronym(resolved[long].surface),
                  Self.abbreviates(resolved[short].surface, resolved[long].surface)
                    || countryFirst.map({ Self.abbreviates(resolved[short].surface, $0) }) == true else { continue }
            let acronym = resolved[short].key, target = resolved[long].key
            guard acronym != target, !options.noMerge.forbids(NameCanonicalizer.key(resolved[short].surface), target.name) else { continue }
            learned[NameCanonicalizer.key(resolved[short].surface)] = target
            for j in resolved.indices where resolved[j].key == acronym {
                resolved[j].key = target
                resolved[j].rule = .acronym
            }
        }
        return learned
    }

    /// Whether a name ends with a word for a law, treaty, event or program ("Act", "Treaty",
    /// "Show", "Troubled Asset Relief Program").
    static func namesLawOrEvent(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard let last = words.last?.lowercased() else { return false }
        return Lexicon.instrumentHeads.contains(last) || Lexicon.eventHeads.contains(last) || Lexicon.namesProgram(name)
            || words.count > 1 && Lexicon.eventHeadsAfterAWord.contains(last)
    }

    /// Whether a name called "Mr …" (or "Mrs …", "Ms …") cannot be the person `name`, whose
    /// first given name is only a woman's (only a man's) on the census lists. A document that
    /// says both "Mr Gowdy" and "Mrs Gowdy" gives no sex to the name.
    /// Quotation marks, straight and curly, that a nickname stands between (`"Ryan" Owens`).
    static func isQuote(_ c: Character) -> Bool { c == "\"" || c == "'" || c == "\u{201C}" || c == "\u{201D}" || c == "\u{2018}" || c == "\u{2019}" }

    static func sexesDisagree(_ sexes: Set<Mention.HonorificSex>, _ name: PersonName?) -> Bool {
        guard sexes.count == 1, let sex = sexes.first, let given = name?.given.first else { return false }
        return sex == .male ? CensusGivenNames.femaleOnly.contains(given) : CensusGivenNames.maleOnly.contains(given)
    }

    /// Whether `short` can abbreviate `long`: its letters and digits occur in `long` in order,
    /// the first of them at the start of a word ("NATO" in "North Atlantic Treaty Organization",
    /// "OSCE" in "Organization for Security and Co-operation in Europe"), which "Paula Hancocks
    /// Beijing (CNN)" or "SEOUL (Reuters)" datelines fail.
    ///
    /// - Complexity: O(|short| + |long|).
    /// - Reference: A. S. Schwartz, M. A. Hearst, "A simple algorithm for identifying abbreviation
    ///   definitions in biomedical text", PSB 2003, doi:10.1142/9789812776303_0042.
    static func abbreviates(_ short: String, _ long: String) -> Bool {
        let s = Array(short.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        let l = Array(long.lowercased().unicodeScalars)
        func isWordScalar(_ k: Int) -> Bool { l[k].properties.isAlphabetic || l[k].properties.numericType != nil }
        guard !s.isEmpty else { return false }
        var li = l.count - 1
        for si in stride(from: s.count - 1, through: 0, by: -1) {
            // The first letter of the short form must begin a word of the long one.
            while li >= 0, l[li] != s[si] || (si == 0 && li > 0 && isWordScalar(li - 1)) { li -= 1 }
            if li < 0 { return false }
            li -= 1
        }
        return true
    }

    func isAcronym(_ name: String) -> Bool {
        let letters = name.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase) && !name.contains(" ")
    }

    /// How often a surname alone must come before a relative's full name of the document for it
    /// to speak of someone else (`resolvePeople`).
    static let mentionsBeforeANewcomer = 2
    /// How often a surname alone must come before the document's only full names by that
    /// surname, none introduced as a relative, for the corpus to decide whom it means.
    static let mentionsBeforeAStranger = 5

    /// Merges the document's person names: full-name variants first, then surnames alone, then
    /// given names alone. `lowercaseWords`: the document's, as `TokenizedDocument.lowercaseWords`.
    func resolvePeople(_ resolved: inout [ResolvedMention], lowercaseWords: [UInt64] = [], officeHolders: Set<String> = []) -> [Ambiguity] {
        // Distinct person keys in order of first mention, with a name to parse and a count.
        var keys: [String] = []
        var position: [String: Int] = [:]
        var counts: [Int] = []
        var texts: [String] = []
        // The tagger's surest call on each name, and whether a title stood before it.
        var sure: [Bool] = []
        // The sexes gendered honorifics give each name ("Mr Obama").
        var honorificSexes: [Set<Mention.HonorificSex>] = []
        // Whether every mention of the name opens a sentence.
        var opensOnly: [Bool] = []
        // The place of each name's mentions among the document's person mentions, and whether
        // its first mention was introduced as someone's relative.
        var ordinals: [[Int]] = []
        var relativeFirst: [Bool] = []
        for (ordinal, item) in resolved.lazy.filter({ $0.key.kind == .person }).enumerated() {
            let isSure = item.mention.titled || item.mention.confidence >= GivenNameJoin.sureConfidence
            if let index = position[item.key.name] {
                counts[index] += 1
                ordinals[index].append(ordinal)
                sure[index] = sure[index] || isSure
                opensOnly[index] = opensOnly[index] && item.mention.opensSentence
                if let sex = item.mention.honorificSex { honorificSexes[index].insert(sex) }
                continue
            }
            position[item.key.name] = keys.count
            keys.append(item.key.name)
            counts.append(1)
            texts.append(item.label ?? item.surface)
            sure.append(isSure)
            opensOnly.append(item.mention.opensSentence)
            honorificSexes.append(item.mention.honorificSex.map { [$0] } ?? [])
            ordinals.append([ordinal])
            relativeFirst.append(item.mention.introducedAsRelative)
        }
        guard keys.count > 1 else { return [] }
        let names = texts.map(PersonName.init)
        let blocking = PersonNameBlocking(names)
        var groups = DisjointSets(count: keys.count)
        var joinRule: [Int: AliasRule] = [:]
        let variants = FullNameVariants(names: names, keys: keys, noMerge: options.noMerge)
        let (pairs, fullNameAmbiguities) = variants.unambiguousPairs(blocking.candidatePairs())
        for (i, j, rule) in pairs where variants.canJoin(i, j, in: &groups) {
            groups.union(i, j)
            joinRule[i] = joinRule[i] ?? rule
            joinRule[j] = joinRule[j] ?? rule
        }
        // Each group is named by its most mentioned member (the first mentioned on a tie).
        var target = Array(keys.indices)
        for i in keys.indices {
            let best = groups.members(of: i).min { (-counts[$0], $0) < (-counts[$1], $1) }!
            target[i] = best
        }
        var ambiguities = fullNameAmbiguities
        // Surnames alone left to the corpus, and the one full name of the document they fit.
        var deferredTo: [Int: Int] = [:]
        // Full names by their first given name, for a given name alone.
        var byFirstGiven: [String: [Int]] = [:]
        for (j, name) in names.enumerated() {
            if let first = name?.given.first, first.count >= 3 { byFirstGiven[first, default: []].append(j) }
        }
        let givenNameJoin = byFirstGiven.isEmpty ? nil : GivenNameJoin(resolved: resolved, lowercaseWords: lowercaseWords)
        /// The groups of the full names that begin with `given`, none the no-merge list keeps from `i`.
        func groupsBeginning(with given: String, for i: Int) -> Set<Int> {
            Set((byFirstGiven[given] ?? []).map { target[$0] }).filter { candidate in
                !groups.members(of: candidate).contains { options.noMerge.forbids(keys[i], keys[$0]) }
            }
        }
        for (i, name) in names.enumerated() {
            guard let name else { continue }
            // "Sir Keir" after "Sir Keir Starmer": a knight or dame is called by the title and
            // given name, and joins the only full name of the document that begins with it.
            if let given = name.knightlyGivenName {
                let candidates = groupsBeginning(with: given, for: i).subtracting([target[i]])
                if candidates.count == 1, let only = candidates.first {
                    target[i] = only
                    joinRule[i] = .surnameInDocument
                }
                continue
            }
            guard name.isSurnameOnly else { continue }
            guard let (agreement, found) = blocking.fullNames(of: name) else {
                // A given name alone ("Saddam" after "Saddam Hussein", "Hillary") joins the only
                // person of the document whose full name begins with it, where no full name of
                // the document ends with it.
                let candidates = groupsBeginning(with: name.surname, for: i)
                if candidates.count == 1, let only = candidates.first, groups.members(of: only).contains(where: { sure[$0] }),
                   givenNameJoin?.allows(texts[i], texts[only]) == true {
                    target[i] = only
                    joinRule[i] = .surnameInDocument
                }
                continue
            }
            // A surname the story uses twice before it introduces a relative by that surname in
            // full speaks of someone the reader already knows, not of the relative ("Trump" ×8 …
            // "his daughter Ivanka Trump"; not "Nadal … Nadal … Rafael Nadal"): the corpus
            // resolves it (`CorpusResolver`'s namesakes). So may one used five times before a
            // full name no relative noun introduces: the document reports it as an ambiguity and,
            // where it is the only such full name, keys the surname to it
            // (`EntityKey.deferredSurname`) for the corpus to decide, story by story.
            func usesBefore(_ candidate: Int) -> (count: Int, relative: Bool) {
                let first = groups.members(of: candidate).min { ordinals[$0][0] < ordinals[$1][0] }!
                return (ordinals[i].prefix(while: { $0 < ordinals[first][0] }).count, relativeFirst[first])
            }
            func isIntroducedLater(_ candidate: Int) -> Bool {
                let (count, relative) = usesBefore(candidate)
                return relative ? count >= Self.mentionsBeforeANewcomer : count >= Self.mentionsBeforeAStranger
            }
            // "Mr Obama" is not Michelle Obama: an honorific of the other sex than the full
            // name's given name keeps the surname apart, for the corpus to resolve. Nor is
            // "President Trump" the "his daughter Ivanka Trump" the story introduced as someone's
            // relative: an office before the surname names the one whose relative she is.
            let fitting = Set(found.map { target[$0] }).filter { candidate in
                !groups.members(of: candidate).contains { options.noMerge.forbids(keys[i], keys[$0]) }
                    && !Self.sexesDisagree(honorificSexes[i], names[candidate])
                    && !(officeHolders.contains(keys[i]) && usesBefore(candidate).relative)
            }
            let candidates = fitting.filter { !isIntroducedLater($0) }
            let strangers = fitting.subtracting(candidates).filter { !usesBefore($0).relative }
            if candidates.isEmpty, !strangers.isEmpty {
                ambiguities.append(Ambiguity(name: keys[i], candidates: strangers.map { keys[$0] }.sorted()))
                if strangers.count == 1, let only = strangers.first { deferredTo[i] = only }
            }
            // "Given Kavanaugh" opening sentences only, its first word a common word or one the
            // story writes in lowercase (no known given name), is no namesake of a "Brett
            // Kavanaugh" named at least as often: the corpus takes it for the surname after a
            // capitalized word (`CorpusResolver.sentenceOpeners`).
            func isOpenerPhrase(_ j: Int) -> Bool {
                guard opensOnly[j], let first = names[j]?.given.first?.lowercased(), !Lexicon.isKnownGivenName(first) else { return false }
                return Lexicon.commonWords.contains(first) || Self.isWrittenInLowercase(first, lowercaseWords)
            }
            func mentions(_ group: Int) -> Int { groups.members(of: group).reduce(0) { $0 + counts[$1] } }
            let phrases = candidates.filter { groups.members(of: $0).allSatisfy(isOpenerPhrase) }
            let named = candidates.subtracting(phrases)
            if named.count == 1, let only = named.first, phrases.allSatisfy({ mentions($0) <= mentions(only) }),
               groups.members(of: only).contains(where: { names[$0]?.given.first.map { Lexicon.isKnownGivenName($0.lowercased()) } ?? false }) {
                target[i] = only
                joinRule[i] = agreement.rule ?? .surnameInDocument
            } else if candidates.count == 1, let only = candidates.first {
                target[i] = only
                joinRule[i] = agreement.rule ?? .surnameInDocument
            } else if candidates.count > 1 {
                ambiguities.append(Ambiguity(name: keys[i], candidates: candidates.map { keys[$0] }.sorted()))
            }
        }
        for index in resolved.indices where resolved[index].key.kind == .person {
            let i = position[resolved[index].key.name]!
            if let fullName = deferredTo[i] {
                resolved[index].key.name = EntityKey.deferredSurname(keys[i], fullName: keys[fullName])
                continue
            }
            guard target[i] != i else { continue }
            resolved[index].key.name = keys[target[i]]
            if resolved[index].rule == .sameKey {
                resolved[index].rule = names[i].flatMap { a in names[target[i]].flatMap { NameMatcher.match(a, $0) } }
                    ?? joinRule[i] ?? .nameVariant
            }
        }
        return ambiguities
    }
}

/// Whether a one-word person name may join the full name it begins: only where both look like
/// a person's names. The tagger types some companies as people, in full and in part ("Lockheed"
/// beside "Lockheed Martin", "Tory" beside "Tory Leader"), and a bad join would carry the part's
/// mentions to the wrong entity.
struct GivenNameJoin {
    /// The full name must have a title before it once, or a tagger margin of at least this once
    /// (`Mention.confidence`). Set on the news, BBC, Reuters and AFP graphs: of 41 sampled joins
    /// onto names that were companies or places ("Santa Land", "Esso Exploration", "Bixby AI"),
    /// 27 had margins under 45, against 7 of 115 good ones ("Saddam Hussein" where the document
    /// gave the tagger little context).
    static let sureConfidence: Float = 45

    /// First words of the document's names that are no person's ("Lockheed Martin Corp" → "lockheed").
    private let otherFirstWords: Set<String>
    private let lowercaseWords: [UInt64]

    init(resolved: [ResolvedMention], lowercaseWords: [UInt64]) {
        otherFirstWords = Set(resolved.lazy.filter { $0.key.kind != .person }
            .compactMap { $0.surface.split(separator: " ").first.map { $0.lowercased() } })
        self.lowercaseWords = lowercaseWords
    }

    /// `word` alone ("Saddam"), `full` the full name ("Saddam Hussein"): the word is capitalized
    /// (not all capitals), no common word, no word the document writes in lowercase and no first
    /// word of the document's other names; the full name's words are capitalized (particles
    /// aside), none a title, its first no company's first word and its last no organization's
    /// head, legal form or word the document writes in lowercase ("Faraday Future").
    func allows(_ word: String, _ full: String) -> Bool {
        let lower = word.lowercased()
        guard word.count >= 3, word.first?.isUppercase == true, word.contains(where: \.isLowercase),
              !Lexicon.commonWords.contains(lower), !otherFirstWords.contains(lower), !writtenInLowercase(lower) else { return false }
        let words = full.split(separator: " ")
        guard words.count >= 2, let first = words.first, let last = words.last else { return false }
        for part in words.map({ $0.filter { !DocumentResolver.isQuote($0) } }) where !Lexicon.nameConnectors.contains(String(part)) {
            guard part.first?.isUppercase == true, !Lexicon.titles.contains(part.lowercased()) else { return false }
        }
        let head = last.lowercased()
        return !Lexicon.organizationFirstWords.contains(first.lowercased()) && !Lexicon.organizationHeads.contains(head)
            && !Lexicon.corporateSuffixes.contains(head) && !Lexicon.institutionWords.contains(head) && !writtenInLowercase(head)
    }

    private func writtenInLowercase(_ word: String) -> Bool { DocumentResolver.isWrittenInLowercase(word, lowercaseWords) }
}

extension DocumentResolver {
    /// Whether `word` is among a document's lowercase words (`TokenizedDocument.lowercaseWords`:
    /// sorted hashes), by binary search. O(log n).
    static func isWrittenInLowercase(_ word: String, _ lowercaseWords: [UInt64]) -> Bool {
        isWrittenInLowercase(FeatureHash.fnv1a(word), lowercaseWords)
    }

    /// `isWrittenInLowercase` for a word's hash (`FeatureHash.fnv1a`).
    static func isWrittenInLowercase(_ hash: UInt64, _ lowercaseWords: [UInt64]) -> Bool {
        var (low, high) = (0, lowercaseWords.count)
        while low < high {
            let middle = (low + high) / 2
            if lowercaseWords[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low < lowercaseWords.count && lowercaseWords[low] == hash
    }
}

extension DocumentResolver {
    /// An organization's short form joins the only longer name of the document it ends
    /// ("State Department" → "U.S. State Department", "Foreign Ministry" → "Russian Foreign
    /// Ministry"); with two candidates ("Russian" and "Ukrainian Foreign Ministry") it stays.
    /// `lowercaseWords`: the document's, as `TokenizedDocument.lowercaseWords`.
    func resolveOrganizations(_ resolved: inout [ResolvedMention], lowercaseWords: [UInt64] = []) -> [Ambiguity] {
        var keys: [String] = []
        var seen = Set<String>()
        for item in resolved where item.key.kind == .organization && seen.insert(item.key.name).inserted { keys.append(item.key.name) }
        guard keys.count > 1 else { return [] }
        var longerBySuffix: [String: [String]] = [:]
        var oneWordForms = Set<String>()
        // The organizations the story names alone, which a two-company name does not absorb
        // ("SAIC" … "SAIC Volkswagen" … "Volkswagen"); not in a story on sport, where a town
        // names its club and the nickname is the club's ("Oakland" … "Oakland Raiders" … "the
        // Raiders").
        let namedAlone = TokenizedDocument.speaksOfSport(lowercaseWords: lowercaseWords) ? [] : Set(keys)
        for key in keys {
            let words = key.split(separator: " ")
            // "United" for the document's "Manchester United", "the Times" for its "New York
            // Times" (not for a list such as "Romney and Journal"); never a generic head ("Bank",
            // "Party", "Ministry") that many names end with, two letters ("NI" of "BBC News NI"
            // is Northern Ireland) or a station's place ("Leicester" of "BBC Radio Leicester"),
            // nor one of two companies whose joint venture the name is, the other named alone
            // in the document too ("Volkswagen" of "SAIC Volkswagen" beside "SAIC").
            if words.count >= 2, let last = words.last.map(String.init), last.count > 2,
               !Lexicon.stationHeads.contains(String(words[words.count - 2])),
               !(words.count == 2 && namedAlone.contains(String(words[0]))),
               Lexicon.newspaperHeads.contains(last) ? !words.contains("and")
                : !Lexicon.organizationHeads.contains(last) && !Lexicon.institutionWords.contains(last) {
                longerBySuffix[last, default: []].append(key)
                oneWordForms.insert(last)
            }
            guard words.count >= 3 else { continue }
            for start in 1...(words.count - 2) { longerBySuffix[words[start...].joined(separator: " "), default: []].append(key) }
        }
        // "Foreign Ministry" stands for the document's only "Foreign Ministry (Russia)".
        var qualifiedBases = Set<String>()
        for item in resolved where item.key.kind == .organization && item.rule != .thesaurus {
            guard let country = item.mention.qualifier else { continue }
            let suffix = " " + NameCanonicalizer.key(country)
            guard item.key.name.hasSuffix(suffix) else { continue }
            let base = String(item.key.name.dropLast(suffix.count))
            if !(longerBySuffix[base]?.contains(item.key.name) ?? false) { longerBySuffix[base, default: []].append(item.key.name) }
            qualifiedBases.insert(base)
        }
        var target: [String: String] = [:]
        var ambiguities: [Ambiguity] = []
        // Longest first, so a candidate that is itself a short form already points to its target.
        let byLength = keys.map { (words: $0.utf8.count { $0 == 0x20 } + 1, key: $0) }
            .sorted { ($0.words, $1.key) > ($1.words, $0.key) }
        for (words, key) in byLength {
            guard words > 1 || qualifiedBases.contains(key) || oneWordForms.contains(key), let longer = longerBySuffix[key] else { continue }
            let candidates = Set(longer.map { target[$0] ?? $0 }).filter { !options.noMerge.forbids(key, $0) }
            if candidates.count == 1 {
                target[key] = candidates.first!
            } else if candidates.count > 1 {
                ambiguities.append(Ambiguity(name: key, candidates: candidates.sorted()))
            }
        }
        for i in resolved.indices where resolved[i].key.kind == .organization && resolved[i].rule != .thesaurus {
            guard let long = target[resolved[i].key.name] else { continue }
            resolved[i].key.name = long
            if resolved[i].rule == .sameKey { resolved[i].rule = .shortForm }
        }
        return ambiguities.sorted { $0.name < $1.name }
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
    /// The name the user's thesaurus gives the entity, if it gave one.
    public var label: String? = nil
}

/// A name that fits several entities, left unmerged: a surname alone with two full names, or a
/// full name ("George Bush") that two other, incompatible full names fit.
public struct Ambiguity: Sendable, Equatable, Codable {
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
    /// Acronyms the document explains ("Long Name (ACR)"): acronym key → the long name's key.
    public var acronyms: [String: EntityKey] = [:]
    /// The words the document writes in lowercase inside sentences, hashed (`TokenizedDocument.lowercaseWords`).
    public var lowercaseWords: [UInt64] = []
}
