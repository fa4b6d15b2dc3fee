/// Decides whether two person names name the same person, and by which rule.
///
/// Two full names match when their surnames match and their given names are compatible:
/// - surnames: equal (particles aside: "al-Assad" / "Assad"), or equal `TransliterationKey`s
///   ("Zelensky" / "Zelenskyy"), or — for keys of five letters or more that start alike — one
///   typing error apart (`SingleEditMatch`: "Trenin" / "Ternin", "Lukashenko" / "Lukashenka"),
///   where the error is no added ending ("Kuznetsov" / "Kuznetsova"); names written family name
///   first ("Liu Jian") compare their parts as written, with no transliteration;
/// - first given names: equal, equal transliteration keys, the same name in another language
///   ("Volodymyr" / "Vladimir", `NameVariants.givenNameGroups`), a familiar form ("Joe" /
///   "Joseph"), or an initial ("V." / "Vladimir"); middle names and initials, when both names have
///   them, must agree one by one ("George H. W. Bush" and "George W. Bush" do not match); a
///   generational suffix must be on both or neither ("Donald Trump Jr." is not "Donald Trump").
/// A surname one typing error away needs the stronger given-name evidence (equal or the same
/// name), never an initial or a familiar form alone. So "George Bush" / "Jeb Bush" and "Mark Katz"
/// / "Jonathan Katz" never match.
///
/// - Complexity: O(n) for names of n characters (table lookups are hash lookups).
/// - Reference: P. Christen, "Data Matching", Springer 2012, doi:10.1007/978-3-642-31164-2,
///   ch. 5 (comparing names field by field, with phonetic keys and edit distances).
public enum NameMatcher {
    /// How strongly two parts agree, weakest last.
    enum Agreement: Int, Comparable {
        case equal, transliteration, variant

        static func < (a: Agreement, b: Agreement) -> Bool { a.rawValue < b.rawValue }
    }

    /// The rule that merges two full names, or nil when they may name different people.
    public static func match(_ a: PersonName, _ b: PersonName) -> AliasRule? {
        guard !a.isSurnameOnly, !b.isSurnameOnly, a.suffix == b.suffix,
              let surname = surnameAgreement(a, b), let given = givenAgreement(a, b) else { return nil }
        switch surname {
        case .spelling:
            return firstGivenAgreement(a, b).map { $0 <= .transliteration } == true ? .spellingVariant : nil
        case .transliteration:
            return .transliteration
        case .equal:
            return given == .transliteration ? .transliteration : .nameVariant
        }
    }

    /// How a surname alone relates to another surname.
    public enum SurnameAgreement: Sendable, Equatable {
        case equal, transliteration, spelling

        /// The rule for a short name merged on this agreement.
        public var rule: AliasRule? {
            switch self {
            case .equal: return nil
            case .transliteration: return .transliteration
            case .spelling: return .spellingVariant
            }
        }
    }

    public static func surnameAgreement(_ a: PersonName, _ b: PersonName) -> SurnameAgreement? {
        if a.surname == b.surname { return .equal }
        if a.isFamilyNameFirst || b.isFamilyNameFirst { return nil }
        // Two East Asian family names are two names ("Jiang" / "Yang", "Jin" / "Yin").
        if NameVariants.eastAsianFamilyNames.contains(a.surname) && NameVariants.eastAsianFamilyNames.contains(b.surname) { return nil }
        if a.surnameKey == b.surnameKey { return .transliteration }
        if isSpellingVariant(a.surnameKey, b.surnameKey) { return .spelling }
        return nil
    }

    /// One typing error apart, on keys long enough for that to be telling. A letter added at the
    /// end is an ending, not a typing error: a feminine form ("Kuznetsov" / "Kuznetsova"), a place
    /// ("Zaitsev" / "Zaitsevo"), another word ("Capito" / "Capitol", "Gerrard" / "Gerardo"); but
    /// an "s", a possessive without its apostrophe ("Donald Trumps plan").
    static func isSpellingVariant(_ ka: String, _ kb: String) -> Bool {
        guard min(ka.count, kb.count) >= 5, ka.first == kb.first, SingleEditMatch.isOneEdit(ka, kb) else { return false }
        let (long, short) = ka.count > kb.count ? (ka, kb) : (kb, ka)
        return !long.hasPrefix(short) || long.last == "s"
    }

    /// Given names (first, then middle names or initials) compatible, and how strongly.
    static func givenAgreement(_ a: PersonName, _ b: PersonName) -> Agreement? {
        guard let first = firstGivenAgreement(a, b) else { return nil }
        let count = a.given.count, other = b.given.count
        if count == 1 || other == 1 { return count == other ? first : .variant }
        guard count == other else { return nil }
        var worst = first
        for i in 1..<count {
            guard let agreement = partAgreement(a.given[i], a.givenKeys[i], b.given[i], b.givenKeys[i]) else { return nil }
            worst = max(worst, agreement)
        }
        return worst
    }

    static func firstGivenAgreement(_ a: PersonName, _ b: PersonName) -> Agreement? {
        if a.isFamilyNameFirst || b.isFamilyNameFirst { return a.given[0] == b.given[0] ? .equal : nil }
        if let part = partAgreement(a.given[0], a.givenKeys[0], b.given[0], b.givenKeys[0]) { return part }
        if sameGroup(a.givenKeys[0], b.givenKeys[0], in: givenGroupIndex) { return .transliteration }
        if sameGroup(a.givenKeys[0], b.givenKeys[0], in: familiarGroupIndex) { return .variant }
        return nil
    }

    /// Equal, the same transliteration, or an initial of the other.
    static func partAgreement(_ a: String, _ ka: String, _ b: String, _ kb: String) -> Agreement? {
        if a == b { return .equal }
        if a.count == 1 || b.count == 1 { return a.first == b.first ? .variant : nil }
        return ka == kb ? .transliteration : nil
    }

    static func sameGroup(_ ka: String, _ kb: String, in index: [String: Set<Int>]) -> Bool {
        guard let ga = index[ka], let gb = index[kb] else { return false }
        return !ga.isDisjoint(with: gb)
    }

    /// The groups a given name belongs to, by its transliteration key ("vladimir" → {0}).
    public static func givenNameClasses(key: String) -> Set<Int> {
        var classes = givenGroupIndex[key] ?? []
        for group in familiarGroupIndex[key] ?? [] { classes.insert(group + familiarOffset) }
        return classes
    }

    private static let familiarOffset = 1 << 20
    static let givenGroupIndex = groupIndex(NameVariants.givenNameGroups)
    static let familiarGroupIndex = groupIndex(NameVariants.familiarForms)

    private static func groupIndex(_ groups: [[String]]) -> [String: Set<Int>] {
        var index: [String: Set<Int>] = [:]
        for (number, group) in groups.enumerated() {
            for name in group { index[TransliterationKey.of(name), default: []].insert(number) }
        }
        return index
    }
}
