/// A first recognizer from a gazetteer and capitalization rules: no training data needed.
///
/// It finds runs of capitalized words (with connectors such as "of" inside), then types each run:
/// - a known phrase: a country name or short form (COUNTRY), a demonym (COUNTRY, demonym form),
///   a seat of government (ORGANIZATION, metonym) or a capital (LOCATION, metonym), a well-known
///   acronym (ORGANIZATION);
/// - titles ("Russian President", "Foreign Minister", "Dr.") make what follows a PERSON and are
///   left out of the mention; a lowercase title before the run does the same ("president-elect
///   Biden");
/// - an organization head word at the end ("Council", "Center", "Times") or an organization
///   start followed by "of"/"for" ("Ministry of…") makes an ORGANIZATION; so does an unexplained
///   acronym, unless "Long Name (ACR)" in the document explains it as something else;
/// - a given name first ("Vladimir Putin"), or a middle initial ("Mark N. Katz"), or a byline
///   ("By Todd Prince") makes a PERSON;
/// - a single word that is the surname of a person found elsewhere in the document is that person,
///   and so is one with an ending only surnames have ("Lukashenko", "Saakashvili").
/// Sentence-initial common words and title-case headlines ("Trump's Loss Not Necessarily
/// Russia's") are handled so that "Loss" or "The" never starts a name.
///
/// - Complexity: O(t) per document of t tokens (phrase lookups are hash lookups).
public struct RuleBasedRecognizer: MentionRecognizer {
    enum Known: Sendable {
        case country(code: String, form: Mention.CountryForm, kind: EntityKind)
        case acronym
        /// A name from the user's thesaurus, of the type it gives.
        case user(EntityKind)
    }

    private let phrases: PhraseMatcher<Known>

    /// - Parameter phrases: further names to find, with their types (a user thesaurus); the
    ///   built-in names win where both list one.
    public init(countries: CountryTable, phrases extra: [(phrase: String, kind: EntityKind)] = []) {
        var entries: [(String, Known)] = countries.phrases.map { ($0.phrase, .country(code: $0.code, form: $0.form, kind: $0.kind)) }
        entries += Lexicon.organizationAcronyms.keys.sorted().map { ($0, .acronym) }
        let known = Set(entries.map(\.0))
        entries += extra.filter { !known.contains($0.phrase) }.map { ($0.phrase, .user($0.kind)) }
        phrases = PhraseMatcher(entries)
    }

    public func recognize(_ document: TokenizedDocument) -> [Mention] {
        var pass = DocumentPass(document: document, phrases: phrases)
        return pass.run()
    }
}

/// One document's recognition: state shared by its sentences (persons found, acronyms explained).
private struct DocumentPass {
    let document: TokenizedDocument
    let phrases: PhraseMatcher<RuleBasedRecognizer.Known>
    /// Lowercased words seen in lowercase somewhere in the document: common words, not names.
    var lowercaseWords: TokenTextSet
    var mentions: [Mention] = []
    var surnames = Set<String>()
    /// Single capitalized words not typed on the first pass: (token, sentence).
    var pending: [(Int, Int)] = []

    init(document: TokenizedDocument, phrases: PhraseMatcher<RuleBasedRecognizer.Known>) {
        self.document = document
        self.phrases = phrases
        lowercaseWords = TokenTextSet(document) { shape in
            !shape.contains(.capitalized) && shape.contains(.hasLower) && !shape.contains(.punctuation)
        }
    }

