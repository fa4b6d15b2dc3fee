/// Merges entities across documents once the whole corpus is read.
///
/// Rules, in order:
/// 1. full person names that `NameMatcher` matches unambiguously ("Alexey Navalny" / "Aleksei
///    Navalny", "Vladimir Zelensky" / "Volodymyr Zelenskyy", "Dmitry Ternin" / "Dmitry Trenin"),
///    but not one typing error apart where both surnames are other people's too ("George
///    Mitchell" / "George Michael": `PersonNameBlocking.bothSurnamesAttested`);
/// 2. a one-word person name ("Putin"), in documents where no full name explained it, and not a
///    first name (`firstNameWords`: "Jack"), joins the
///    full name whose surname it is when that full name (or group of variants) is the only one in
///    the corpus (even where it shares a document with a misspelt variant of the group, "Angela
///    Markel", that the document could not join it to), unless the word, never after a title,
///    stands alone in more than four times as many documents; failing that, the only one whose
///    surname it spells differently ("Lukashenko" → "Alyaksandr Lukashenka"), unless the word is
///    a given name, too short for that (`PersonNameBlocking.spellsOnlyItself`), a word the corpus
///    writes in lowercase ("Newsroom" is no "Gavin Newsom") or an organization's name the corpus
///    gives at least as often ("Merck" is no "Axel Merk");
/// 3. one-word names left alone that spell one surname differently join each other ("Zelensky" /
///    "Zelenskyy"), under rule 2's limits;
/// 4. an acronym joins the long name that "Long Name (ACR)" in some document gave it, when the
///    corpus gave it only one or one with three quarters of their mentions, even where the two
///    stand apart in one document ("Congressional Budget Office" and a later "CBO"), unless the
///    acronym stands alone in more than four times as many documents as the long name (a
///    "Nigerian Bottling Company (NBC)" once is not the NBC of twenty stories) and the documents
///    that explain it wrote it fewer than ten times or an eighth of its uses alone (Indian news
///    explains "Bharatiya Janata Party (BJP)" in a few stories and writes "BJP" in all);
///    4a. (before it) organizations' names of three words or more that differ only by a
///    "the" inside are one ("Office of Management and the Budget"), and weigh as one among the
///    long names of an acronym;
///    4b. an acronym rule 4 could not decide joins the long name whose initials it is, where
///    the two stand together in documents (`acronymsByInitials`);
///
/// 2b. a surname alone that several full names fit joins the one with three quarters of their
///    mentions (`dominant`): the namesake the corpus talks about ("Trump" → "Donald Trump");
/// 2c. a knight's or dame's short form alone ("Sir Keir") joins the one entity documents that
///    named the person in full joined it to (`knightlyShortForms`);
/// 2d. a surname alone that its story used long before the story's one full name by it
///    (`EntityKey.deferredSurname`: "Trump" ×11 … "Ivanka Trump") joins, story by story, an
///    organization of that name with twice the namesakes' mentions ("Ford" before a late "Bill
///    Ford"), else the only full name of the corpus it fits, else the namesake with three
///    quarters of the mentions, else the story's own full name;
/// 5. an organization whose name is a person's name or surname (or the reverse) joins the type
///    with most mentions (a person's full name found by its surname only ever takes the
///    organization in), and so does one that is the given name of the only full name that
///    begins with it, where the person has ten mentions, twice as many, and shares a document
///    with it;
///    and a "person" never given a full name joins the organization; an organization whose
///    name is a title or a clause's first word before a person's full name ("CM Nitish Kumar")
///    joins the person, whatever the mentions; a company's name that is a surname ("Dell"
///    beside "Dell Inc", `companiesNamedAfter`) and a person with a known given name stay apart;
///    an organization the text describes as one ("JP Morgan analyst Harry Curtis") takes in the
///    person of its very name that no title or role introduced, whatever the mentions;
/// 6. forms of one organization's name join (`OrganizationForms`: "Labour" / "Labour Party");
/// 7. a generic institution alone ("Senate") joins the one country's form of it with more than
///    half of their mentions ("Senate (United States)"; `institutionsByCountry`), and is no node
///    beside several countries' forms with none so dominant;
///    7b. a country's chamber by its word alone joins the long name its documents give beside it
///    ("House [United States]" → "House of Representatives"; `chambersByLongName`);
/// 0. a name seen only at the start of sentences, whose first word the corpus writes in lowercase
///    elsewhere ("Rival Sony said", "Singer Britney Spears", "Developer Valve") is the rest of
///    it: it takes no part in rules 1–5 as a full name and joins the rest's entity
///    (`sentenceOpeners`), before rule 5.
///
/// Rules 1–3 never merge two entities that appear in the same document (but rule 2 with an equal
/// surname): the document resolver saw both there and kept them apart (two candidates, or the
/// user's no-merge list), or could not know. Rules 2b, 4, 5, 6 and 7 may, where the document
/// could not tell namesakes, types, forms, an acronym or a body's country apart; `GraphAssembler`
/// then counts such a node's documents and edges from postings, so no window is counted twice.
/// The no-merge list vetoes any merge between groups holding a listed pair of names.
///
/// - Complexity: O(e) for e entities plus `PersonNameBlocking`'s blocked comparisons; each
///   merge checks every pair across the two groups, which are small.
public struct CorpusResolver: Sendable {
    public var noMerge: NoMergeList
    /// Threads for parsing the person names (the step that grows with the number of entities);
    /// the merges themselves are sequential and do not depend on it.
    public var threads: Int

    public init(noMerge: NoMergeList = NoMergeList(), threads: Int = 1) {
        self.noMerge = noMerge
        self.threads = threads
    }

