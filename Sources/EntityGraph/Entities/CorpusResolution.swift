/// The entities of a corpus: which registry entries are one entity after corpus-wide merges
/// (`CorpusResolver`), each entity's type (the one most of its mentions have), label, aliases
/// with the rule that merged each, and the names left unmerged because several entities fit.
///
/// - Complexity: `CorpusResolver`'s merges, then O(Σ aliases) to gather each entity's names
///   and O(Σ m log m) for the document postings of merged entities of m postings.
public struct CorpusResolution: Sendable {
    /// The entities, in registry order of their first members; each entity's members most
    /// mentioned first, then by key.
    public let entities: [ResolvedEntity]
    /// Names that fit several entities, with the document where that was seen ("corpus" when
    /// it was across documents).
    public let ambiguities: [(document: String, ambiguity: Ambiguity)]

    /// Resolves what `counter` folded; `threads` parse names and gather aliases (the result
    /// does not depend on it). The result depends on the order the registry interned the
    /// entities in (rules visit entries by index, ties fall to the lower one): builds resolve
    /// a counter in key order (`CoMentionCounter.inKeyOrder`) so that the input order does not
    /// enter.
    public init(_ counter: CoMentionCounter, countries: CountryTable?, threads: Int = 1) {
        let registry = counter.registry
        let merges = CorpusResolver(noMerge: counter.options.resolution.noMerge, threads: threads).merges(registry, acronyms: counter.acronyms,
                                                                                                    lowercaseDocuments: counter.lowercaseDocuments,
                                                                                                    sharedDocuments: { a, b in
            SortedIntersection.count(counter.documentPostings[a], counter.documentPostings[b])
        }) { a, b in
            SortedIntersection.intersects(counter.documentPostings[a], counter.documentPostings[b])
        }
        var membersByGroup: [Int: [Int]] = [:]
        for index in registry.entries.indices { membersByGroup[merges.group[index], default: []].append(index) }
        // Mentions add up; documents do where members never share one, and are counted from the
        // postings where they may (a namesake or majority-type merge, see CorpusResolver).
        // Each group's members most mentioned first, then by key: what stands for an entity (its
        // key until the label is chosen, the member carrying the label) is then the same
        // whatever order the documents were read in, as its id and label must be (`NodeID`).
        let groups = membersByGroup.values.sorted { $0[0] < $1[0] }.map { members in
            members.sorted { a, b in
                let first = registry.entries[a], second = registry.entries[b]
                return first.mentions != second.mentions ? first.mentions > second.mentions : first.key < second.key
            }
        }
        // The names of sentence openers ("Rival Sony"): no labels, no full names.
        let openerNames = Set(merges.openers.flatMap { member in
            registry.entries[member].aliases.keys.filter { NameCanonicalizer.key($0) == registry.entries[member].key.name }
        })
        let entities = ParallelMap.map(groups, threads: threads, chunk: 256) { members in
            var entity = ResolvedEntity(key: registry.entries[members[0]].key, members: members)
            for member in members {
                entity.mentions += registry.entries[member].mentions
                entity.documents += registry.entries[member].documents
                for (surface, use) in registry.entries[member].aliases {
                    entity.aliases[surface, default: EntityRegistry.AliasUse(count: 0, rule: use.rule)].count += use.count
                }
            }
            // The type most of its mentions have: "Trump" tagged an organization in "the Trump
            // administration" stays a person; "Al Jazeera" tagged a person in a credit line stays an outlet.
            // An organization named by a title before a person's full name ("CM Nitish Kumar",
            // joined by `CorpusResolver`'s rule 5) counts for the person, and a "person" of a
            // firm's name that the text describes as a firm ("JP Morgan analyst …") for the firm.
            var kindMentions: [EntityKind: Int] = [:]
            for member in members {
                let kind = merges.titledPeople.contains(member) ? .person
                    : merges.firmsNamedLikePeople.contains(member) ? .organization : registry.entries[member].key.kind
                kindMentions[kind, default: 0] += registry.entries[member].mentions
            }
            var kind = kindMentions.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            if kind == .person, Self.isCompanyByItsLegalName(members.map { registry.entries[$0] }, articleNouns: merges.articleNouns) {
                kind = .organization
            }
            // A name the tagger typed a person in a fifth of its mentions and an organization
            // in the rest, which the text goes on about with "he" and "his" after one mention in
            // four ("Pele … himself", where one story tagged every "Pele" an organization), is a
            // person's. An outlet or a company draws a speaker's pronoun now and then ("told
            // HuffPost he"), and the tagger seldom takes it for a person.
            if kind == .organization, let people = kindMentions[.person], 5 * people >= entity.mentions {
                let entries = members.map { registry.entries[$0] }
                if Self.isSpokenOfAsAPerson(entries), 4 * entries.reduce(0, { $0 + $1.personalPronouns }) >= entity.mentions {
                    kind = .person
                }
            }
            entity.key.kind = kind
            entity.label = Self.label(for: entity, registry: registry, countries: countries, excluding: openerNames,
                                      articleNouns: merges.articleNouns)
            // The member that carries the label stands for the entity (its key gives the node's
            // id): the one filed under the label's own key if any ("Mitch McConnell", not the
            // "Mitch McConell" a spelling rule joined), else the most mentioned. The names the
            // others brought in by their own key are explained by the rule that merged them.
            let ofKind = members.filter { registry.entries[$0].key.kind == kind }
            let labelKey = NameCanonicalizer.key(entity.label)
            let representative = ofKind.first { registry.entries[$0].preferredLabel != nil }
                ?? ofKind.first { registry.entries[$0].key.name == labelKey }
                ?? ofKind.first { registry.entries[$0].aliases[entity.label] != nil } ?? ofKind[0]
            entity.key = registry.entries[representative].key
            if kind == .organization, Self.isNamedWithPossessive(registry.entries[representative]), !entity.label.hasSuffix("'s") {
                entity.label += "'s"
            }
            var rules: [String: AliasRule] = [:]
            for member in members {
                for (surface, use) in registry.entries[member].aliases {
                    var rule = use.rule
                    if member != representative, rule == .sameKey, let merged = merges.rules[member] { rule = merged }
                    rules[surface] = min(rules[surface] ?? rule, rule)
                }
            }
            for (surface, rule) in rules { entity.aliases[surface]!.rule = rule }
            if members.count > 1 { entity.documents = SortedIntersection.union(members.map { counter.documentPostings[$0] }).count }
            return entity
        }
        self.entities = Self.typedByCorpusEvidence(entities, registry: registry, excluding: openerNames,
                                                   sharedNames: merges.sharedNames, articleNouns: merges.articleNouns,
                                                   firstNames: merges.firstNames, lowercaseDocuments: counter.lowercaseDocuments,
                                                   minConfidence: counter.options.resolution.minConfidence,
                                                   corpusDocuments: counter.documentsFolded)
        self.ambiguities = counter.ambiguities.keys.sorted().flatMap { document in
            counter.ambiguities[document]!.map { (document, $0) }
        } + merges.ambiguities.map { ("corpus", $0) }
    }