    mutating func run() -> [Mention] {
        for (index, sentence) in document.sentences.enumerated() {
            recognize(sentence: sentence, index: index)
        }
        for (token, sentence) in pending where surnames.contains(text(token)) || hasSurnameEnding(token) {
            mentions.append(Mention(tokens: token..<(token + 1), sentence: sentence, kind: .person, origin: .rule))
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return mentions
    }

    // MARK: Units and spans

    enum Unit {
        case word(Int)
        case phrase(Range<Int>, RuleBasedRecognizer.Known)
        case connector(Int)

        var range: Range<Int> {
            switch self {
            case .word(let k), .connector(let k): return k..<(k + 1)
            case .phrase(let range, _): return range
            }
        }
    }

    func text(_ token: Int) -> String { document.text(of: token) }

    func isCapitalizedWord(_ k: Int) -> Bool {
        let shape = document.tokens[k].shape
        return shape.contains(.capitalized) && !shape.contains(.punctuation) && !shape.contains(.clitic)
    }

    mutating func recognize(sentence: Sentence, index: Int) {
        let range = sentence.tokens
        let style = SentenceStyle(document: document, range: range)
        var units: [Unit] = []
        var k = range.lowerBound
        func flush(_ units: inout [Unit]) {
            while case .connector = units.last { units.removeLast() }
            if !units.isEmpty { classify(units, sentence: index, style: style) }
            units.removeAll()
        }
        while k < range.upperBound {
            if isCapitalizedWord(k), let match = phrases.match(in: document, at: k, end: range.upperBound) {
                units.append(.phrase(match.range, match.payload))
                k = match.range.upperBound
                continue
            }
            if isCapitalizedWord(k), isNameWord(k, sentenceStart: range.lowerBound, style: style) {
                units.append(.word(k))
            } else if !units.isEmpty, isConnector(k, after: units, end: range.upperBound) {
                units.append(.connector(k))
            } else {
                flush(&units)
            }
            k += 1
        }
        flush(&units)
    }

    /// A capitalized word that can be part of a name here.
    func isNameWord(_ k: Int, sentenceStart: Int, style: SentenceStyle) -> Bool {
        let word = text(k)
        let lower = word.lowercased()
        if style == .allCaps && !Lexicon.organizationAcronyms.keys.contains(word) { return false }
        let atStart = k == sentenceStart || (k > sentenceStart && document.tokens[k - 1].shape.contains(.punctuation)
                                             && !document.tokens[k - 1].shape.contains(.hasHyphen))
        let common = Lexicon.commonWords.contains(lower) || lowercaseWords.contains(lower)
        if common && !Lexicon.titles.contains(lower) && (atStart || style == .titleCase || lower == "the") {
            return false
        }
        return true
    }

    /// "of", "for", "and" inside a name; "/" between two acronyms (RFE/RL); an infix hyphen
    /// ("Jean-Claude", "al-Assad").
    func isConnector(_ k: Int, after units: [Unit], end: Int) -> Bool {
        let word = text(k)
        if ["al", "el", "bin", "ibn"].contains(word), k + 2 < end, document.tokens[k + 1].shape.contains(.hasHyphen),
           isCapitalizedWord(k + 2) { return true }
        guard k + 1 < end, isCapitalizedWord(k + 1) else { return false }
        if document.tokens[k].shape.contains(.hasHyphen) { return true }
        if word == "/" {
            return document.tokens[k - 1].shape.contains(.allCaps) && document.tokens[k + 1].shape.contains(.allCaps)
                && document.tokens[k - 1].end == document.tokens[k].start && document.tokens[k].end == document.tokens[k + 1].start
        }
        guard Lexicon.nameConnectors.contains(word) else { return false }
        if word == "and" || word == "&" || word == "in" || word == "on" || word == "the" {
            // Only inside organization names that open "X of/for …": "Organization for Security
            // and Cooperation in Europe", "Department of Housing and Urban Development".
            guard case .word(let first) = units.first, Lexicon.organizationStarts.contains(text(first).lowercased()) else {
                return false
            }
            return units.contains { unit in
                if case .connector(let c) = unit { return ["of", "for"].contains(text(c)) }
                return false
            }
        }
        return true
    }

    // MARK: Typing a span

    mutating func classify(_ units: [Unit], sentence: Int, style: SentenceStyle) {
        let sentenceStart = document.sentences[sentence].tokens.lowerBound
        let span = units.first!.range.lowerBound..<units.last!.range.upperBound
        // A known phrase alone.
        if units.count == 1, case .phrase(let range, let known) = units[0] {
            emit(known, range: range, sentence: sentence)
            return
        }
        if isOrganization(units) {
            mentions.append(Mention(tokens: span, sentence: sentence, kind: .organization, origin: .rule))
            return
        }
        if var split = titlePrefixEnd(units, sentenceStart: sentenceStart) {
            // "Member of Parliament Oleksiy Goncharenko": the office runs on to the given name.
            if split < units.count, case .connector(let c) = units[split], text(c) == "of" {
                split = units[split...].firstIndex { unit in
                    if case .word(let w) = unit { return Lexicon.givenNames.contains(text(w).lowercased()) }
                    return false
                } ?? units.count
            }
            let remainder = Array(units[split...])
            for unit in units[..<split] { emitKnown(unit, sentence: sentence) }
            if !remainder.isEmpty, remainder.count <= 5, isNameOnly(remainder) {
                emitPerson(remainder.first!.range.lowerBound..<remainder.last!.range.upperBound, sentence: sentence)
            } else {
                for unit in remainder { emitKnown(unit, sentence: sentence) }
            }
            return
        }
        let words = isNameOnly(units)
        if words, units.count <= 5, isPersonName(units, span: span) {
            emitPerson(span, sentence: sentence)
            return
        }
        if words, units.count == 1, case .word(let k) = units[0] {
            if isAcronym(k), style == .normal {
                if let explained = explainedAcronym(at: k) {
                    if explained == .organization {
                        mentions.append(Mention(tokens: span, sentence: sentence, kind: .organization, origin: .rule))
                    }
                } else {
                    mentions.append(Mention(tokens: span, sentence: sentence, kind: .organization, origin: .rule))
                }
                return
            }
            pending.append((k, sentence))
            return
        }
        // An unexplained run: keep the known phrases inside it, and let its words become people
        // if the document names them elsewhere ("Republican Trump").
        for unit in units {
            if case .word(let k) = unit { pending.append((k, sentence)) } else { emitKnown(unit, sentence: sentence) }
        }
    }

    /// Words, and connectors between them: no known phrase inside.
    func isNameOnly(_ units: [Unit]) -> Bool {
        guard case .word = units.first, case .word = units.last else { return false }
        return units.allSatisfy { if case .phrase = $0 { return false }; return true }
    }

    /// The index of the first unit after a title prefix ("Russian President", "Foreign Minister"),
    /// or nil when the span does not start with one (or one stands just before it).
    func titlePrefixEnd(_ units: [Unit], sentenceStart: Int) -> Int? {
        var end: Int?
        for (i, unit) in units.enumerated() {
            switch unit {
            case .word(let k):
                let lower = text(k).lowercased()
                if Lexicon.titles.contains(lower) { end = i + 1; continue }
                if Lexicon.titleModifiers.contains(lower) { continue }
            case .phrase(_, .country(_, _, let kind)) where kind != .location:
                continue
            case .phrase(_, .acronym):
                continue
            case .connector(let k) where text(k) == "of":
                continue
            default:
                break
            }
            break
        }
        if end != nil { return end }
        return hasTitleBefore(units.first!.range.lowerBound, sentenceStart: sentenceStart) ? 0 : nil
    }

    /// "president Putin", "President-elect Biden", "former minister Lavrov".
    func hasTitleBefore(_ start: Int, sentenceStart: Int) -> Bool {
        var k = start - 1
        var steps = 0
        while k >= sentenceStart, steps < 3 {
            let token = document.tokens[k]
            let lower = text(k).lowercased()
            if Lexicon.titles.contains(lower) { return true }
            guard token.shape.contains(.dash) || lower == "elect" || Lexicon.titleModifiers.contains(lower) else { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    func isOrganization(_ units: [Unit]) -> Bool {
        // "Member of Parliament", "Secretary of State": an office, not an organization.
        for (unit, next) in zip(units, units.dropFirst()) {
            if case .word(let w) = unit, case .connector(let c) = next, text(c) == "of",
               Lexicon.titles.contains(text(w).lowercased()) { return false }
        }
        if case .word(let last) = units.last, Lexicon.organizationHeads.contains(text(last).lowercased()) {
            return units.count > 1
        }
        if units.count >= 3, case .word(let first) = units.first, case .connector(let c) = units[1],
           Lexicon.organizationStarts.contains(text(first).lowercased()), ["of", "for"].contains(text(c)) {
            return true
        }
        return false
    }

    func isPersonName(_ units: [Unit], span: Range<Int>) -> Bool {
        guard units.count >= 2, case .word(let first) = units[0] else {
            return isByline(span)
        }
        if Lexicon.givenNames.contains(text(first).lowercased()) { return true }
        // A middle initial: "Mark N. Katz".
        if units.count == 3, case .word(let middle) = units[1], document.tokens[middle].byteCount == 2,
           document.tokens[middle].shape.contains(.abbreviation) { return true }
        return isByline(span)
    }

    /// "By Todd Prince", "BY: Danieal Ranjbar" opening a paragraph.
    func isByline(_ span: Range<Int>) -> Bool {
        guard span.count >= 2, span.count <= 3 else { return false }
        var k = span.lowerBound - 1
        if k >= 0, text(k) == ":" { k -= 1 }
        guard k >= 0, text(k).lowercased() == "by" else { return false }
        return document.paragraphs.contains { $0.lowerBound == k }
    }

    /// A word with an ending only surnames have ("Lukashenko", "Saakashvili", "Zelensky"): a
    /// person even where the document never gives the full name.
    func hasSurnameEnding(_ k: Int) -> Bool {
        let word = text(k).lowercased()
        guard word.count >= 6, document.tokens[k].shape.contains(.hasLower) else { return false }
        return Lexicon.surnameEndings.contains { word.hasSuffix($0) }
    }

    func isAcronym(_ k: Int) -> Bool {
        let shape = document.tokens[k].shape
        let count = document.tokens[k].byteCount
        return shape.contains(.allCaps) && !shape.contains(.hasDigit) && !shape.contains(.hasPeriod)
            && count >= 2 && count <= 6 && !Lexicon.commonWords.contains(text(k).lowercased())
            && !Lexicon.nonOrganizationAcronyms.contains(text(k))
    }

    /// What "Long Name (ACR)" in the document says the acronym at `k` stands for: its type if the
    /// long name is typed here, `.misc` if it is explained but untyped, nil if it is not explained.
    func explainedAcronym(at k: Int) -> EntityKind? {
        let acronym = Array(text(k).utf8)
        // Look for "(" ACR ")" anywhere, preceded by capitalized words whose initials spell ACR.
        for open in document.tokens.indices where document.token(open, is: "(") && open + 2 < document.tokens.count
            && text(open + 1) == text(k) && text(open + 2) == ")" {
            // The words before "(", nearest first, while they are capitalized or connectors.
            var words: [Int] = []
            var j = open - 1
            while j >= 0, words.count < acronym.count * 2,
                  document.tokens[j].shape.contains(.capitalized) || document.tokens[j].shape.contains(.clitic)
                    || document.tokens[j].shape.contains(.hasHyphen) || Lexicon.nameConnectors.contains(text(j)) {
                if document.tokens[j].shape.contains(.clitic) || document.tokens[j].shape.contains(.hasHyphen) { j -= 1; continue }
                words.append(j)
                j -= 1
            }
            for count in stride(from: words.count, through: 2, by: -1) {
                let candidate = words[..<count].reversed()
                guard let first = candidate.first, document.tokens[first].shape.contains(.capitalized) else { continue }
                let all = candidate.map { document.bytes[Int(document.tokens[$0].start)] & 0xDF }
                let capitalsOnly = candidate.filter { document.tokens[$0].shape.contains(.capitalized) }
                    .map { document.bytes[Int(document.tokens[$0].start)] }
                if all == acronym || capitalsOnly == acronym {
                    let isOrganization = mentions.contains { $0.kind == .organization && $0.tokens.contains(first) }
                    return isOrganization ? .organization : .misc
                }
            }
            // Failing exact initials, the shortest long form whose capitals contain the acronym's
            // letters in order, starting with its first ("Intermediate-Range Nuclear Forces
            // Treaty (INF)"), as Schwartz & Hearst match abbreviation definitions (PSB 2003).
            for count in stride(from: 2, through: words.count, by: 1) {
                let candidate = Array(words[..<count].reversed())
                let capitals = candidate.flatMap(capitalLetters)
                guard capitals.first == acronym.first, acronym.allSatisfy({ (0x41...0x5A).contains($0) }),
                      isSubsequence(acronym, of: capitals) else { continue }
                let isOrganization = mentions.contains { $0.kind == .organization && $0.tokens.contains(candidate[0]) }
                return isOrganization ? .organization : .misc
            }
        }
        return nil
    }

    /// The capital letter a word starts with, if it does.
    func capitalLetters(_ k: Int) -> [UInt8] {
        let first = document.bytes[Int(document.tokens[k].start)]
        return (0x41...0x5A).contains(first) ? [first] : []
    }

    func isSubsequence(_ short: [UInt8], of long: [UInt8]) -> Bool {
        var i = 0
        for byte in long where i < short.count && byte == short[i] { i += 1 }
        return i == short.count
    }

    // MARK: Emitting

    mutating func emitPerson(_ range: Range<Int>, sentence: Int) {
        mentions.append(Mention(tokens: range, sentence: sentence, kind: .person, origin: .rule))
        surnames.insert(text(range.upperBound - 1))
        if range.count == 1 { surnames.insert(text(range.lowerBound)) }
    }

    mutating func emitKnown(_ unit: Unit, sentence: Int) {
        if case .phrase(let range, let known) = unit { emit(known, range: range, sentence: sentence) }
    }

    mutating func emit(_ known: RuleBasedRecognizer.Known, range: Range<Int>, sentence: Int) {
        switch known {
        case .country(let code, let form, let kind):
            mentions.append(Mention(tokens: range, sentence: sentence, kind: kind, origin: .gazetteer,
                                    country: (code, form)))
        case .acronym:
            mentions.append(Mention(tokens: range, sentence: sentence, kind: .organization, origin: .gazetteer))
        case .user(let kind):
            mentions.append(Mention(tokens: range, sentence: sentence, kind: kind, origin: .gazetteer))
        }
    }
}

/// How a sentence is capitalized: ordinary prose, a title-case headline, or all capitals.
enum SentenceStyle: Equatable {
    case normal, titleCase, allCaps

    init(document: TokenizedDocument, range: Range<Int>) {
        var words = 0, capitalized = 0, upper = 0
        for k in range {
            let shape = document.tokens[k].shape
            guard !shape.contains(.punctuation), !shape.contains(.number), document.tokens[k].byteCount >= 4 else { continue }
            words += 1
            if shape.contains(.capitalized) { capitalized += 1 }
            if shape.contains(.allCaps) { upper += 1 }
        }
        // Prose ends with a period; headlines rarely do, and a long name inside a sentence can
        // make the sentence look title-cased.
        let endsWithPeriod = range.last.map { document.token($0, is: ".") } ?? false
        if words >= 3, upper * 10 >= words * 6 { self = .allCaps }
        else if words >= 3, !endsWithPeriod, capitalized * 10 >= words * 7 { self = .titleCase }
        else { self = .normal }
    }
}