    /// The groups of registry entries that are one entity, and the rule that joined each entry
    /// merged here.
    public func merges(_ registry: EntityRegistry, acronyms: [String: Set<EntityKey>] = [:],
                       lowercaseDocuments: [UInt64: Int32] = [:],
                       sharedDocuments: ((Int, Int) -> Int)? = nil,
                       shareDocument: (Int, Int) -> Bool) -> CorpusMerges {
        let entries = registry.entries
        let articleNouns = Self.wordsAfterArabicArticles(entries)
        var names: [PersonName?] = ParallelMap.map(entries, threads: threads, chunk: 512) { entry in
            entry.key.kind == .person ? Self.personName(Self.nameText(of: entry), articleNouns: articleNouns) : nil
        }
        // 0. Sentence openers are no full names.
        let openers = Self.sentenceOpeners(registry, names: names, lowercaseDocuments: lowercaseDocuments)
        for i in openers.keys { names[i] = nil }
        // Surnames their documents left to the corpus (rule 2d) take no part as names.
        let deferred = entries.indices.compactMap { i -> (entry: Int, surname: String, fullName: String)? in
            guard entries[i].key.kind == .person, let (surname, fullName) = EntityKey.deferral(of: entries[i].key.name) else { return nil }
            return (i, surname, fullName)
        }
        for item in deferred { names[item.entry] = nil }
        let openersByRest = Dictionary(grouping: openers.keys.sorted(), by: { openers[$0]! })
        let keys = entries.map(\.key.name)
        var groups = DisjointSets(count: entries.count)
        var rules: [Int: AliasRule] = [:]
        let aliasKeys: [Set<String>] = noMerge.isEmpty ? [] : entries.map { entry in
            Set(entry.aliases.keys.map(NameCanonicalizer.key)).union([entry.key.name])
        }
        func apart(_ a: Int, _ b: Int) -> Bool {
            !shareDocument(a, b) && (aliasKeys.isEmpty || !noMerge.forbids(aliasKeys[a], aliasKeys[b]))
        }
        let variants = FullNameVariants(names: names, keys: keys, noMerge: noMerge)
        /// The mentions of the group `member` belongs to.
        func groupMentions(_ member: Int) -> Int { groups.members(of: member).reduce(0) { $0 + entries[$1].mentions } }
        func join(_ a: Int, _ b: Int, _ rule: AliasRule, ruleFor members: [Int], sharingDocuments: Bool = false,
                  namesMustMatch: Bool = true) -> Bool {
            let allowed = sharingDocuments ? { x, y in aliasKeys.isEmpty || !noMerge.forbids(aliasKeys[x], aliasKeys[y]) } : apart
            // Two forms of an organization's name may each have been typed a person somewhere
            // ("Lib Dem", "Liberal Democrat"): person-name agreement says nothing about them.
            guard variants.canJoin(a, b, in: &groups, namesMustMatch: namesMustMatch && rule != .organizationForm, extra: allowed) else { return false }
            groups.union(a, b)
            for member in members where rules[member] == nil { rules[member] = rule }
            return true
        }

        // 1. Full names.
        let blocking = PersonNameBlocking(names)
        var (pairs, ambiguities) = variants.unambiguousPairs(blocking.candidatePairs())
        for (i, j, rule) in pairs where rule != .spellingVariant || !blocking.bothSurnamesAttested(i, j) {
            _ = join(i, j, rule, ruleFor: [i, j])
        }
        // 2. Surnames alone → the unique full name.
        var organizationByKey: [String: Int] = [:]
        for (i, entry) in entries.enumerated() where entry.key.kind == .organization { organizationByKey[entry.key.name] = i }
        var alone: [Int] = []
        var sharedNames: Set<Int> = []
        let firstNames = Self.firstNameWords(names, entries: entries)
        func isOrdinaryWord(_ word: String) -> Bool { Self.isOrdinaryWord(word, lowercaseDocuments: lowercaseDocuments) }
        for (i, name) in names.enumerated() {
            guard let name, name.isSurnameOnly else { continue }
            // "Jack" alone is somebody's first name, not the surname of a "Simon Jack", unless a
            // title stands before it ("Mr Jack").
            guard entries[i].titledMentions > 0 || !firstNames.contains(name.surname) else {
                alone.append(i)
                continue
            }
            // A word the corpus also writes in lowercase ("newsroom", "wolf") is a name only as
            // it is spelled: it joins no other spelling ("Gavin Newsom", "Michael Wolff"); nor
            // does a company's name the corpus gives at least as often as an organization
            // ("Merck" is no "Axel Merk"): rule 5 weighs the two types.
            if let (agreement, found) = blocking.fullNames(of: name), agreement == .equal || !isOrdinaryWord(name.surname) {
                if agreement != .equal, let company = organizationByKey[keys[i]], entries[company].mentions >= entries[i].mentions { continue }
                // News names a person in full at least once in most articles about them: a word
                // standing alone in many more documents than its only full names ("Intel" in 16,
                // one "Four-Kings Intel") is not their surname, unless a title says it is a
                // person's ("Lord Goldsmith" in 6, "Peter Goldsmith" in 1).
                let fullNameDocuments = found.reduce(0) { $0 + entries[$1].documents }
                guard entries[i].titledMentions > 0 || entries[i].documents <= max(3, 4 * fullNameDocuments) else {
                    alone.append(i)
                    continue
                }
                // A common surname alone in stories that never name its bearer ("Williams" in a
                // motor-racing story, "Edwards" of an untagged "Sunny Edwards", "Mr Sanders" the
                // barrister) is one of its many namesakes, not the one the corpus happens to name
                // in full once or twice ("Serena Williams", "Kerry Sanders"). Someone news calls
                // by a common surname alone is named in full in three stories or more, or given a
                // title with it in three ("Lord Goldsmith" in 13, "Peter Goldsmith" in one; one
                // "Lord Parkinson" is no "Andy Parkinson"), or is a company's founder ("Lilly" of
                // the "Eli Lilly" the corpus also types an organization). Beside several namesakes
                // the most mentioned must be known that way ("Edwards" beside Leon Edwards of two
                // stories and John Edwards of one is theirs in common, as below).
                let mayStandAlone = !CensusSurnames.isCommon(name.surname) || (entries[i].titledMentions > 0 && entries[i].documents >= 3)
                func isKnownBySurname(_ fullNames: [Int]) -> Bool {
                    mayStandAlone || fullNames.reduce(0) { $0 + entries[$1].documents } >= 3
                        || fullNames.contains { organizationByKey[keys[$0]] != nil || shareDocument(i, $0) }
                }
                let roots = Set(found.map { groups.find($0) })
                if roots.count == 1 {
                    guard isKnownBySurname(found) else {
                        alone.append(i)
                        continue
                    }
                    // The same surname may share a document with a misspelt member of the group
                    // ("Merkel" beside one "Angela Markel"), which the document could not join:
                    // counts come from postings then, as for 2b. Not with a member the document
                    // saw with that very surname and still kept apart: a full name. A surname
                    // alone beside another spelling of itself ("Assad" beside "al-Assad" in a
                    // story naming no Assad in full) had nothing to be joined to.
                    // Nor a story that had a sentence opener ending in the surname ("Advance
                    // Kavanaugh") for a namesake: where every document the two share also has
                    // such an opener (counted from postings, an upper bound).
                    let openerPhrases = openersByRest[keys[i]] ?? []
                    let keptApart = groups.members(of: roots.first!).contains { member in
                        guard let other = names[member], !other.isSurnameOnly, other.surname == name.surname,
                              shareDocument(i, member) else { return false }
                        guard let sharedDocuments, !openerPhrases.isEmpty else { return true }
                        return sharedDocuments(i, member) > openerPhrases.reduce(0) { $0 + sharedDocuments(member, $1) }
                    }
                    _ = join(i, roots.first!, agreement.rule ?? .surnameInCorpus, ruleFor: [i],
                             sharingDocuments: agreement == .equal && !keptApart)
                } else if agreement != .spelling, let namesake = Self.dominant(roots.sorted(), weight: groupMentions),
                          isKnownBySurname(found.filter { groups.find($0) == namesake }) {
                    // The surname may share documents with its namesakes' full names, where the
                    // document could not tell them apart: counts come from postings (see GraphAssembler).
                    _ = join(i, namesake, .mostMentionedNamesake, ruleFor: [i], sharingDocuments: true)
                } else {
                    ambiguities.append(Ambiguity(name: keys[i], candidates: roots.map { keys[$0] }.sorted()))
                    sharedNames.insert(i)
                }
            } else {
                alone.append(i)
            }
        }
        // 3. Surnames alone, spelled differently.
        var bySurnameKey: [String: [Int]] = [:]
        for i in alone where !blocking.spellsOnlyItself(names[i]!.surname) && !isOrdinaryWord(names[i]!.surname) {
            bySurnameKey[names[i]!.surnameKey, default: []].append(i)
        }
        for members in bySurnameKey.values where members.count > 1 {
            for other in members.dropFirst() { _ = join(members[0], other, .transliteration, ruleFor: [members[0], other]) }
        }
        // 2d. A surname a story used long before the one full name it fits there: an organization
        // of that name with twice the mentions of its namesakes ("Ford" before a late "Bill
        // Ford": the carmaker), else the only full name of the corpus it is the surname of, else
        // the namesake with three quarters of their mentions ("Trump" before a late "Ivanka
        // Trump": Donald Trump), else the story's own full name.
        for (i, surname, fullName) in deferred {
            guard let name = PersonName(surname), name.isSurnameOnly, let own = registry.index(of: EntityKey(kind: .person, name: fullName)) else { continue }
            var roots = [groups.find(own)]
            if let (agreement, found) = blocking.fullNames(of: name), agreement != .spelling {
                roots = Set(found.map { groups.find($0) }).union(roots).sorted()
            }
            let namesakeMentions = roots.reduce(0) { $0 + groupMentions($1) }
            if let company = registry.index(of: EntityKey(kind: .organization, name: surname)), groupMentions(company) > 2 * namesakeMentions {
                _ = join(i, company, .majorityType, ruleFor: [i], sharingDocuments: true, namesMustMatch: false)
            } else if roots.count == 1 {
                _ = join(i, roots[0], .surnameInCorpus, ruleFor: [i], sharingDocuments: true, namesMustMatch: false)
            } else if let namesake = Self.dominant(roots, weight: groupMentions) {
                _ = join(i, namesake, .mostMentionedNamesake, ruleFor: [i], sharingDocuments: true, namesMustMatch: false)
            } else {
                _ = join(i, own, .surnameInDocument, ruleFor: [i], sharingDocuments: true, namesMustMatch: false)
            }
        }
        // 2c. A knight's short form alone ("Sir Keir") joins the one entity that documents
        // naming the person in full joined it to ("Sir Keir Starmer … Sir Keir").
        // ("Sir Keir" and "Keir Starmer" are no variants of one name to `NameMatcher`.)
        for (i, t) in Self.knightlyShortForms(entries, names: names, groupOf: { groups.find($0) }) {
            _ = join(i, t, .surnameInCorpus, ruleFor: [i], namesMustMatch: false)
        }
        // 4a. Organizations' names of three words or more that differ only by a "the" inside
        // ("Office of Management and Budget", "Office of Management and the Budget";
        // "International Committee of Red Cross"): one name.
        var spellings: [String: [Int]] = [:]
        for (i, entry) in entries.enumerated() where entry.key.kind == .organization {
            let words = entry.key.name.split(separator: " ")
            guard let first = words.first else { continue }
            let bareWords = [first] + words.dropFirst().filter { $0 != "the" }
            guard bareWords.count < words.count, bareWords.count >= 3 else { continue }
            let bare = bareWords.joined(separator: " ")
            if let plain = organizationByKey[bare] { spellings[bare, default: [plain]].append(i) }
        }
        for bare in spellings.keys.sorted() {
            guard let same = spellings[bare] else { continue }
            for other in same.dropFirst() { _ = join(same[0], other, .organizationForm, ruleFor: [other]) }
        }
        // 4. Acronyms explained elsewhere in the corpus. Several long names for one acronym:
        // the one with three quarters of their mentions ("Scottish National Party" beside one
        // "Scottish Nationalist Party"), long names joined already weighing as one.
        func explainedLongName(_ targets: Set<EntityKey>) -> Int? {
            var first: [Int: Int] = [:], weight: [Int: Int] = [:]
            for i in targets.filter({ $0.kind == .organization }).compactMap(registry.index(of:)).sorted() {
                let root = groups.find(i)
                if first[root] == nil { first[root] = i }
                weight[root, default: 0] += entries[i].mentions
            }
            return Self.dominant(first.values.sorted(), weight: { weight[groups.find($0), default: 0] })
        }
        for (i, entry) in entries.enumerated() where entry.key.kind == .organization {
            guard let targets = acronyms[entry.key.name], let t = explainedLongName(targets), t != i else { continue }
            // How often the documents that explain it write the acronym: a party's "BJP", ten
            // times and more, and an eighth of its uses alone, is that party wherever it stands
            // alone, however much more often it does.
            let explainedUses = entries[t].aliases.reduce(0) { $0 + (NameCanonicalizer.key($1.key) == entry.key.name ? $1.value.count : 0) }
            guard entry.documents <= max(3, 4 * entries[t].documents)
                    || (explainedUses >= 10 && 8 * explainedUses >= entry.mentions) else { continue }
            _ = join(i, t, .acronym, ruleFor: [i], sharingDocuments: true)
        }
        // 4b. Acronyms no document explained, by their initials.
        if let sharedDocuments {
            // Acronyms rule 4 decided on (it had a long name to weigh) are left as it left them.
            let decided = Set(acronyms.filter { explainedLongName($0.value) != nil }.keys)
            for (i, t) in Self.acronymsByInitials(entries, explained: decided, groupOf: { groups.find($0) },
                                                  sharedDocuments: sharedDocuments) {
                _ = join(i, t, .acronym, ruleFor: [i], sharingDocuments: true)
            }
        }
        // 0, continued. A sentence opener joins the entity of the rest of its name.
        var byKeyName: [String: [Int]] = [:]
        for (i, entry) in entries.enumerated() where entry.key.kind == .person || entry.key.kind == .organization {
            byKeyName[entry.key.name, default: []].append(i)
        }
        for (i, rest) in openers.sorted(by: { $0.key < $1.key }) {
            let own = entries[i].mentions
            // The rest's own entry, else (a surname: "Does Tillerson") the full name it is the
            // surname of, when one has three quarters of the namesakes' mentions.
            var candidates = byKeyName[rest] ?? []
            if candidates.isEmpty, !rest.contains(" "), let (agreement, found) = blocking.fullNames(withSurname: rest), agreement == .equal,
               let namesake = Self.dominant(Set(found.map { groups.find($0) }).sorted(), weight: groupMentions) {
                candidates = [namesake]
            }
            guard let target = candidates.max(by: { (groupMentions($0), $1) < (groupMentions($1), $0) }),
                  groupMentions(target) >= max(2, 2 * own) else { continue }
            _ = join(i, target, .sentenceOpener, ruleFor: [i], sharingDocuments: true)
        }
        // 5. One name, two types: a person's name used as an organization ("the Trump
        // administration") or an outlet's name tagged as a person ("Source: Al Jazeera").
        var personByKey: [String: Int] = [:]
        var titledPeople = Set<Int>(), firmsNamedLikePeople = Set<Int>()
        let companies = Self.companiesNamedAfter(entries)
        var fullNamesByFirstWord: [String: [Int]] = [:]
        for (i, entry) in entries.enumerated() where entry.key.kind == .person {
            personByKey[entry.key.name] = i
            if let name = names[i], !name.isSurnameOnly, let space = entry.key.name.firstIndex(of: " ") {
                fullNamesByFirstWord[String(entry.key.name[..<space]), default: []].append(i)
            }
        }
        for (i, entry) in entries.enumerated() where entry.key.kind == .organization {
            var candidate = personByKey[entry.key.name]
            // Or the person whose full name follows a title or a clause's first word that the
            // tagger took into an organization's name ("CM Nitish Kumar", "When Nitish Kumar"
            // opening a live blog's entry): that name is no organization's, and the person has
            // it. The person must be named a third as often as the organization at least:
            // "General Electric Co" takes no "Electric Co" tagged a person twice.
            var titled = false
            if candidate == nil, let rest = Self.fullNameAfterTitle(entry.key.name), let person = personByKey[rest],
               groupMentions(person) >= max(5, (groupMentions(i) + 2) / 3) {
                candidate = person
                titled = true
            }
            // Or the person whose surname the name is ("Trump" of "Donald Trump").
            if candidate == nil, !entry.key.name.contains(" "), let (agreement, found) = blocking.fullNames(withSurname: entry.key.name),
               agreement == .equal {
                candidate = Self.dominant(Set(found.map { groups.find($0) }).sorted(), weight: groupMentions)
            }
            func isNamed(_ group: Int) -> Bool { groups.members(of: group).contains { names[$0].map { !$0.isSurnameOnly } ?? false } }
            // Or the person whose surname it is with its Arabic article ("el-Sisi" of "Abdel
            // Fattah el-Sisi"), which the tagger types as it types "al-Qaeda": the full names
            // must write the article too ("al-Azhar" is none of "Masood Azhar"). A one-word
            // "person" of that name, never given in full, goes with it.
            if candidate.map({ !isNamed($0) }) ?? true, let surname = Self.surnameAfterArabicArticle(entry.key.name),
               let (agreement, found) = blocking.fullNames(withSurname: surname), agreement == .equal {
                let written = found.filter { Self.isFullNameWithArabicArticle(keys[$0], names[$0]) }
                if let person = Self.dominant(Set(written.map { groups.find($0) }).sorted(), weight: groupMentions) {
                    if let oneWord = candidate { _ = join(oneWord, person, .majorityType, ruleFor: [oneWord], sharingDocuments: true) }
                    candidate = groups.find(person)
                }
            }
            // Or the one person whose given name it is, in a document with it, where the word is
            // no census given name ("Tejashwi" beside "Tejashwi Yadav"; not "Lincoln" beside
            // "Lincoln Chafee"): only where the person has ten mentions and twice as many (a
            // mistyped "Microsoft Bookshelf" of two takes no "Microsoft").
            // A one-word "person" of the same name, never given in full, goes with it. (The
            // person then has the more mentions: rule 5's majority below takes the organization.)
            let oneWordPerson = candidate.flatMap { isNamed($0) ? nil : $0 }
            if candidate == nil || oneWordPerson != nil, !entry.key.name.contains(" "), !Lexicon.isKnownGivenName(entry.key.name),
               let found = fullNamesByFirstWord[entry.key.name], Set(found.map { groups.find($0) }).count == 1,
               found.contains(where: { shareDocument(i, $0) }),
               groups.members(of: found[0]).allSatisfy({ entries[$0].key.kind == .person }),
               groupMentions(groups.find(found[0])) >= max(10, 2 * (groupMentions(i) + (oneWordPerson.map(groupMentions) ?? 0))) {
                if let oneWord = oneWordPerson { _ = join(oneWord, groups.find(found[0]), .majorityType, ruleFor: [oneWord], sharingDocuments: true) }
                candidate = groups.find(found[0])
            }
            guard let person = candidate else { continue }
            let personMentions = groupMentions(person), organizationMentions = groupMentions(i)
            // A "person" never given a full name anywhere in the corpus ("Rosneft", "Nintendo"
            // after a headline verb) is the organization it is typed as elsewhere.
            let named = isNamed(person)
            // A firm named like a person that the text names as an employer somewhere ("JP
            // Morgan analyst Harry Curtis", "an analyst at Raymond James": an organization's
            // titled mentions, `MentionRefiner.described`) takes in the "person" of its very name
            // that no title or role ever introduced, whatever the mentions: a "person" of that
            // name with its last word alone ("Morgan") at most, no other full name.
            let lastWord = String(entry.key.name.split(separator: " ").last ?? "")
            let describedFirm = personByKey[entry.key.name] == person
                && groups.members(of: i).contains { entries[$0].key.kind == .organization && entries[$0].titledMentions > 0 }
                && entries[person].titledMentions == 0
                && groups.members(of: person).allSatisfy { entries[$0].key.name == entry.key.name || entries[$0].key.name == lastWord }
            // A surname with its article is the person's where the person is named half as
            // often at least ("Jabhat al-Nusra", a front the tagger typed a person twice, takes
            // no "al-Nusra" of 24 mentions).
            let personMembers = groups.members(of: person)
            let articleSurname = named && Self.surnameAfterArabicArticle(entry.key.name) != nil && 2 * personMentions >= organizationMentions
                && personMembers.contains { Self.isFullNameWithArabicArticle(keys[$0], names[$0]) }
            let personWins = !describedFirm && named && (titled || articleSurname || personMentions >= organizationMentions)
            // A person's full name (a known given name before the surname) found by its surname
            // alone never becomes the organization's ("Reynolds" of R.J. Reynolds beside "A.
            // William Reynolds", NAMA beside "Sigrid Nama"); a "person" such as "NV Philips" may.
            func hasKnownGivenName(_ key: String) -> Bool { key.split(separator: " ").dropLast().contains { Lexicon.isKnownGivenName(String($0)) } }
            let givenName = hasKnownGivenName(keys[person])
            // A company's name the corpus gives as one (`companiesNamedAfter`: "Dell" beside
            // "Dell Inc", "Bloomberg" beside "Bloomberg News") and a person with a known given
            // name of that surname (Michael Dell, Robert Salomon) stay apart, whichever has the
            // more mentions; a headline fragment typed a person ("Acer displace Lenovo") may
            // still join it, as before.
            if companies.contains(i),
               groups.members(of: person).contains(where: { entries[$0].key.kind == .person && hasKnownGivenName(entries[$0].key.name) }) { continue }
            guard personWins || personByKey[entry.key.name] != nil || !givenName else { continue }
            let (minority, majority) = personWins ? (i, person) : (person, i)
            guard !named || titled || describedFirm || articleSurname
                    || 2 * max(personMentions, organizationMentions) >= 3 * min(personMentions, organizationMentions) else { continue }
            let persons = describedFirm ? groups.members(of: person) : []
            if join(minority, majority, .majorityType, ruleFor: [minority], sharingDocuments: true) {
                if titled || articleSurname { titledPeople.insert(i) }
                if describedFirm { firmsNamedLikePeople.formUnion(persons) }
            }
        }
        // 6. Forms of one organization's name, wherever they stand (the document resolver has
        // no rule for them, so sharing a document says nothing).
        let qualified = entries.map { entry in
            entry.key.kind != .organization ? nil : entry.aliases.keys.sorted().lazy.compactMap(Self.qualifiedForm)
                .first { NameCanonicalizer.key(String($0.base) + " " + $0.country) == entry.key.name }
        }
        let formKeys = entries.indices.map { i in
            entries[i].key.kind != .organization ? nil : qualified[i].map { NameCanonicalizer.key(String($0.base)) } ?? entries[i].key.name
        }
        for (i, j) in OrganizationForms.pairs(formKeys, qualifiers: qualified.map { $0.map { NameCanonicalizer.key(String($0.country)) } }) {
            _ = join(j, i, .organizationForm, ruleFor: [j], sharingDocuments: true)
        }
        // 7. A generic institution alone joins the one country's the corpus means by it.
        let institutions = Self.institutionsByCountry(entries, groupOf: { groups.find($0) }, weight: groupMentions)
        for (i, t) in institutions.joins {
            _ = join(i, t, .institutionCountry, ruleFor: [i], sharingDocuments: true)
        }
        for (i, candidates) in institutions.shared {
            ambiguities.append(Ambiguity(name: keys[i], candidates: candidates.map { keys[$0] }.sorted()))
            sharedNames.insert(i)
        }
        // 7b. A country's chamber named by its word alone joins the long name of the chamber
        // its documents give beside it ("House [United States]" → "House of Representatives").
        if let sharedDocuments {
            for (i, t) in Self.chambersByLongName(entries, qualified: qualified, sharedDocuments: sharedDocuments) {
                _ = join(i, t, .institutionCountry, ruleFor: [i], sharingDocuments: true)
            }
        }
        return CorpusMerges(group: entries.indices.map { groups.find($0) }, rules: rules, ambiguities: ambiguities,
                            openers: Set(openers.keys), sharedNames: sharedNames, articleNouns: articleNouns,
                            firstNames: firstNames, titledPeople: titledPeople, firmsNamedLikePeople: firmsNamedLikePeople)
    }

