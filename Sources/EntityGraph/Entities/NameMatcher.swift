/// Decides whether two person names name the same person, and by which rule.
///
/// Two full names match when their surnames match and their given names are compatible:
/// - surnames: equal (particles aside: "al-Assad" / "Assad"), or equal `TransliterationKey`s
///   ("Zelensky" / "Zelenskyy"), or — for keys of five letters or more that start alike — one
///   typing error apart (`SingleEditMatch`: "Trenin" / "Ternin", "Lukashenko" / "Lukashenka");
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
              let surname = surnameAgreement(a.surname, b.surname),
              let given = givenAgreement(a.given, b.given) else { return nil }
        switch surname {
        case .spelling:
            return firstGivenAgreement(a.given[0], b.given[0]).map { $0 <= .transliteration } == true ? .spellingVariant : nil
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

    public static func surnameAgreement(_ a: String, _ b: String) -> SurnameAgreement? {
        if a == b { return .equal }
        let ka = TransliterationKey.of(a), kb = TransliterationKey.of(b)
        if ka == kb { return .transliteration }
        if isSpellingVariant(ka, kb) { return .spelling }
        return nil
    }

    /// One typing error apart, on keys long enough for that to be telling.
    static func isSpellingVariant(_ ka: String, _ kb: String) -> Bool {
        min(ka.count, kb.count) >= 5 && ka.first == kb.first && SingleEditMatch.isOneEdit(ka, kb)
    }

    /// Given names (first, then middle names or initials) compatible, and how strongly.
    static func givenAgreement(_ a: [String], _ b: [String]) -> Agreement? {
        guard let first = firstGivenAgreement(a[0], b[0]) else { return nil }
        let ma = a.dropFirst(), mb = b.dropFirst()
        if ma.isEmpty || mb.isEmpty { return ma.isEmpty && mb.isEmpty ? first : .variant }
        guard ma.count == mb.count else { return nil }
        var worst = first
        for (x, y) in zip(ma, mb) {
            guard let agreement = partAgreement(x, y) else { return nil }
            worst = max(worst, agreement)
        }
        return worst
    }

    static func firstGivenAgreement(_ a: String, _ b: String) -> Agreement? {
        if let part = partAgreement(a, b) { return part }
        if sameGroup(a, b, in: givenGroupIndex) { return .transliteration }
        if sameGroup(a, b, in: familiarGroupIndex) { return .variant }
        return nil
    }

    /// Equal, the same transliteration, or an initial of the other.
    static func partAgreement(_ a: String, _ b: String) -> Agreement? {
        if a == b { return .equal }
        if a.count == 1 || b.count == 1 { return a.first == b.first ? .variant : nil }
        return TransliterationKey.of(a) == TransliterationKey.of(b) ? .transliteration : nil
    }

    static func sameGroup(_ a: String, _ b: String, in index: [String: Set<Int>]) -> Bool {
        guard let ga = index[TransliterationKey.of(a)], let gb = index[TransliterationKey.of(b)] else { return false }
        return !ga.isDisjoint(with: gb)
    }

    /// The groups each given name belongs to, by transliteration key ("vladimir" → {0}).
    public static func givenNameClasses(_ name: String) -> Set<Int> {
        var classes = givenGroupIndex[TransliterationKey.of(name)] ?? []
        for group in familiarGroupIndex[TransliterationKey.of(name)] ?? [] { classes.insert(group + familiarOffset) }
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
