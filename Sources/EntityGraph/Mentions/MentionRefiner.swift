/// Cleans a statistical tagger's spans with what the document and the gazetteers know.
///
/// A tagger trained on CoNLL-2003 (Reuters, 1996) meets other tokenization and other habits in
/// today's web news. These rules are general, not fitted to any text:
/// - punctuation, quotes and possessive endings at a span's edges are trimmed ("“Bild");
/// - leading function words are trimmed from person names anywhere ("From Trump") and from
///   other names at a sentence's start ("Unlike Trump" → "Trump"; "The" is kept: names own it
///   and canonical keys drop it), and a one-word span there is dropped when it is a function
///   word or a frequent English word ("Moreover", "Election"); in title-case headlines a span holding a
///   function word is dropped ("Regardless Of Election Outcome");
/// - spans split by our tokenizer's infix hyphen are joined again ("Intermediate" "-" "Range
///   Nuclear Forces Treaty"), except between people or countries ("U.S.-Russia"), and a person's
///   name continues over a name particle ("Bashar" "al-" "Assad") and over one capitalized word
///   the tagger left out before it;
/// - the country table decides countries (a sovereign state's name or short form), demonyms,
///   seats of government ("Kremlin": an organization standing for RU) and capitals ("Tbilisi":
///   a location standing for GE), whatever the tagger said; world regions are places ("Central
///   Asia");
/// - known acronyms are organizations, all-caps words known not to be ("PhD", "TV") are dropped;
/// - a name that is the surname of a person tagged elsewhere in the document (or a one-word name
///   tagged PERSON more often than not there) is that person, with the titles and party labels
///   before it left out ("Trump" tagged ORG once, "Republican Trump"), and so is a surname with
///   its particle ("Le Pen" of "Marine Le Pen", tagged ORG for its "Le");
/// - names of the gazetteers (country names and short forms, seats of government, capitals,
///   well-known acronyms such as NATO) that the tagger missed are added where no tagged span
///   overlaps them;
/// - a span is split where it joins known names: at a possessive ("Trump's National Security
///   Council" → "Trump" + "National Security Council") and at an infix hyphen between names
///   ("Trump-Putin").
///
/// - Complexity: O(m · l) for m mentions of at most l tokens, plus O(t) for the gazetteer scan.
public struct MentionRefiner: Sendable {
    private let countries: CountryTable
    private let gazetteer: PhraseMatcher<Mention>
    /// The initials of each country's names of two or three capitalized words ("NI" for
    /// Northern Ireland, "PNG"), by alpha-2 code: `retypingCountryInitials`. Formal names'
    /// initials are another name's ("Islamic Republic of Afghanistan" is no "IRA", "Republic
    /// of Turkey" no "RT"), so only short names count.
    private let initialsByCountry: [String: [String]]