    /// Rule 7b: each country's legislative chamber known by its word alone ("House [United
    /// States]", "Senate (Philippines)": an entry qualified by `DocumentResolver`) with the long
    /// name "Word of …" it stands beside in documents ("House of Representatives", "Senate of the
    /// Philippines"): in three documents at least, and three quarters of the documents it shares
    /// with any such long name ("House of Representatives", not the "House of Commons" of a few
    /// British stories). A long name claimed so by two countries' chambers goes to the one
    /// with three quarters of their shared documents, or to neither. A long name after a place
    /// ("Puerto Rico House of Representatives") is that place's and neither counts nor joins;
    /// nor does a name ending in the word ("White House"), which the document resolver would
    /// have joined where the word alone meant it. Only chambers: "the Army" beside "Army of
    /// Islam" is another body.
    ///
    /// - Complexity: O(e + q · l) for e entries, q qualified chambers and l long names, plus a
    ///   `sharedDocuments` intersection for each of those q · l pairs.
    static func chambersByLongName(_ entries: [EntityRegistry.Entry], qualified: [(base: Substring, country: Substring, inferred: Bool)?],
                                   sharedDocuments: (Int, Int) -> Int) -> [(member: Int, longName: Int)] {
        var longNames: [String: [Int]] = [:]
        for (j, entry) in entries.enumerated() where entry.key.kind == .organization && qualified[j] == nil {
            let words = entry.key.name.split(separator: " ", maxSplits: 2)
            guard words.count == 3, words[1] == "of", chamberWords.contains(String(words[0])) else { continue }
            longNames[String(words[0]), default: []].append(j)
        }
        guard !longNames.isEmpty else { return [] }
        var claims: [Int: [(member: Int, documents: Int)]] = [:]
        for (i, form) in qualified.enumerated() {
            guard let form, let candidates = longNames[NameCanonicalizer.key(String(form.base))] else { continue }
            let shared = candidates.map { (longName: $0, documents: sharedDocuments(i, $0)) }
            let total = shared.reduce(0) { $0 + $1.documents }
            guard let best = shared.max(by: { ($0.documents, $1.longName) < ($1.documents, $0.longName) }),
                  best.documents >= 3, 4 * best.documents >= 3 * total else { continue }
            claims[best.longName, default: []].append((i, best.documents))
        }
        return claims.keys.sorted().compactMap { longName in
            let byCountry = claims[longName]!
            let total = byCountry.reduce(0) { $0 + $1.documents }
            guard let best = byCountry.max(by: { ($0.documents, $1.member) < ($1.documents, $0.member) }),
                  4 * best.documents >= 3 * total else { return nil }
            return (best.member, longName)
        }
    }