    /// Types that only the whole corpus can decide. A name the corpus uses as a work's title or a
    /// product's, or as a common noun, in a tenth of its mentions ("the comedy Sideways",
    /// "Microsoft's Xbox", "Halo 2", "a GP"; `Mention.namesWork`, `Mention.isCommonNoun`) is no node, unless its name says it is an institution. Nor is a
    /// name the tagger was doubtful of wherever it found it (every mention's margin under
    /// `minConfidence`: song and product names, cut titles, "Dirrty", "Galifray"); names found
    /// by the gazetteers or rules are sure, and so is an organization whose name says it is one
    /// ("U.S. Treasury Department", "Elliott School of International Affairs").
    /// A "person" known by one word alone across the whole corpus, never after a title ("Mr",
    /// "President") and never the surname of a full name the corpus gives (a first name, as
    /// `CorpusMerges.firstNames` has it, counts as none: "Jack" beside one "Simon Jack"), is not someone the
    /// text introduced: news gives a person's full name at least once. A given name alone
    /// (known, or the first name of a full name in the corpus: "Paula", "Steven") is left out of
    /// the graph, as no one can tell whose it is; another word is taken for the organization a
    /// company, club or outlet name alone usually is ("Rosneft", "Nintendo", "Leicester"),
    /// unless the text goes on about it with "she" and "his" (`isSpokenOfAsAPerson`: "Adele").
    /// (Not the other way: an outlet or a network, "TASS", "ABC", is followed by what someone
    /// it quotes said, "he said", as often as a person is.)
    ///
    /// A surname alone that several full names of the corpus share, none with three quarters of
    /// their mentions (`CorpusMerges.sharedNames`: "Kim" beside Kim Jong Un and Kim
    /// Jong-nam, "Robinson" beside Andy and Jason Robinson), is no node either: its mentions
    /// cannot be told apart, and one node would fuse the people and join their stories. Nor is a
    /// generic institution's name alone beside several countries' bodies of that name, none
    /// with most of their mentions ("Supreme Court" beside India's, Pakistan's and the United
    /// States').
    ///
    /// A "person" whose every name is two words or more that the corpus writes in lowercase
    /// (`CorpusResolver.isOrdinaryWord`), none a known given name or a particle ("van", "du"),
    /// never standing for someone by its last word alone, after a title or before "he" or "she",
    /// is a capitalized phrase: a title cut from a headline or a work ("Heartbreaking Tale",
    /// "Heritage Walk", "War Machine"), not someone (but "Tiger Woods" has "Woods said", "Bill
    /// Gates" a given name).
    ///
    /// Names in `excluding` (sentence openers) count as no full names.
    ///
    /// - Complexity: O(Σ aliases).
    static func typedByCorpusEvidence(_ entities: [ResolvedEntity], registry: EntityRegistry,
                                      excluding: Set<String> = [], sharedNames: Set<Int> = [], articleNouns: Set<String> = [],
                                      firstNames: Set<String> = [], lowercaseDocuments: [UInt64: Int32] = [:], minConfidence: Float = ResolutionOptions.defaultMinConfidence,
                                      corpusDocuments: Int = 0) -> [ResolvedEntity] {
        // Surnames and given names of the full names the corpus gives. A given name of the corpus is the first name of full names written at least as often as
        // the word alone: "Sony BMG" and "Sony Walkman" typed people do not make the 93 mentions
        // of "Sony" a given name.
        // A surname counts where its full names stand in a quarter as many documents as the word
        // alone (as in `CorpusResolver`'s rule 2: one "Four-Kings Intel" leaves "Intel" alone).
        var surnameDocuments: [String: Int] = [:], givenNameUse: [String: Int] = [:]
        for entity in entities where entity.key.kind == .person {
            for (alias, use) in entity.aliases where !excluding.contains(alias) {
                guard let name = CorpusResolver.personName(alias, articleNouns: articleNouns), !name.isSurnameOnly else { continue }
                surnameDocuments[name.surname, default: 0] += entity.documents
                givenNameUse[name.given[0], default: 0] += use.count
            }
        }
        // First words of the corpus's organizations' longer names ("Merrill Lynch", "Tiffany &
        // Co", "Harley-Davidson", "Tory Party"): a short name of a company or a party, not a
        // given name, where the word stands alone.
        var organizationFirstWords = Set<String>()
        for entity in entities where entity.key.kind == .organization {
            for alias in entity.aliases.keys {
                let words = alias.split { $0 == " " || $0 == "-" }
                if words.count > 1 { organizationFirstWords.insert(NameCanonicalizer.key(String(words[0]))) }
            }
        }
        func isGivenName(_ entity: ResolvedEntity) -> Bool {
            let word = entity.key.name
            return Lexicon.givenNames.contains(word) || givenNameUse[word, default: 0] >= entity.mentions
        }
        return entities.map { entity in
            // A surname several people of the corpus share is none of theirs in particular: one
            // node would join their stories (whatever a title says: "Mr Kim"); so is a generic
            // institution's name alone that several countries' bodies have ("Supreme Court").
            if entity.members.allSatisfy(sharedNames.contains) {
                var unattributed = entity
                unattributed.key.kind = .misc
                return unattributed
            }
            let members = entity.members.map { registry.entries[$0] }
            // The user's thesaurus has the last word; a title or a role before a name says a
            // person is a person (not what an organization is: "legislator Meryem Ilayda Atlas"
            // joined to the quoted work "Atlas").
            guard members.allSatisfy({ $0.preferredLabel == nil }),
                  entity.key.kind != .person || members.allSatisfy({ $0.titledMentions == 0 }) else { return entity }
            var typed = entity
            let workMentions = members.reduce(0) { $0 + $1.workMentions }
            let bar = Self.confidenceBar(for: entity, minConfidence: minConfidence, corpusDocuments: corpusDocuments)
            // A name used as an event's or a work's in a quarter of its mentions is one even where
            // a word of it heads institutions' names ("Six Nations", as in "United Nations"), but
            // for a company's legal name ("Pilgrim's Pride Corp").
            let isMostlyAWork = workMentions >= 3 && 4 * workMentions >= entity.mentions && !entity.aliases.keys.contains(where: Self.endsInLegalForm)
            if entity.key.kind != .country, workMentions > 0, 10 * workMentions >= entity.mentions,
               !Self.namesAnInstitution(entity) || isMostlyAWork {
                typed.key.kind = .misc
            } else if Self.isWrittenAsATitle(entity, members) {
                typed.key.kind = .misc
            } else if entity.key.kind != .country, !Self.namesAnInstitution(entity), members.allSatisfy({ $0.confidence < bar }) {
                typed.key.kind = .misc
            } else if entity.key.kind == .person, !lowercaseDocuments.isEmpty,
                      Self.isOrdinaryPhrase(entity, members, lowercaseDocuments: lowercaseDocuments) {
                typed.key.kind = .misc
            } else if entity.key.kind == .person, Self.isSpokenOfAsAThing(members) {
                // Labelled as an organization: by its most used name, not by the longest "full
                // name" ("Citi", not "Citi Holdings" of three mentions).
                typed.key.kind = .organization
                typed.label = Self.label(for: typed, registry: registry, countries: nil, excluding: excluding, articleNouns: articleNouns)
            } else if entity.key.kind == .person {
                let names = entity.aliases.keys.filter { !excluding.contains($0) }.map { CorpusResolver.personName($0, articleNouns: articleNouns) }
                guard names.allSatisfy({ $0?.isSurnameOnly ?? true }) else { return entity }
                let isSurname = names.contains { name in
                    name.flatMap { surnameDocuments[$0.surname] }.map { entity.documents <= max(3, 4 * $0) } ?? false
                }
                // A surname of the corpus is a person's, but for a first name ("Jack" beside one
                // "Simon Jack"), which is nobody in particular.
                if isSurname && !firstNames.contains(entity.key.name) { return entity }
                // A word the tagger took for a person that is no one's name of the corpus is
                // taken for an organization, unless it is a given name of the census lists
                // ("Lauren", "Holly"), which leaves it no one in particular; but not a word only
                // ever written in capitals, a headline's company ("WINSTON", "GUS").
                let isOnlyAGivenName = Lexicon.isKnownGivenName(entity.key.name) && !organizationFirstWords.contains(entity.key.name)
                    && entity.aliases.keys.contains { $0 != $0.uppercased() }
                typed.key.kind = isGivenName(entity) || isSurname ? .misc
                    : Self.isSpokenOfAsAPerson(members) ? .person : isOnlyAGivenName ? .misc : .organization
            }
            return typed
        }
    }