    /// - Parameter names: further names to find, with their types (a user thesaurus).
    public init(countries: CountryTable, names: [(phrase: String, kind: EntityKind)] = []) {
        self.countries = countries
        var phrases: [(String, Mention)] = countries.phrases.filter { $0.form != .demonym }.map {
            ($0.phrase, Mention(tokens: 0..<0, sentence: 0, kind: $0.kind, origin: .gazetteer, country: ($0.code, $0.form)))
        }
        phrases += Lexicon.organizationAcronyms.keys.sorted().map {
            ($0, Mention(tokens: 0..<0, sentence: 0, kind: .organization, origin: .gazetteer))
        }
        phrases += names.map { ($0.phrase, Mention(tokens: 0..<0, sentence: 0, kind: $0.kind, origin: .gazetteer)) }
        gazetteer = PhraseMatcher(phrases)
        var initials: [String: [String]] = [:]
        for country in countries.countries {
            for name in country.names {
                let words = name.split(separator: " ")
                guard (2...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
                initials[country.alpha2, default: []].append(String(words.compactMap(\.first)))
            }
        }
        initialsByCountry = initials
    }

    public func refine(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        let styles = document.sentences.map { SentenceStyle(document: document, range: $0.tokens) }
        var refined: [Mention] = []
        let surnames = Set(mentions.filter { $0.kind == .person && $0.tokens.count > 1 }.map {
            document.text(of: $0.tokens.upperBound - 1)
        })
        let countrySurnames = mentions.contains(where: { mention in
            mention.kind == .person && mention.tokens.count > 1
                && [mention.tokens.lowerBound, mention.tokens.upperBound - 1].contains { countries.country(named: document.text(of: $0)) != nil }
        }) ? countriesNamingPeople(mentions, in: document) : []
        // Surnames of full names that open with no title ("Betty Boothroyd"), which "Lady" may
        // stand before.
        let ladysSurnames = Set(mentions.filter {
            $0.kind == .person && $0.tokens.count > 1 && !Lexicon.honorifics.contains(document.text(of: $0.tokens.lowerBound).lowercased())
                && !Lexicon.titles.contains(document.text(of: $0.tokens.lowerBound).lowercased())
        }.map { document.text(of: $0.tokens.upperBound - 1) })
        // Every word that ends a person's name, for policies coined on one ("Obamacare").
        let personWords = Set(mentions.filter { $0.kind == .person }.map { document.text(of: $0.tokens.upperBound - 1) })
        // The tagger types some organizations as places ("White House").
        let organizationNames = Set(mentions.filter { $0.kind == .organization || $0.kind == .location }.map {
            document.text(tokens: $0.tokens)
        })
        let definedAcronyms = acronymsSpelledOut(mentions, in: document)
        // Company names the tagger cut at brackets and "and", or ran over two names.
        let uncarded = droppingLeadingLegalForms(cuttingProfileCards(mentions, in: document), in: document)
        let spans = joiningAcronymDefinitions(joiningPortfolioLists(joiningAmpersandNames(joiningStationNames(splittingConjoinedPairs(joiningConjoinedNames(joiningBracketedLegalNames(
            uncarded, in: document), in: document), in: document), in: document), in: document), in: document), in: document)
        for mention in joinAcronymsAndPrefixes(joinHyphenated(droppingTickers(splitAtSeparators(spans, in: document), in: document),
                                                              in: document), in: document)
            .flatMap({ splittingLeadingCountry($0, in: document) })
            .flatMap({ splittingAtInnerTitle($0, in: document, organizationNames: organizationNames) })
            .map({ droppingLeadingModifier($0, in: document, surnames: surnames, organizationNames: organizationNames) })
            .map({ extendingPersonLeft($0, in: document, taken: mentions) })
            .map({ extendingOrganizationLeft($0, in: document, taken: mentions, titleCase: styles[$0.sentence] == .titleCase) })
            .flatMap({ styles[$0.sentence] == .titleCase ? splittingAtHeadlineVerbs($0, in: document) : [$0] }) {
            guard var mention = trimmed(mention, in: document).map({ withoutPeoplesModifiers($0, in: document) }) else { continue }
            if styles[mention.sentence] == .titleCase, mention.tokens.contains(where: { isFunctionWord($0, in: document) }) {
                continue
            }
            // "III" of "Andre Nzame III", "Jr" cut off a name: no name alone.
            if mention.tokens.count == 1, document.tokens[mention.tokens.lowerBound].byteCount <= 4,
               NameVariants.generationalSuffixes.contains(document.text(of: mention.tokens.lowerBound).lowercased()
                .filter(\.isLetter)) { continue }
            guard retype(&mention, in: document, surnames: surnames, countrySurnames: countrySurnames,
                         definedAcronyms: definedAcronyms) else { continue }
            // "Baidu Inc", "Acme Ltd": a company's legal form ends no person's name.
            if mention.kind == .person, endsInLegalForm(mention, in: document) { mention.kind = .organization }
            if mention.kind == .person {
                // "Lady Boothroyd" beside "Betty Boothroyd": a peeress called by her surname, as
                // "Lord Goldsmith" is ("Lady Gaga", no surname of the story, is a name).
                if mention.tokens.count == 2, document.token(mention.tokens.lowerBound, is: "Lady"),
                   ladysSurnames.contains(document.text(of: mention.tokens.lowerBound + 1)) {
                    mention.tokens = (mention.tokens.lowerBound + 1)..<mention.tokens.upperBound
                }
                guard let named = withoutTitles(mention, in: document) else { continue }
                mention = withoutLeadingCodes(continuingOverHyphens(named, in: document, taken: mentions), in: document)
                mention.kind = personOrNot(mention, in: document)
            }
            // "Taoiseach", "Chancellor" alone: an office, no organization; nor a portfolio before
            // its office ("Labour Minister Jorge Egas", "Labor Secretary"), whatever party shares
            // the word.
            if mention.kind == .organization, mention.tokens.count == 1 {
                let word = document.text(of: mention.tokens.lowerBound).lowercased(), next = mention.tokens.upperBound
                if Lexicon.titles.contains(word)
                    || (Lexicon.portfolios.contains(word) && next < document.sentences[mention.sentence].tokens.upperBound
                        && (document.token(next, is: "Minister") || document.token(next, is: "Secretary"))) {
                    mention.kind = .misc
                }
            }
            mention = withoutOffice(withoutLegislatorOffice(mention, in: document, organizationNames: organizationNames), in: document)
            // "D Chin", "J. Smith" in a team sheet: an initial and a surname are a person.
            if mention.kind == .organization, isInitialAndSurname(mention, in: document) { mention.kind = .person }
            // "St Patrick's Day", "Valentine's Day": a holiday is named after no one it means.
            if mention.kind == .organization || mention.kind == .person, isBeforeDayOf(mention, in: document) { mention.kind = .misc }
            // "Election Day", "International Day of Solidarity": a day, no organization ("Doris Day"
            // is a person).
            if mention.kind == .organization, mention.tokens.count > 1, isNameOfADay(mention, in: document) {
                mention.kind = .misc
            }
            // "Roe v. Wade", "Brown v. Board of Education": the parties name a court case.
            if mention.kind == .organization || mention.kind == .person, isPartyToACase(mention, in: document) { mention.kind = .misc }
            // "Six Nations", "World Cup", "Brit Awards", "Baftas": events and prizes are no
            // organizations; nor are laws, treaties and plans ("Affordable Care Act", "Paris
            // Agreement", "Busan Roadmap", "Obamacare"), religions ("Islam") or a country's
            // leaving ("Brexit", "Hard Brexit").
            if mention.kind == .organization || mention.kind == .person {
                let last = document.text(of: mention.tokens.upperBound - 1).lowercased()
                // "Paris Masters": a tournament, where "Masters" ends an organization's name (a
                // person's is a surname: "Chris Masters").
                if Lexicon.eventHeads.contains(last) || Self.isExitCoinage(last) || (mention.tokens.count == 1 && Lexicon.notPeople.contains(last))
                    || (mention.kind == .organization && last == "masters")
                    || (mention.tokens.count == 1 && Self.isPolicyCoinage(document.text(of: mention.tokens.lowerBound), personWords: personWords))
                    || (mention.tokens.count > 1 && Lexicon.instrumentHeads.contains(last))
                    // "Iowa State Fair", not the data scientist "Jeremy Fair".
                    || (mention.tokens.count > 1 && Lexicon.eventHeadsAfterAWord.contains(last)
                        && !(mention.kind == .person && Lexicon.isKnownGivenName(document.text(of: mention.tokens.lowerBound).lowercased())))
                    || Lexicon.namesProgram(document.text(tokens: mention.tokens))
                    || namesBillOrInstrumentAlone(mention, in: document) {
                    mention.kind = .misc
                }
            }
            // "Hurricane Harvey", "Typhoon Phanfone", "Storm Ciara": a storm named like a person.
            if mention.kind == .organization || mention.kind == .person, isStormName(mention, in: document) { mention.kind = .misc }
            // "S&P 500", "FTSE 100", "Standard & Poor's 500 index": a market index named after
            // the company that computes it; "Boeing 747 jets": a model.
            if mention.kind == .organization || mention.kind == .person,
               isBeforeIndexNumber(mention, in: document) || isNumberedItem(mention, in: document) {
                mention.kind = .misc
            }
            // "Beijing Capital International Airport", "Henan Province": places, not organizations
            // (but "Telecommunication Bureau of Fujian Province" is one).
            if mention.kind == .organization, mention.origin == .tagger, mention.tokens.count > 1,
               Lexicon.placeHeads.contains(document.text(of: mention.tokens.upperBound - 1).lowercased()),
               !mention.tokens.contains(where: { document.token($0, is: "of") || document.token($0, is: "for") }) {
                mention.kind = .location
            }
            // "River Thames", "Lake Oroville", "Camp David", "Mount Etna": the place's noun first,
            // then one capitalized word, is a place whatever the tagger said ("River Phoenix" the
            // actor is the price; not "Glen" or "Loch", given names too).
            if mention.kind == .organization || mention.kind == .person, mention.tokens.count == 2,
               Lexicon.placeFirstWords.contains(document.text(of: mention.tokens.lowerBound).lowercased()),
               document.tokens[mention.tokens.lowerBound].shape.contains(.capitalized),
               !document.tokens[mention.tokens.lowerBound + 1].shape.contains(.allCaps) {
                mention.kind = .location
            }
            // "Shiite villagers", "Sunnis": believers of a faith are no organization.
            if mention.kind == .organization, mention.tokens.count == 1 {
                let word = document.text(of: mention.tokens.lowerBound).lowercased()
                if Lexicon.faithGroups.contains(word) || Lexicon.faithAdjectives.contains(word) { mention.kind = .misc }
            }
            // "Treasury bills", "Treasury yields": a security named after the body that issues it;
            // "the Louvre accord": a pact named after the place it was made.
            if mention.kind == .organization, isSecurityName(mention, in: document) || isBeforePactNoun(mention, in: document) {
                mention.kind = .misc
            }
            if mention.kind == .organization || mention.kind == .person, mention.origin == .tagger {
                mention = described(mention, in: document)
            }
            refined.append(mention)
        }
        // A firm the story names as an analyst's employer once ("JP Morgan analyst Harry Curtis")
        // is the firm wherever the story gives its name's key ("JP Morgan said", "J.P. Morgan").
        let employers = Set(refined.filter { $0.kind == .organization && $0.titled }.map { NameCanonicalizer.key(document.text(tokens: $0.tokens)) })
        if !employers.isEmpty {
            for i in refined.indices where refined[i].kind == .person && !refined[i].titled
                && employers.contains(NameCanonicalizer.key(document.text(tokens: refined[i].tokens))) {
                refined[i].kind = .organization
            }
        }
        // An index the story names by its number ("the S&P 500 rose") is the index where it
        // names it without ("the S&P retail index", "the S&P lost 2.9 percent").
        let indexNames = Set(refined.filter { $0.kind == .misc && isBeforeIndexNumber($0, in: document) }.map { document.text(tokens: $0.tokens) })
        if !indexNames.isEmpty {
            for i in refined.indices where refined[i].kind == .organization
                && indexNames.contains(document.text(tokens: refined[i].tokens)) && isMarketIndexName(refined[i], in: document) {
                refined[i].kind = .misc
            }
        }
        // A storm's name alone, later in its story ("Katrina flooded the city"), is the storm's.
        let storms = Set(refined.filter { isStormName($0, in: document) }.map { document.text(of: $0.tokens.upperBound - 1) })
        for i in refined.indices where refined[i].tokens.count == 1 && (refined[i].kind == .person || refined[i].kind == .organization)
            && storms.contains(document.text(of: refined[i].tokens.lowerBound)) {
            refined[i].kind = .misc
        }
        // Names standing for a person by themselves: whole person mentions and their last words,
        // except the halves of a hyphenated surname ("Silk" of "Robert Kilroy-Silk").
        let personNames = Set(refined.filter { $0.kind == .person }.flatMap { mention in
            let last = mention.tokens.upperBound - 1
            let hyphenated = mention.tokens.count > 1 && document.tokens[last - 1].shape.contains(.hasHyphen)
            return [document.text(tokens: mention.tokens)] + (hyphenated ? [] : [document.text(of: last)])
        })
        // One-word names standing alone, not glued by a hyphen to another word.
        let oneWordNames = Set(refined.filter { mention in
            mention.tokens.count == 1 && !isAttachedHyphen(mention.tokens.lowerBound - 1, in: document)
                && !isAttachedHyphen(mention.tokens.upperBound, in: document)
        }.map { document.text(of: $0.tokens.lowerBound) })
        let parts = refined.flatMap {
            split($0, in: document, personNames: personNames, oneWordNames: oneWordNames, inCapitals: styles[$0.sentence] == .allCaps)
        }
        let withSurnamesAndNouns = addingTitledNames(addingSurnames(personsBySurname(addingGazetteerMatches(to: parts, in: document), in: document),
                                                            in: document), in: document, styles: styles)
            .filter { !isInitialsOnlyPerson($0, in: document) }
        let withSurnames = retypingPeopleOfAnAge(companiesTakenForPeople(droppingCommonNounOpeners(withSurnamesAndNouns, in: document, styles: styles)
            .filter { !isInstrumentCode($0, in: document) }, in: document), in: document)
            .map { endingAPlaceName($0, in: document) }
        let organizationEnds = Set(withSurnames.filter { $0.kind == .organization }.map { $0.tokens.upperBound - 1 })
        let personEnds = Set(withSurnames.filter { $0.kind == .person }.map { $0.tokens.upperBound - 1 })
        let marked = qualifyingByDocumentCountry(qualifyingByPlaceBefore(markingUSStates(placesNamedWithTheirRegion(withSurnames, in: document)
            .map { qualifyingInstitution($0, in: document) }, in: document), in: document), in: document)
            .map { markingSentenceOpener(markingWorkTitle($0, in: document, organizationEnds: organizationEnds, personEnds: personEnds),
                                         in: document, titleCase: styles[$0.sentence] == .titleCase) }
            .filter { !isUnqualifiedGenericBody($0, in: document) }
        let events = retypingEventShortForms(markingSchemeNames(continuingWorkTitles(retypingCountryInitials(marked, in: document), in: document),
                                                                in: document), in: document)
        let nicknamed = placesTakenForPeople(businessesNamedWithPossessive(joiningNicknamedNames(events, in: document), in: document),
                                             in: document)
        let pronouns = markingPossessives(markingPronouns(TermAcronyms.marking(nicknamed, in: document), in: document), in: document)
        return markingRelatives(markingQuotedNames(pronouns, in: document), in: document)
    }

    /// A name followed by an age between commas ("said Bordeaux, 23.", "McKee, 27, will
    /// headline") is a person's, however the tagger typed it: every organization mention of the
    /// document with that name, with its last word alone, or with a full name of three words at
    /// most ending in it, is the person ("Dakota Bordeaux" and "Bordeaux" of a sailor's story,
    /// tagged as the wine and the city), and the aged mention counts as titled for the corpus.
    /// Not a list that gives numbers after two names of one sentence ("BJP, 53, JD(U), 71", "7
    /// Plus, 8, 8 Plus"), nor a figure with a unit or decimals ("Cominco, 29.5 pct", "Labour,
    /// 30,000").
    ///
    /// - Complexity: O(m) for m mentions.
    func retypingPeopleOfAnAge(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        func isAged(_ mention: Mention) -> Bool {
            let comma = mention.tokens.upperBound, sentence = document.sentences[mention.sentence].tokens
            guard comma + 1 < sentence.upperBound, document.token(comma, is: ",") else { return false }
            let number = document.text(of: comma + 1)
            guard number.utf8.count <= 3, number.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let age = Int(number), (1...110).contains(age) else {
                return false
            }
            // Not a figure in a row of them ("7 Plus, 8, 8 Plus").
            let end = comma + 2
            let isFigure = { (k: Int) in sentence.contains(k) && document.tokens[k].shape.contains(.hasDigit) }
            guard !isFigure(mention.tokens.lowerBound - 1), !isFigure(end + 1) else { return false }
            return end == sentence.upperBound || document.token(end, is: ",") || document.token(end, is: ".")
        }
        let aged = mentions.filter { ($0.kind == .person || $0.kind == .organization) && isAged($0) }
        guard !aged.isEmpty else { return mentions }
        // A sentence that gives numbers after two names is a list of figures ("7 Plus, 8, 8 Plus").
        let listSentences = Set(Dictionary(grouping: aged, by: \.sentence).filter { $0.value.count > 1 }.keys)
        var names = Set<String>(), surnames = Set<String>()
        for mention in aged where !listSentences.contains(mention.sentence) {
            names.insert(document.text(tokens: mention.tokens))
            surnames.insert(document.text(of: mention.tokens.upperBound - 1))
        }
        guard !names.isEmpty else { return mentions }
        // A full name ending in the surname ("AJ McKee" beside "McKee, 27"), not a body named
        // after it ("University of Bordeaux", "Bordeaux Wine Council").
        func isFullName(_ mention: Mention) -> Bool {
            mention.tokens.count <= 3 && surnames.contains(document.text(of: mention.tokens.upperBound - 1))
                && !mention.tokens.contains { isFunctionWord($0, in: document) || Lexicon.organizationHeads.contains(document.text(of: $0).lowercased()) }
        }
        return mentions.map { mention in
            let text = document.text(tokens: mention.tokens)
            guard mention.kind == .person || mention.kind == .organization, names.contains(text) || surnames.contains(text) || isFullName(mention)
            else { return mention }
            var person = mention
            if person.kind == .organization {
                person.kind = .person
                person.qualifier = nil
                person.qualifierIsInferred = false
            }
            // An age is evidence of a person, as a title is (`described`), but for a given name
            // alone, which says not whose.
            if isAged(mention), !isGivenNameAlone(mention, in: document) { person.titled = true }
            return person
        }
    }

    /// A person's name followed, with no break, by the same person's profile card as scraped
    /// pages glue it on: the name starting again ("Robert Mueller Robert (Bob) Swan Mueller…",
    /// "Joe Biden Joe BidenHouse…"), or a legal given name and the nickname in brackets before
    /// the surname ("Mitch McConnell Addison (Mitch) Mitchell McConnellGOP senators…", "Ted Cruz
    /// Rafael (Ted) Edward Cruz"). The span ends before the card; a mention inside the card's
    /// brackets, and a person mention after them that holds the surname glued to the next words,
    /// are dropped. A middle name that is a given name ("Sarah Jessica Parker") is no card, nor
    /// a given name that opens and ends a name ("Mohamed Abdullahi Mohamed (Farmajo)"): the name
    /// starts again only where it is written twice whole or the surname comes glued within a
    /// few words, and a bracket cuts only after the span's given name as a nickname. A surname
    /// doubled at the end of a longer name is written once ("Kamala Harris Harris").
    ///
    /// - Complexity: O(m + t) for m mentions and t tokens.
    func cuttingProfileCards(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var result: [Mention] = []
        var cardEnd: (close: Int, surname: String)?
        for var mention in mentions {
            // The nickname inside the brackets is the card's too.
            if let card = cardEnd, mention.tokens.upperBound <= card.close { continue }
            if let card = cardEnd, mention.kind == .person, mention.tokens.lowerBound == card.close + 1,
               mention.tokens.contains(where: { document.text(of: $0).hasPrefix(card.surname) }) {
                cardEnd = nil
                continue
            }
            cardEnd = nil
            let first = mention.tokens.lowerBound, sentence = document.sentences[mention.sentence].tokens
            guard mention.kind == .person, mention.tokens.count >= 3 else {
                result.append(mention)
                continue
            }
            // A surname written twice at the end of a name of three words or more ("Kamala
            // Harris Harris", a gallery's captions) is written once; a doubled name of two words
            // is one ("Abdullah Abdullah", "Sirhan Sirhan").
            let last = mention.tokens.upperBound - 1
            if document.text(of: last) == document.text(of: last - 1) { mention.tokens = first..<last }
            let given = document.text(of: first), surname = document.text(of: first + 1)
            func isBracketedWord(_ k: Int) -> Bool {
                k + 2 < sentence.upperBound && document.token(k, is: "(") && document.token(k + 2, is: ")")
                    && document.tokens[k + 1].shape.contains(.capitalized) && !document.tokens[k + 1].shape.contains(.allCaps)
            }
            // The surname glued to the next words ("SandersWarren"; "BookerThe" and
            // "Harris2020", which the tokenizer splits: a word right after it, no space between),
            // as a card ends.
            func isGluedSurname(_ k: Int) -> Bool {
                let text = document.text(of: k)
                if text == surname, k + 1 < document.tokens.count, document.tokens[k].end == document.tokens[k + 1].start {
                    let next = document.tokens[k + 1].shape
                    return next.contains(.capitalized) || next.contains(.number)
                }
                return text.count > surname.count && text.hasPrefix(surname) && text.dropFirst(surname.count).first?.isUppercase == true
            }
            let open = mention.tokens.upperBound, bracketed = isBracketedWord(open)
            let card = bracketed ? (close: open + 2, surname: surname) : nil
            // The name starting again is a card where the whole name is written twice or the
            // surname comes glued to the next words (a legal name: a few words at most).
            if let again = (first + 2..<mention.tokens.upperBound).first(where: { document.text(of: $0) == given }),
               case let length = again - first,
               again + length <= sentence.upperBound && (0..<length).allSatisfy({ document.text(of: again + $0) == document.text(of: first + $0) })
                || (again..<min(again + Self.longestCard, sentence.upperBound)).contains(where: isGluedSurname) {
                mention.tokens = first..<again
                cardEnd = card
            } else if bracketed, document.text(of: open + 1) == given {
                mention.tokens = first..<(first + 2)
                cardEnd = card
            }
            result.append(mention)
        }
        return result
    }

    private static let longestCard = 6

    /// A "person" the document writes only after "in", "at" or "near", never in the possessive
    /// ("in Blaenau Ffestiniog", "at Roland Garros", "in Maidan Wardak province", "analysts at
    /// Charles Schwab", "at Perry High School in Perry"), is a place or a workplace, no one: its
    /// mentions become a location. Twice at least; or once for a name of two words or more whose
    /// first is no known given name, after "in" or "near" (not "aimed at Pascal Cygan") but for
    /// "in" after a role or a trust ("another coach in Markus Gisdol", "faith in"). Never a
    /// surname of a fuller name of the document, nor after a title ("angry at Trump" beside
    /// "Donald Trump").
    ///
    /// - Complexity: O(m) for m mentions.
    func placesTakenForPeople(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        func isLocative(_ mention: Mention) -> Bool {
            let sentence = document.sentences[mention.sentence].tokens, before = mention.tokens.lowerBound - 1, after = mention.tokens.upperBound
            guard before >= sentence.lowerBound, Self.locativePrepositions.contains(document.text(of: before)) else { return false }
            return !(sentence.contains(after) && document.tokens[after].shape.contains(.clitic))
        }
        /// "in" or "near" after no role and no trust: enough once.
        func isSurelyLocative(_ mention: Mention) -> Bool {
            let preposition = mention.tokens.lowerBound - 1
            guard !document.token(preposition, is: "at") else { return false }
            guard preposition > document.sentences[mention.sentence].tokens.lowerBound else { return true }
            let before = document.text(of: preposition - 1).lowercased()
            return !Lexicon.personRoleNouns.contains(before) && !Lexicon.titles.contains(before) && !Self.trustNouns.contains(before)
        }
        var uses: [String: (all: Int, locative: Int)] = [:]
        for mention in mentions where mention.kind == .person {
            let text = document.text(tokens: mention.tokens)
            uses[text, default: (0, 0)].all += 1
            if isLocative(mention), !mention.titled { uses[text, default: (0, 0)].locative += 1 }
        }
        guard uses.values.contains(where: { $0.locative > 0 && $0.locative == $0.all }) else { return mentions }
        let surnames = Set(mentions.filter { $0.kind == .person && $0.tokens.count > 1 }.map { document.text(of: $0.tokens.upperBound - 1) })
        func isPlace(_ mention: Mention) -> Bool {
            let text = document.text(tokens: mention.tokens)
            guard let use = uses[text], use.locative == use.all, !surnames.contains(text) else { return false }
            return use.all >= 2 || mention.tokens.count >= 2 && isSurelyLocative(mention)
                && !Lexicon.isKnownGivenName(document.text(of: mention.tokens.lowerBound).lowercased())
        }
        return mentions.map { mention in
            guard mention.kind == .person, isPlace(mention) else { return mention }
            var place = mention
            place.kind = .location
            return place
        }
    }

    private static let locativePrepositions: Set<String> = ["in", "at", "near"]
    /// Nouns "in" stands after before a person ("faith in", "an ally in").
    private static let trustNouns: Set<String> = [
        "faith", "confidence", "trust", "belief", "interest", "hope", "ally", "friend", "partner", "successor", "replacement",
    ]

    /// A one-word "person" the document writes as a business named with "'s" is written
    /// (Christie's, Sotheby's, Wendy's) is that business, an organization: twice at least,
    /// "the" before it ("the Christie's business") or nothing a person's possessive takes after
    /// it (a full stop, a comma, a preposition: "president of Christie's,", "by Christie's.",
    /// "for Christie's in China"), with no title before it, no common word ("Here's how") and no
    /// full name of that surname in the document ("a friend of Trump's" beside "Donald Trump"
    /// stays his). Every one-word mention of the name in the document follows.
    ///
    /// - Complexity: O(m) for m mentions.
    func businessesNamedWithPossessive(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var cues: [String: (all: Int, alone: Int)] = [:]
        var namedInFull: Set<String>?
        for mention in mentions where mention.kind == .person && mention.tokens.count == 1 && !mention.titled {
            let k = mention.tokens.lowerBound, clitic = mention.tokens.upperBound
            let sentence = document.sentences[mention.sentence].tokens
            guard clitic < sentence.upperBound, document.tokens[clitic].shape.contains(.clitic),
                  document.text(of: clitic).lowercased().hasSuffix("s"), !isCommonWord(k, in: document) else { continue }
            let next = clitic + 1
            // Lowercase: "The Hill's" is an outlet named with its article, not a business's possessive.
            let afterArticle = k > sentence.lowerBound && document.token(k - 1, is: "the")
            let standsAlone = next == sentence.upperBound || document.tokens[next].shape.contains(.punctuation)
                && !document.tokens[next].shape.contains(.quote) || Self.prepositionsAfterABusiness.contains(document.text(of: next))
            guard afterArticle || standsAlone else { continue }
            let word = document.text(of: k)
            namedInFull = namedInFull ?? Set(mentions.filter { $0.kind == .person && $0.tokens.count > 1 }.map { document.text(of: $0.tokens.upperBound - 1) })
            if !namedInFull!.contains(word) { cues[word, default: (0, 0)].all += 1; cues[word]!.alone += standsAlone ? 1 : 0 }
        }
        // One cue at least where nothing follows ("the Rock's future", "the Rock's sovereignty"
        // are Gibraltar's).
        let businesses = cues.filter { $0.value.all >= 2 && $0.value.alone >= 1 }.keys
        guard !businesses.isEmpty else { return mentions }
        return mentions.map { mention in
            guard mention.kind == .person, mention.tokens.count == 1, businesses.contains(document.text(of: mention.tokens.lowerBound))
            else { return mention }
            var business = mention
            business.kind = .organization
            return business
        }
    }

    /// Words after a business's "'s" that no possessive takes ("at Christie's in London",
    /// "Sotheby's and Christie's"); not "a" or "not", after the "'s" of "is" ("Marco's not been").
    private static let prepositionsAfterABusiness: Set<String> = [
        "in", "at", "on", "for", "from", "to", "and", "or", "with", "by", "of", "into", "over", "since", "after", "before", "but",
    ]

    /// A person named with a quoted nickname between the given name and the surname (`William
    /// "Ryan" Owens`, `Joaquin "El Chapo" Guzman`) goes by the nickname: the name is the quoted
    /// nickname and the surname (`"Ryan" Owens`, the key "ryan owens" of the stories that write
    /// "Ryan Owens"), whatever pieces the tagger made of it, and the document resolver takes the
    /// nickname alone for that person ("Ryan died as he lived"), as it takes a given name alone.
    /// A known given name must come first (it is left out of the name); the nickname is one or
    /// two capitalized words, the surname one capitalized word that is no common word or
    /// particle. A name the tagger ran into the given name ("US Navy SEAL William") ends before
    /// it; a person's span over it ("I. Lewis" of `I. Lewis "Scooter" Libby`) goes.
    ///
    /// - Complexity: O(t + m) for t tokens and m mentions, per nickname found.
    func joiningNicknamedNames(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        func isNameWord(_ k: Int) -> Bool {
            let shape = document.tokens[k].shape
            return shape.contains(.capitalized) && shape.contains(.hasLower) && !shape.contains(.punctuation) && !shape.contains(.hasDigit)
                && !isCommonWord(k, in: document) && !isFunctionWord(k, in: document)
        }
        func isQuote(_ k: Int) -> Bool { document.tokens[k].shape.contains(.quote) }
        var names: [(range: Range<Int>, sentence: Int)] = []
        for (index, sentence) in document.sentences.enumerated() {
            var k = sentence.tokens.lowerBound
            while k + 4 < sentence.tokens.upperBound {
                defer { k += 1 }
                guard isQuote(k + 1), isNameWord(k), Lexicon.isKnownGivenName(document.text(of: k).lowercased()), isNameWord(k + 2) else { continue }
                var close = k + 3
                if close < sentence.tokens.upperBound, !isQuote(close), isNameWord(close) { close += 1 }
                // A surname of two words ("Robert "Fighting Bob" La Follette") is left alone.
                guard close + 1 < sentence.tokens.upperBound, isQuote(close), isNameWord(close + 1),
                      !NameVariants.surnameParticles.contains(document.text(of: close + 1).lowercased()) else { continue }
                names.append((k..<(close + 2), index))  // the given name too, for the overlaps below
                k = close + 1
            }
        }
        guard !names.isEmpty else { return mentions }
        var result: [Mention] = []
        for mention in mentions {
            var kept = mention
            for name in names where kept.tokens.overlaps(name.range) {
                // A person's span over the given name holds more of the same name ("I. Lewis").
                if kept.tokens.lowerBound < name.range.lowerBound, kept.kind != .person {
                    kept.tokens = kept.tokens.lowerBound..<name.range.lowerBound
                } else if kept.tokens.upperBound > name.range.upperBound {
                    kept.tokens = name.range.upperBound..<kept.tokens.upperBound
                } else {
                    kept.tokens = kept.tokens.lowerBound..<kept.tokens.lowerBound
                }
            }
            if !kept.tokens.isEmpty { result.append(kept) }
        }
        result += names.map { Mention(tokens: ($0.range.lowerBound + 1)..<$0.range.upperBound, sentence: $0.sentence, kind: .person, origin: .rule) }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Countries' names that are the surname of a person the document names in full, a known
    /// given name first ("Rep. Steve Israel", "Lisa Monaco", "Keating Holland", "Jim Jordan"),
    /// or that person's known given name ("Jordan Berman", then "Jordan's stumbles"),
    /// in a document that says nothing else of the country: no demonym or capital of it, the
    /// name never after "in", "to", "from", "of" or another word of place, and no sport, whose
    /// national teams go by their country (`Lexicon.nationalTeamWordHashes`). Alone there, the
    /// name is that person ("Israel argued", "Monaco's letter", "says Holland").
    ///
    /// - Complexity: O(m) for m mentions, plus O(t) for t tokens in a document with such a name.
    func countriesNamingPeople(_ mentions: [Mention], in document: TokenizedDocument) -> Set<String> {
        var candidates: [String: String] = [:]
        for mention in mentions where mention.kind == .person && mention.tokens.count > 1 {
            let first = document.text(of: mention.tokens.lowerBound), last = document.text(of: mention.tokens.upperBound - 1)
            guard Lexicon.isKnownGivenName(first.lowercased()) else { continue }
            if let country = countries.country(named: last), country.isCountry {
                candidates[last] = country.alpha2
            } else if let country = countries.country(named: first), country.isCountry, countries.country(named: last) == nil {
                // The given name: "Jordan Davis" … "Jordan's mother".
                candidates[first] = country.alpha2
            }
        }
        guard !candidates.isEmpty else { return [] }
        // A story of sport names national teams by their country ("England team-mate").
        guard !document.speaksOfSport(Lexicon.nationalTeamWordHashes) else { return [] }
        // "the role of Jordan Berman": a full name's first word after "of" is no place's.
        let fullNameStarts = Set(mentions.filter { $0.kind == .person && $0.tokens.count > 1 }.map(\.tokens.lowerBound))
        var spokenOf = Set<String>()
        for sentence in document.sentences {
            for k in sentence.tokens {
                let text = document.text(of: k)
                if let code = countries.country(demonym: text)?.alpha2 ?? CountryFacts.capitals[text] {
                    spokenOf.insert(code)
                } else if let code = candidates[text], k > sentence.tokens.lowerBound, !fullNameStarts.contains(k),
                          Self.placePrepositions.contains(document.text(of: k - 1).lowercased()) {
                    spokenOf.insert(code)
                }
            }
        }
        return Set(candidates.filter { !spokenOf.contains($0.value) }.keys)
    }

    /// Words before a name that make it a place's ("in Jordan", "King of Jordan", "visited Israel").
    private static let placePrepositions: Set<String> = [
        "in", "to", "from", "of", "across", "into", "throughout", "within", "inside", "outside", "toward", "towards",
        "visit", "visited", "visiting", "against",
    ]

    /// The initials of a country of two or three words that the document names ("NI" beside
    /// "Northern Ireland", "PNG" beside "Papua New Guinea"), typed anything but a place, are that
    /// country: "NI hospitals" are Northern Ireland's, not an organization's.
    ///
    /// - Complexity: O(m · n) for m mentions and n short names of a country (`initialsByCountry`).
    func retypingCountryInitials(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var byInitials: [String: String] = [:]
        for mention in mentions where mention.kind == .country && mention.country?.form == .name {
            guard let code = mention.country?.code else { continue }
            for initials in initialsByCountry[code] ?? [] { byInitials[initials] = code }
        }
        guard !byInitials.isEmpty else { return mentions }
        return mentions.indices.map { i in
            let mention = mentions[i], start = mention.tokens.lowerBound
            guard mention.tokens.count == 1, mention.country == nil, mention.kind != .location,
                  document.tokens[start].shape.contains(.allCaps), let code = byInitials[document.text(of: start)] else { return mention }
            // "the Communist Movement (MC)": an acronym the text gives another name.
            if start > 0, document.token(start - 1, is: "("), i > 0, mentions[i - 1].tokens.upperBound == start - 1,
               mentions[i - 1].kind != .country { return mention }
            var country = mention
            country.kind = .country
            country.country = (code, .name)
            return country
        }
    }

    /// More names of works than the work noun before the first shows: the organizations
    /// coordinated with a work ("sister albums Folklore and Evermore", "the films Up, Cars and Coco"), and
    /// a quoted name before a work noun or a channel ("Belfield's "Voice of Reason" channel").
    /// Marks them `namesWork`, as `markingWorkTitle` does.
    ///
    /// - Complexity: O(m) for m mentions.
    func continuingWorkTitles(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var result = mentions
        for i in result.indices where !result[i].namesWork && (result[i].kind == .organization || result[i].kind == .person) {
            let tokens = result[i].tokens, sentence = document.sentences[result[i].sentence].tokens
            // "and" between the two, or a comma and a list going on after ("Up, Cars and Coco";
            // not an apposition: "the film Sideways, Paul Giamatti said"). Organizations only:
            // a person after a work is its author or host more often ("Verdi's La Traviata and
            // Richard Strauss's Ariadne", "the show Bethan and Huw").
            if i > 0, result[i].kind == .organization, result[i - 1].namesWork, result[i - 1].sentence == result[i].sentence,
               tokens.upperBound == sentence.upperBound || !document.tokens[tokens.upperBound].shape.contains(.clitic),
               case let gap = result[i - 1].tokens.upperBound..<max(result[i - 1].tokens.upperBound, tokens.lowerBound),
               (1...2).contains(gap.count), gap.allSatisfy({ document.token($0, is: ",") || document.token($0, is: "and") }),
               gap.contains(where: { document.token($0, is: "and") })
                || tokens.upperBound < sentence.upperBound && (document.token(tokens.upperBound, is: ",") || document.token(tokens.upperBound, is: "and")) {
                result[i].namesWork = true
                continue
            }
            // A person named in a longer title is its subject as often ("the film The Young Karl
            // Marx"): only a "person" with no known given name is taken for the title's tail.
            if result[i].kind == .organization || !Lexicon.isKnownGivenName(document.text(of: tokens.lowerBound).lowercased()),
               let start = titleStart(before: tokens.lowerBound, sentence: sentence, in: document),
               i == 0 || result[i - 1].sentence != result[i].sentence || result[i - 1].tokens.upperBound <= start
                || result[i - 1].namesWork && result[i - 1].tokens.lowerBound >= start,
               isWorkNoun(start - 1, sentence: sentence, in: document) {
                result[i].namesWork = true
                continue
            }
            let open = tokens.lowerBound - 1, close = tokens.upperBound, noun = tokens.upperBound + 1
            if open >= sentence.lowerBound, noun < sentence.upperBound, document.tokens[open].shape.contains(.quote),
               document.tokens[close].shape.contains(.quote), !document.tokens[noun].shape.contains(.capitalized),
               Lexicon.workNouns.contains(document.text(of: noun)) || Self.mediaNouns.contains(document.text(of: noun)) {
                result[i].namesWork = true
            }
        }
        return result
    }

    /// Where the title a name ends begins, when the name is the tail of a longer title the tagger
    /// cut: capitalized words, the small words of titles and a colon before it, capitalized at
    /// their start and preceded by "the" or quotes at most ("album How to Dismantle an | Atomic
    /// Bomb", "movie Toilet: | Ek Prem Katha"; six words at most). The index after "the" and the
    /// quotes, or nil where no such words stand before the name.
    private func titleStart(before name: Int, sentence: Range<Int>, in document: TokenizedDocument) -> Int? {
        var k = name - 1
        while k >= sentence.lowerBound, name - k <= Self.longestTitleLead,
              document.tokens[k].shape.contains(.capitalized) || document.token(k, is: ":")
                || Self.titleSmallWords.contains(document.text(of: k)) {
            k -= 1
        }
        var first = k + 1
        while first < name, !document.tokens[first].shape.contains(.capitalized) { first += 1 }
        guard first < name, first == k + 1 else { return nil }
        while k >= sentence.lowerBound, document.tokens[k].shape.contains(.quote) || document.token(k, is: "the") { k -= 1 }
        return k >= sentence.lowerBound ? k + 1 : nil
    }

    private static let longestTitleLead = 6
    /// Not "and" or "with", which join a title and a name ("his song Here We Go Again with Norah
    /// Jones", "the show Bethan and Huw").
    private static let titleSmallWords: Set<String> = ["of", "the", "a", "an", "to", "in", "on"]

    /// Names the document calls a scheme, a law or a pipeline by the noun after them, twice at
    /// least ("the DACA program" and "DACA recipients", "the Keystone XL pipeline", "Stand Your
    /// Ground laws"): those mentions are marked `namesWork`, and a name the corpus uses so in a
    /// tenth of its mentions is no organization (`CorpusResolution.typedByCorpusEvidence`). Once
    /// in a story is not enough: a company names its own programme or pipeline now and then ("an
    /// Electrolux program", "the TransCanada pipeline"). "Law" ends its phrase (not "UCLA law
    /// professor", "FBI law enforcement").
    ///
    /// - Complexity: O(m) for m mentions.
    func markingSchemeNames(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        func isBeforeSchemeNoun(_ mention: Mention) -> Bool {
            let sentence = document.sentences[mention.sentence].tokens, noun = mention.tokens.upperBound
            guard mention.kind == .organization, sentence.contains(noun), Lexicon.schemeNouns.contains(document.text(of: noun)) else { return false }
            guard document.token(noun, is: "law") || document.token(noun, is: "laws"), sentence.contains(noun + 1) else { return true }
            let next = document.tokens[noun + 1].shape
            return !next.contains(.hasLower) || next.contains(.capitalized) || Lexicon.functionWords.contains(document.text(of: noun + 1))
        }
        let cues = mentions.indices.filter { isBeforeSchemeNoun(mentions[$0]) }
        let uses = Dictionary(grouping: cues) { document.text(tokens: mentions[$0].tokens) }
        var marked = mentions
        for indices in uses.values where indices.count >= 2 {
            for i in indices { marked[i].namesWork = true }
        }
        return marked
    }

    /// What a quoted name before them is the title of, besides `Lexicon.workNouns`.
    private static let mediaNouns: Set<String> = ["channel", "podcast", "column", "blog", "newsletter", "vlog"]

    /// One word that stands for a competition: the first word of a contest's name the document
    /// writes ("Commonwealth" beside "Commonwealth Games", "Eurovision" beside "Eurovision Song
    /// Contest", "Wimbledon Championships"; not "Cup" or "Awards": "FA Cup", "BBC Awards" name an
    /// organization by their first word), or a word before a medal ("Commonwealth gold",
    /// "Commonwealth medals"), is the event, no organization or person; the body of the same
    /// name (the Commonwealth of Nations) keeps its other mentions where the document writes the
    /// word alone more often than the games' name. A "Contest" names no company or body: its
    /// first word alone is the contest however often it stands alone ("Eurovision" beside one
    /// "2023 Eurovision Song Contest").
    ///
    /// - Complexity: O(t + m) for t tokens and m mentions.
    func retypingEventShortForms(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var eventFirstWords: [String: Int] = [:]
        var afterThe = Set<String>(), contests = Set<String>()
        for sentence in document.sentences {
            // Byte comparisons: this looks at every token of the document.
            for k in sentence.tokens where document.token(k, is: "Games") || document.token(k, is: "Contest")
                || document.token(k, is: "Championships") {
                var first = k
                while first - 1 >= sentence.tokens.lowerBound, document.tokens[first - 1].shape.contains(.capitalized) { first -= 1 }
                // No acronym: an organization names its own event ("ATP Championships").
                guard first < k, !document.tokens[first].shape.contains(.allCaps) else { continue }
                let word = document.text(of: first)
                eventFirstWords[word, default: 0] += 1
                if document.token(k, is: "Contest") {
                    contests.insert(word)
                } else if first - 1 >= sentence.tokens.lowerBound, document.text(of: first - 1).lowercased() == "the" {
                    afterThe.insert(word)
                }
            }
        }
        // An event is "the Commonwealth Games" somewhere in the document; the company "Argonaut
        // Games" is not. A contest is never a company ("the 2022 Eurovision Song Contest").
        eventFirstWords = eventFirstWords.filter { afterThe.contains($0.key) || contests.contains($0.key) }
        // The word alone is the event where the document names the event in full at least as
        // often: a story about the Commonwealth that mentions its Games keeps the Commonwealth.
        var alone: [String: Int] = [:]
        for mention in mentions where mention.tokens.count == 1 && (mention.kind == .organization || mention.kind == .person) {
            let word = document.text(of: mention.tokens.lowerBound)
            if eventFirstWords[word] != nil { alone[word, default: 0] += 1 }
        }
        return mentions.map { mention in
            guard mention.tokens.count == 1, mention.kind == .organization || mention.kind == .person,
                  !document.tokens[mention.tokens.lowerBound].shape.contains(.allCaps) else { return mention }
            // "Commonwealth gold.", "Commonwealth gold medal" (not "the Paulson gold fund").
            let next = mention.tokens.upperBound, end = document.sentences[mention.sentence].tokens.upperBound
            let beforeMedal = mention.kind == .organization && next < end && Self.medalNouns.contains(document.text(of: next))
                && (next + 1 == end || !document.tokens[next + 1].shape.contains(.hasLower) || Lexicon.functionWords.contains(document.text(of: next + 1))
                    || document.text(of: next + 1).hasPrefix("medal"))
            let word = document.text(of: mention.tokens.lowerBound)
            guard beforeMedal || contests.contains(word) || eventFirstWords[word].map({ $0 >= alone[word, default: 0] }) == true else {
                return mention
            }
            var event = mention
            event.kind = .misc
            return event
        }
    }

    private static let medalNouns: Set<String> = [
        "gold", "golds", "silver", "silvers", "bronze", "bronzes", "medal", "medals", "medallist", "medallists", "medalist",
        "medalists", "champion",
    ]

    /// A company the tagger took for a person ("Fannie Mae", "Goldman", "Merck"): a person's
    /// name followed by a stock ticker in brackets ("Fannie Mae ( FNM.N )", "(NYSE: GS)"), or
    /// whose words begin a company's name of the same document that ends in a legal form or
    /// stands before a ticker ("Goldman" beside "Goldman Sachs Group Inc", "Merck" beside "Merck
    /// & Co"), is that company; not when the document names a person with that surname
    /// ("Michael Dell" beside "Dell Inc"), unless the words around the one word speak of the
    /// company (`isSpokenOfAsACompany`: "Dell's shares", "a stake in Dell").
    ///
    /// - Complexity: O(m · c · l) for m mentions, c company names and l tokens a name.
    func companiesTakenForPeople(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        guard mentions.contains(where: { $0.kind == .person }) else { return mentions }
        func words(_ mention: Mention) -> [String] { mention.tokens.map { document.text(of: $0) } }
        let ticker = mentions.map { ($0.kind == .organization || $0.kind == .person) && hasTickerAfter($0, in: document) }
        let companies = mentions.indices.filter { ticker[$0] || (mentions[$0].kind == .organization && endsInLegalForm(mentions[$0], in: document)) }
            .map { words(mentions[$0]) }
        guard !companies.isEmpty else { return mentions }
        func beginsACompany(_ name: [String]) -> Bool { companies.contains { $0.count >= name.count && Array($0.prefix(name.count)) == name } }
        let surnames = Set(mentions.filter { $0.kind == .person && $0.tokens.count > 1 && !beginsACompany(words($0)) }
            .map { document.text(of: $0.tokens.upperBound - 1) })
        return mentions.indices.map { i in
            let mention = mentions[i]
            guard mention.kind == .person, !mention.titled else { return mention }
            let name = words(mention)
            guard ticker[i] || beginsACompany(name) && (!surnames.contains(name[name.count - 1])
                || name.count == 1 && isSpokenOfAsACompany(mention, in: document)) else { return mention }
            var company = mention
            company.kind = .organization
            return company
        }
    }

    /// Whether the words around a name speak of a company: its shares, sales or board after it
    /// ("Dell's shares", "Dell shares fell"), or a stake in, shares of or purchase of it before
    /// it ("a stake in Dell"). Not a bid, an offer or a plan, which a founder makes too.
    private func isSpokenOfAsACompany(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        let sentence = document.sentences[mention.sentence].tokens
        var after = mention.tokens.upperBound
        if after < sentence.upperBound, document.tokens[after].shape.contains(.clitic) { after += 1 }
        if after < sentence.upperBound, Self.companyNouns.contains(document.text(of: after).lowercased()) { return true }
        let before = mention.tokens.lowerBound
        guard before - 2 >= sentence.lowerBound else { return false }
        return Self.companyPrepositions.contains(document.text(of: before - 1).lowercased())
            && Self.companyObjectNouns.contains(document.text(of: before - 2).lowercased())
    }

    /// What a company has and a person does not ("Dell's shares", "Dell's board").
    private static let companyNouns: Set<String> = [
        "shares", "stock", "stocks", "shareholders", "stockholders", "sales", "revenue", "revenues", "profit", "profits",
        "earnings", "board", "valuation", "bonds", "debt", "headquarters", "subsidiary", "subsidiaries", "workforce",
        "employees", "customers", "stores", "products", "fiscal", "quarterly", "equity",
    ]
    /// "a stake in Dell", "shares of Dell", "the purchase of Dell".
    private static let companyPrepositions: Set<String> = ["in", "of", "for"]
    private static let companyObjectNouns: Set<String> = [
        "stake", "shares", "shareholder", "shareholders", "stockholder", "stockholders", "investor", "investors", "purchase",
        "buyout", "takeover", "acquisition", "sale", "ownership", "control",
    ]

    /// Whether a name of two words or more ends in a company's legal form ("Baidu Inc", "Acme Ltd").
    private func endsInLegalForm(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        mention.tokens.count > 1 && Lexicon.corporateSuffixes.contains(document.text(of: mention.tokens.upperBound - 1).lowercased())
    }

    /// Whether a stock ticker in brackets follows the name: "( GS.N )", "(7203.T)" (a Reuters
    /// instrument code: letters or digits, a period, the exchange's letters), "(NYSE: GS)".
    func hasTickerAfter(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        let end = document.sentences[mention.sentence].tokens.upperBound
        var k = mention.tokens.upperBound
        guard k + 2 < end, document.token(k, is: "(") else { return false }
        k += 1
        let exchange = k + 3 < end && document.token(k + 1, is: ":") && Self.stockExchanges.contains(document.text(of: k).uppercased())
        if exchange { k += 2 }
        guard document.token(k + 1, is: ")") else { return false }
        let code = document.text(of: k).utf8
        guard code.count <= 12, code.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }),
              code.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return false }
        guard !exchange else { return true }
        // Without an exchange before it, only a dotted code: "(UN)", "(R)" are no tickers.
        guard let dot = code.lastIndex(of: 0x2E), dot != code.startIndex else { return false }
        let suffix = code.count - code.distance(from: code.startIndex, to: dot) - 1
        return (1...3).contains(suffix)
    }

    /// A country that ends a sea's or a bay's name ("Gulf of Mexico", "Bay of Bengal", "Sea of
    /// Japan") is part of a place's name, not a mention of the country.
    func endingAPlaceName(_ mention: Mention, in document: TokenizedDocument) -> Mention {
        let first = mention.tokens.lowerBound
        guard mention.kind == .country, first - 2 >= document.sentences[mention.sentence].tokens.lowerBound,
              document.token(first - 1, is: "of"), document.tokens[first - 2].shape.contains(.capitalized),
              Self.waterHeads.contains(document.text(of: first - 2).lowercased()) else { return mention }
        var place = mention
        place.kind = .location
        place.country = nil
        return place
    }

    private static let waterHeads: Set<String> = ["gulf", "bay", "sea", "strait", "straits", "isthmus", "channel", "coast"]

    /// Exchanges written before a ticker: "(NYSE: GS)", "(Nasdaq: YHOO)".
    static let stockExchanges: Set<String> = ["NYSE", "NASDAQ", "AMEX", "LSE", "TSX", "ASX", "HKEX", "SGX", "NSE", "BSE", "OTC", "OTCBB"]

    /// A market index's instrument code glued to its leading period (" .DJI", " .SPX", Reuters'
    /// codes for the Dow and the S&P 500): no organization.
    func isInstrumentCode(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        let first = mention.tokens.lowerBound
        guard mention.tokens.count == 1, first > 0, document.token(first - 1, is: "."),
              document.tokens[first - 1].end == document.tokens[first].start else { return false }
        let dot = Int(document.tokens[first - 1].start)
        return dot == 0 || document.text(bytes: (dot - 1)..<dot).first?.isWhitespace == true
    }

    /// A one-word organization or person that is capitalized only where every word is, opening
    /// its sentence or in a headline in capitals ("Labour unrest has worsened", "BRAZILIAN
    /// LABOUR UNREST SPREADS"), is the common noun the document writes in lowercase elsewhere
    /// ("labour unrest"), unless the document also writes the word capitalized inside a
    /// sentence ("a seat Labour had held"; "Gordon Brown" keeps "Brown said" beside "brown
    /// bread"). Such mentions become misc.
    ///
    /// - Complexity: O(t) for t tokens, paid only by documents with such a mention.
    func droppingCommonNounOpeners(_ mentions: [Mention], in document: TokenizedDocument, styles: [SentenceStyle]) -> [Mention] {
        func opensSentence(_ mention: Mention) -> Bool {
            guard mention.tokens.count == 1, mention.kind == .organization || mention.kind == .person, mention.origin == .tagger
            else { return false }
            let first = mention.tokens.lowerBound
            if styles[mention.sentence] == .allCaps { return true }
            var opening = document.sentences[mention.sentence].tokens.lowerBound
            while opening < first, document.tokens[opening].shape.contains(.punctuation) { opening += 1 }
            return opening == first && !document.tokens[first].shape.contains(.allCaps)
        }
        let candidates = mentions.indices.filter { opensSentence(mentions[$0]) }
        guard !candidates.isEmpty else { return mentions }
        let lowercase = Set(document.lowercaseWords())
        let common = candidates.filter { lowercase.contains(FeatureHash.fnv1a(document.text(of: mentions[$0].tokens.lowerBound).lowercased())) }
        guard !common.isEmpty else { return mentions }
        // The words written capitalized inside a sentence of prose.
        var capitalizedInside = Set<String>()
        for (index, sentence) in document.sentences.enumerated() where styles[index] == .normal {
            for k in sentence.tokens.dropFirst() where document.tokens[k].shape.contains(.capitalized)
                && !document.tokens[k].shape.contains(.allCaps) && !document.tokens[k - 1].shape.contains(.quote)
                && !document.tokens[k - 1].shape.contains(.dash) && !document.token(k - 1, is: ":") && !document.token(k - 1, is: "(") {
                capitalizedInside.insert(document.text(of: k).lowercased())
            }
        }
        var result = mentions
        for index in common where !capitalizedInside.contains(document.text(of: mentions[index].tokens.lowerBound).lowercased()) {
            result[index].kind = .misc
        }
        return result
    }

    /// Marks a name of two or more words with a capitalized first word (not all capitals) where
    /// every word is capitalized anyway: at its sentence's start (quotes and brackets aside),
    /// after a colon or a dash ("…is this: Rival Sony said"), or in a title-case headline.
    func markingSentenceOpener(_ mention: Mention, in document: TokenizedDocument, titleCase: Bool) -> Mention {
        guard mention.tokens.count > 1, mention.kind == .person || mention.kind == .organization else { return mention }
        let first = mention.tokens.lowerBound
        let shape = document.tokens[first].shape
        guard shape.contains(.capitalized), !shape.contains(.allCaps) else { return mention }
        var opening = document.sentences[mention.sentence].tokens.lowerBound
        while opening < first, document.tokens[opening].shape.contains(.punctuation) { opening += 1 }
        let afterBreak = first > 0 && (document.token(first - 1, is: ":") || document.tokens[first - 1].shape.contains(.dash))
        guard opening == first || afterBreak || titleCase else { return mention }
        var marked = mention
        marked.opensSentence = true
        return marked
    }

    /// The gazetteers' names (`gazetteer`) where no tagged span overlaps them, and a country's
    /// name of several words where the tagger cut it into smaller names, each inside it
    /// ("Democratic People" and "Republic of Korea" of "Democratic People's Republic of Korea",
    /// which would make North Korea the South).
    ///
    /// - Complexity: O(t · l) phrase lookups for t tokens and names of at most l tokens.
    private func addingGazetteerMatches(to mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var covering = [Int?](repeating: nil, count: document.tokens.count)
        for (index, mention) in mentions.enumerated() { for k in mention.tokens { covering[k] = index } }
        var added: [Mention] = [], replaced = Set<Int>()
        for (index, sentence) in document.sentences.enumerated() {
            var k = sentence.tokens.lowerBound
            while k < sentence.tokens.upperBound {
                guard document.tokens[k].shape.contains(.capitalized),
                      covering[k] == nil || k == sentence.tokens.lowerBound || covering[k - 1] != covering[k],
                      let match = gazetteer.match(in: document, at: k, end: sentence.tokens.upperBound) else {
                    k += 1
                    continue
                }
                let inside = Set(match.range.compactMap { covering[$0] })
                if !inside.isEmpty {
                    // Only a country's name over smaller spans, each wholly inside it.
                    guard match.payload.kind == .country, match.range.count >= 3,
                          inside.allSatisfy({ mentions[$0].tokens.clamped(to: match.range) == mentions[$0].tokens
                              && mentions[$0].tokens.count < match.range.count })
                    else {
                        k += 1
                        continue
                    }
                    replaced.formUnion(inside)
                }
                var mention = match.payload
                mention.tokens = match.range
                mention.sentence = index
                added.append(mention)
                k = match.range.upperBound
            }
        }
        guard !added.isEmpty else { return mentions }
        let kept = replaced.isEmpty ? mentions : mentions.enumerated().filter { !replaced.contains($0.offset) }.map(\.element)
        return (kept + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    // MARK: Rules

    /// An organization name over an acronym pair the tokenizer cut at its slash ("RFE" "/" "RL"
    /// → "RFE/RL"), and a multi-word organization or other name over the capitalized word and
    /// infix hyphen before it that the tagger left out ("Intermediate" "-" "Range Nuclear Forces
    /// Treaty"; not over a country, a demonym or a prefix such as "Pro-", "Anti-"); a demonym
    /// tagged apart from the organization name it begins joins it ("German" "Marshall Fund"); a
    /// year before an organization name is left out ("2010 New START Treaty").
    private func joinAcronymsAndPrefixes(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        func attached(_ k: Int) -> Bool {
            k > 0 && k + 1 < document.tokens.count
                && document.tokens[k - 1].end == document.tokens[k].start && document.tokens[k].end == document.tokens[k + 1].start
        }
        func isAcronym(_ k: Int) -> Bool {
            let shape = document.tokens[k].shape
            return shape.contains(.allCaps) && !shape.contains(.hasDigit) && !shape.contains(.punctuation) && document.text(of: k).utf8.count <= 6
        }
        func isYear(_ k: Int) -> Bool {
            let bytes = Array(document.text(of: k).utf8)
            return bytes.count == 4 && bytes.allSatisfy({ $0 &- 0x30 < 10 }) && (bytes[0...1] == [0x31, 0x39] || bytes[0...1] == [0x32, 0x30])
        }
        var result: [Mention] = []
        var skip = -1
        for (n, mention) in mentions.enumerated() where n != skip {
            var mention = mention
            let sentence = document.sentences[mention.sentence].tokens
            let last = mention.tokens.upperBound - 1, slash = mention.tokens.upperBound
            if mention.kind == .organization, slash + 1 < sentence.upperBound, isAcronym(last), document.token(slash, is: "/"),
               attached(slash), isAcronym(slash + 1) {
                let next = n + 1 < mentions.count ? mentions[n + 1] : nil
                if let next, next.tokens == (slash + 1)..<(slash + 2) {
                    mention.tokens = mention.tokens.lowerBound..<(slash + 2)
                    skip = n + 1
                } else if next.map({ !$0.tokens.contains(slash + 1) }) ?? true {
                    mention.tokens = mention.tokens.lowerBound..<(slash + 2)
                }
            }
            // "German" "Marshall Fund": a demonym tagged apart from the organization name it
            // begins. Bodies of institution words alone stay apart ("Russian" "Foreign Ministry":
            // `qualifyingInstitution` makes it "Foreign Ministry (Russia)"), and so do acronyms,
            // whose names a demonym never begins ("Malaysian" "UN", "Algerian" "LNG"), and
            // headlines in capitals, where a demonym begins anything ("DUTCH DU PONT UNIT").
            if let previous = result.last, previous.kind == .misc || previous.country?.form == .demonym, previous.tokens.count == 1,
               previous.tokens.upperBound == mention.tokens.lowerBound, previous.sentence == mention.sentence,
               !document.tokens[previous.tokens.lowerBound].shape.contains(.allCaps),
               countries.country(demonym: document.text(of: previous.tokens.lowerBound)) != nil,
               mention.kind == .organization || (mention.kind == .person && mention.tokens.count > 1
                   && Lexicon.organizationHeads.contains(document.text(of: mention.tokens.upperBound - 1).lowercased())),
               !isGenericName(mention, in: document),
               !(mention.tokens.count == 1 && document.tokens[mention.tokens.lowerBound].shape.contains(.allCaps)) {
                mention.tokens = previous.tokens.lowerBound..<mention.tokens.upperBound
                mention.kind = .organization
                result.removeLast()
            }
            // "the 2010 New Strategic Arms Reduction Treaty": a year before a name is no part of it.
            if mention.kind == .organization, mention.tokens.count >= 3, isYear(mention.tokens.lowerBound) {
                mention.tokens = (mention.tokens.lowerBound + 1)..<mention.tokens.upperBound
            }
            let hyphen = mention.tokens.lowerBound - 1, word = hyphen - 1
            if mention.kind == .organization || mention.kind == .misc, mention.tokens.count >= 2, word >= sentence.lowerBound,
               isAttachedHyphen(hyphen, in: document), result.last.map({ $0.tokens.upperBound <= word }) ?? true {
                let text = document.text(of: word), shape = document.tokens[word].shape
                if shape.contains(.capitalized), !shape.contains(.allCaps), !shape.contains(.hasDigit),
                   countries.country(named: text) == nil, countries.country(demonym: text) == nil,
                   !Self.hyphenPrefixes.contains(text.lowercased()) {
                    mention.tokens = word..<mention.tokens.upperBound
                }
            }
            // "al-Qaeda", "al Shabab": an Arabic article the tagger left out of a name (of one word,
            // for a person: "al-Assad" alone is still the surname Assad; after a given name the
            // person rules join it).
            if mention.kind == .organization || mention.kind == .misc || (mention.kind == .person && mention.tokens.count == 1) {
                let first = mention.tokens.lowerBound
                // The tokenizer keeps "al-" whole, or cuts "al" "-"; or a space stands after "al".
                let hyphenated = first >= 2 && isAttachedHyphen(first - 1, in: document) ? first - 2 : nil
                let before = first >= 1 ? first - 1 : nil
                if let article = hyphenated ?? before, article >= sentence.lowerBound,
                   result.last.map({ $0.tokens.upperBound <= article }) ?? true,
                   ["al", "Al", "el", "El", "al-", "Al-", "el-", "El-"].contains(document.text(of: article)) {
                    mention.tokens = article..<mention.tokens.upperBound
                }
            }
            // "Foreign and" "Commonwealth Office", "Bain and" "Company": an organization's name of
            // two words or more ending in an organization word, over "and" and the untagged
            // capitalized word before it (inside a sentence, no common word, no country: "Russia
            // and Gazprom", "Beatles and Rolling Stones" stay apart).
            if mention.kind == .organization, mention.tokens.count >= 2,
               Lexicon.organizationHeads.contains(document.text(of: mention.tokens.upperBound - 1).lowercased()) {
                let first = mention.tokens.lowerBound, word = first - 2
                if word > sentence.lowerBound, document.token(first - 1, is: "and") || document.token(first - 1, is: "&"),
                   result.last.map({ $0.tokens.upperBound <= word }) ?? true {
                    let shape = document.tokens[word].shape, text = document.text(of: word)
                    if shape.contains(.capitalized), !shape.contains(.allCaps), !shape.contains(.hasDigit), !shape.contains(.punctuation),
                       !Lexicon.commonWords.contains(text.lowercased()), !Lexicon.functionWords.contains(text.lowercased()),
                       !Self.isLegalForm(text.lowercased()), countries.country(named: text) == nil, countries.country(demonym: text) == nil {
                        mention.tokens = word..<mention.tokens.upperBound
                    }
                }
            }
            // "Mar" "-" "a" "-" "Lago", "Stratford-upon-Avon": a capitalized word and a short
            // lowercase connector joined by hyphens before a name belong to it.
            let lower = mention.tokens.lowerBound
            if lower - 4 >= sentence.lowerBound, isAttachedHyphen(lower - 1, in: document), isAttachedHyphen(lower - 3, in: document),
               result.last.map({ $0.tokens.upperBound <= lower - 4 }) ?? true {
                let connector = document.tokens[lower - 2], head = document.tokens[lower - 4].shape
                if connector.byteCount <= 5, connector.shape.contains(.hasLower), !connector.shape.contains(.capitalized),
                   !connector.shape.contains(.hasDigit), head.contains(.capitalized), !head.contains(.hasDigit) {
                    mention.tokens = (lower - 4)..<mention.tokens.upperBound
                }
            }
            result.append(mention)
        }
        return result
    }

    private static let hyphenPrefixes: Set<String> = [
        "anti", "pro", "non", "post", "pre", "ex", "neo", "mid", "self", "semi", "quasi", "counter", "ultra", "far",
    ]

    /// A country's name and one body of it tagged as one organization ("U.S. Congress",
    /// "U.S. Embassy", "US State Department") are the country and the body, as when the tagger
    /// keeps them apart: the body is then qualified by the country (`qualifyingInstitution`) or
    /// joins the same body named alone.
    private func splittingLeadingCountry(_ mention: Mention, in document: TokenizedDocument) -> [Mention] {
        guard mention.kind == .organization, mention.tokens.count >= 2 else { return [mention] }
        let first = mention.tokens.lowerBound, body = (first + 1)..<mention.tokens.upperBound
        let words = body.map { document.text(of: $0).lowercased() }
        guard let country = countries.country(named: document.text(of: first)), country.isCountry,
              document.tokens[body.lowerBound].shape.contains(.capitalized),
              words.count == 1 ? Lexicon.institutionWords.contains(words[0]) || Self.legislatures.contains(words[0])
                               : words.allSatisfy(Lexicon.institutionWords.contains) else { return [mention] }
        var place = mention
        place.tokens = first..<body.lowerBound
        place.kind = .country
        var rest = mention
        rest.tokens = body
        return [place, rest]
    }

    /// A party or body, an office and a person's name tagged as one organization ("Congress MP
    /// Mallikarjun Kharge", "BJP MLA Ram Singh", "Bihar CM Nitish Kumar", "RJD chief Lalu
    /// Prasad"): the person after the office, titled, and the body before it where it is an
    /// acronym or a name the document tags as an organization by itself ("Bihar" is a place).
    /// Only an office written in capitals or lowercase, inside the span, before capitalized
    /// words none of which is an organization's head or a function word ("Queen Mary
    /// University", "Minister of Finance" stay whole).
    private func splittingAtInnerTitle(_ mention: Mention, in document: TokenizedDocument, organizationNames: Set<String>) -> [Mention] {
        guard mention.kind == .organization, mention.tokens.count >= 3 else { return [mention] }
        let span = mention.tokens
        guard let title = (span.lowerBound + 1..<span.upperBound - 1).first(where: { k in
            let shape = document.tokens[k].shape
            return Lexicon.titles.contains(document.text(of: k).lowercased()) && (shape.contains(.allCaps) || !shape.contains(.capitalized))
        }) else { return [mention] }
        let name = (title + 1)..<span.upperBound
        // Written in mixed case: in a headline in capitals, "DREXEL OFFICIAL HAS" is no name.
        guard name.allSatisfy({ k in
            document.tokens[k].shape.contains(.capitalized) && document.tokens[k].shape.contains(.hasLower) && !isFunctionWord(k, in: document)
                && !Lexicon.organizationHeads.contains(document.text(of: k).lowercased()) && !Lexicon.titles.contains(document.text(of: k).lowercased())
        }) else { return [mention] }
        var person = mention
        person.tokens = name
        person.kind = .person
        person.titled = true
        let body = span.lowerBound..<title, bodyText = document.text(tokens: body)
        guard (body.count == 1 && document.tokens[body.lowerBound].shape.contains(.allCaps)) || organizationNames.contains(bodyText) else { return [person] }
        var organization = mention
        organization.tokens = body
        return [organization, person]
    }

    /// "Congress MLAs", "BJP MP", "MLAs of the Grand Alliance": legislators of a party, no
    /// organization; the party is one where it is an acronym or a name the document tags alone.
    /// ("Council of Ministers" is a body.)
    private func withoutLegislatorOffice(_ mention: Mention, in document: TokenizedDocument, organizationNames: Set<String>) -> Mention {
        guard mention.kind == .organization, mention.tokens.count > 1 else { return mention }
        let first = mention.tokens.lowerBound, last = mention.tokens.upperBound - 1
        let party: Range<Int>
        if Lexicon.legislatorOffices.contains(document.text(of: last).lowercased()), !document.token(last - 1, is: "of") {
            party = first..<last
        } else if last >= first + 2, Lexicon.legislatorOffices.contains(document.text(of: first).lowercased()),
                  document.token(first + 1, is: "of") {
            let start = document.token(first + 2, is: "the") ? first + 3 : first + 2
            guard start <= last else { return mention }
            party = start..<(last + 1)
        } else {
            return mention
        }
        var result = mention
        if (party.count == 1 && document.tokens[party.lowerBound].shape.contains(.allCaps))
            || organizationNames.contains(document.text(tokens: party)) {
            result.tokens = party
        } else {
            result.kind = .misc
        }
        return result
    }

    /// An office named for its holder is no organization: "Divisional Railway Manager", "Garda
    /// Commissioner", "Delaware Insurance Commissioner", "Director of National Intelligence",
    /// "Secretary of State" are retyped MISC (`Lexicon.officeHolderNouns`). Where the office is
    /// named with its body, the body is the organization: "Chicago Police Department
    /// Superintendent" is "Chicago Police Department", "Bank of England Governor" "Bank of
    /// England", "Chairperson of the Policing Authority" "Policing Authority" (a body of two words
    /// at least with a body's noun that is no portfolio, last or before "of", "for" or "on":
    /// "National Commission for Scheduled Castes"). A body named after an office stays whole
    /// ("VA Office of Medical Inspector").
    func withoutOffice(_ mention: Mention, in document: TokenizedDocument) -> Mention {
        guard mention.kind == .organization, mention.tokens.count > 1 else { return mention }
        func word(_ k: Int) -> String { document.text(of: k).lowercased() }
        func isOffice(_ k: Int) -> Bool { Lexicon.officeHolderNouns.contains(word(k)) && !document.tokens[k].shape.contains(.allCaps) }
        // "Insurance" and "Energy" of "Delaware Insurance Commissioner" are portfolios.
        func isBodyNoun(_ k: Int) -> Bool {
            (Lexicon.organizationHeads.contains(word(k)) || Lexicon.bodyNouns.contains(word(k)))
                && !Lexicon.portfolios.contains(word(k)) && word(k) != "insurance"
        }
        func isBody(_ span: Range<Int>) -> Bool {
            span.count >= 2 && span.contains { k in
                isBodyNoun(k) && (k == span.upperBound - 1 || ["of", "for", "on"].contains(word(k + 1)))
            }
        }
        let first = mention.tokens.lowerBound, last = mention.tokens.upperBound - 1
        var office = mention
        if isOffice(first) {
            // "Chairperson of …"; not "Director General of Civil Aviation", which writers use
            // for the directorate as well as its head.
            guard word(first + 1) == "of" else { return mention }
            var body = first + 2
            if body < last, word(body) == "the" { body += 1 }
            if isBody(body..<(last + 1)) { office.tokens = body..<(last + 1) } else { office.kind = .misc }
            return office
        }
        guard isOffice(last), !(first..<last).contains(where: { word($0) == "office" && word($0 + 1) == "of" }) else { return mention }
        // "National Democratic Party of [President]": the body without the "of" before the office.
        var end = last
        while end > first, ["of", "the", "for", "and"].contains(word(end - 1)) { end -= 1 }
        if isBody(first..<end) { office.tokens = first..<end } else { office.kind = .misc }
        return office
    }

    /// An organization's name after a person's surname or a "-exit" coinage used as a modifier
    /// ("Trump White House", "Obama White House", "Brexit European Union") is the organization's
    /// alone: the modifier is no part of its name. A surname is dropped only where the rest is
    /// an organization the document names by itself ("White House"), so that organizations
    /// named after people keep their names ("Clinton Global Initiative", "Trump Organization").
    private func droppingLeadingModifier(_ mention: Mention, in document: TokenizedDocument, surnames: Set<String>,
                                         organizationNames: Set<String>) -> Mention {
        guard mention.kind == .organization, mention.tokens.count >= 2 else { return mention }
        let first = mention.tokens.lowerBound, rest = (first + 1)..<mention.tokens.upperBound
        guard document.tokens[first + 1].shape.contains(.capitalized) else { return mention }
        let word = document.text(of: first)
        let modifies = Self.isExitCoinage(word.lowercased())
            || (rest.count >= 2 && surnames.contains(word) && organizationNames.contains(document.text(tokens: rest)))
        guard modifies else { return mention }
        var organization = mention
        organization.tokens = rest
        return organization
    }

    private static let legislatures: Set<String> = ["congress", "duma", "knesset", "bundestag", "majlis", "rada", "sejm", "diet"]

    private func joinHyphenated(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        // Words that name a person by themselves in this document: one-word person mentions and
        // the last words of longer ones, unless a hyphen glues them to the word before
        // ("Murza" of "Kara-Murza" is no one's name alone; "Trump" of "Donald Trump" is).
        let personWords = Set(mentions.filter { $0.kind == .person }.compactMap { mention -> String? in
            let last = mention.tokens.upperBound - 1
            if isAttachedHyphen(last + 1, in: document) || mention.tokens.count == 1 && isAttachedHyphen(last - 1, in: document) { return nil }
            if mention.tokens.count > 1, document.tokens[last - 1].shape.contains(.hasHyphen) { return nil }
            return document.text(of: last)
        })
        // The double-barrelled surnames of the document's full names ("Malloch-Brown" of "Mark
        // Malloch" "-" "Brown"), for the same surname standing alone.
        let hyphenatedSurnames = Set(mentions.filter { $0.kind == .person && $0.tokens.count >= 2 }.compactMap { mention -> String? in
            let hyphen = mention.tokens.upperBound
            guard isAttachedHyphen(hyphen, in: document), document.tokens[hyphen + 1].shape.contains(.capitalized) else { return nil }
            return document.text(tokens: (hyphen - 1)..<(hyphen + 2))
        })
        var result: [Mention] = []
        for var mention in mentions {
            // "Vladimir Kara" "-" "Murza", both tagged people: a double-barrelled surname when
            // the first has a given name and the word after the hyphen names no one by itself in
            // the document ("Hillary Clinton-Trump debate" keeps Trump, whom the document names
            // elsewhere). Two words alone stay two people ("Trump-Putin talks") unless they are
            // the surname of a full name of the document ("Malloch" "-" "Brown").
            if var previous = result.last, previous.kind == .person, mention.kind == .person,
               previous.tokens.count >= 2
                || hyphenatedSurnames.contains(document.text(tokens: previous.tokens.lowerBound..<mention.tokens.upperBound)),
               mention.tokens.count == 1, previous.tokens.upperBound + 1 == mention.tokens.lowerBound,
               previous.sentence == mention.sentence, isAttachedHyphen(previous.tokens.upperBound, in: document),
               !personWords.contains(document.text(of: mention.tokens.lowerBound)),
               !document.tokens[mention.tokens.lowerBound].shape.contains(.allCaps) {
                previous.tokens = previous.tokens.lowerBound..<mention.tokens.upperBound
                result[result.count - 1] = previous
                continue
            }
            // "Kara" "-" "Murza" with only the second tagged: the word glued before it by a
            // hyphen is the first half of the surname when a full name of the document has that
            // surname ("Vladimir Kara-Murza"). Otherwise a capitalized word glued before a person
            // or an organization is the first half of its name ("Sven-Goran Eriksson", "Allied-Lyons",
            // "Winn-Dixie"), unless it is a prefix, a place or a title (`isGluedNameHalf`).
            let first = mention.tokens.lowerBound
            if first >= 2, isAttachedHyphen(first - 1, in: document),
               result.last.map({ $0.tokens.upperBound <= first - 2 }) ?? true,
               document.sentences[mention.sentence].tokens.contains(first - 2),
               mention.kind == .person && mention.tokens.count == 1
                && hyphenatedSurnames.contains(document.text(tokens: (first - 2)..<mention.tokens.upperBound))
                || (mention.kind == .person || mention.kind == .organization)
                && !mentions.contains(where: { $0.tokens.contains(first - 2) }) && !personWords.contains(document.text(of: first - 2))
                && isGluedNameHalf(first - 2, before: first, in: document) {
                mention.tokens = (first - 2)..<mention.tokens.upperBound
            }
            // "Bashar" "al" "-" "Assad": a person's name continues over a lowercase particle.
            if var previous = result.last, previous.kind == .person, mention.kind == .person || mention.kind == .misc,
               previous.sentence == mention.sentence, isParticleBridge(previous.tokens.upperBound..<mention.tokens.lowerBound, in: document) {
                previous.tokens = previous.tokens.lowerBound..<mention.tokens.upperBound
                result[result.count - 1] = previous
                continue
            }
            // "Jean" "-" "Marie Le Pen", "Marie" "-" "Helene Berard": a hyphenated given name, not
            // two people ("Trump-Putin"): both halves known given names, or the first one before a
            // full name.
            if var previous = result.last, previous.kind == .person, mention.kind == .person,
               previous.tokens.count == 1, previous.tokens.upperBound + 1 == mention.tokens.lowerBound,
               previous.sentence == mention.sentence, document.tokens[previous.tokens.upperBound].shape.contains(.hasHyphen),
               Lexicon.givenNames.contains(document.text(of: previous.tokens.lowerBound).lowercased()),
               mention.tokens.count >= 2 || Lexicon.givenNames.contains(document.text(of: mention.tokens.lowerBound).lowercased()) {
                previous.tokens = previous.tokens.lowerBound..<mention.tokens.upperBound
                result[result.count - 1] = previous
                continue
            }
            // "Paul Sun" "-" "Hyung Lee", "Carl" "-" "Henric Svanberg" after an office: a
            // hyphenated given name between a first name and a surname, both parts tagged as
            // names of two or three words, where the word before the hyphen names no one alone
            // in the document and the word after it is no given name unless the one before is
            // too ("Gautam Gambhir-Irfan Pathan", "Strzok-Lisa Page" are two people).
            if var previous = result.last, previous.kind == .person, mention.kind == .person,
               (2...3).contains(previous.tokens.count), (2...3).contains(mention.tokens.count),
               previous.tokens.upperBound + 1 == mention.tokens.lowerBound, previous.sentence == mention.sentence,
               isAttachedHyphen(previous.tokens.upperBound, in: document), document.token(previous.tokens.upperBound, is: "-"),
               !personWords.contains(document.text(of: previous.tokens.upperBound - 1)),
               !document.tokens[mention.tokens.lowerBound].shape.contains(.allCaps),
               !Lexicon.isKnownGivenName(document.text(of: mention.tokens.lowerBound).lowercased())
                || Lexicon.isKnownGivenName(document.text(of: previous.tokens.upperBound - 1).lowercased()) {
                previous.tokens = previous.tokens.lowerBound..<mention.tokens.upperBound
                result[result.count - 1] = previous
                continue
            }
            // "Robert Kilroy" "-" "Silk" (tagged apart): a double-barrelled surname.
            if var previous = result.last, previous.kind == .person, [.organization, .location, .misc].contains(mention.kind),
               mention.tokens.count == 1, previous.tokens.upperBound + 1 == mention.tokens.lowerBound,
               previous.sentence == mention.sentence, isAttachedHyphen(previous.tokens.upperBound, in: document),
               !document.tokens[mention.tokens.lowerBound].shape.contains(.allCaps),
               countries.country(named: document.text(of: mention.tokens.lowerBound)) == nil {
                previous.tokens = previous.tokens.lowerBound..<mention.tokens.upperBound
                result[result.count - 1] = previous
                continue
            }
            // "Rhone" "-" "Poulenc", "Ciba" "-" "Geigy", tagged an organization and a person: one
            // company's name when neither word names a person alone in the document. (A person
            // then an organization is a double-barrelled surname, above; two people stay two:
            // "Trump-Putin talks".)
            if var previous = result.last, previous.tokens.count == 1, mention.tokens.count == 1,
               Set([previous.kind, mention.kind]) == [.person, .organization],
               previous.tokens.upperBound + 1 == mention.tokens.lowerBound, previous.sentence == mention.sentence,
               isAttachedHyphen(previous.tokens.upperBound, in: document),
               ![previous.tokens.lowerBound, mention.tokens.lowerBound].contains(where: { document.tokens[$0].shape.contains(.allCaps) }),
               !personWords.contains(document.text(of: previous.tokens.lowerBound)),
               !personWords.contains(document.text(of: mention.tokens.lowerBound)) {
                previous.kind = .organization
                previous.tokens = previous.tokens.lowerBound..<mention.tokens.upperBound
                result[result.count - 1] = previous
                continue
            }
            if var previous = result.last, previous.tokens.upperBound + 1 == mention.tokens.lowerBound,
               previous.sentence == mention.sentence,
               ![previous.kind, mention.kind].contains(where: { $0 == .country || $0 == .person }),
               document.tokens[previous.tokens.upperBound].shape.contains(.hasHyphen) {
                // The longer part usually carries the type: "Intermediate-Range Nuclear Forces Treaty".
                if mention.tokens.count > previous.tokens.count { previous.kind = mention.kind }
                previous.tokens = previous.tokens.lowerBound..<mention.tokens.upperBound
                result[result.count - 1] = previous
                continue
            }
            result.append(mention)
        }
        return result
    }

    /// A person's name with the given name the tagger left out at a sentence start ("Bashar"
    /// before "Assad" or "al-Assad"): one capitalized word right before it that nothing else
    /// claims, that is a known given name or stands before a particle, and that is no common
    /// word, title or place.
    private func extendingPersonLeft(_ mention: Mention, in document: TokenizedDocument, taken: [Mention]) -> Mention {
        guard mention.kind == .person else { return mention }
        let sentenceStart = document.sentences[mention.sentence].tokens.lowerBound
        var k = mention.tokens.lowerBound - 1
        var bridged = false
        if k - 1 >= sentenceStart, isParticleBridge((k - 1)..<mention.tokens.lowerBound, in: document) { k -= 2; bridged = true }
        else if k >= sentenceStart, isParticleBridge(k..<mention.tokens.lowerBound, in: document) { k -= 1; bridged = true }
        // Without a particle, only a known given name: "Bashar Assad", not "Fullback Andre".
        guard k >= sentenceStart, bridged || Lexicon.givenNames.contains(document.text(of: k).lowercased()) else { return mention }
        let shape = document.tokens[k].shape
        guard shape.contains(.capitalized), shape.contains(.hasLower), !shape.contains(.punctuation),
              !shape.contains(.hasPeriod), !shape.contains(.hasHyphen), !taken.contains(where: { $0.tokens.contains(k) }),
              !isFunctionWord(k, in: document), !isCommonWord(k, in: document), !isTitleWord(k, in: document),
              countries.country(named: document.text(of: k)) == nil, CountryFacts.capitals[document.text(of: k)] == nil
        else { return mention }
        var extended = mention
        extended.tokens = k..<mention.tokens.upperBound
        return extended
    }

    /// A person's name in a title-case headline without the verbs the tagger ran into it: "Jay
    /// Inslee Announces" is Jay Inslee, "Stephen Colbert Mocks Kellyanne Conway" two people.
    func splittingAtHeadlineVerbs(_ mention: Mention, in document: TokenizedDocument) -> [Mention] {
        guard mention.kind == .person, mention.tokens.count > 1,
              mention.tokens.contains(where: { Lexicon.headlineVerbs.contains(document.text(of: $0).lowercased()) }) else { return [mention] }
        var parts: [Mention] = []
        func add(_ tokens: Range<Int>) {
            guard !tokens.isEmpty else { return }
            var part = mention
            part.tokens = tokens
            parts.append(part)
        }
        var start = mention.tokens.lowerBound
        for k in mention.tokens where Lexicon.headlineVerbs.contains(document.text(of: k).lowercased()) {
            add(start..<k)
            start = k + 1
        }
        add(start..<mention.tokens.upperBound)
        return parts
    }

    /// An organization's name of several words over the capitalized word the tagger left out
    /// before it ("General" of "General Administration of Quality Supervision", "People's" of
    /// "People's Democratic Party of Afghanistan"): inside a sentence that is not in title case,
    /// one word of letters only ("Paris-based" is none) that no mention holds, that is no
    /// function or common word (days, months; but "People's", "Women's" are names' words:
    /// `Lexicon.possessiveNameWords`), no
    /// country, demonym or capital (`qualifyingInstitution` and `splittingLeadingCountry` deal
    /// with those) and, with a possessive, no person's surname the document names.
    private func extendingOrganizationLeft(_ mention: Mention, in document: TokenizedDocument, taken: [Mention],
                                           titleCase: Bool) -> Mention {
        guard mention.kind == .organization, mention.tokens.count >= 2, !titleCase,
              !document.tokens[mention.tokens.lowerBound].shape.contains(.allCaps) else { return mention }
        let sentenceStart = document.sentences[mention.sentence].tokens.lowerBound
        var k = mention.tokens.lowerBound - 1
        let possessive = k >= sentenceStart && document.tokens[k].shape.contains(.clitic)
        if possessive { k -= 1 }
        guard k > sentenceStart else { return mention }
        let text = document.text(of: k), shape = document.tokens[k].shape
        guard shape.contains(.capitalized), text.allSatisfy(\.isLetter),
              !taken.contains(where: { $0.tokens.contains(k) }),
              !isFunctionWord(k, in: document), !isCommonWord(k, in: document) || (possessive && Lexicon.possessiveNameWords.contains(text.lowercased())),
              !Lexicon.formerWords.contains(text.lowercased()),
              countries.country(named: text) == nil, countries.country(demonym: text) == nil, CountryFacts.capitals[text] == nil,
              !(possessive && taken.contains(where: { $0.kind == .person && document.text(of: $0.tokens.upperBound - 1) == text }))
        else { return mention }
        var extended = mention
        extended.tokens = k..<mention.tokens.upperBound
        return extended
    }

    /// A person's name without the titles and roles before it ("Taoiseach Enda Kenny", "Mr
    /// Kenny", "US President Donald Trump", "Secretary General of NATO, Jens Stoltenberg"): titles
    /// are not names, and left in the span they make nodes of their own. Qualifiers, demonyms,
    /// acronyms, "of", "the" and commas are part of a title run only when a title word is among
    /// them ("Russian Vladimir Putin" stays to the canonicalizer). Nil when the span holds nothing
    /// but titles ("President").
    func withoutTitles(_ mention: Mention, in document: TokenizedDocument) -> Mention? {
        func isTitle(_ k: Int) -> Bool { Lexicon.titles.contains(document.text(of: k).lowercased()) }
        func qualifies(_ k: Int) -> Bool {
            let text = document.text(of: k), lower = text.lowercased(), shape = document.tokens[k].shape
            return Lexicon.titleModifiers.contains(lower) || lower == "of" || lower == "the" || shape.contains(.punctuation)
                || (shape.contains(.allCaps) && text.utf8.count <= 4) || countries.country(demonym: text) != nil
        }
        func isHonorific(_ k: Int) -> Bool { Lexicon.honorifics.contains(document.text(of: k).lowercased()) }
        var k = mention.tokens.lowerBound
        var sawTitle = false, sawHonorific = false
        var sex: Mention.HonorificSex?
        // The name keeps its last token at least: "PRESIDENT KIM" is "KIM".
        while k < mention.tokens.upperBound - 1, isTitle(k) || qualifies(k) {
            sawTitle = sawTitle || isTitle(k)
            sawHonorific = sawHonorific || isHonorific(k)
            sex = sex ?? Mention.HonorificSex(honorific: document.text(of: k))
            k += 1
        }
        if k == mention.tokens.upperBound - 1, isTitle(k) { return nil }
        // The first word of an office the tagger cut off: "[Staff] Sgt. Clayton Bowen".
        let after = mention.tokens.upperBound
        if mention.tokens.count == 1, Lexicon.titleModifiers.contains(document.text(of: mention.tokens.lowerBound).lowercased()),
           after < document.sentences[mention.sentence].tokens.upperBound, isTitle(after) { return nil }
        var named = mention
        let before = mention.tokens.lowerBound - 1
        let sentenceStart = document.sentences[mention.sentence].tokens.lowerBound
        // The rest of an office the tagger cut off: "Chief of [Staff Reince Priebus]", "Chief
        // [Executive Carlos Ghosn]", "President of the French national [Assembly Jean-Louis
        // Debre]": qualifiers and institution words, after a title and the qualifiers, "of" and
        // "the" of its office (five words at most).
        if !sawTitle {
            var rest = mention.tokens.lowerBound
            while rest < mention.tokens.upperBound - 1, Lexicon.titleModifiers.contains(document.text(of: rest).lowercased())
                    || Lexicon.institutionWords.contains(document.text(of: rest).lowercased()) { rest += 1 }
            var office = before
            while office >= max(sentenceStart, before - 4), !isTitle(office), qualifies(office) { office -= 1 }
            if rest > mention.tokens.lowerBound, office >= sentenceStart, isTitle(office) {
                sawTitle = true
                k = rest
            }
        }
        let titleBefore = before >= sentenceStart && isHonorific(before)
        // Only honorifics and offices are evidence of a person ("actor Oscar" is an award).
        named.titled = sawHonorific || titleBefore
        named.honorificSex = sex ?? (titleBefore ? Mention.HonorificSex(honorific: document.text(of: before)) : nil)
        if !sawTitle, mention.tokens.count == 1, titleBefore, document.tokens[before].shape.contains(.capitalized),
           Lexicon.titlesBeforeGivenNames.contains(document.text(of: before).lowercased()) {
            named.tokens = before..<mention.tokens.upperBound
        }
        guard sawTitle else { return named }
        // "Prince Charles", "Sir John", "Queen Elizabeth": with a given name alone the title is
        // part of how the person is named; without it "Charles" would join "Ray Charles".
        if k == mention.tokens.upperBound - 1, Lexicon.titlesBeforeGivenNames.contains(document.text(of: k - 1).lowercased()) {
            return named
        }
        named.tokens = k..<mention.tokens.upperBound
        return named
    }

    /// A name without the words that describe a person around it: "Retired Army Maj. Gen. …",
    /// "Former Dutch D66 leader" (a person's modifier is no part of an organization's name); "a
    /// Donald Trump Republican", "Val Demings Florida Democrat" (the party and the member's
    /// state go with the person, not in the name).
    func withoutPeoplesModifiers(_ mention: Mention, in document: TokenizedDocument) -> Mention {
        var trimmed = mention
        let first = mention.tokens.lowerBound, last = mention.tokens.upperBound - 1
        if mention.kind == .organization, mention.tokens.count > 1, Lexicon.formerWords.contains(document.text(of: first).lowercased()) {
            trimmed.tokens = (first + 1)..<mention.tokens.upperBound
        }
        if mention.kind == .person, mention.tokens.count > 2, Lexicon.partyMemberNouns.contains(document.text(of: last).lowercased()) {
            let state = CountryFacts.usStates.contains(document.text(of: last - 1))
            trimmed.tokens = first..<(state ? last - 1 : last)
        }
        return trimmed
    }

    /// A person's span without the words of letters and digits before the name: a link's code
    /// ("pic.twitter.com/e0buP1K83z Sessions"), a format ("MP3 Christmas").
    func withoutLeadingCodes(_ mention: Mention, in document: TokenizedDocument) -> Mention {
        var trimmed = mention
        while trimmed.tokens.count > 1, document.tokens[trimmed.tokens.lowerBound].shape.contains(.hasDigit),
              document.text(of: trimmed.tokens.lowerBound).first?.isLetter == true {
            trimmed.tokens = (trimmed.tokens.lowerBound + 1)..<trimmed.tokens.upperBound
        }
        return trimmed
    }

    /// What a span tagged PERSON is when it cannot be a person's name: a name ending in an
    /// organization word or starting with one that only companies start with is an organization
    /// ("Trump Organization", "Deutsche Boerse"), one ending in a building or
    /// street word a place ("Trump Tower"); a group of people by faith, party or nation
    /// ("Shia Muslims", "Democrats"), a deity ("God") or a word before a number ("Article 50",
    /// "Section 230") is no one, nor is a span with a digit in it: an amount and what it counts
    /// ("3.35m Euros", "1m Painkiller contest"), a year and a name ("2017 Ryanair"), a model
    /// ("Haval H6").
    func personOrNot(_ mention: Mention, in document: TokenizedDocument) -> EntityKind {
        if mention.tokens.contains(where: { document.tokens[$0].shape.contains(.hasDigit) }) { return .misc }
        let last = document.text(of: mention.tokens.upperBound - 1).lowercased()
        let first = document.text(of: mention.tokens.lowerBound).lowercased()
        // "Trevor Project", "Innocence Project": a project is run by an organization, named by no person.
        if mention.tokens.count > 1, Lexicon.organizationHeads.contains(last) || Lexicon.organizationFirstWords.contains(first) || last == "project"
            || (Lexicon.southAsianOrganizationHeads.contains(last) && !Lexicon.isKnownGivenName(first)) { return .organization }
        // "Linwood Mosque", "Raj Bhavan": a building whatever the word before; but "Wayne Bridge",
        // "Charlotte Church": a given name before other place words makes them a surname.
        if mention.tokens.count > 1, Lexicon.buildingHeads.contains(last) { return .location }
        if mention.tokens.count > 1, Lexicon.facilityHeads.contains(last), mention.tokens.count > 2 || !Lexicon.isKnownGivenName(first) {
            return .location
        }
        if Lexicon.groupsOfPeople.contains(last) || Lexicon.partyMemberNouns.contains(last)
            || countries.country(demonym: document.text(of: mention.tokens.upperBound - 1)) != nil {
            return .misc
        }
        if mention.tokens.count == 1 {
            if Lexicon.notPeople.contains(last) { return .misc }
            let next = mention.tokens.upperBound
            // Only nouns that number things: "Sampras 6-3" in a results table is a person.
            if Lexicon.numberedNouns.contains(last), next < document.sentences[mention.sentence].tokens.upperBound,
               document.tokens[next].shape.contains(.hasDigit) { return .misc }
        }
        return .person
    }

    /// A generic institution's name ("Foreign Ministry", "Supreme Court", "Parliament": every
    /// word an institution word) or a party name many countries share ("Labour", "Conservative
    /// Party": `Lexicon.sharedPartyWords`) with the country before it ("Russian Foreign
    /// Ministry", "Russia's Foreign Ministry", "Israeli Labour"): each country's ministry is its
    /// own organization, so the mention carries the country, which names it "Foreign Ministry
    /// (Russia)".
    func qualifyingInstitution(_ mention: Mention, in document: TokenizedDocument) -> Mention {
        guard mention.kind == .organization, mention.country == nil,
              isGenericName(mention, in: document) else { return mention }
        var k = mention.tokens.lowerBound - 1
        let sentenceStart = document.sentences[mention.sentence].tokens.lowerBound
        if k > sentenceStart, document.tokens[k].shape.contains(.clitic) { k -= 1 }
        guard k >= sentenceStart else { return mention }
        let text = document.text(of: k)
        guard let country = countries.country(demonym: text) ?? countries.country(named: text), country.isCountry else { return mention }
        var qualified = mention
        qualified.qualifier = country.label
        return qualified
    }

    /// A generic institution right after a state or territory the tagger named as a place
    /// ("the Puerto Rico Senate", "the Texas House", "a Wisconsin Supreme Court ruling", "Puerto
    /// Rico's Senate") is that state's body, qualified by it ("Senate (Puerto Rico)") as a
    /// country before it qualifies it (`qualifyingInstitution`): a state's chamber is not its
    /// country's. After a capital, it is the capital's country's ("the Pyongyang Foreign
    /// Ministry": "Foreign Ministry (North Korea)"). The document's mentions of the body alone
    /// then go with it, not with the document's country (`qualifyingByDocumentCountry`). Only
    /// listed places: the tagger's "places" before a body also include people and phrases
    /// ("Rex Tillerson State Department"). States are those of the United States
    /// (`CountryFacts.usStates`, and New York; not Washington, which stands for the federal
    /// government) and the territories of ISO 3166-1.
    ///
    /// - Complexity: O(m) for m mentions, in token order.
    func qualifyingByPlaceBefore(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        /// The qualifier a place gives a body after it: a state's or a territory's name, a capital's country.
        func qualifier(of place: String) -> String? {
            if CountryFacts.usStates.contains(place) || place == "New York" { return place }
            if let territory = countries.country(named: place), !territory.isCountry { return territory.label }
            return CountryFacts.capitals[place].flatMap { countries.country(alpha2: $0)?.label }
        }
        var placeEndingAt: [Int: String] = [:]
        for mention in mentions where mention.kind == .location {
            if let place = qualifier(of: document.text(tokens: mention.tokens)) { placeEndingAt[mention.tokens.upperBound] = place }
        }
        guard !placeEndingAt.isEmpty else { return mentions }
        return mentions.map { mention in
            guard mention.kind == .organization, mention.country == nil, mention.qualifier == nil,
                  isInstitutionName(mention, in: document) else { return mention }
            var start = mention.tokens.lowerBound
            if start > document.sentences[mention.sentence].tokens.lowerBound, document.tokens[start - 1].shape.contains(.clitic) { start -= 1 }
            guard let place = placeEndingAt[start] else { return mention }
            var qualified = mention
            qualified.qualifier = place
            return qualified
        }
    }

    /// A generic institution named alone ("the Finance Ministry said", "Senate") in a document
    /// about one country (`documentCountry`) is likely that country's: it is qualified by it, as
    /// inferred ("Finance Ministry [Japan]"). Not where the document qualifies the same body
    /// itself or names it in full ("Russian Foreign Ministry … the Foreign Ministry", "Swiss
    /// National Bank … the National Bank": the document resolver joins the lone one to it); nor
    /// one word but a country's own body (`Lexicon.nationalBodies`: not "Commission", mostly the
    /// European one, nor "Bank" or "Cabinet", which `isUnqualifiedGenericBody` drops). The guess
    /// is wrong where a paper leaves its own country unnamed ("the Senate" of an American paper's
    /// story on Russia), so the corpus weighs it (`CorpusResolver.institutionsByCountry`).
    func qualifyingByDocumentCountry(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        func isInstitution(_ mention: Mention) -> Bool {
            mention.kind == .organization && mention.country == nil && isGenericName(mention, in: document)
        }
        func base(_ mention: Mention) -> String { NameCanonicalizer.key(document.text(tokens: mention.tokens)) }
        /// Words but "the" ("The Bank" is one).
        func words(_ mention: Mention) -> Int { mention.tokens.count { document.text(of: $0).lowercased() != "the" } }
        guard mentions.contains(where: { isInstitution($0) && $0.qualifier == nil }),
              let country = documentCountry(mentions) else { return mentions }
        // Bodies the document qualifies itself, or names in full ("Philippine Supreme Court",
        // "Swiss National Bank"): the document resolver joins the name alone to those.
        let qualifiedHere = Set(mentions.filter { isInstitution($0) && $0.qualifier != nil }.map(base))
        let organizationKeys = Set(mentions.filter { $0.kind == .organization }.map(base))
        func namedInFull(_ base: String) -> Bool { organizationKeys.contains { $0.hasSuffix(" " + base) } }
        return mentions.map { mention in
            guard isInstitution(mention), mention.qualifier == nil, !qualifiedHere.contains(base(mention)), !namedInFull(base(mention)),
                  words(mention) > 1 || Lexicon.nationalBodies.contains(document.text(of: mention.tokens.upperBound - 1).lowercased())
                    || isSharedPartyName(mention, in: document)
            else { return mention }
            var qualified = mention
            qualified.qualifier = country.label
            qualified.qualifierIsInferred = true
            return qualified
        }
    }

    /// A generic institution's name: every word an institution word ("Foreign Ministry",
    /// "Supreme Court", "Treasury").
    func isInstitutionName(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        mention.tokens.allSatisfy { Lexicon.institutionWords.contains(document.text(of: $0).lowercased()) }
    }

    /// A party name many countries' parties share ("Labour", "Conservative Party"): three words
    /// at most, looked at only then (the refiner asks this of every organization mention).
    func isSharedPartyName(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        mention.tokens.count <= 3
            && Lexicon.sharedPartyName(mention.tokens.map { Substring(document.text(of: $0).lowercased()) }) != nil
    }

    /// A name each country has one of: a generic institution's or a shared party name.
    func isGenericName(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        isInstitutionName(mention, in: document) || isSharedPartyName(mention, in: document)
    }

    /// Whether a generic institution's name ("Treasury", "U.S. Treasury") stands before a
    /// lowercase noun for a security ("Treasury bills", "Treasury bond yields").
    func isSecurityName(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        lowercaseWord(after: mention, in: document).map(Lexicon.securityNouns.contains) == true && isInstitutionName(mention, in: document)
    }

    /// Whether a lowercase noun for a pact follows the name ("the Louvre accord"; not an
    /// acronym, which names the party to it: "the OPEC accord", "the EU treaty").
    func isBeforePactNoun(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        !mention.tokens.allSatisfy({ document.tokens[$0].shape.contains(.allCaps) })
            && lowercaseWord(after: mention, in: document).map(Lexicon.pactNouns.contains) == true
    }

    /// The word right after a name in its sentence, if it is not capitalized.
    private func lowercaseWord(after mention: Mention, in document: TokenizedDocument) -> String? {
        let next = mention.tokens.upperBound
        guard next < document.sentences[mention.sentence].tokens.upperBound, !document.tokens[next].shape.contains(.capitalized) else { return nil }
        return document.text(of: next)
    }

    /// A name the text describes with a noun is sure, whatever the tagger's margin: "oil giant
    /// Rosneft", "German magazine, “Bild,”", "the Nikkei Asia website", "JP Morgan analyst Harry
    /// Curtis" are organizations (`Lexicon.organizationKindNouns`, `organizationNounsAfter`,
    /// `isEmployer`; an employer, and a name of two words or more right after one of
    /// `Lexicon.firmKindNouns`, "lender Northern Rock", are marked titled), "striker Zico" and
    /// "Sunni politician Adnan al-Dulaimi" people (`Lexicon.personRoleNouns`, before a name of
    /// three words at most with no organization word, not an award's category: "best actor
    /// Oscar"), marked as titled. A noun before the name retypes it; one after only confirms an
    /// organization.
    func described(_ mention: Mention, in document: TokenizedDocument) -> Mention {
        let sentence = document.sentences[mention.sentence].tokens
        var before = mention.tokens.lowerBound - 1
        // Over a comma and an opening quote: "magazine, “Bild,”".
        while before > sentence.lowerBound, before >= mention.tokens.lowerBound - 2,
              document.tokens[before].shape.contains(.quote) || document.token(before, is: ",") { before -= 1 }
        let noun = before >= sentence.lowerBound && !document.tokens[before].shape.contains(.capitalized)
            ? document.text(of: before).lowercased() : ""
        var sure = mention
        if isEmployer(mention, in: document)
            || Lexicon.firmKindNouns.contains(noun) && before == mention.tokens.lowerBound - 1 && mention.tokens.count > 1 {
            // Marked: evidence for the story (its same-key "people" follow) and for the corpus
            // (`CorpusResolver`'s rule 5: "lender Northern Rock" beside a "person" Northern Rock).
            // Not a name of one word, which other people and things share ("charity Tommy's",
            // "delivery firm Stuart").
            sure.kind = .organization
            sure.titled = true
        } else if Lexicon.organizationKindNouns.contains(noun) {
            sure.kind = .organization
        } else if Lexicon.personRoleNouns.contains(noun), mention.tokens.count <= 3,
                  !mention.tokens.contains(where: { Lexicon.organizationHeads.contains(document.text(of: $0).lowercased()) }),
                  !(before > sentence.lowerBound && Self.awardCategoryWords.contains(document.text(of: before - 1).lowercased())) {
            sure.kind = .person
            // A role is evidence of a person, as a title is: the corpus keeps a name it only
            // ever gives alone ("coach Zico", "singer Usher") a person's. Not a given name alone
            // ("rapper Dave", "dancer Billy"): the corpus cannot tell whose it is.
            sure.titled = !isGivenNameAlone(mention, in: document)
        } else if mention.kind != .organization
                    || !(lowercaseWord(after: mention, in: document).map(Lexicon.organizationNounsAfter.contains) ?? false) {
            return mention
        }
        sure.confidence = .infinity
        return sure
    }

    /// Whether the name is an analyst's or a banker's employer: before such a noun and a name
    /// ("JP Morgan analyst Harry Curtis", "Goldman economist Jan Hatzius") or after such a noun
    /// and "at" or "with" ("an analyst at Raymond James", "economist with JP Morgan"). Firms
    /// named like people ("Raymond James", "J.P. Morgan", "Edward Jones") are typed as people
    /// by the tagger; a person's name stands before these nouns only as a firm's. Not
    /// "strategist" or "spokesman" before a name, which a politician's staff have too ("Clinton
    /// strategist James Carville").
    private func isEmployer(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        let sentence = document.sentences[mention.sentence].tokens
        let next = mention.tokens.upperBound, first = mention.tokens.lowerBound
        if next + 1 < sentence.upperBound, Self.analystNouns.contains(document.text(of: next)),
           document.tokens[next + 1].shape.contains(.capitalized) { return true }
        return first - 2 >= sentence.lowerBound && (document.token(first - 1, is: "at") || document.token(first - 1, is: "with"))
            && (Self.analystNouns.contains(document.text(of: first - 2)) || Self.analystNounsBeforeAt.contains(document.text(of: first - 2)))
    }

    /// Lowercase nouns for a firm's analysts and bankers (`isEmployer`).
    private static let analystNouns: Set<String> = ["analyst", "analysts", "economist", "economists", "banker", "bankers"]
    private static let analystNounsBeforeAt: Set<String> = ["strategist", "strategists", "trader", "traders"]

    /// Whether the name is a known given name by itself ("Dave", "Billy"): a role or an age
    /// before or after it says it is someone's, not whose, so it is no title for the corpus.
    private func isGivenNameAlone(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        mention.tokens.count == 1 && Lexicon.isKnownGivenName(document.text(of: mention.tokens.lowerBound).lowercased())
    }

    /// Words before a role that make it an award's category, not someone's role ("best actor
    /// Oscar", "supporting actress Bafta").
    private static let awardCategoryWords: Set<String> = ["best", "supporting", "leading"]

    /// The country a document is about: the one its country names, demonyms and seats of
    /// government name at least twice and at least three times as often as any other country
    /// but its own nations.
    /// Only a document that names no country twice (local news that says "Bihar" and "Patna",
    /// never "India") is placed by its states, provinces and cities too: a story that names
    /// countries may be set abroad ("Normandy" in an American D-Day story, "Wuhan" in one on
    /// China and the U.S.).
    func documentCountry(_ mentions: [Mention]) -> Country? {
        var counts: [String: Int] = [:]
        for mention in mentions where mention.country?.form != .place {
            if let code = mention.country?.code { counts[code, default: 0] += 1 }
        }
        if counts.values.allSatisfy({ $0 < 2 }) {
            for case let (code, .place)? in mentions.lazy.map(\.country) { counts[code, default: 0] += 1 }
        }
        let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let top = ranked.first, top.value >= 2, let country = countries.country(alpha2: top.key), country.isCountry else { return nil }
        // The country's own nations are no rivals: "Scotland" in a story on the United
        // Kingdom's Supreme Court. (Not the other way: a story that names Scotland most is
        // often about a body of the whole kingdom, its Supreme Court or its Treasury.)
        let rivals = ranked.dropFirst().filter { countries.country(alpha2: $0.key)?.parent != top.key }
        guard rivals.isEmpty || top.value >= 3 * rivals[rivals.startIndex].value else { return nil }
        return country
    }

    /// Whether a possessive and "Day" follow the name, in the span or after it ("St Patrick's Day").
    private func isBeforeDayOf(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        let sentenceEnd = document.sentences[mention.sentence].tokens.upperBound
        return (mention.tokens.lowerBound + 1...mention.tokens.upperBound).contains { k in
            k + 1 < sentenceEnd && document.tokens[k].shape.contains(.clitic) && document.token(k + 1, is: "Day")
        }
    }

    /// A name ending with "Day" or holding "Day of". (Not "Operation …": "Operation Rescue" and
    /// "Operation Black Vote" are organizations, and a military operation's name would stay as
    /// its shorter form, "Euphrates Shield".)
    private func isNameOfADay(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        document.token(mention.tokens.upperBound - 1, is: "Day")
            || mention.tokens.dropLast().contains { document.token($0, is: "Day") && document.token($0 + 1, is: "of") }
    }

    /// A court case's name ("Roe v. Wade"), or a name right before or after its "v.". Only the
    /// lawyers' "v.": "vs." and a bare "v" also set teams and candidates against each other.
    private func isPartyToACase(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        let sentence = document.sentences[mention.sentence].tokens
        let after = mention.tokens.upperBound, before = mention.tokens.lowerBound - 1
        return mention.tokens.contains { document.token($0, is: "v.") }
            || (after + 1 < sentence.upperBound && document.token(after, is: "v."))
            || (before > sentence.lowerBound && document.token(before, is: "v."))
    }

    /// A policy named after a person of the document ("Obamacare", "Trumpcare", "ObamaCare"
    /// beside "Obama"): a law or program, no organization and no one.
    static func isPolicyCoinage(_ word: String, personWords: Set<String>) -> Bool {
        guard word.count > 7, word.lowercased().hasSuffix("care") else { return false }
        return personWords.contains(String(word.dropLast(4)))
    }

    /// A country's leaving something, coined on "Brexit" ("Grexit", "Frexit"): a process, no
    /// organization. `word` is lowercased.
    static func isExitCoinage(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffix("exit")
    }

    /// "Government", "Cabinet", "The Bank" alone, with no country before them: every country
    /// has one, and one node for all of them would join unrelated stories ("Russian Government"
    /// is kept, as `Government (Russia)`).
    func isUnqualifiedGenericBody(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        guard mention.kind == .organization, mention.qualifier == nil else { return false }
        let last = mention.tokens.upperBound - 1
        let alone = mention.tokens.count == 1 || mention.tokens.count == 2 && document.text(of: last - 1).lowercased() == "the"
        return alone && Lexicon.genericBodies.contains(document.text(of: last).lowercased())
    }

    /// Marks a name used as the title of a work, the name of a product or an event's, evidence
    /// the corpus weighs (`CorpusResolution.typedByCorpusEvidence`):
    /// - a person or organization name right after a noun for a work, "the" and quotes aside
    ///   ("the comedy Sideways", "the game 'Halo'"; not over a comma: "order books, Fitch said");
    /// - an organization name after a time's or a day's possessive or a year, as an event's,
    ///   with no lowercase word after it but a function word or a noun for a contest ("this
    ///   year's Glastonbury and", "the 2004 Olympics,", "Saturday's Six Nations clash"; not "this
    ///   year's Sony results"; people are left alone), or after a side's possessive before a
    ///   noun for a contest ("England's Six Nations opener", "his side's Six Nations defeat"; not
    ///   a person's: "Trump's Electoral College win") or a possessive determiner before a noun for
    ///   a fixture ("their Six Nations clash"; not "his Electoral College win");
    /// - an organization name used as a product's: owned by another organization, in one word
    ///   ("Microsoft's Xbox"; `organizationEnds` are the last tokens of the document's
    ///   organization mentions), numbered as a model or a sequel ("Xbox 2 is", "Halo 2,",
    ///   "PlayStation 3 chip"), or before a noun for a product ("the Xbox console");
    /// - an organization name of two words or more owned by a person (`personEnds`: "Clint
    ///   Eastwood's Million Dollar Baby"; not "Murdoch's News Corp", whose last word says it is
    ///   an organization), or given a subtitle after a colon inside a sentence ("the top title
    ///   GTA: San Andreas").
    func markingWorkTitle(_ mention: Mention, in document: TokenizedDocument, organizationEnds: Set<Int> = [],
                          personEnds: Set<Int> = []) -> Mention {
        guard mention.kind == .person || mention.kind == .organization else { return mention }
        let sentence = document.sentences[mention.sentence].tokens
        var k = mention.tokens.lowerBound - 1
        while k >= sentence.lowerBound, document.tokens[k].shape.contains(.quote) || document.text(of: k).lowercased() == "the" { k -= 1 }
        var marked = mention
        let before = mention.tokens.lowerBound - 1, after = mention.tokens.upperBound
        // An apposition after a determiner, closed by a comma: "has a film, The Beginning Of
        // Wisdom, currently" (not "up their game," Deconcini said", nor a fronted "In the
        // documentary, Zhu, convicted").
        let apposition = k - 2 >= sentence.lowerBound && document.token(k, is: ",")
            && (k + 1..<mention.tokens.lowerBound).allSatisfy({ document.text(of: $0).lowercased() == "the" })
            && Self.appositionDeterminers.contains(document.text(of: k - 2).lowercased())
            && !(k - 3 >= sentence.lowerBound && Lexicon.functionWords.contains(document.text(of: k - 3).lowercased()))
            && mention.tokens.upperBound < sentence.upperBound && document.token(mention.tokens.upperBound, is: ",")
        let noun = apposition ? k - 1 : k
        // A person after "show" is its title only where no lowercase word follows ("the hit show
        // Jerry Springer - The Opera", not "the crime show Souza presented").
        let personAfterShow = mention.kind == .person && noun >= sentence.lowerBound && document.token(noun, is: "show")
            && after < sentence.upperBound && document.tokens[after].shape.contains(.hasLower)
            && !document.tokens[after].shape.contains(.capitalized)
        if noun >= sentence.lowerBound, !personAfterShow, isWorkNoun(noun, sentence: sentence, in: document) {
            marked.namesWork = true
        } else if mention.kind == .organization {
            // One word only: "ABC's Alisyn Camerota", "NASA's Jet Propulsion Laboratory" are a
            // journalist and a laboratory.
            let ownedByOrganization = mention.tokens.count == 1 && before - 1 >= sentence.lowerBound
                && document.tokens[before].shape.contains(.clitic)
                && organizationEnds.contains(before - 1)
            // A lowercase word or a comma after the number: not a score ("Arsenal 2 Chelsea 1"),
            // a list ("Great Value 2. TenderBird 3.") or a station ("KOB 4", in capitals).
            let numbered = after + 1 < sentence.upperBound && isModelNumber(document.text(of: after))
                && !document.tokens[mention.tokens.upperBound - 1].shape.contains(.allCaps)
                && (document.text(of: after + 1) == "," || document.tokens[after + 1].shape.contains(.hasLower)
                    && !document.tokens[after + 1].shape.contains(.capitalized))
            let beforeProductNoun = after < sentence.upperBound && Lexicon.productNouns.contains(document.text(of: after))
            // No lowercase word after the name but a function word: "this year's Sony results"
            // speaks of the company.
            let asHead = after == sentence.upperBound || !document.tokens[after].shape.contains(.hasLower)
                || document.tokens[after].shape.contains(.capitalized) || Lexicon.functionWords.contains(document.text(of: after))
            let beforeContestNoun = after < sentence.upperBound && Self.contestNouns.contains(document.text(of: after))
            // "Saturday's Six Nations clash", "this year's Six Nations.", and a side's own match:
            // "England's Six Nations opener", "their Six Nations clash".
            let ofATime = (asHead || beforeContestNoun) && isAfterTimePossessiveOrYear(before, sentence: sentence, in: document)
            let ofASide = beforeContestNoun && before - 1 >= sentence.lowerBound && document.tokens[before].shape.contains(.clitic)
                && !personEnds.contains(before - 1)
            let ofTheirs = after < sentence.upperBound && Self.fixtureNouns.contains(document.text(of: after))
                && before >= sentence.lowerBound && Self.possessiveDeterminers.contains(document.text(of: before).lowercased())
            // A headline naming an edition: "Six Nations 2022: Who is…", "Golden Globes 2023:"
            // (not a profile card's "…, Norton Rose Fulbright 2009: Appointed", inside its line).
            let edition = mention.tokens.lowerBound == sentence.lowerBound && after + 1 < sentence.upperBound
                && isYear(document.text(of: after)) && document.token(after + 1, is: ":")
            let asEvent = ofATime || ofASide || ofTheirs || edition
            let ownedByPerson = mention.tokens.count >= 2 && before - 1 >= sentence.lowerBound
                && document.tokens[before].shape.contains(.clitic) && personEnds.contains(before - 1)
                && !isInstitutionalName(mention, in: document)
            let subtitled = mention.tokens.lowerBound > sentence.lowerBound && after + 1 < sentence.upperBound
                && document.token(after, is: ":") && document.tokens[after + 1].shape.contains(.capitalized)
                && document.tokens[after].start == document.tokens[after - 1].end
                && !Self.quotingWords.contains(document.text(of: before).lowercased())
            marked.namesWork = ownedByOrganization || numbered || beforeProductNoun || asEvent || ownedByPerson || subtitled
            marked.isCommonNoun = isCommonNounAcronym(mention, sentence: sentence, in: document)
        }
        return marked
    }

    /// An acronym that an indefinite article or a possessive makes a common noun, standing as the
    /// head of its phrase: "to see a GP.", "their local GP and", "an MP for" (not "a BBC
    /// reporter", where the name qualifies the noun after it): `Mention.isCommonNoun`.
    func isCommonNounAcronym(_ mention: Mention, sentence: Range<Int>, in document: TokenizedDocument) -> Bool {
        guard mention.tokens.count == 1, document.tokens[mention.tokens.lowerBound].shape.contains(.allCaps) else { return false }
        var before = mention.tokens.lowerBound - 1
        // "their local GP", "her own GP" (not "our consultant KPMG", "a figure BMW does not deny").
        if before > sentence.lowerBound, Self.commonNounModifiers.contains(document.text(of: before)) {
            before -= 1
        }
        guard before >= sentence.lowerBound, Self.commonNounDeterminers.contains(document.text(of: before).lowercased()) else { return false }
        let after = mention.tokens.upperBound
        guard after < sentence.upperBound else { return true }
        // A number goes with the name ("an ATP 250").
        let next = document.text(of: after)
        if next.first?.isNumber == true { return false }
        let shape = document.tokens[after].shape
        return !shape.contains(.hasLower) && !shape.contains(.capitalized) || Lexicon.functionWords.contains(next)
    }

    /// Determiners before a common noun that no name takes: "a GP", "their MP".
    static let commonNounDeterminers: Set<String> = ["a", "an", "his", "her", "their", "your", "my", "our"]
    private static let commonNounModifiers: Set<String> = ["local", "own", "new"]

    /// Whether the word at `k` is a lowercase noun for a work ("the comedy", "a film"), "show"
    /// included where it is a noun ("Surf show Baywatch", "TV show"), not a verb ("polls show
    /// Labour ahead", "didn't show Cosby", "clearly show Scott": after a plural, a pronoun, an
    /// auxiliary, a negation or an adverb).
    private func isWorkNoun(_ k: Int, sentence: Range<Int>, in document: TokenizedDocument) -> Bool {
        guard !document.tokens[k].shape.contains(.capitalized) else { return false }
        let text = document.text(of: k)
        if Lexicon.workNouns.contains(text) { return true }
        guard text == "show", k > sentence.lowerBound else { return false }
        let previous = document.text(of: k - 1), lower = previous.lowercased()
        return !document.tokens[k - 1].shape.contains(.punctuation) && !document.tokens[k - 1].shape.contains(.clitic)
            && !lower.hasSuffix("s") && !lower.hasSuffix("ly") && !Self.beforeVerbShow.contains(lower)
    }

    private static let appositionDeterminers: Set<String> = ["a", "an", "the", "his", "her", "their", "its", "new", "latest"]

    /// Words after which "show" is a verb ("data show", "they show", "will show").
    private static let beforeVerbShow: Set<String> = [
        "data", "i", "we", "you", "they", "to", "will", "would", "could", "can", "may", "might", "did", "do", "should",
        "must", "not", "also", "often", "clearly", "figures", "that", "which", "who",
    ]

    /// A year of four digits, 1900 to 2099.
    private func isYear(_ text: String) -> Bool {
        text.utf8.count == 4 && Int(text).map { (1900...2099).contains($0) } == true
    }

    /// Whether the tokens up to `k` end in a time's possessive ("this year's", "last season's")
    /// or in "the" and a year ("the 2005"): what stands before an event's name ("this year's
    /// Six Nations", "the 2004 Olympics"), not before an organization's or a person's.
    private func isAfterTimePossessiveOrYear(_ k: Int, sentence: Range<Int>, in document: TokenizedDocument) -> Bool {
        guard k - 1 >= sentence.lowerBound else { return false }
        if document.tokens[k].shape.contains(.clitic) { return Self.timeNouns.contains(document.text(of: k - 1).lowercased()) }
        return isYear(document.text(of: k)) && document.text(of: k - 1).lowercased() == "the"
    }

    private static let timeNouns: Set<String> = [
        "year", "season", "month", "week", "weekend", "summer", "winter", "spring", "autumn", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "tonight", "today", "tomorrow", "yesterday",
    ]

    /// Whether a name says it is an institution's, whoever it belongs to ("Putin's United
    /// Russia", "Obama's White House", "Conrad Black's Hollinger International", "Norilsk
    /// Nickel's Kola GMK", "Diyarbakir's Chamber of Architects"): its last word is an
    /// organization's head, a legal form, a country or an acronym, or its first word opens an
    /// institution's name.
    private func isInstitutionalName(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        let lastToken = mention.tokens.upperBound - 1, last = document.text(of: lastToken)
        let lower = last.lowercased(), first = document.text(of: mention.tokens.lowerBound).lowercased()
        return Lexicon.organizationHeads.contains(lower) || Lexicon.corporateSuffixes.contains(lower)
            || ["house", "church", "international", "chamber"].contains(lower) || countries.country(named: last) != nil
            || document.tokens[lastToken].shape.contains(.allCaps) || Lexicon.organizationStarts.contains(first) || first == "chamber"
    }

    /// Words before a name and a colon that introduce what it said, not a subtitle ("told BBC
    /// Sport: Media playback").
    private static let quotingWords: Set<String> = [
        "told", "tell", "tells", "said", "says", "say", "asked", "to", "wrote", "writes", "added", "from", "by", "via",
    ]

    /// Lowercase nouns for a contest or its result, after an event's name ("Saturday's Six
    /// Nations clash").
    private static let contestNouns: Set<String> = [
        "clash", "match", "game", "opener", "fixture", "encounter", "decider", "campaign", "title", "win",
        "defeat", "loss", "victory", "final", "semi-final", "quarter-final", "tie", "showdown", "finale", "contest",
    ]

    /// `contestNouns` for a fixture, not for what a candidate or a company may win or lose too
    /// ("his Electoral College win", "their Senate campaign").
    private static let fixtureNouns: Set<String> = [
        "clash", "match", "game", "opener", "fixture", "encounter", "decider", "showdown", "contest",
    ]

    private static let possessiveDeterminers: Set<String> = ["his", "her", "its", "their", "our", "my", "your"]

    /// Whether an index's round number of stocks (two to four digits, a multiple of 10 or 25)
    /// follows the name, over a possessive "'s", then a lowercase word or "index": "S&P 500
    /// rose", "FTSE 100 futures", "Standard & Poor's 500 index", "Fortune 500 companies"; or,
    /// after "the", the end of a phrase ("the S&P 500.", "the broad S&P 500 and the Nasdaq"). A
    /// year ("Toyota 2000 sales") only before "index" ("Russell 2000 index"); scores ("Lakers
    /// 102, Celtics 99", "Kent 361 all out") are no round numbers before a word.
    func isBeforeIndexNumber(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        let sentence = document.sentences[mention.sentence].tokens, end = sentence.upperBound
        var k = mention.tokens.upperBound
        if k < end, document.tokens[k].shape.contains(.clitic) { k += 1 }
        guard k < end else { return false }
        let text = document.text(of: k)
        guard (2...4).contains(text.utf8.count), !text.hasPrefix("0"), let number = Int(text), number % 10 == 0 || number % 25 == 0
        else { return false }
        // "the S&P 500.", "the FTSE 100's fall", "the broad S&P 500 and the Nasdaq": after "the"
        // (and two lowercase words at most) and the name alone, the number may end the phrase
        // ("the F.D.A. 30 days", "the EU's 25 members", "the Garda Confidential Line 1800 666
        // 111" are no indexes).
        var before = mention.tokens.lowerBound - 1
        while before > sentence.lowerBound, before >= mention.tokens.lowerBound - 2,
              document.text(of: before).first?.isLowercase == true, document.text(of: before).lowercased() != "the" { before -= 1 }
        let after = k + 1
        if k == mention.tokens.upperBound, before >= sentence.lowerBound, document.text(of: before).lowercased() == "the",
           !(1900...2099).contains(number),
           after == end || document.tokens[after].shape.contains(.clitic) || document.token(after, is: ".") || document.token(after, is: ",")
            || document.token(after, is: "and") || document.token(after, is: "or") { return true }
        guard k + 1 < end else { return false }
        let next = document.text(of: k + 1)
        // "S&P 500 .SPX": the index's instrument code.
        if next.lowercased() == "index" || (next.hasPrefix(".") && next.utf8.count > 2 && next.dropFirst().allSatisfy(\.isUppercase)) { return true }
        return !(1900...2099).contains(number) && document.tokens[k + 1].shape.contains(.hasLower)
            && !document.tokens[k + 1].shape.contains(.capitalized) && !Self.quantityWords.contains(next)
    }

    /// Whether the name, which the story gives an index's number elsewhere ("the S&P 500"),
    /// names the index without it: before "index" over three lowercase words at most ("the S&P
    /// retail sector index", "the S&P index of financial shares"), or after "the" and before a
    /// market's verb and a figure ("the S&P lost 2.9 percent", "the S&P rose to break-even"; a
    /// company's shares are written without "the"). Not in a story without the number: "the
    /// Conference Board index" is the board's.
    func isMarketIndexName(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        let sentence = document.sentences[mention.sentence].tokens, end = sentence.upperBound
        var k = mention.tokens.upperBound
        while k < min(end, mention.tokens.upperBound + 3), Self.isLowercaseWord(document.text(of: k)),
              !Self.indexNouns.contains(document.text(of: k)) { k += 1 }
        if k < end, Self.indexNouns.contains(document.text(of: k)) { return true }
        let verb = mention.tokens.upperBound, before = mention.tokens.lowerBound - 1
        guard before >= sentence.lowerBound, document.text(of: before).lowercased() == "the", verb + 1 < end,
              Self.marketVerbs.contains(document.text(of: verb)) else { return false }
        return document.tokens[verb + 1].shape.contains(.hasDigit) || document.token(verb + 1, is: "to")
    }

    private static func isLowercaseWord(_ word: String) -> Bool { word.first?.isLowercase == true && word.allSatisfy(\.isLetter) }
    private static let indexNouns: Set<String> = ["index", "indexes", "indices"]
    private static let marketVerbs: Set<String> = [
        "rose", "fell", "gained", "lost", "added", "slipped", "climbed", "dropped", "advanced", "declined", "jumped", "slid",
        "tumbled", "rallied", "ended", "closed", "finished", "edged", "eased", "shed", "surged", "sank", "plunged", "dipped",
    ]

    /// Acronyms the document spells out right after an organization's name that ends in an
    /// organization's head and that the acronym abbreviates ("Islamic Courts Union (ICU)"; not
    /// "Purchasing Managers Index (PMI)", nor a link's "International Criminal Court (PDF)"):
    /// `retype` leaves those to the organization, though `Lexicon.nonOrganizationAcronyms`
    /// lists them as things ("ICU", intensive care).
    ///
    /// - Complexity: O(m) for m mentions.
    func acronymsSpelledOut(_ mentions: [Mention], in document: TokenizedDocument) -> Set<String> {
        Set(mentions.indices.dropFirst().compactMap { i -> String? in
            let acronym = mentions[i].tokens, name = mentions[i - 1].tokens
            guard acronym.count == 1, name.count > 1, acronym.lowerBound == name.upperBound + 1, mentions[i - 1].kind == .organization,
                  document.token(name.upperBound, is: "("), acronym.upperBound < document.tokens.count,
                  document.token(acronym.upperBound, is: ")"),
                  Lexicon.organizationHeads.contains(document.text(of: name.upperBound - 1).lowercased()),
                  DocumentResolver.abbreviates(document.text(of: acronym.lowerBound), document.text(tokens: name)) else { return nil }
            return document.text(of: acronym.lowerBound)
        })
    }

    /// A word that numbers what follows it rather than naming anyone: a part of a text
    /// (`Lexicon.numberedNouns`: "Article 14"), a bill ("HB 509", "HR 1", "SB 8"), an amount in
    /// a currency written before it ("Rs 2.3 crore", "Rp 500") or a racing series ("Formula 1",
    /// "Formula One", "Formula E"). One word, then a number (or "One"/"E" after "Formula").
    func isNumberedItem(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        let next = mention.tokens.upperBound
        guard mention.tokens.count == 1, next < document.sentences[mention.sentence].tokens.upperBound else { return false }
        let word = document.text(of: mention.tokens.lowerBound).lowercased().filter { $0 != "." }, after = document.text(of: next)
        if word == "formula" { return after.first?.isNumber == true || after == "One" || after == "E" }
        guard after.first?.isNumber == true else { return false }
        return Lexicon.numberedNouns.contains(word) || Lexicon.billPrefixes.contains(word) || Lexicon.currencyAbbreviations.contains(word)
    }

    /// Words after a number that count something a company has or pays ("Crane Co's 75 mln
    /// dlrs", "Sons of Gwalia 90 cents", "Tesco's 300 stores").
    private static let quantityWords: Set<String> = [
        "mln", "million", "millions", "bln", "billion", "billions", "trillion", "dlrs", "dlr", "dollars", "dollar", "cents",
        "pct", "percent", "per", "shares", "stg", "pounds", "euros", "yen", "tonnes", "tons", "barrels", "ounces",
        "units", "employees", "workers", "jobs", "staff", "people", "stores", "shops", "branches", "outlets", "plants",
        "points", "years", "days", "hours", "minutes", "km", "miles", "metres", "meters", "feet", "of", "to", "and", "or",
    ]

    /// A model or sequel number: 2 to 20, or a Roman numeral II to X.
    private func isModelNumber(_ text: String) -> Bool {
        if let number = Int(text) { return (2...20).contains(number) && !text.hasPrefix("0") }
        return Self.romanModelNumbers.contains(text)
    }

    private static let romanModelNumbers: Set<String> = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

    /// A person's name continued over infix hyphens the tokenizer split off: "Kim Jong" "-" "un",
    /// "Park Geun" "-" "hye", "Phoebe Waller" "-" "Bridge". The word after the hyphen must be
    /// attached to it, claimed by no other mention, and either capitalized (and no country) or a
    /// short lowercase syllable that is no English word ("Trump-era", "Obama-led" stay apart).
    func continuingOverHyphens(_ mention: Mention, in document: TokenizedDocument, taken: [Mention]) -> Mention {
        var upper = mention.tokens.upperBound
        let sentenceEnd = document.sentences[mention.sentence].tokens.upperBound
        while upper + 1 < sentenceEnd, isAttachedHyphen(upper, in: document) {
            let k = upper + 1, shape = document.tokens[k].shape, text = document.text(of: k)
            guard !shape.contains(.punctuation), !shape.contains(.hasDigit),
                  !taken.contains(where: { $0.tokens.contains(k) }) else { break }
            let lower = text.lowercased()
            if shape.contains(.capitalized) {
                guard countries.country(named: text) == nil, !Lexicon.commonWords.contains(lower) else { break }
            } else {
                guard text.utf8.count <= 5, document.tokens[upper - 1].shape.contains(.capitalized),
                      lower == "in" || !(Lexicon.commonWords.contains(lower) || Lexicon.functionWords.contains(lower)),
                      !Lexicon.hyphenSuffixes.contains(lower) else { break }
            }
            upper = k + 1
        }
        var continued = mention
        continued.tokens = mention.tokens.lowerBound..<upper
        return continued
    }

    /// A company's name with a bracketed part before its legal form ("Sigma Mines (Quebec) Ltd",
    /// "Jardine Fleming (Securities) Ltd"), which the tagger cuts into pieces and a lone "Ltd":
    /// one organization over the capitalized words before the bracket (at most five), the
    /// bracket (one to three capitalized words) and the legal form, or from where a piece
    /// before the bracket starts ("Taiyuan Iron and Steel (Group) Co"), replacing the pieces. A
    /// legal form left alone is no name.
    func joiningBracketedLegalNames(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        func isSuffix(_ k: Int) -> Bool { Self.isLegalForm(document.text(of: k).lowercased()) }
        func isCapitalized(_ k: Int) -> Bool {
            let shape = document.tokens[k].shape
            return shape.contains(.capitalized) && !shape.contains(.punctuation)
        }
        var result: [Mention] = []
        for mention in mentions {
            let sentence = document.sentences[mention.sentence].tokens
            let first = mention.tokens.lowerBound, after = mention.tokens.upperBound
            // The legal form ending the span, and before it ") " ("Quebec) Ltd", "Ltd").
            var suffix = after
            while suffix > first, isSuffix(suffix - 1) { suffix -= 1 }
            let close = suffix - 1
            guard suffix < after, close > sentence.lowerBound, document.token(close, is: ")"),
                  let open = (max(sentence.lowerBound, close - 4)..<close).last(where: { document.token($0, is: "(") }),
                  open + 1 < close, (open + 1..<close).allSatisfy(isCapitalized), open > sentence.lowerBound, isCapitalized(open - 1) else {
                if suffix > first { result.append(mention) }
                continue
            }
            var start = open - 1
            while start > max(sentence.lowerBound, open - 5), isCapitalized(start - 1) { start -= 1 }
            start = min(start, first)
            if let piece = result.last(where: { $0.sentence == mention.sentence && $0.tokens.upperBound == open }) {
                start = min(start, piece.tokens.lowerBound)
            }
            var joined = mention
            joined.tokens = start..<after
            joined.kind = .organization
            result.removeAll { $0.sentence == mention.sentence && $0.tokens.overlaps(joined.tokens) }
            result.append(joined)
        }
        return result
    }

    /// A company or an institution named by two words joined by "and" or "&" ("Standard and
    /// Poor's Corp", "Gulf and Western Inc", "Sugar and Cocoa Exchange"), of which the tagger
    /// took only what follows "and": one organization from the word before "and" when the span
    /// ends in a legal form or an organization's head noun, or is one word with an "'s" that no
    /// noun follows ("by Standard and Poor's and"), and that word is one capitalized word,
    /// untagged or a name of its own only before "and" in the document, and no place, demonym, title,
    /// common or function word, nor a party's members ("Republicans and House Budget
    /// Committee"). Two names stay two where nothing ends them so ("Nationwide and Halifax",
    /// "Marks and Spencer" too, alas). The joined name found again in the document, without its
    /// legal form ("rated AA by Standard and Poor's"), is that organization wherever the tagger
    /// cut it.
    ///
    /// - Complexity: O(m + t·j) for m mentions, t tokens and j joined names.
    func joiningConjoinedNames(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        func isBeforeAnd(_ mention: Mention) -> Bool {
            let next = mention.tokens.upperBound
            return document.sentences[mention.sentence].tokens.contains(next) && (document.token(next, is: "and") || document.token(next, is: "&"))
        }
        // One-word names standing alone, not before "and".
        let standalone = Set(mentions.filter { $0.tokens.count == 1 && !isBeforeAnd($0) }.map { document.text(of: $0.tokens.lowerBound) })
        func isLegalForm(_ k: Int) -> Bool { Self.isLegalForm(document.text(of: k).lowercased()) }
        // Where the name ends before its legal forms ("Poor's" of "Poor's Corp").
        func nameEnd(_ mention: Mention) -> Int {
            var end = mention.tokens.upperBound
            while end > mention.tokens.lowerBound, isLegalForm(end - 1) { end -= 1 }
            return end
        }
        func endsAsOrganization(_ mention: Mention) -> Bool {
            let lower = document.text(of: mention.tokens.upperBound - 1).lowercased()
            return mention.tokens.count >= 2 && (isLegalForm(mention.tokens.upperBound - 1) || Lexicon.organizationHeads.contains(lower))
                || isFirmsPossessive(mention)
        }
        // A firm named after two people, without its legal form: the second name has the "'s"
        // and no noun follows it ("rated A by Standard and Poor's and", "Standard and Poor's
        // said", "Standard and Poor's 500"; not "Apple's profits", nor before a quoted title).
        func isFirmsPossessive(_ mention: Mention) -> Bool {
            let clitic = mention.tokens.upperBound, sentence = document.sentences[mention.sentence].tokens
            guard mention.kind == .organization, mention.tokens.count == 1, sentence.contains(clitic), document.tokens[clitic].shape.contains(.clitic),
                  document.text(of: clitic).lowercased().hasSuffix("s") else { return false }
            let next = clitic + 1
            guard sentence.contains(next) else { return true }
            let shape = document.tokens[next].shape
            let word = document.text(of: next)
            // Not before a quoted title: "Universal and Blumhouse's “Get Out”" is two studios' film.
            return shape.contains(.punctuation) && !shape.contains(.quote) || shape.contains(.number) || isLegalForm(next)
                || Lexicon.functionWords.contains(word) || word == "said" || word == "says"
        }
        // A one-word name before "and", not in capitals, is the first word of the next only
        // before one word and a legal form ("Standard" of "Standard and Poor's Corp") or before an
        // institution's head ("Transport and General Workers' Union"): "Viacom and Sony
        // Pictures", "IMF and World Bank", "Lufthansa and British Airways" are two.
        func isFirstWord(_ k: Int, before mention: Mention) -> Bool {
            let shape = document.tokens[k].shape, text = document.text(of: k), lower = text.lowercased()
            if let tagged = mentions.first(where: { $0.tokens.contains(k) }) {
                var end = nameEnd(mention)
                if document.tokens[end - 1].shape.contains(.clitic) { end -= 1 }
                let oneWordCompany = end == mention.tokens.lowerBound + 1 && end < mention.tokens.upperBound
                let institution = Self.institutionHeads.contains(document.text(of: mention.tokens.upperBound - 1).lowercased())
                guard tagged.tokens.count == 1, tagged.kind != .country, !shape.contains(.allCaps),
                      oneWordCompany || institution || isFirmsPossessive(mention)
                else { return false }
            }
            guard shape.contains(.capitalized), !shape.contains(.punctuation), !shape.contains(.hasDigit), !shape.contains(.hasPeriod),
                  !standalone.contains(text),
                  !isFunctionWord(k, in: document), !isCommonWord(k, in: document), !isTitleWord(k, in: document),
                  countries.country(named: text) == nil, CountryFacts.capitals[text] == nil else { return false }
            return !["ans", "ists", "ives", "ats", "als"].contains(where: { lower.hasSuffix($0) })
        }
        var result = mentions
        var joinedNames: [[String]] = []
        // First words that were one-word mentions of their own.
        var absorbed = Set<Int>()
        for (index, mention) in mentions.enumerated() where mention.kind == .organization || mention.kind == .person {
            let first = mention.tokens.lowerBound
            guard endsAsOrganization(mention), document.sentences[mention.sentence].tokens.contains(first - 2),
                  document.token(first - 1, is: "and") || document.token(first - 1, is: "&"),
                  isFirstWord(first - 2, before: mention) else { continue }
            result[index].tokens = (first - 2)..<mention.tokens.upperBound
            result[index].kind = .organization
            absorbed.insert(first - 2)
            joinedNames.append(((first - 2)..<nameEnd(mention)).map { document.text(of: $0) })
        }
        guard !joinedNames.isEmpty else { return mentions }
        result.removeAll { $0.tokens.count == 1 && absorbed.contains($0.tokens.lowerBound) }
        // The joined names again, wherever the tagger cut them.
        for name in Set(joinedNames) {
            for (index, sentence) in document.sentences.enumerated() {
                var k = sentence.tokens.lowerBound
                while k + name.count <= sentence.tokens.upperBound {
                    let range = k..<(k + name.count)
                    guard zip(range, name).allSatisfy({ document.text(of: $0) == $1 }),
                          !result.contains(where: { $0.tokens.lowerBound <= range.lowerBound && $0.tokens.upperBound >= range.upperBound })
                    else { k += 1; continue }
                    let pieces = result.filter { $0.sentence == index && $0.tokens.overlaps(range) }
                    var joined = pieces.first ?? Mention(tokens: range, sentence: index, kind: .organization, origin: .tagger)
                    let lower = min(range.lowerBound, pieces.map(\.tokens.lowerBound).min() ?? range.lowerBound)
                    joined.tokens = lower..<max(range.upperBound, pieces.map(\.tokens.upperBound).max() ?? range.upperBound)
                    joined.kind = .organization
                    result.removeAll { $0.sentence == index && $0.tokens.overlaps(range) }
                    result.append(joined)
                    k = joined.tokens.upperBound
                }
            }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Two names the tagger found on each side of "&" are one organization's where the second
    /// ends in a legal form or takes a possessive ("Warshaw & Penny LLP", "Ben & Jerry's",
    /// whose possessive `markingPossessives` keeps); a headline's pair is two ("Amit Shah & Modi").
    func joiningAmpersandNames(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        mergingWithNext(mentions) { mention, next in
            guard let next, mention.kind == .person || mention.kind == .organization, next.sentence == mention.sentence,
                  next.kind == .person || next.kind == .organization, next.tokens.lowerBound == mention.tokens.upperBound + 1,
                  document.token(mention.tokens.upperBound, is: "&") else { return false }
            // A firm's name goes on with a possessive or a legal form ("Ben & Jerry's", "Warshaw &
            // Penny LLP"); a headline's pair does not ("Houston Astros & Philadelphia Phillies").
            let end = next.tokens.upperBound
            let possessive = end < document.sentences[mention.sentence].tokens.upperBound && document.tokens[end].shape.contains(.clitic)
            guard possessive || Self.isLegalForm(document.text(of: end - 1).lowercased()) else { return false }
            mention.tokens = mention.tokens.lowerBound..<end
            mention.kind = .organization
            return true
        }
    }

    /// A body named by a list of portfolios, which the tagger cuts at the first comma:
    /// "Department for Digital, Culture, Media and Sport", "Ministry of Economy, Trade and
    /// Industry", "Department of Jobs, Enterprise and Innovation" are one organization each,
    /// not "Department for Digital" with "Culture", "Media" and "Sport" as names of their own.
    ///
    /// The organization ends "<body> for|of" and one or two words (`Lexicon.portfolioBodyHeads`);
    /// after it come ", <item>" once or more, then "and" or "&" (or ", and") and the last item.
    /// An item is one to three capitalized words that are neither function words, titles, given
    /// names nor nouns of a body of their own (`Lexicon.bodyNouns`: "… Management, Fish and
    /// Wildlife Service" names two bodies), and the names the tagger found in the list are no
    /// countries, people or places of two words or more. An item stops at a title ("… Media and
    /// Sport Secretary Nadine Dorries").
    ///
    /// The tagger also cuts such a name at a lone "and": "National Institute of Allergy" and
    /// "Infectious Diseases" (typed a person), "Office of Management" and "Budget", "American
    /// Society for Biochemistry" and "Molecular Biology". Without a comma the list is one item
    /// after "and" or "&", a few more bodies may head it (`conjoinedBodyHeads`: "Center for Drug
    /// Safety and Effectiveness", "School of Media and Public Affairs"), and the guards are
    /// stricter, as "and" joins two bodies more often than it ends a list: a sentence of prose
    /// (no headline's capitals); after the item no capitalized word ("… and Home Office", "…
    /// and Commerce Secretary Wilbur Ross") and no further "and" or "or" ("Department of
    /// Homeland Security and Immigration and Customs Enforcement"); a name the tagger found in
    /// the item is no place, no organization the document names elsewhere ("Department of
    /// Justice and Microsoft"), no person with a known given name.
    ///
    /// - Complexity: O(m + n) for m mentions and n tokens.
    func joiningPortfolioLists(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        func isItemWord(_ k: Int) -> Bool {
            let shape = document.tokens[k].shape, lower = document.text(of: k).lowercased()
            return shape.contains(.capitalized) && !shape.contains(.allCaps) && !Lexicon.functionWords.contains(lower)
                && !Lexicon.titles.contains(lower) && !Lexicon.givenNames.contains(lower) && !Lexicon.bodyNouns.contains(lower)
        }
        /// Where the body's portfolios begin in `mention` ("… Bureau of | Alcohol, Tobacco,
        /// Firearms"): after "of" or "for" and the head before it, with one to four words after
        /// the link ("Museum of | African American History") or a comma list the tagger took in
        /// with it, each item one to three words. The head is checked by the caller.
        func portfolioLink(in mention: Mention) -> (head: Int, innerComma: Bool)? {
            guard mention.kind == .organization else { return nil }
            var k = mention.tokens.upperBound - 1, words = 0, innerComma = false
            while k > mention.tokens.lowerBound {
                if document.token(k, is: "for") || document.token(k, is: "of") {
                    return (1...4).contains(words) ? (k - 1, innerComma) : nil
                }
                if document.token(k, is: ",") {
                    guard (1...3).contains(words) else { return nil }
                    innerComma = true
                    words = 0
                } else {
                    guard !isConjunction(k) else { return nil }
                    words += 1
                    if words > 4 || innerComma && words > 3 { return nil }
                }
                k -= 1
            }
            return nil
        }
        func isConjunction(_ k: Int) -> Bool { document.token(k, is: "and") || document.token(k, is: "&") }
        /// Where the list after `mention` ends, and whether it has a comma.
        func list(after mention: Mention) -> (end: Int, hasComma: Bool)? {
            let end = document.sentences[mention.sentence].tokens.upperBound
            var k = mention.tokens.upperBound
            guard k < end, document.token(k, is: ",") || isConjunction(k) else { return nil }
            let hasComma = document.token(k, is: ",")
            while k + 1 < end, document.token(k, is: ",") || isConjunction(k) {
                // ", and": a serial comma before the last item.
                if document.token(k, is: ","), isConjunction(k + 1) { k += 1 }
                let isLast = !document.token(k, is: ",")
                var stop = k + 1
                while stop < end, stop - k <= 3, isItemWord(stop) { stop += 1 }
                guard stop > k + 1 else { return nil }
                if isLast {
                    guard hasComma || stop == end || !document.tokens[stop].shape.contains(.capitalized) && !isConjunction(stop)
                        && !document.token(stop, is: "or") else { return nil }
                    return (stop, hasComma)
                }
                k = stop
            }
            return nil
        }
        // How often the document names each organization, and the words of every name: only for
        // a list without a comma, counted the first time one is found.
        var counts: (organizationNames: [String: Int], nameWords: [String: Int])?
        func documentCounts() -> (organizationNames: [String: Int], nameWords: [String: Int]) {
            if let counts { return counts }
            var organizationNames: [String: Int] = [:], nameWords: [String: Int] = [:]
            for mention in mentions {
                if mention.kind == .organization { organizationNames[document.text(tokens: mention.tokens), default: 0] += 1 }
                for k in mention.tokens { nameWords[document.text(of: k), default: 0] += 1 }
            }
            counts = (organizationNames, nameWords)
            return (organizationNames, nameWords)
        }
        /// Whether a name the tagger found in a list without a comma is part of the body's name:
        /// no organization of its own (named elsewhere, or ending in an organization's head: "…
        /// and China Central Television"), no one named elsewhere ("… and Trump") or in the
        /// possessive ("… and Massud Barzani's Kurdistan Democratic Party"), no given name. (The
        /// tagger types many a last portfolio an organization, "… and Budget", "… and Excise",
        /// so one word is let in, and "Union of Right Forces and Yabloko" with it.)
        func isPartOfConjoinedName(_ part: Mention, end: Int, portfolio: Range<Int>) -> Bool {
            switch part.kind {
            case .organization:
                return documentCounts().organizationNames[document.text(tokens: part.tokens), default: 0] <= 1
                    && !Lexicon.organizationHeads.contains(document.text(of: part.tokens.upperBound - 1).lowercased())
            case .person:
                let sentence = document.sentences[part.sentence].tokens, nameWords = documentCounts().nameWords
                return !Lexicon.isKnownGivenName(document.text(of: part.tokens.lowerBound).lowercased())
                    && part.tokens.allSatisfy({ nameWords[document.text(of: $0), default: 0] <= 1 })
                    && !(sentence.contains(end) && document.tokens[end].shape.contains(.clitic))
            case .misc: return true
            case .location:
                // The tagger takes many a portfolio for a place ("… and Culture", "… and
                // Whistleblower Protection"); a place it knows is one only after another
                // ("Port Authority of New York and New Jersey"), not after a portfolio
                // ("Ministry of Defence and Kyiv").
                return !isKnownPlace(document.text(tokens: part.tokens)) || isKnownPlace(document.text(tokens: portfolio))
            default: return false
            }
        }
        func isKnownPlace(_ name: String) -> Bool {
            CountryFacts.capitals[name] != nil || CountryFacts.places[name] != nil || CountryFacts.usStates.contains(name)
                || name == "New York" || name == "Washington" || CountryFacts.regions.contains(name) || countries.country(named: name) != nil
        }
        return mergingWithFollowing(mentions) { mention, following in
            guard let list = list(after: mention), let link = portfolioLink(in: mention) else { return 0 }
            let hasComma = list.hasComma || link.innerComma
            guard (hasComma ? Lexicon.portfolioBodyHeads : Self.conjoinedBodyHeads).contains(document.text(of: link.head).lowercased())
            else { return 0 }
            if !hasComma {
                // No country or demonym, each word by itself or the name the tagger found it in
                // ("Jersey" of "New Jersey" is no island).
                guard SentenceStyle(document: document, range: document.sentences[mention.sentence].tokens) == .normal,
                      (mention.tokens.upperBound..<list.end).allSatisfy({ k in
                          let part = following.first { $0.tokens.contains(k) && $0.tokens.count > 1 }
                          let text = part.map { document.text(tokens: $0.tokens) } ?? document.text(of: k)
                          return countries.country(named: text) == nil && countries.country(demonym: text) == nil
                      })
                else { return 0 }
            }
            // The names the tagger found in the list must be parts of it.
            let parts = following.prefix { $0.tokens.lowerBound < list.end }
            guard parts.allSatisfy({ part in
                part.tokens.upperBound <= list.end && part.kind != .country
                    && (hasComma ? part.kind == .organization || part.tokens.count == 1
                        : isPartOfConjoinedName(part, end: list.end, portfolio: (link.head + 2)..<mention.tokens.upperBound))
            }) else { return 0 }
            mention.tokens = mention.tokens.lowerBound..<list.end
            return parts.count
        }
    }

    /// A name the document defines by its acronym, "Justice and Equality Movement (JEM)", is one
    /// name however the tagger cut it ("Justice" and "Equality Movement", "Islamic State of Iraq"
    /// and "Levant", "American Association" and "Advancement of Science"). The long form is the
    /// shortest run of capitalized words (with the small words of names, hyphens and "'s")
    /// before the bracket whose initials spell the acronym's capitals, each word giving its
    /// initial and each capitalized part of a hyphenated word its own ("World Anti-Doping
    /// Agency", "Co-operation"). Only where the names the tagger found in it lie wholly inside
    /// it, one of them is an organization and none a country, and the acronym is none the
    /// library knows (`Lexicon.organizationAcronyms`). The long form is an organization, or an
    /// event or an instrument where its head, the last word before its first small word, is one ("General Agreement on Tariffs and Trade", "World Summit on
    /// the Information Society"). A "person" defining an acronym the tagger typed an
    /// organization is one too, unless it begins with a known given name or another "person"
    /// of the story ends in its last word ("Lashkar-e-Taiba (LeT)", "Hewlett Packard (HP)"; not
    /// "Alexandria Ocasio-Cortez (AOC)" … "Ocasio-Cortez said").
    ///
    /// - Complexity: O(t + a · m) for t tokens, m mentions and a bracketed acronyms.
    /// - Reference: A. S. Schwartz, M. A. Hearst, "A simple algorithm for identifying abbreviation
    ///   definitions in biomedical text", PSB 2003 (a stricter matcher: initials only).
    func joiningAcronymDefinitions(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var result = mentions
        var removed = Set<Int>()
        var added: [Mention] = []
        var personLastWords: [String: Int] = [:]
        for mention in mentions where mention.kind == .person { personLastWords[document.text(of: mention.tokens.upperBound - 1), default: 0] += 1 }
        for (index, sentence) in document.sentences.enumerated() {
            let tokens = sentence.tokens
            for open in tokens where open + 2 < tokens.upperBound && open - 2 >= tokens.lowerBound
                && document.token(open, is: "(") && document.token(open + 2, is: ")") {
                let acronym = document.text(of: open + 1)
                // An acronym the library knows keeps the name it knows it by ("ISIL").
                guard TermAcronyms.isAcronym(acronym), Lexicon.organizationAcronyms[acronym] == nil,
                      let start = longFormStart(spelling: acronym.filter(\.isUppercase), before: open, from: tokens.lowerBound, in: document)
                else { continue }
                let longForm = start..<open
                let inside = result.indices.filter { !removed.contains($0) && result[$0].tokens.overlaps(longForm) }
                guard !inside.isEmpty, inside.allSatisfy({ result[$0].tokens.clamped(to: longForm) == result[$0].tokens }) else { continue }
                let acronymIsOrganization = result.contains { $0.tokens == (open + 1)..<(open + 2) && $0.kind == .organization }
                let kinds = inside.map { result[$0].kind }
                if inside.count == 1, result[inside[0]].tokens == longForm {
                    // No one else the story names with the same last word ("Ocasio-Cortez said").
                    if kinds[0] == .person, acronymIsOrganization, !Lexicon.isKnownGivenName(document.text(of: start).lowercased()),
                       personLastWords[document.text(of: open - 1), default: 0] < 2 {
                        result[inside[0]].kind = .organization
                    }
                    continue
                }
                // Not an office or its holders, by the first word, the head or the last ("Members
                // of the Senedd (MS)", "Director General of Civil Aviation (DGCA)", "District
                // Education Officer (DEO)").
                let head = longFormHead(longForm, in: document)
                // ("Justice", a judge's title, is a portfolio too: "Justice and Equality Movement".)
                guard ![document.text(of: start).lowercased(), head, document.text(of: open - 1).lowercased()].contains(where: {
                    (Lexicon.titles.contains($0) || Lexicon.officeHolderNouns.contains($0)) && !Lexicon.institutionWords.contains($0)
                }) else { continue }
                // An organization inside, no country: a country and its institution stay two
                // ("Israel" and "Defense Forces" of "Israel Defense Forces (IDF)"), as the stories
                // without the acronym write them.
                guard kinds.contains(.organization), !kinds.contains(.country) else { continue }
                var joined = result[inside[0]]
                joined.tokens = longForm
                joined.sentence = index
                joined.kind = Self.isEventOrInstrumentHead(head) ? .misc : .organization
                removed.formUnion(inside)
                added.append(joined)
            }
        }
        guard !added.isEmpty else { return result }
        return (result.enumerated().filter { !removed.contains($0.offset) }.map(\.element) + added)
            .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Where the shortest long form before `open` whose initials are `letters` begins, or nil.
    private func longFormStart(spelling letters: String, before open: Int, from sentenceStart: Int, in document: TokenizedDocument) -> Int? {
        guard letters.count >= 2 else { return nil }
        var initials = "", k = open - 1
        while k >= sentenceStart, open - k <= Self.longestAcronymDefinition {
            let shape = document.tokens[k].shape, text = document.text(of: k)
            if shape.contains(.capitalized) && !shape.contains(.hasDigit) {
                // The initials of a hyphenated word's capitalized parts, in reverse.
                let parts = text.split(separator: "-").compactMap { $0.first?.isUppercase == true ? $0.first : nil }
                initials = String(parts) + initials
                if initials == letters { return k }
                if !letters.hasSuffix(initials) { return nil }
            } else if (shape.contains(.dash) || text == "-") && k > sentenceStart && document.tokens[k - 1].shape.contains(.clitic) {
                return nil  // "EU's-Court of Justice (ECJ)": two names glued, no one long form.
            } else if !(shape.contains(.clitic) || shape.contains(.dash) || text == "-" || Self.acronymSmallWords.contains(text)
                        || isAttachedHyphen(k - 1, in: document) && isAttachedHyphen(k + 1, in: document)) {
                // Not a word, unless a lowercase part of a hyphenated name ("e" of "Lashkar-e-Taiba").
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// A long form's head: its last word before its first small word ("Agreement" of "General
    /// Agreement on Tariffs and Trade"), or its last word.
    private func longFormHead(_ longForm: Range<Int>, in document: TokenizedDocument) -> String {
        let link = longForm.first { Self.acronymSmallWords.contains(document.text(of: $0)) } ?? longForm.upperBound
        return document.text(of: max(longForm.lowerBound, link - 1)).lowercased()
    }

    private static func isEventOrInstrumentHead(_ word: String) -> Bool {
        Lexicon.eventHeads.contains(word) || Lexicon.eventHeadsAfterAWord.contains(word) || Lexicon.instrumentHeads.contains(word)
    }

    /// The longest acronym definition looked at, in tokens.
    private static let longestAcronymDefinition = 16
    /// Lowercase words inside the long forms of acronyms ("Organization for Security and
    /// Co-operation in Europe").
    private static let acronymSmallWords: Set<String> = ["of", "and", "for", "the", "on", "in", "to", "&", "de", "del", "des", "du", "la", "against"]

    /// Heads of bodies named by two portfolios joined by "and" ("Office of Management and
    /// Budget", "Johns Hopkins Center for Drug Safety and Effectiveness"): a bank or a university
    /// named after a place is not one ("Bank of England and Barclays", "University of Oxford and
    /// Cambridge").
    private static let conjoinedBodyHeads: Set<String> = Lexicon.portfolioBodyHeads.union([
        "center", "centre", "school", "museum", "academy", "college", "foundation", "fund", "laboratory",
    ])

    /// `mentions` with each one passed to `merge` with the mention after it (nil for the last):
    /// `merge` may change the mention, and returns whether it took in the next one, which is
    /// then dropped.
    ///
    /// - Complexity: O(m) calls of `merge` for m mentions.
    private func mergingWithNext(_ mentions: [Mention], _ merge: (inout Mention, Mention?) -> Bool) -> [Mention] {
        mergingWithFollowing(mentions) { mention, following in merge(&mention, following.first) ? 1 : 0 }
    }

    /// `mentions` with each one passed to `merge` with the mentions after it: `merge` may change
    /// the mention, and returns how many of those it took in, which are then dropped.
    ///
    /// - Complexity: O(m) calls of `merge` for m mentions.
    private func mergingWithFollowing(_ mentions: [Mention], _ merge: (inout Mention, ArraySlice<Mention>) -> Int) -> [Mention] {
        var result: [Mention] = []
        result.reserveCapacity(mentions.count)
        var index = 0
        while index < mentions.count {
            var mention = mentions[index]
            index += 1
            index += merge(&mention, mentions[index...])
            result.append(mention)
        }
        return result
    }

    /// A broadcaster's station named by a number or a place after "Radio", "TV" or "Channel",
    /// which the tagger cut off: "BBC Radio 4", "BBC Radio 1Xtra", "BBC Radio Wales" (an
    /// organization, then a place), "BBC Radio Ulster" (the place untagged), not the
    /// broadcaster "BBC Radio" with every station of it.
    func joiningStationNames(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        mergingWithNext(mentions) { mention, following in
            let last = mention.tokens.upperBound - 1, next = mention.tokens.upperBound
            let end = document.sentences[mention.sentence].tokens.upperBound
            // The tagger types some stations people ("ITV and Channel 4": "Channel").
            guard mention.kind == .organization || mention.kind == .person, Lexicon.stationHeads.contains(document.text(of: last).lowercased()),
                  next < end else { return false }
            let word = document.text(of: next)
            let nextIsFree = following.map { $0.tokens.lowerBound > next } ?? true
            if word.count <= 4, word.first?.isNumber == true, word.allSatisfy({ $0.isLetter || $0.isNumber }), nextIsFree {
                mention.tokens = mention.tokens.lowerBound..<(next + 1)
                mention.kind = .organization
                return false
            }
            guard mention.kind == .organization else { return false }
            if let following, following.tokens.lowerBound == next, following.sentence == mention.sentence, following.tokens.count == 1 {
                // "BBC Radio Wales", "BBC Radio Foyle": a place or name the tagger gave a span of its own.
                mention.tokens = mention.tokens.lowerBound..<following.tokens.upperBound
                return true
            }
            // "BBC Radio Ulster", "BBC Radio Greater Manchester", where the tagger left the place
            // untagged (not "Virgin Radio DJ", "Capital Radio Presenter").
            var stop = next
            while stop < min(next + 2, end), following.map({ $0.tokens.lowerBound > stop }) ?? true,
                  document.tokens[stop].shape.contains(.capitalized), !document.tokens[stop].shape.contains(.allCaps),
                  !Lexicon.functionWords.contains(document.text(of: stop).lowercased()),
                  !Lexicon.titles.contains(document.text(of: stop).lowercased()) {
                stop += 1
            }
            mention.tokens = mention.tokens.lowerBound..<stop
            return false
        }
    }

    /// "Toyota Motor Co. and Mitsubishi Corp." cut after "Motor": a span whose left side of
    /// "and" is only the first company's legal form is the second company's name.
    func droppingLeadingLegalForms(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        mentions.map { mention in
            guard mention.kind == .organization, let and = innerAnd(mention, in: document),
                  (mention.tokens.lowerBound..<and).allSatisfy({ k in
                      document.tokens[k].shape.contains(.punctuation) || Self.isLegalForm(document.text(of: k).lowercased()) })
            else { return mention }
            var right = mention
            right.tokens = (and + 1)..<mention.tokens.upperBound
            return right
        }
    }

    /// A span over "and" whose two sides the document also names alone ("American Express and
    /// Shearson have been talking" beside "American Express said" and "Shearson's capital"):
    /// two names, not one ("Standard and Poor's", "Marks and Spencer" stay whole: neither side
    /// stands alone; "&" is always inside a name). A span ending in an organization's, a
    /// place's, an event's or an instrument's head is one compound name whatever its sides
    /// ("Finance and Planning Ministry", "Belt and Road").
    func splittingConjoinedPairs(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        let names = Set(mentions.map { document.text(tokens: $0.tokens) })
        return mentions.flatMap { mention -> [Mention] in
            let last = document.text(of: mention.tokens.upperBound - 1).lowercased()
            guard mention.kind == .organization || mention.kind == .person, !isCompoundHead(last),
                  let and = innerAnd(mention, in: document),
                  names.contains(document.text(tokens: mention.tokens.lowerBound..<and)),
                  names.contains(document.text(tokens: (and + 1)..<mention.tokens.upperBound)) else { return [mention] }
            var left = mention, right = mention
            left.tokens = mention.tokens.lowerBound..<and
            right.tokens = (and + 1)..<mention.tokens.upperBound
            return [left, right]
        }
    }

    /// A bill before a parliament ("Public Order Bill", "Levelling Up Bill"; not "Tony Bill", a
    /// given name before it; "Bill" alone typed an organization), or an instrument named by its
    /// head alone after "the" ("the Treaty", "the Protocol"): a law, no organization or person.
    func namesBillOrInstrumentAlone(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        let last = document.text(of: mention.tokens.upperBound - 1).lowercased()
        guard last == "bill" || Lexicon.instrumentHeads.contains(last) else { return false }
        if mention.tokens.count == 1 {
            // No organization is called "Bill" ("the Retained EU Law (Revocation and Reform) Bill").
            if last == "bill", mention.kind == .organization { return true }
            let before = mention.tokens.lowerBound - 1
            return before >= document.sentences[mention.sentence].tokens.lowerBound && document.text(of: before).lowercased() == "the"
        }
        return last == "bill" && !Lexicon.isKnownGivenName(document.text(of: mention.tokens.upperBound - 2).lowercased())
    }

    /// The first "and" inside a span, with words on both sides of it.
    private func innerAnd(_ mention: Mention, in document: TokenizedDocument) -> Int? {
        guard let and = mention.tokens.first(where: { document.token($0, is: "and") }),
              and > mention.tokens.lowerBound, and + 1 < mention.tokens.upperBound else { return nil }
        return and
    }

    private func isCompoundHead(_ lower: String) -> Bool {
        Lexicon.organizationHeads.contains(lower) || Self.isLegalForm(lower)
            || Lexicon.facilityHeads.contains(lower) || Lexicon.eventHeads.contains(lower) || Lexicon.instrumentHeads.contains(lower)
            || Self.institutionHeads.contains(lower)
    }

    /// A company's legal form, lowercased ("corp", "ltd", "co").
    private static func isLegalForm(_ lower: String) -> Bool {
        Lexicon.corporateSuffixes.contains(lower) || lower == "co"
    }

    /// Last words of institutions' names, never of a company's: what "A and B <head>" names one
    /// body by ("Medicines and Healthcare Products Regulatory Agency").
    private static let institutionHeads: Set<String> = [
        "union", "association", "agency", "institute", "council", "committee", "commission", "office", "board",
        "federation", "directorate", "authority", "foundation", "department", "ministry", "confederation",
        "police", "constabulary",
    ]

    /// A stock ticker in angle brackets right after a name ("Unocal Corp <UCL>", "GM <GM>",
    /// "Matra <MATR.PA>") is no second mention of it.
    func droppingTickers(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var result: [Mention] = []
        for mention in mentions {
            let first = mention.tokens.lowerBound, after = mention.tokens.upperBound
            if first >= 2, after < document.sentences[mention.sentence].tokens.upperBound, document.token(first - 1, is: "<"),
               document.token(after, is: ">"), let previous = result.last, previous.tokens.upperBound == first - 1 { continue }
            result.append(mention)
        }
        return result
    }

    /// Spans cut at semicolons, unclosed brackets (round or square), angle brackets and a
    /// lowercase "or", which separate names ("Grindal; Isaacson", a team sheet's "Faye (Berkovic
    /// 83)", an editor's "Cindy [Pinhal]", "Hansard Society or Electoral Commission", "GM <GM")
    /// and never stand inside one.
    private func splitAtSeparators(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        mentions.flatMap { mention -> [Mention] in
            // A bracket only where the span does not close it ("Pirelli (Italy)" stays whole).
            func isOpening(_ k: Int) -> Bool { document.token(k, is: "(") || document.token(k, is: "[") }
            func isClosing(_ k: Int) -> Bool { document.token(k, is: ")") || document.token(k, is: "]") }
            let opening = mention.tokens.filter(isOpening), closing = mention.tokens.filter(isClosing)
            let balanced = opening.count == closing.count && zip(opening, closing).allSatisfy { $0 < $1 }
            let cuts = mention.tokens.filter {
                document.token($0, is: ";") || document.token($0, is: "or") || document.token($0, is: "<") || document.token($0, is: ">")
                    || (!balanced && (isOpening($0) || isClosing($0)))
            }
            guard !cuts.isEmpty else { return [mention] }
            return zip([mention.tokens.lowerBound - 1] + cuts, cuts + [mention.tokens.upperBound]).compactMap { cut, next in
                guard cut + 1 < next else { return nil }
                var part = mention
                part.tokens = (cut + 1)..<next
                return part
            }
        }
    }

    /// Whether a name is a storm's: it begins with, or follows, a capitalized storm word
    /// ("Hurricane Katrina", "Tropical Storm Allison"), and ends in no organization's head
    /// ("Storm Prediction Center").
    private func isStormName(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        func isStormWord(_ k: Int) -> Bool {
            document.tokens[k].shape.contains(.capitalized) && Lexicon.stormWords.contains(document.text(of: k).lowercased())
        }
        let before = mention.tokens.lowerBound - 1
        guard isStormWord(mention.tokens.lowerBound) && mention.tokens.count > 1
                || (before >= document.sentences[mention.sentence].tokens.lowerBound && isStormWord(before)) else { return false }
        return !Lexicon.organizationHeads.contains(document.text(of: mention.tokens.upperBound - 1).lowercased())
    }

    /// One capital letter (with or without a period) and a capitalized word: "D Chin", "J. Smith".
    private func isInitialAndSurname(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        guard mention.tokens.count == 2 else { return false }
        let initial = Array(document.text(of: mention.tokens.lowerBound).utf8)
        let surname = document.tokens[mention.tokens.upperBound - 1].shape
        let isInitial = (initial.count == 1 || (initial.count == 2 && initial[1] == UInt8(ascii: "."))) && initial[0] &- 0x41 < 26
        return isInitial && surname.contains(.capitalized) && surname.contains(.hasLower)
    }

    /// Whether the word at `k`, glued by a hyphen before the name starting at `name`, is the
    /// first half of that name ("Allied" of "Allied-Lyons", "Marie" of "Marie-Helene Berard"): a
    /// capitalized word of two letters or more, neither it nor the name in capitals (headlines
    /// glue a speaker on: "LOWER RATE-SUMITA"; "CD-ROM"), not glued to a word before it
    /// ("Roc-A-Fella"), and no prefix ("Anti-Trump", "Ex-Labour"), function or common word,
    /// title, portfolio ("Minister for Transport-Shane Ross"), country, capital or demonym
    /// ("German-US", "Iran-Iraq").
    private func isGluedNameHalf(_ k: Int, before name: Int, in document: TokenizedDocument) -> Bool {
        let shape = document.tokens[k].shape, text = document.text(of: k)
        guard shape.contains(.capitalized), !shape.contains(.allCaps), !shape.contains(.punctuation), !shape.contains(.hasDigit),
              !shape.contains(.hasPeriod), text.count >= 2, !document.tokens[name].shape.contains(.allCaps),
              !(k >= 2 && isAttachedHyphen(k - 1, in: document)) else { return false }
        return !Lexicon.hyphenPrefixes.contains(text.lowercased()) && !isFunctionWord(k, in: document)
            && !isCommonWord(k, in: document) && !isTitleWord(k, in: document) && !Lexicon.portfolios.contains(text.lowercased())
            && countries.country(named: text) == nil && countries.country(demonym: text) == nil
            && CountryFacts.capitals[text] == nil
    }

    /// Whether token `k` is an infix hyphen with no space on either side ("Kilroy-Silk").
    private func isAttachedHyphen(_ k: Int, in document: TokenizedDocument) -> Bool {
        k > 0 && k + 1 < document.tokens.count && document.tokens[k].shape.contains(.hasHyphen)
            && document.tokens[k - 1].end == document.tokens[k].start && document.tokens[k].end == document.tokens[k + 1].start
    }

    /// One lowercase name particle ("al", "bin", "de", "van"), with or without a hyphen after it.
    private func isParticleBridge(_ gap: Range<Int>, in document: TokenizedDocument) -> Bool {
        guard let first = gap.first, gap.count <= 2, Lexicon.nameConnectors.contains(document.text(of: first)),
              !["of", "for", "and", "&", "on", "in", "the"].contains(document.text(of: first)) else { return false }
        return gap.count == 1 || document.tokens[first + 1].shape.contains(.hasHyphen)
    }

    private func trimmed(_ mention: Mention, in document: TokenizedDocument) -> Mention? {
        var lower = mention.tokens.lowerBound, upper = mention.tokens.upperBound
        let hasOpeningBracket = mention.tokens.contains { document.token($0, is: "(") }
        func isEdgeJunk(_ k: Int) -> Bool {
            let shape = document.tokens[k].shape
            if hasOpeningBracket && document.token(k, is: ")") { return false }  // "Bank (Italy)"
            return shape.contains(.punctuation) || shape.contains(.clitic)
        }
        while lower < upper, isEdgeJunk(lower) { lower += 1 }
        while upper > lower, isEdgeJunk(upper - 1) { upper -= 1 }
        // A span run into the next sentence over a lost full stop or line break ends with the
        // capitalized word that opened it ("Amazon The", "Gartner More than…"): no name ends so.
        while upper - lower > 1, document.tokens[upper - 1].byteCount <= 9, document.tokens[upper - 1].shape.contains(.capitalized),
              Self.sentenceOpeningWords.contains(document.text(of: upper - 1)) { upper -= 1 }
        let sentenceStart = document.sentences[mention.sentence].tokens.lowerBound
        var opening = sentenceStart
        while opening < upper, isEdgeJunk(opening) { opening += 1 }
        // No person's name starts with a function word ("Unlike Trump", "From Trump"); other
        // names may ("Your Party"), except at a sentence's start.
        while lower + 1 < upper, isFunctionWord(lower, in: document), !document.token(lower, is: "The"),
              mention.kind == .person || lower == opening {
            lower += 1
        }
        // Nor does any name begin or end with a question's auxiliary or wh-word, wherever it
        // stands ("question, Does Trump fear", "Should Obama Ban Guns", "Which Holderbank",
        // "U.S. Has"): headlines and quoted questions run them into the names beside them.
        // Capitals stay ("WHO Assembly").
        while lower + 1 < upper, isQuestionWord(lower, in: document) { lower += 1 }
        while upper - lower > 1, isQuestionWord(upper - 1, in: document),
              Lexicon.questionWordsEndingNoName.contains(document.text(of: upper - 1).lowercased()) { upper -= 1 }
        // Nor, opening a sentence, with a frequent word that is no given name ("Later Martin",
        // "Given Kavanaugh"; "Will Smith" and "Grace Mugabe" stay), unless the story writes
        // the two words inside a sentence too ("Said Kouachi") or they are one hyphenated word.
        if mention.kind == .person, lower == opening, lower + 1 < upper, isCommonWord(lower, in: document),
           !Lexicon.isKnownGivenName(document.text(of: lower).lowercased()),
           document.tokens[lower].end < document.tokens[lower + 1].start,
           !isWrittenInsideSentences(lower, in: document) {
            lower += 1
        }
        // Nor with a lowercase one ("from Radio 2"), name particles aside ("de Gaulle", "al-Assad").
        while lower + 1 < upper, !document.tokens[lower].shape.contains(.capitalized) {
            let word = document.text(of: lower)
            guard Lexicon.functionWords.contains(word), !Lexicon.nameConnectors.contains(word) || word == "and" || word == "of" else { break }
            lower += 1
        }
        if lower == opening, lower + 1 == upper, isFunctionWord(lower, in: document) || isCommonWord(lower, in: document) {
            return nil
        }
        guard lower < upper else { return nil }
        var result = mention
        result.tokens = lower..<upper
        return result
    }

    /// Capitalized words that open sentences and end no name ("The Who" aside, which news writes
    /// with its article inside the name only as a band's).
    /// Short words that end names are left out ("Serie A", "Moon Jae In", "Tran Van An").
    static let sentenceOpeningWords: Set<String> = ["The", "More", "Most", "But", "If", "When", "While", "After", "Before",
                                                    "However", "Meanwhile", "This", "These", "Those", "There", "They"]

    /// Whether the two words at `k` and `k + 1` stand together somewhere in the document
    /// other than at a sentence's start. O(n) for n tokens.
    private func isWrittenInsideSentences(_ k: Int, in document: TokenizedDocument) -> Bool {
        let first = document.text(of: k), second = document.text(of: k + 1)
        return document.sentences.contains { sentence in
            let r = sentence.tokens
            return r.count > 2 && ((r.lowerBound + 1)..<(r.upperBound - 1)).contains { i in
                document.text(of: i) == first && document.text(of: i + 1) == second
            }
        }
    }

    private func isFunctionWord(_ k: Int, in document: TokenizedDocument) -> Bool {
        let shape = document.tokens[k].shape
        return shape.contains(.capitalized) && !shape.contains(.allCaps)
            && Lexicon.functionWords.contains(document.text(of: k).lowercased())
    }

    private func isQuestionWord(_ k: Int, in document: TokenizedDocument) -> Bool {
        let shape = document.tokens[k].shape
        return shape.contains(.capitalized) && !shape.contains(.allCaps) && document.tokens[k].byteCount <= 7
            && Lexicon.questionWords.contains(document.text(of: k).lowercased())
    }

    /// A capitalized frequent English word ("Election", "Relations"): a sentence opener, not a name.
    private func isCommonWord(_ k: Int, in document: TokenizedDocument) -> Bool {
        let shape = document.tokens[k].shape
        guard shape.contains(.capitalized), !shape.contains(.allCaps) else { return false }
        return Lexicon.commonWords.contains(document.text(of: k).lowercased())
    }

    /// Applies the gazetteers; returns false when the mention is to be dropped.
    private func retype(_ mention: inout Mention, in document: TokenizedDocument, surnames: Set<String>,
                        countrySurnames: Set<String> = [], definedAcronyms: Set<String> = []) -> Bool {
        let text = document.text(tokens: mention.tokens)
        let original = mention
        mention.country = nil
        if mention.kind == .person, CountryFacts.capitals[text] == nil || surnames.contains(text) {
            // The tagger saw a person: only a capital overrides it ("Tbilisi"), and not when the
            // document names a person so ("Denzel Washington" … "Washington").
        } else if let code = CountryFacts.governmentSeats[NameCanonicalizer.canonical(text)] {
            mention.kind = .organization
            mention.country = (code, .metonym)
        } else if CountryFacts.regions.contains(text) {
            mention.kind = .location
        } else if let code = CountryFacts.capitals[text] {
            mention.kind = .location
            mention.country = (code, .metonym)
        } else if let code = CountryFacts.places[text], mention.kind != .organization || !CountryFacts.cities.contains(text) {
            mention.kind = .location
            mention.country = (code, .place)
        } else if mention.tokens.count == 1, countrySurnames.contains(text) {
            mention.kind = .person
        } else if mention.kind != .person, let country = countries.country(named: text) {
            mention.kind = country.isCountry ? .country : .location
            mention.country = (country.alpha2, .name)
        } else if mention.tokens.count == 1, let country = countries.country(demonym: text) {
            mention.kind = .country
            mention.country = (country.alpha2, .demonym)
        } else if Lexicon.organizationAcronyms[text] != nil {
            mention.kind = .organization
        } else if mention.kind == .organization, Lexicon.nonOrganizationAcronyms.contains(text), !definedAcronyms.contains(text) {
            // (Unless the document spells it out in capitals: "Islamic Courts Union (ICU)".)
            return false
        } else if mention.kind == .country {
            // Names the table does not know but the tagger's gazetteer does ("Soviet Union",
            // "Northern Ireland", the demonym "Malaysian"): the tagger's typing stands.
            mention.country = original.country
        }
        return true
    }

    /// Splits a span at a possessive ("Trump's Council") or at an infix hyphen between single
    /// words ("Trump-Putin"); the parts are typed again by `personsBySurname` and the table.
    private func split(_ mention: Mention, in document: TokenizedDocument, personNames: Set<String>, oneWordNames: Set<String>,
                       inCapitals: Bool) -> [Mention] {
        let range = mention.tokens
        if let clitic = range.dropFirst().first(where: { document.tokens[$0].shape.contains(.clitic) }), clitic + 1 < range.upperBound {
            var owner = mention, owned = mention
            owner.tokens = range.lowerBound..<clitic
            owner.kind = .misc
            owned.tokens = (clitic + 1)..<range.upperBound
            // Only where the owner is a name of its own: "Martha's Vineyard" stays whole.
            let ownerText = document.text(tokens: owner.tokens)
            guard countries.country(named: ownerText) != nil || personNames.contains(ownerText) else { return [mention] }
            if !retype(&owner, in: document, surnames: []) { owner.kind = .misc }
            return [owner, owned]
        }
        let hyphens = range.filter { document.tokens[$0].shape.contains(.hasHyphen) }
        if !hyphens.isEmpty, hyphens.allSatisfy({ $0 > range.lowerBound && $0 + 1 < range.upperBound }),
           zip([range.lowerBound - 1] + hyphens, hyphens + [range.upperBound]).allSatisfy({ $1 - $0 == 2 }) {
            // Single words joined by hyphens: each may be a name of its own. A person's
            // double-barrelled surname ("Kilroy-Silk") stays whole where no part is a name of its
            // own in the document, unlike "Trump-Putin", and where it ends a full name of the
            // document ("Robert Kilroy-Silk"), whatever a headline's "Kilroy" alone says.
            let words = range.filter { !hyphens.contains($0) }
            // A lowercase part joins, not separates: "Mar-a-Lago", "Stratford-upon-Avon".
            if words.contains(where: { !document.tokens[$0].shape.contains(.capitalized) && !document.tokens[$0].shape.contains(.hasDigit) }) {
                return [mention]
            }
            if mention.kind == .person, !words.contains(where: { k in
                personNames.contains(document.text(of: k)) || countries.country(named: document.text(of: k)) != nil
            }) || personNames.contains(where: { $0.hasSuffix(" " + document.text(tokens: range)) }) {
                return [mention]
            }
            // Nor is another name ("Wal-Mart", "Allied-Lyons", typed a company or a place) split
            // where no part is a name of its own: a country, a person, a known acronym or a
            // one-word name of the document ("EU-Turkey deal", "Airbus-Boeing rivalry" are two).
            // Prefixes ("Pan-European") and headlines in capitals ("LOWER RATE-SUMITA") are split.
            if mention.kind != .person, mention.kind != .country, !words.contains(where: { k in
                let text = document.text(of: k)
                return personNames.contains(text) || oneWordNames.contains(text) || countries.country(named: text) != nil
                    || Lexicon.organizationAcronyms[text] != nil || Lexicon.hyphenPrefixes.contains(text.lowercased())
            }), !inCapitals {
                return [mention]
            }
            return words.map { k in
                var part = mention
                part.tokens = k..<(k + 1)
                // The halves of a person span are people ("Trump-Putin"); of others, typed again.
                part.kind = mention.kind == .person ? .person : .misc
                if !retype(&part, in: document, surnames: []) { part.kind = .misc }
                return part
            }
        }
        return [mention]
    }

    private func personsBySurname(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        // Surnames of the document's multi-word person names ("Trump" of "Donald Trump"), and
        // one-word names tagged PERSON more often than anything else in the document.
        var surnames = Set<String>()
        var votes: [String: Int] = [:]
        for mention in mentions where mention.tokens.count == 1 {
            votes[document.text(of: mention.tokens.lowerBound), default: 0] += mention.kind == .person ? 1 : -1
        }
        for mention in mentions where mention.kind == .person && mention.tokens.count > 1 {
            surnames.insert(document.text(of: mention.tokens.upperBound - 1))
        }
        for (name, vote) in votes where vote > 0 { surnames.insert(name) }
        // Surnames with a particle ("Le Pen" of "Marine Le Pen", "De Niro" of "Robert De Niro"),
        // which the tagger takes for an organization by their first word.
        var particleSurnames = Set<String>()
        for mention in mentions where mention.kind == .person && mention.tokens.count > 2 {
            for k in (mention.tokens.lowerBound + 1)..<(mention.tokens.upperBound - 1)
            where NameVariants.surnameParticles.contains(document.text(of: k).lowercased()) {
                particleSurnames.insert(document.text(tokens: k..<mention.tokens.upperBound))
                break
            }
        }
        // The first and last words of the document's full names of three words or more ("Lalu"
        // and "Yadav" of "Lalu Prasad Yadav"): a two-word name the tagger typed otherwise that
        // begins with one's given name and ends with the same person's surname ("Lalu Yadav") is
        // the person. (Not a two-word name typed two ways, "Rocky Linux" once a person and five
        // times an organization, which the document resolver settles by its majority; nor a given
        // name alone, "Moderna" beside a mistyped "Moderna BioNTech".)
        var lastWordsByFirst: [String: Set<String>] = [:]
        for mention in mentions where mention.kind == .person && mention.tokens.count > 2
            && !mention.tokens.contains(where: { document.tokens[$0].shape.contains(.hasHyphen) }) {
            lastWordsByFirst[document.text(of: mention.tokens.lowerBound), default: []].insert(document.text(of: mention.tokens.upperBound - 1))
        }
        func isShortFormOfAFullName(_ mention: Mention) -> Bool {
            guard mention.tokens.count == 2, let lastWords = lastWordsByFirst[document.text(of: mention.tokens.lowerBound)] else { return false }
            let last = document.text(of: mention.tokens.upperBound - 1)
            return lastWords.contains(last) && !Lexicon.organizationHeads.contains(last.lowercased())
        }
        return mentions.map { mention in
            if mention.kind == .organization || mention.kind == .misc, mention.country == nil,
               mention.origin == .tagger, isShortFormOfAFullName(mention) {
                var person = mention
                person.kind = .person
                return person
            }
            if mention.kind == .organization || mention.kind == .misc, mention.country == nil, mention.tokens.count > 1,
               particleSurnames.contains(document.text(tokens: mention.tokens)) {
                var person = mention
                person.kind = .person
                return person
            }
            // Places keep their type ("Vancouver"); so do names ending in an organization word.
            let last = document.text(of: mention.tokens.upperBound - 1)
            guard mention.kind == .organization || mention.kind == .misc, mention.country == nil,
                  surnames.contains(last), !Lexicon.organizationHeads.contains(last.lowercased()),
                  mention.tokens.dropLast().allSatisfy({ isTitleWord($0, in: document) || isFunctionWord($0, in: document) }) else { return mention }
            var person = mention
            person.kind = .person
            person.tokens = (mention.tokens.upperBound - 1)..<mention.tokens.upperBound
            return person
        }
    }

    /// The surname of a person the document names in full ("Trump" of "Donald Trump"), where
    /// the tagger left it untagged ("Trump inherited tense ties"): a mention of that person.
    /// Only a capitalized word standing alone (no capitalized word or hyphen beside it: "Trump
    /// Tower" stays as it is), no frequent English word ("This"), and only surnames the
    /// document's persons do not share with its other names.
    private func addingSurnames(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var surnames = Set<String>()
        for mention in mentions where mention.kind == .person && mention.tokens.count > 1 {
            let last = mention.tokens.upperBound - 1
            let text = document.text(of: last), lower = text.lowercased(), bytes = Array(text.utf8)
            guard !document.tokens[last - 1].shape.contains(.hasHyphen), bytes.count >= 2, bytes[1] &- 0x61 < 26,
                  !Lexicon.functionWords.contains(lower), !Lexicon.commonWords.contains(lower) else { continue }
            surnames.insert(text)
        }
        for mention in mentions where mention.kind != .person {
            for k in mention.tokens { surnames.remove(document.text(of: k)) }
        }
        guard !surnames.isEmpty else { return mentions }
        var covered = [Bool](repeating: false, count: document.tokens.count)
        for mention in mentions { for k in mention.tokens { covered[k] = true } }
        func isNamePart(_ k: Int, _ sentence: Range<Int>) -> Bool {
            guard sentence.contains(k) else { return false }
            let shape = document.tokens[k].shape
            return covered[k] || shape.contains(.capitalized) || shape.contains(.hasHyphen)
        }
        var added: [Mention] = []
        for (index, sentence) in document.sentences.enumerated() {
            for k in sentence.tokens where !covered[k] {
                let shape = document.tokens[k].shape
                guard shape.contains(.capitalized), shape.contains(.hasLower), surnames.contains(document.text(of: k)),
                      k == sentence.tokens.lowerBound || !isNamePart(k - 1, sentence.tokens),
                      !isNamePart(k + 1, sentence.tokens) else { continue }
                added.append(Mention(tokens: k..<(k + 1), sentence: index, kind: .person, origin: .rule))
            }
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// A name the tagger left untagged right after a person's title ("President Reagan said",
    /// "Mrs May's plan", "Prime Minister Yasuhiro Nakasone", "President Abd-Rabbu"): one to
    /// three capitalized words (over infix hyphens) no mention covers, ending where the name
    /// visibly ends (not in another name or a fourth capitalized word), are a person, marked as
    /// titled. No word may be a title, a country, an organization's head ("Premier League", "Mr
    /// President"), or a common word or one the document writes in lowercase, unless it is the
    /// surname of a full name of the document ("Mrs May" beside "Theresa May"). Title-case
    /// headlines are left alone. The tagger misses such names where a word's own weights
    /// overrule the title (trained on CoNLL-2003's 1996 text, it gave "President Reagan" no tag).
    private func addingTitledNames(_ mentions: [Mention], in document: TokenizedDocument, styles: [SentenceStyle]) -> [Mention] {
        var covered = [Bool](repeating: false, count: document.tokens.count)
        for mention in mentions { for k in mention.tokens { covered[k] = true } }
        let surnames = Set(mentions.filter { $0.kind == .person && $0.tokens.count > 1 }.map { document.text(of: $0.tokens.upperBound - 1) })
        // Read only where a title stands before an uncovered word (most documents have none).
        var lowercaseWords: Set<UInt64>?
        func isWrittenInLowercase(_ lower: String) -> Bool {
            if lowercaseWords == nil { lowercaseWords = Set(document.lowercaseWords()) }
            return lowercaseWords!.contains(FeatureHash.fnv1a(lower))
        }
        func isNameWord(_ k: Int) -> Bool {
            let shape = document.tokens[k].shape, text = document.text(of: k), lower = text.lowercased()
            guard !covered[k], shape.contains(.capitalized), shape.contains(.hasLower), !shape.contains(.allCaps),
                  !shape.contains(.hasDigit), !shape.contains(.punctuation), !isTitleWord(k, in: document),
                  !Lexicon.honorifics.contains(lower), !Lexicon.organizationHeads.contains(lower),
                  countries.country(named: text) == nil else { return false }
            return surnames.contains(text)
                || !(isCommonWord(k, in: document) || isFunctionWord(k, in: document) || isWrittenInLowercase(lower))
        }
        var added: [Mention] = []
        for (index, sentence) in document.sentences.enumerated() where styles[index] != .titleCase {
            for k in sentence.tokens where !covered[k] && document.tokens[k].shape.contains(.capitalized) && document.tokens[k].byteCount <= 13
                && k + 1 < sentence.tokens.upperBound && !covered[k + 1] && Self.personTitles.contains(document.text(of: k).lowercased()) {
                var end = k + 1, words = 0
                while end < sentence.tokens.upperBound, words < 3, isNameWord(end) {
                    end += 1
                    words += 1
                    if end + 1 < sentence.tokens.upperBound, isAttachedHyphen(end, in: document), isNameWord(end + 1) { end += 2 }
                }
                // Not a title in quotes ("Mr. Universe", a film), nor a name running on into a
                // hyphen or another name ("President Abd-" before a tagged "Rabbu Mansour Hadi").
                guard end > k + 1, k == sentence.tokens.lowerBound || !document.tokens[k - 1].shape.contains(.quote) else { continue }
                if end < sentence.tokens.upperBound {
                    let shape = document.tokens[end].shape
                    guard !covered[end], !isAttachedHyphen(end, in: document),
                          !shape.contains(.capitalized) || shape.contains(.punctuation) else { continue }
                }
                var mention = Mention(tokens: (k + 1)..<end, sentence: index, kind: .person, origin: .rule)
                mention.titled = true
                mention.honorificSex = Mention.HonorificSex(honorific: document.text(of: k))
                added.append(mention)
            }
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Marks each person or organization name with the first pronoun after it and before the
    /// next name: in its sentence, or among the first three words of the next when it is its
    /// sentence's last name ("Adele won. She thanked…", "Haier said its profit…", "Fannie Mae
    /// said it would…"). Not names joined by a hyphen ("al-Qaida"), whose pronouns were only
    /// ever counted for one-word names and which are no people's names written in full. Nor the
    /// object of a verb of telling, whose pronoun is its subject's ("Smith told Wikinews he
    /// believed", "she told Reuters she would").
    /// - Complexity: O(t) over the tokens after the marked names.
    func markingPronouns(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var marked = mentions
        for (i, mention) in mentions.enumerated() where mention.kind == .person || mention.kind == .organization {
            guard mention.tokens.count == 1 || !mention.tokens.contains(where: { document.tokens[$0].shape.contains(.hasHyphen) }) else { continue }
            let sentence = document.sentences[mention.sentence].tokens
            if mention.tokens.lowerBound > sentence.lowerBound,
               Self.tellingVerbs.contains(document.text(of: mention.tokens.lowerBound - 1)) { continue }
            let next = i + 1 < mentions.count ? mentions[i + 1].tokens.lowerBound : document.tokens.count
            var end = min(next, sentence.upperBound)
            if next >= sentence.upperBound, mention.sentence + 1 < document.sentences.count {
                let following = document.sentences[mention.sentence + 1].tokens
                end = min(next, following.lowerBound + 3, following.upperBound)
            }
            for k in mention.tokens.upperBound..<max(end, mention.tokens.upperBound) where document.tokens[k].byteCount <= 7 {
                let word = document.text(of: k).lowercased()
                if Self.personalPronouns.contains(word) { marked[i].pronounAfter = .personal; break }
                if Self.neuterPronouns.contains(word) { marked[i].pronounAfter = .neuter; break }
            }
        }
        return marked
    }

    /// Verbs whose object a pronoun after it does not stand for ("Smith told Wikinews he").
    private static let tellingVerbs: Set<String> = [
        // Not "thanked", "asked" or "urged": "thanked Yahoo for its help", "asked Smith whether he".
        "told", "tell", "tells", "telling", "informed", "assured",
    ]

    /// A one-word name the document writes before a comma and a US state or a state's AP
    /// abbreviation that ends the phrase ("Ferguson, Missouri, where", "FERGUSON, Mo. (AP)") is a
    /// place in that document: its mentions typed an organization are the place (a town's name
    /// is read as its police or council, "protests in Ferguson"). Not before a country:
    /// "Rosneft, Russia's biggest oil company" and "the EU, Britain and France" are appositions
    /// and lists.
    ///
    /// - Complexity: O(n + m) for n tokens and m mentions.
    func placesNamedWithTheirRegion(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        var places = Set<String>()
        let tokens = document.tokens
        for sentence in document.sentences {
            let end = sentence.tokens.upperBound
            for k in sentence.tokens where k + 2 < end && tokens[k].shape.contains(.capitalized) && document.token(k + 1, is: ",") {
                // Not an apposition or a clause after a name ("the EPA, Oklahoma Attorney General
                // Scott Pruitt", "loathe McConnell, Kentucky is"): the state ends the phrase.
                if k > sentence.tokens.lowerBound, document.text(of: k - 1).lowercased() == "the" { continue }
                let next = document.text(of: k + 2)
                var stateEnd = -1
                // "Mo" and its period, which the tokenizer cuts apart, end the phrase with the period.
                if CountryFacts.usStates.contains(next) || CountryFacts.usStateAbbreviations.contains(next)
                    || k + 3 < end && document.token(k + 3, is: ".") && CountryFacts.usStateAbbreviations.contains(next + ".") {
                    stateEnd = k + 3
                } else if k + 3 < end, CountryFacts.usStates.contains(next + " " + document.text(of: k + 3)) {
                    stateEnd = k + 4
                }
                if stateEnd >= 0, stateEnd == end || tokens[stateEnd].shape.contains(.punctuation) {
                    places.insert(document.text(of: k).lowercased())
                }
            }
        }
        guard !places.isEmpty else { return mentions }
        return mentions.map { mention in
            guard mention.kind == .organization, mention.tokens.count == 1, mention.country == nil else { return mention }
            let word = document.text(of: mention.tokens.lowerBound).lowercased()
            guard places.contains(word), !Lexicon.organizationHeads.contains(word) else { return mention }
            var place = mention
            place.kind = .location
            return place
        }
    }

    /// "Georgia" is the US state, not the country, in a document that names another state or
    /// the state's own cities and abbreviations ("Atlanta", "R-Ga.") and nothing of the
    /// country (a Georgian, Tbilisi, Abkhazia, South Ossetia): a place, so no node. A document
    /// with neither keeps the country. - Complexity: O(t) for t tokens, once per document that
    /// names Georgia.
    func markingUSStates(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        let homonyms = mentions.indices.filter { i in
            guard let country = mentions[i].country, mentions[i].kind == .country, mentions[i].tokens.count == 1 else { return false }
            return country.code == CountryFacts.georgia.code && document.text(tokens: mentions[i].tokens) == CountryFacts.georgia.name
        }
        guard !homonyms.isEmpty else { return mentions }
        var state = false, country = false
        for k in document.tokens.indices where document.tokens[k].shape.contains(.capitalized) {
            let word = document.text(of: k)
            if CountryFacts.georgiaCountryWords.contains(word) || CountryFacts.capitals[word] == CountryFacts.georgia.code
                || countries.country(demonym: word)?.alpha2 == CountryFacts.georgia.code {
                country = true
                break
            }
            if CountryFacts.georgiaStateWords.contains(word) { state = true; continue }
            if word == CountryFacts.georgia.name { continue }
            if CountryFacts.usStates.contains(word) { state = true; continue }
            if k + 1 < document.tokens.count, CountryFacts.usStates.contains(word + " " + document.text(of: k + 1)) { state = true }
        }
        guard state && !country else { return mentions }
        var marked = mentions
        for i in homonyms {
            marked[i].kind = .location
            marked[i].country = nil
        }
        return marked
    }

    /// Marks the organization names "'s" follows ("Moody's said", "Apple's profits").
    func markingPossessives(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        mentions.map { mention in
            let next = mention.tokens.upperBound
            guard mention.kind == .organization, next < document.sentences[mention.sentence].tokens.upperBound,
                  document.tokens[next].shape.contains(.clitic), document.text(of: next).lowercased().hasSuffix("s") else { return mention }
            var marked = mention
            marked.possessiveAfter = true
            return marked
        }
    }

    /// Marks the organization names that stand alone between quotation marks (`the "Shark Tank"
    /// investors`, “America First” policy), unless a noun for an organization stands before
    /// them (`his political movement "En Marche"`); not “Berkshire’s goal”, where the quote opens
    /// a sentence and the name is followed by a possessive.
    func markingQuotedNames(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        mentions.map { mention in
            let sentence = document.sentences[mention.sentence].tokens, open = mention.tokens.lowerBound - 1, close = mention.tokens.upperBound
            guard mention.kind == .organization, open >= sentence.lowerBound, close < sentence.upperBound,
                  document.tokens[open].shape.contains(.quote), document.tokens[close].shape.contains(.quote),
                  !document.tokens[close].shape.contains(.clitic) else { return mention }
            if open > sentence.lowerBound, case let noun = document.text(of: open - 1),
               Lexicon.organizationKindNouns.contains(noun) || Self.bodyKindNouns.contains(noun) { return mention }
            var marked = mention
            marked.quotedAlone = true
            return marked
        }
    }

    /// Marks the full names of people a noun for a relative introduces ("his daughter Ivanka
    /// Trump", "his wife, Melania Trump", "his elder daughter and senior adviser, Ivanka Trump"):
    /// the noun stands at most `relativeNounReach` words before the name, with only lowercase
    /// words, commas and hyphens between, none of them "of" ("the daughter of a farmer, John
    /// Smith") and no possessive ("his son's lawyer, Abbe Lowell").
    func markingRelatives(_ mentions: [Mention], in document: TokenizedDocument) -> [Mention] {
        mentions.map { mention in
            guard mention.kind == .person, mention.tokens.count >= 2 else { return mention }
            let sentence = document.sentences[mention.sentence].tokens
            var k = mention.tokens.lowerBound - 1
            while k >= max(sentence.lowerBound, mention.tokens.lowerBound - Self.relativeNounReach) {
                let text = document.text(of: k)
                if Lexicon.relativeNouns.contains(text) {
                    var marked = mention
                    marked.introducedAsRelative = true
                    return marked
                }
                let isLowercaseWord = text.first.map { $0.isLowercase } == true && text.allSatisfy(\.isLetter)
                guard (isLowercaseWord && text != "of") || text == "," || text == "-" else { break }
                k -= 1
            }
            return mention
        }
    }

    /// How many words before a full name a noun for a relative may stand (`markingRelatives`).
    static let relativeNounReach = 6

    /// Nouns for a political body before its quoted name, besides `Lexicon.organizationKindNouns`.
    private static let bodyKindNouns: Set<String> = ["party", "movement", "alliance", "coalition", "organization", "organisation"]

    private static let personalPronouns: Set<String> = ["he", "she", "him", "her", "his", "hers", "himself", "herself"]
    private static let neuterPronouns: Set<String> = ["it", "its", "itself"]

    /// Titles that stand only before a person's name, its surname or full name: not "General"
    /// ("General Motors"), "Lord" or "Prince" ("Lord Howe Island", "Prince Edward Island").
    private static let personTitles: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "chancellor", "premier", "senator",
        "sen.", "governor", "gov.", "mayor", "rep.", "congressman", "congresswoman", "minister", "taoiseach",
        "prof", "prof.", "professor",
    ]

    /// A "person" made of initials alone ("D.C." of "Washington, D.C."): no person's name.
    private func isInitialsOnlyPerson(_ mention: Mention, in document: TokenizedDocument) -> Bool {
        guard mention.kind == .person else { return false }
        return mention.tokens.allSatisfy { k in
            let bytes = Array(document.text(of: k).utf8)
            guard bytes.count >= 2, bytes.count % 2 == 0 else { return false }
            return stride(from: 0, to: bytes.count, by: 2).allSatisfy { bytes[$0] &- 0x41 < 26 && bytes[$0 + 1] == UInt8(ascii: ".") }
        }
    }

    /// Titles, their qualifiers, party labels and demonyms: words that stand before a name.
    private func isTitleWord(_ k: Int, in document: TokenizedDocument) -> Bool {
        let text = document.text(of: k)
        let lower = text.lowercased()
        return Lexicon.titles.contains(lower) || Lexicon.titleModifiers.contains(lower)
            || countries.country(demonym: text) != nil
    }
}