    /// Legislative chambers that news names by their word alone ("the House", "the Senate").
    static let chamberWords: Set<String> = ["house", "senate", "congress", "parliament"]

    /// Rule 2c: each person entry that is a knight's or dame's short form ("Sir Keir";
    /// `PersonName.knightlyGivenName`) with the one group whose entries hold it as an alias,
    /// joined in documents that named the person in full. Without such a document, or with
    /// two groups ("Sir John" of two Johns), it stays.
    ///
    /// - Complexity: O(a) over the a aliases of the person entries.
    static func knightlyShortForms(_ entries: [EntityRegistry.Entry], names: [PersonName?], groupOf: (Int) -> Int) -> [(Int, Int)] {
        var holders: [String: Set<Int>] = [:]
        for (i, entry) in entries.enumerated() where entry.key.kind == .person {
            for surface in entry.aliases.keys {
                guard let space = surface.firstIndex(of: " "),
                      PersonName.knightlyTitles.contains(surface[..<space].lowercased()) else { continue }
                let key = NameCanonicalizer.key(surface)
                if key != entry.key.name { holders[key, default: []].insert(i) }
            }
        }
        guard !holders.isEmpty else { return [] }
        var joins: [(Int, Int)] = []
        for (i, entry) in entries.enumerated() where entry.key.kind == .person && names[i]?.knightlyGivenName != nil {
            guard let found = holders[entry.key.name] else { continue }
            let targets = Set(found.map(groupOf))
            if targets.count == 1, let target = targets.first, target != groupOf(i) { joins.append((i, target)) }
        }
        return joins
    }