    /// Whether an organization is written alone between quotation marks in a quarter of its
    /// mentions, twice at least (`Mention.quotedAlone`: "Shark Tank", “America First”, “Medicare
    /// for All”, “AAA”): titles, slogans and ratings are so written, an institution's name seldom
    /// (a new party now and then: 5 of the 34 "Veritas" mentions, which this leaves alone).
    static func isWrittenAsATitle(_ entity: ResolvedEntity, _ members: [EntityRegistry.Entry]) -> Bool {
        let quoted = members.reduce(0) { $0 + $1.quotedMentions }
        return entity.key.kind == .organization && quoted >= 2 && 4 * quoted >= entity.mentions && !Self.namesAnInstitution(entity)
    }

    /// The margin one of an entity's mentions must reach for it to be a node: `minConfidence`;
    /// 0.6 of it for a person with a known given name, 1.8 times it for an organization of one
    /// or two documents in a corpus of a hundred or more (`ResolutionOptions`).
    static func confidenceBar(for entity: ResolvedEntity, minConfidence: Float, corpusDocuments: Int) -> Float {
        if Self.hasKnownGivenName(entity) { return ResolutionOptions.givenNameShare * minConfidence }
        let rare = entity.key.kind == .organization && entity.documents <= ResolutionOptions.rareDocuments
            && corpusDocuments >= ResolutionOptions.rareCorpusDocuments
        return rare ? ResolutionOptions.rareOrganizationFactor * minConfidence : minConfidence
    }