    /// Rule 4b: an organization acronym of 3 to 6 letters whose explanations left rule 4 nothing
    /// to decide ("SEC", "NYSE", "CCC" in a wire that never writes "Long Name (ACR)"; "FDA"
    /// explained as two long names, neither with three quarters of their mentions) joins the
    /// organization group whose initials it is (the only one, or the one with three quarters of
    /// the mentions of all that have them: "Securities and Exchange Commission", where "and"
    /// and "of" have none and a legal form at the end may have none, "American Motors Corp" for
    /// "AMC"), when the two stand together in two documents and in half of the long name's
    /// (where a paper writes the long name it writes the acronym too), or in one document and
    /// the acronym stands alone in at most four times as many as the long name (rule 4's
    /// guard). A long name seen apart from the acronym ("Australian Broadcasting Corporation"
    /// once, in a corpus of the American ABC) says nothing about it.
    ///
    /// - Complexity: O(e) to index the initials of e entries, plus one posting intersection per
    ///   acronym with a candidate.
    static func acronymsByInitials(_ entries: [EntityRegistry.Entry], explained: Set<String>, groupOf: (Int) -> Int,
                                   sharedDocuments: (Int, Int) -> Int) -> [(acronym: Int, longName: Int)] {
        var byInitials: [String: [Int]] = [:]
        for (i, entry) in entries.enumerated() where entry.key.kind == .organization {
            var all = Set(Self.initials(of: entry.key.name))
            // A body qualified by its country is also initialled country first: "Department of
            // Agriculture (United States)" is the USDA.
            for surface in entry.aliases.keys {
                guard let qualified = Self.qualifiedForm(surface) else { continue }
                all.formUnion(Self.initials(of: NameCanonicalizer.key("\(qualified.country) \(qualified.base)")))
            }
            for initials in all.sorted() { byInitials[initials, default: []].append(i) }
        }
        var joins: [(Int, Int)] = []
        for (i, entry) in entries.enumerated() where entry.key.kind == .organization && !explained.contains(entry.key.name) {
            let letters = entry.key.name
            guard (3...6).contains(letters.count), letters.allSatisfy({ $0.isLetter && $0.isASCII }),
                  let written = entry.aliases.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) })?.key,
                  written.filter(\.isLetter).allSatisfy(\.isUppercase),
                  let candidates = byInitials[letters] else { continue }
            // The long name with three quarters of the candidates' mentions, with its group's
            // other members of these initials ("Immigration and Customs Enforcement", not a
            // lone "Institute of Clean Energy").
            var mentionsOfGroup: [Int: Int] = [:]
            for c in candidates { mentionsOfGroup[groupOf(c), default: 0] += entries[c].mentions }
            guard let group = Self.dominant(mentionsOfGroup.keys.sorted(), weight: { mentionsOfGroup[$0]! }),
                  group != groupOf(i) else { continue }
            let members = candidates.filter { groupOf($0) == group }
            let shared = members.reduce(0) { $0 + sharedDocuments(i, $1) }
            let longDocuments = members.reduce(0) { $0 + entries[$1].documents }
            guard shared >= 2 && 2 * shared >= longDocuments || shared >= 1 && entry.documents <= max(3, 4 * longDocuments) else { continue }
            joins.append((i, members[0]))
        }
        return joins
    }

    /// Rule 7: the country of a generic institution's name, by the corpus's usage. The qualified
    /// forms of a name ("Senate (United States)" where the text wrote "U.S. Senate", "Senate
    /// [Russia]" where the document was about Russia: `MentionRefiner.qualifyingByDocumentCountry`)
    /// are weighed by mentions. The name alone ("Senate", where a document named no country or
    /// several) joins the country's with more than half of them, and is no node beside several
    /// countries' with none so dominant (`shared`); the forms only inferred
    /// ("Senate [Russia]", an American paper's story on Russia) join one with three quarters of
    /// them and of the name alone it gained, unless their country has such a body of its own
    /// ("Senate [Zimbabwe]": `CountryFacts.country(_:hasBodyNamed:)`); the guesses of countries
    /// without one are no claims for their country, like the name alone. Forms the text mostly
    /// qualified itself stay ("Russian Senate"), and where the corpus speaks of many countries'
    /// bodies ("Finance Ministry" of Japan, France and Brazil) every form stays.
    ///
    /// - Complexity: O(e + a) for e entries with a aliases in all.
    static func institutionsByCountry(_ entries: [EntityRegistry.Entry], groupOf: (Int) -> Int, weight: (Int) -> Int)
        -> (joins: [(member: Int, qualified: Int)], shared: [(member: Int, candidates: [Int])]) {
        var qualifiedByBase: [String: Set<Int>] = [:]
        var written = Set<Int>()
        var organizationByKey: [String: Int] = [:]
        for (i, entry) in entries.enumerated() where entry.key.kind == .organization {
            organizationByKey[entry.key.name] = i
            // A qualified form's own alias is "Base (Country)", or "Base [Country]" if inferred.
            var writtenMentions = 0, inferredMentions = 0
            for (surface, alias) in entry.aliases {
                guard let qualified = Self.qualifiedForm(surface), NameCanonicalizer.key(surface) == entry.key.name else { continue }
                qualifiedByBase[NameCanonicalizer.key(String(qualified.base)), default: []].insert(i)
                if qualified.inferred { inferredMentions += alias.count } else { writtenMentions += alias.count }
            }
            // Mostly as the text wrote it ("Russian Senate"): not a guess to overrule.
            if writtenMentions > 0, writtenMentions >= inferredMentions { written.insert(groupOf(i)) }
        }
        var joins: [(Int, Int)] = [], shared: [(Int, [Int])] = []
        for (base, members) in qualifiedByBase.sorted(by: { $0.key < $1.key }) {
            // A guess of a country that has no such body ("Senate [Russia]", a story on Russia in
            // American news) is no claim for it: like the name alone, it means another country's.
            // A guess of a country that has one ("Senate [Zimbabwe]") is that country's and stays.
            let guesses = members.filter { !written.contains(groupOf($0)) }.map { ($0, Self.guessCountryHasBody(entries[$0])) }
            let lacking = Set(guesses.filter { $0.1 == false }.map(\.0)), owning = Set(guesses.filter { $0.1 == true }.map(\.0))
            let claims = Set(members.filter { !lacking.contains($0) }.map(groupOf))
            let groups = (claims.isEmpty ? Set(members.map(groupOf)) : claims).sorted()
            let weights = groups.map(weight), total = weights.reduce(0, +)
            guard let best = weights.indices.max(by: { (weights[$0], groups[$1]) < (weights[$1], groups[$0]) }) else { continue }
            let target = groups[best]
            // The name alone follows the country with most of the qualified mentions, and then
            // counts for it; beside several countries' bodies and none with most of them
            // ("Supreme Court" beside India's, Pakistan's and the United States') it is theirs
            // in common, whose each mention no rule knows: no node.
            var (targetWeight, allWeight) = (weights[best], total)
            if let alone = organizationByKey[base], groupOf(alone) != target {
                if 2 * weights[best] > total {
                    joins.append((alone, target))
                    targetWeight += weight(alone)
                    allWeight += weight(alone)
                } else {
                    shared.append((alone, groups))
                }
            }
            // A guess yields only to a country with three quarters of them.
            guard 4 * targetWeight >= 3 * allWeight else { continue }
            for i in members.sorted() where groupOf(i) != target && !written.contains(groupOf(i)) && !owning.contains(i) {
                joins.append((i, target))
            }
        }
        return (joins, shared)
    }

    /// Whether the country of an entry's inferred form has a body of its name: false for "Senate
    /// [Russia]", true for "Senate [Zimbabwe]" and "Supreme Court [Israel]", nil where no fact
    /// says (`CountryFacts.country(_:hasBodyNamed:)`).
    static func guessCountryHasBody(_ entry: EntityRegistry.Entry) -> Bool? {
        guard let countries = try? CountryTable.shared() else { return nil }
        for surface in entry.aliases.keys.sorted() {
            guard let form = qualifiedForm(surface), form.inferred, let country = countries.country(named: String(form.country)) else { continue }
            return CountryFacts.country(country.alpha2, hasBodyNamed: NameCanonicalizer.key(String(form.base)).split(separator: " "))
        }
        return nil
    }

    /// A qualified form's parts: "Senate (United States)" as the text wrote it, "Senate
    /// [Russia]" as inferred from its document (`DocumentResolver.resolveAlone`).
    static func qualifiedForm(_ surface: String) -> (base: Substring, country: Substring, inferred: Bool)? {
        let inferred = surface.hasSuffix("]")
        guard inferred || surface.hasSuffix(")"), let open = surface.range(of: inferred ? " [" : " (", options: .backwards) else { return nil }
        return (surface[..<open.lowerBound], surface[open.upperBound..<surface.index(before: surface.endIndex)], inferred)
    }

    /// The initials of a name key of two words or more ("securities and exchange commission" →
    /// "sec": function words have none, a hyphenated word one), and, for three words or more,
    /// also without a trailing legal form ("american motors corp" → "amc", "am").
    static func initials(of key: String) -> [String] {
        let words = key.split(separator: " ")
        guard words.count >= 2 else { return [] }
        let significant = words.filter { !Self.wordsWithoutInitials.contains($0) }
        guard significant.count >= 2, significant.first?.first?.isLetter == true else { return [] }
        let all = String(significant.compactMap(\.first))
        if let last = significant.last, Lexicon.corporateSuffixes.contains(String(last)) || Self.legalFormWords.contains(last) {
            return significant.count > 2 ? [all, String(all.dropLast())] : [all]
        }
        return [all]
    }

    private static let wordsWithoutInitials: Set<Substring> = ["of", "and", "the", "for", "&", "de", "du", "des", "la", "le", "in", "on", "to"]
    private static let legalFormWords: Set<Substring> = ["corporation", "company", "incorporated", "limited", "co", "group"]

    /// The candidate with at least three quarters of all candidates' weight, if one has.
    static func dominant(_ candidates: [Int], weight: (Int) -> Int) -> Int? {
        let weights = candidates.map(weight)
        guard let best = weights.indices.max(by: { weights[$0] < weights[$1] }) else { return nil }
        return 4 * weights[best] >= 3 * weights.reduce(0, +) ? candidates[best] : nil
    }

    /// The name to parse for an entry: the thesaurus label, else its most used alias with the
    /// entry's own key (the way the text wrote the key), else the key.
    static func nameText(of entry: EntityRegistry.Entry) -> String {
        if let label = entry.preferredLabel { return label }
        let own = entry.aliases.filter { NameCanonicalizer.key($0.key) == entry.key.name }
        return own.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key ?? entry.key.name
    }

    /// `PersonName(text)`, where a capitalized Arabic particle that begins the name, which
    /// `PersonName` reads as a given name where it is one ("Al Franken", "Ed Royce"), is the article
    /// when the corpus writes the next word after the article elsewhere (`articleNouns`:
    /// "al-Qaeda", "al Shabaab"): "Al Qaeda" is no full name.
    static func personName(_ text: String, articleNouns: Set<String>) -> PersonName? {
        let words = text.split(separator: " ", maxSplits: 1)
        guard words.count == 2, NameVariants.arabicParticles.contains(words[0].lowercased()),
              articleNouns.contains(NameCanonicalizer.key(String(words[1].prefix { $0 != " " }))) else { return PersonName(text) }
        return PersonName(words[0].lowercased() + " " + words[1])
    }

    /// The census given names that the corpus's full names have more often (by mentions) as
    /// their first name than as their surname ("jack", "david": Jack Ma, David Cameron… against
    /// one "Simon Jack"), so that the word alone means a first name. Names that are given and
    /// family names alike outside the census lists ("Issa", "Chao") are none.
    ///
    /// - Complexity: O(n) for n entries.
    static func firstNameWords(_ names: [PersonName?], entries: [EntityRegistry.Entry]) -> Set<String> {
        var asGivenName: [String: Int] = [:], asSurname: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            guard let name, !name.isSurnameOnly else { continue }
            asGivenName[name.given[0], default: 0] += entries[i].mentions
            asSurname[name.surname, default: 0] += entries[i].mentions
        }
        return Set(asGivenName.filter { word, mentions in
            CensusGivenNames.all.contains(word) && mentions > asSurname[word, default: 0]
        }.keys)
    }

    /// The word after an Arabic article in a key of those two words ("el sisi" → "sisi", from
    /// "el-Sisi"), or nil.
    static func surnameAfterArabicArticle(_ key: String) -> String? {
        let words = key.split(separator: " ")
        guard words.count == 2, NameVariants.arabicParticles.contains(String(words[0])), words[1].count >= 3 else { return nil }
        return String(words[1])
    }

    /// Whether a person's key is a full name with an Arabic article before its last word
    /// ("abdel fattah el sisi").
    static func isFullNameWithArabicArticle(_ key: String, _ name: PersonName?) -> Bool {
        guard let name, !name.isSurnameOnly else { return false }
        let words = key.split(separator: " ")
        return words.count >= 3 && NameVariants.arabicParticles.contains(String(words[words.count - 2]))
    }

    /// The words the corpus writes after an Arabic article in lowercase or with a hyphen ("qaeda"
    /// from "al-Qaeda", "Al-Qaeda" or "al Qaeda"), folded like `NameCanonicalizer.key`.
    ///
    /// - Complexity: O(total length of the aliases).
    static func wordsAfterArabicArticles(_ entries: [EntityRegistry.Entry]) -> Set<String> {
        var nouns: Set<String> = []
        for entry in entries {
            for alias in entry.aliases.keys {
                let words = alias.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2011}" })
                for (index, word) in words.enumerated().dropLast() where NameVariants.arabicParticles.contains(word.lowercased()) {
                    let hyphenated = alias[word.endIndex] != " "
                    if hyphenated || word.first?.isLowercase == true {
                        nouns.insert(NameCanonicalizer.key(String(words[index + 1])))
                    }
                }
            }
        }
        return nouns
    }
}

/// Which registry entries are one entity after corpus-wide resolution.
public struct CorpusMerges: Sendable {
    /// For each registry entry, an entry of its group that stands for the group (the same for
    /// all members).
    public var group: [Int]
    /// The rule that joined an entry to its group, for entries merged across documents.
    public var rules: [Int: AliasRule]
    /// Names left unmerged because several entities of the corpus fit them.
    public var ambiguities: [Ambiguity]
    /// Entries named only at sentence starts by an ordinary word and the rest of their name
    /// (`CorpusResolver.sentenceOpeners`): their names label nothing.
    public var openers: Set<Int> = []
    /// Surnames alone that several full names of the corpus share, none with three quarters of
    /// their mentions ("Kim": Kim Jong Un, Kim Jong-nam…), and generic institutions' names alone
    /// that several countries' bodies share (rule 7: "Supreme Court"): whose each mention is, no rule knows.
    public var sharedNames: Set<Int> = []
    /// The words the corpus writes after an Arabic article (`CorpusResolver.personName`).
    public var articleNouns: Set<String> = []
    /// Words alone that mean a first name (`CorpusResolver.firstNameWords`).
    public var firstNames: Set<String> = []
    /// "Organizations" named by a title before a person's full name ("CM Nitish Kumar") or by a
    /// surname with its Arabic article ("el-Sisi"), joined to the person by rule 5: their
    /// mentions are the person's.
    public var titledPeople: Set<Int> = []
    /// "People" of a firm's very name, joined to the firm the text describes as one by rule 5
    /// ("JP Morgan analyst Harry Curtis"): their mentions are the firm's.
    public var firmsNamedLikePeople: Set<Int> = []
}