    /// Whether a person's every name is two ordinary words or more, none a known given name,
    /// and nothing in the text speaks of it as someone (see `typedByCorpusEvidence`). Its last
    /// word alone, which other documents gave it as a surname ("Laughter" of "Hysterical
    /// Laughter", "Love" of "Jungle Love", `AliasRule.surnameInCorpus`), is such a name too
    /// when it is an ordinary word; not where a story itself went on with it ("Tiger Woods …
    /// Woods said", "according to Jin Gang … Jin says"). Measured on the eight bench corpora:
    /// 12 such "people" go, all phrases, products and titles ("Army Ranger" 10, "Steam Box" 11).
    static func isOrdinaryPhrase(_ entity: ResolvedEntity, _ members: [EntityRegistry.Entry], lowercaseDocuments: [UInt64: Int32]) -> Bool {
        guard members.allSatisfy({ $0.personalPronouns == 0 }) else { return false }
        let names = entity.aliases.map { (words: $0.key.split(separator: " "), rule: $0.value.rule) }
        return names.contains { $0.words.count >= 2 } && names.allSatisfy { words, rule in
            (words.count >= 2 || rule == .surnameInCorpus) && !Lexicon.isKnownGivenName(words[0].lowercased())
                && !words.contains { Lexicon.nameConnectors.contains($0.lowercased()) }
                && words.allSatisfy { CorpusResolver.isOrdinaryWord($0, lowercaseDocuments: lowercaseDocuments) }
        }
    }