extension CorpusResolver {
    /// Words that open clauses, which the tagger takes into a name at a sentence's start.
    static let clauseOpeners: Set<String> = ["when", "while", "after", "before", "if", "but", "as", "since", "though",
                                             "although", "because", "however", "meanwhile", "once", "until", "unless"]

    /// The full name (two words or more) after a first word that is a title or opens clauses
    /// (`clauseOpeners`), in a key: "cm nitish kumar" → "nitish kumar"; nil for any other key
    /// ("my ask jeeves"). An organization so named may be the person's (rule 5,
    /// `CorpusMerges.titledPeople`).
    static func fullNameAfterTitle(_ key: String) -> String? {
        guard let space = key.firstIndex(of: " ") else { return nil }
        let first = String(key[..<space]), rest = String(key[key.index(after: space)...])
        guard rest.contains(" "), Lexicon.titles.contains(first) || clauseOpeners.contains(first) else { return nil }
        return rest
    }

    /// Last words of company and outlet names that the corpus writes after a founder's surname
    /// ("Ford Motor", "Bloomberg News", "Koch Industries"), besides legal forms.
    static let companyHeads: Set<String> = Lexicon.corporateSuffixes.union([
        "motor", "motors", "news", "media", "holdings", "industries", "group", "technologies", "communications",
        "pictures", "studios", "entertainment", "capital", "partners", "computer", "computers",
    ])

    /// One-word organizations that are a company's name as the corpus gives it: written with a
    /// legal form by its own mentions ("Dell Inc", which keys as "dell"), or the first word of a
    /// company or outlet name of two or three words (`companyHeads`; not a headline, "Pence
    /// Tells CBN News") named a quarter as often as the word alone ("Bloomberg News" beside
    /// "Bloomberg"; not "Trump Organization", nor "Clinton Foundation"), or named with "'s"
    /// nearly always (`CorpusResolution.isNamedWithPossessive`: "Christie's" beside Chris
    /// Christie). Rule 5 does not take them for a founder's surname.
    ///
    /// - Complexity: O(e + Σ aliases) for e entries.
    static func companiesNamedAfter(_ entries: [EntityRegistry.Entry]) -> Set<Int> {
        var companyMentions: [String: Int] = [:]
        for entry in entries where entry.key.kind == .organization {
            let words = entry.key.name.split(separator: " ")
            if (2...3).contains(words.count), companyHeads.contains(String(words.last!)) {
                companyMentions[String(words[0]), default: 0] += entry.mentions
            }
        }
        var result = Set<Int>()
        for (i, entry) in entries.enumerated() where entry.key.kind == .organization && !entry.key.name.contains(" ") {
            let legalName = entry.aliases.keys.contains { alias in
                let words = alias.split(separator: " ")
                return words.count >= 2 && Lexicon.corporateSuffixes.contains(words.last!.lowercased())
            }
            if legalName || companyMentions[entry.key.name, default: 0] >= max(3, (entry.mentions + 3) / 4)
                || CorpusResolution.isNamedWithPossessive(entry) { result.insert(i) }
        }
        return result
    }
}