    /// Whether the text goes on with "she" or "his" after the name three times or more, and three
    /// times as often as with "it" or "its" (`Mention.pronounAfter`): a singer known by one name
    /// ("Adele … she") or a child the story calls by a given name, not a company ("Yahoo … its").
    static func isSpokenOfAsAPerson(_ members: [EntityRegistry.Entry]) -> Bool {
        let (personal, neuter) = pronounsAfter(members)
        return personal >= 3 && personal >= 3 * neuter
    }

    /// Whether the text goes on with "it" or "its" after the name five times or more, and four
    /// times as often as with "he" or "her": a company that looks like a person's name ("Fannie
    /// Mae said it would…", "Freddie Mac … its shares").
    static func isSpokenOfAsAThing(_ members: [EntityRegistry.Entry]) -> Bool {
        let (personal, neuter) = pronounsAfter(members)
        return neuter >= 5 && neuter >= 4 * personal
    }

    /// How often the entries' mentions were followed by "he"/"she" and by "it"/"its".
    private static func pronounsAfter(_ members: [EntityRegistry.Entry]) -> (personal: Int, neuter: Int) {
        members.reduce((0, 0)) { ($0.0 + $1.personalPronouns, $0.1 + $1.neuterPronouns) }
    }

    /// A person named in full somewhere with a given name the library knows ("Jeb Bush"): the
    /// name list corroborates the tagger.
    static func hasKnownGivenName(_ entity: ResolvedEntity) -> Bool {
        entity.key.kind == .person && entity.aliases.keys.contains { alias in
            let words = alias.split(separator: " ")
            return words.count >= 2 && Lexicon.isKnownGivenName(words[0].lowercased())
        }
    }

    /// Whether a company's legal name ("Yahoo Inc", "Merck & Co.") says what the entity is,
    /// however often the tagger took its short name for a person's: unless a person's full
    /// name, not the beginning of the legal name ("Eli Lilly" of "Eli Lilly and Co"), is written
    /// more often ("Donald Trump" beside one "Trump Inc").
    /// - Complexity: O(a · l) for a aliases and l legal names.
    static func isCompanyByItsLegalName(_ members: [EntityRegistry.Entry], articleNouns: Set<String>) -> Bool {
        let legal = members.filter { $0.key.kind == .organization }.flatMap { $0.aliases.filter { endsInLegalForm($0.key) } }
        let legalNames = legal.reduce(0) { $0 + $1.value.count }
        guard legalNames > 0 else { return false }
        var fullNames = 0
        for member in members where member.key.kind == .person {
            for (alias, use) in member.aliases where !legal.contains(where: { $0.key.hasPrefix(alias + " ") }) {
                if !(CorpusResolver.personName(alias, articleNouns: articleNouns)?.isSurnameOnly ?? true) { fullNames += use.count }
            }
        }
        return legalNames > fullNames
    }

    /// A name of two words or more ending in a company's legal form ("Baidu Inc", "Merck & Co.").
    static func endsInLegalForm(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return words.count > 1 && Lexicon.corporateSuffixes.contains(words[words.count - 1].lowercased())
    }

    /// An organization with a word such as "Department", "School" or "Council" in its label.
    static func namesAnInstitution(_ entity: ResolvedEntity) -> Bool {
        entity.key.kind == .organization
            && entity.label.split(separator: " ").contains { Lexicon.organizationHeads.contains($0.lowercased()) }
    }

    /// An organization whose own name the corpus writes with "'s" nearly always ("Moody's
    /// said", "rated A-1 by Moody's", "Moody's ratings": at least nine mentions in ten, and five
    /// at least) is named with it ("Moody's", "McDonald's", "Sotheby's"); a company the text
    /// speaks of in the possessive now and then ("Apple's profits") is not, nor a name ending in
    /// a number ("Radio 4's Today programme"). A thesaurus label stands.
    static func isNamedWithPossessive(_ entry: EntityRegistry.Entry) -> Bool {
        entry.preferredLabel == nil && entry.mentions >= 5 && 10 * entry.possessives >= 9 * entry.mentions
            && entry.key.name.last?.isNumber != true
    }

    /// Countries carry their table name; a thesaurus entry its canonical name. A person is
    /// labelled by the complete name (given name and surname) used most ("Donald Trump", 1,156
    /// mentions, not "Donald J. Trump", 21), then the longest; an organization by its fullest
    /// name (most words, then longest) among those used at least a tenth as often as its most
    /// used one ("Federal Bureau of Investigation" beside "FBI", "Liberal Democrats" beside
    /// "Lib Dems", not a name seen once), then in mixed case rather than in a headline's capitals
    /// ("Morgan Stanley Group"; an acronym's capitals stand: "NATO"). Ties go alphabetically.
    /// Names in `excluding` (sentence openers, "Rival Sony") label an entity only if nothing else
    /// can; a name with U+FFFD (letters a bad decoding lost) or without a capital letter yields
    /// to a clean one of its rank.
    static func label(for entity: ResolvedEntity, registry: EntityRegistry, countries: CountryTable?,
                      excluding: Set<String> = [], articleNouns: Set<String> = []) -> String {
        if entity.key.kind == .country, let country = countries?.country(alpha2: entity.key.name) { return country.label }
        if let preferred = entity.members.lazy.compactMap({ registry.entries[$0].preferredLabel }).first { return preferred }
        let aliases = entity.aliases.map { (name: $0.key, count: $0.value.count, words: $0.key.split(separator: " ").count) }
        let top = aliases.map(\.count).max() ?? 0
        // People: the spelling of the surname used most breaks ties ("Dmitry Trenin" once,
        // "Dmitry Ternin" once, "Trenin" once: Trenin).
        let names: [String: PersonName] = entity.key.kind != .person ? [:] : entity.aliases.keys.reduce(into: [:]) { result, alias in
            result[alias] = CorpusResolver.personName(alias, articleNouns: articleNouns)
        }
        var surnameUse: [String: Int] = [:]
        for (alias, name) in names { surnameUse[name.surnameKey, default: 0] += entity.aliases[alias]!.count }
        func rank(_ alias: (name: String, count: Int, words: Int)) -> (Int, Int, Int, Int, Int, Int) {
            let usable = excluding.contains(alias.name) ? 0 : 1
            // A name with letters lost to a bad decoding ("Bill O\u{FFFD}\u{FFFD}Reilly"), or written
            // without a capital ("interior ministry"), yields to a clean one of its rank ("Bill
            // O'Reilly", "Interior Ministry"), not to a lesser one ("Martin").
            // So does a country only inferred ("Senate [United States]") to one the text wrote.
            let clean = alias.name.unicodeScalars.contains("\u{FFFD}") || !alias.name.contains(where: \.isUppercase)
                || alias.name.hasSuffix("]") ? 0 : 1
            switch entity.key.kind {
            case .person:
                let name = names[alias.name]
                // "Sir Keir" is no complete name, however often it is written.
                let complete = name.map { !$0.isSurnameOnly && $0.knightlyGivenName == nil } ?? false
                return (usable, (complete ? 2 : 0) + clean, alias.count, name.flatMap { surnameUse[$0.surnameKey] } ?? 0, alias.words, alias.name.count)
            default:
                // Length in letters, so that "C.B.O." is no longer than "CBO"; a headline's
                // capitals yield to the same name in mixed case ("Treasury (Italy)", not
                // "TREASURY (Italy)"), where one is used; acronyms ("NATO", not "Nato") do not.
                let name = alias.name.prefix { $0 != "(" && $0 != "[" }.trimmingCharacters(in: .whitespaces)
                let shouted = !name.contains(where: \.isLowercase) && (name.contains(" ") || name.filter(\.isLetter).count >= 7) ? 0 : 1
                return (usable, (10 * alias.count >= top ? 2 : 0) + clean, alias.words, NameCanonicalizer.key(alias.name).count, shouted, alias.count)
            }
        }
        let best = aliases.map { (name: $0.name, rank: rank($0)) }.max { a, b in
            a.rank != b.rank ? a.rank < b.rank : a.name > b.name
        }
        guard var best else { return entity.key.name }
        // A name one typing error from a form written more often is a misspelling of it
        // ("Cornwall Insights" once beside "Cornwall Insight"), not a longer name; so is the
        // plural of a body's head noun ("Senate Intelligence Committees", from "the Senate and
        // House Intelligence Committees"), but not a plural that is the name ("Tamil Tigers",
        // "Welsh Liberal Democrats", beside "Tamil Tiger rebels").
        if entity.key.kind != .person, let count = entity.aliases[best.name]?.count {
            let key = NameCanonicalizer.key(best.name)
            let commoner = aliases.filter { form in
                let formKey = NameCanonicalizer.key(form.name)
                guard form.count > count, rank(form).0 == best.rank.0, SingleEditMatch.isOneEdit(formKey, key) else { return false }
                guard key == formKey + "s" || formKey == key + "s" else { return true }
                return key == formKey + "s" && formKey.split(separator: " ").last.map { Lexicon.organizationHeads.contains(String($0)) } == true
            }
            if let form = commoner.max(by: { ($0.count, $1.name) < ($1.count, $0.name) }) { best = (form.name, rank(form)) }
        }
        // A body the text qualified with its state or country ("House (New Hampshire)") and then
        // named alone ("the House") is labelled as qualified: its name alone is every state's.
        if entity.key.kind == .organization, CorpusResolver.qualifiedForm(best.name) == nil {
            let base = NameCanonicalizer.key(best.name)
            let qualified = aliases.filter { alias in
                guard let form = CorpusResolver.qualifiedForm(alias.name), !form.inferred else { return false }
                return NameCanonicalizer.key(String(form.base)) == base && NameCanonicalizer.key(alias.name) == entity.key.name
            }
            if let label = qualified.max(by: { ($0.count, $1.name) < ($1.count, $0.name) }) { return label.name }
        }
        // A nickname's quotation marks are no part of the person's name (`"Ryan" Owens`).
        if entity.key.kind == .person, best.name.first.map(DocumentResolver.isQuote) == true {
            return best.name.filter { !DocumentResolver.isQuote($0) }
        }
        return best.name
    }
}

/// An entity after corpus-wide merging: the registry entries it gathers, its names and counts.
public struct ResolvedEntity: Sendable {
    public var key: EntityKey
    /// The registry entries it gathers, by index into the registry resolution read (in key
    /// order: `CoMentionCounter.inKeyOrder`).
    public var members: [Int]
    public var label = ""
    public var mentions = 0
    public var documents = 0
    public var aliases: [String: EntityRegistry.AliasUse] = [:]
}

