/// A person's name split into the parts name matching compares: given names (with middle names
/// and initials), the surname without its particles, and a generational suffix.
///
/// "George W. Bush" → given ["george", "w"], surname "bush"; "Bashar al-Assad" → given
/// ["bashar"], surname "assad"; "Joseph R. Biden Jr." → given ["joseph", "r"], surname "biden",
/// suffix "jr"; "Putin" → given [], surname "putin". Parts are folded like `NameCanonicalizer.key`.
public struct PersonName: Sendable, Equatable {
    public let given: [String]
    public let surname: String
    public let suffix: String?
    /// `TransliterationKey`s of the given names and surname, computed once.
    public let givenKeys: [String]
    public let surnameKey: String
    /// Written family name first ("Xi Jinping", "Kim Jong-un"): romanizations such as Pinyin
    /// tell "Jing" from "Ying" and "Jong" from "Yong", so `NameMatcher` compares these parts as
    /// written, without transliteration keys.
    public let isFamilyNameFirst: Bool
    /// For a surname alone that opens with a capitalized particle ("De Mistura" at a sentence's
    /// start), the surname without it ("mistura"), as a full name with the particle in
    /// lowercase ("Staffan de Mistura") has it.
    public private(set) var particleFreeSurname: String? = nil
    /// The particles before the surname, lowercase, as written in lowercase in a full name
    /// ("de" of "Staffan de Mistura") or capitalized before a surname alone ("De Mistura"), so
    /// that "Van Jones" (a given name) joins no "Tom Jones".
    public private(set) var particles: [String] = []

    /// Names are equal by their parts; how a surname's particles were written is no part.
    public static func == (a: PersonName, b: PersonName) -> Bool {
        a.given == b.given && a.surname == b.surname && a.suffix == b.suffix && a.isFamilyNameFirst == b.isFamilyNameFirst
    }

    init(given: [String], surname: String, suffix: String? = nil, isFamilyNameFirst: Bool = false) {
        self.given = given
        self.surname = surname
        self.suffix = suffix
        self.isFamilyNameFirst = isFamilyNameFirst
        givenKeys = given.map(TransliterationKey.of)
        surnameKey = TransliterationKey.of(surname)
    }

    /// Parses a canonical name (titles already dropped); nil when no surname is left.
    public init?(_ canonical: String) {
        var words = Self.words(of: canonical)
        var suffix: String?
        if words.count > 1, let last = words.last, NameVariants.generationalSuffixes.contains(NameCanonicalizer.key(last)) {
            suffix = NameCanonicalizer.key(last)
            words.removeLast()
        }
        guard var last = words.popLast() else { return nil }
        // "al-Assad": a particle joined by a hyphen.
        if let hyphen = last.firstIndex(where: { $0 == "-" || $0 == "\u{2011}" }),
           NameVariants.surnameParticles.contains(last[..<hyphen].lowercased()), last.index(after: hyphen) < last.endIndex {
            last = String(last[last.index(after: hyphen)...])
        }
        // "Charles de Gaulle", "Osama bin Laden": lowercase particles before the surname. A
        // capitalized European particle is part of the surname as English uses it alone ("De
        // Niro", "Le Pen", "Van Gogh"); Arabic ones are not ("Bashar Al Assad" / "Assad").
        // A capitalized Arabic particle that begins the name and is a given name is one ("Al
        // Franken", "Ed Royce"); a European one is part of the surname ("Van Hollen").
        var surnameWords = [last]
        var particles: [String] = []
        while let previous = words.last, NameVariants.surnameParticles.contains(previous.lowercased()),
              !(words.count == 1 && previous.first?.isUppercase == true && NameVariants.arabicParticles.contains(previous.lowercased())
                  && CensusGivenNames.all.contains(previous.lowercased())) {
            words.removeLast()
            particles.insert(previous.lowercased(), at: 0)
            if previous.first?.isUppercase == true, !NameVariants.arabicParticles.contains(previous.lowercased()) {
                surnameWords.insert(previous, at: 0)
            }
        }
        // "Xi Jinping", "Kim Jong-un", "Park Geun-hye": the family name comes first.
        if let family = words.first, Self.isEastAsianOrder(family: family, rest: words.dropFirst() + [last]) {
            let given = (words.dropFirst() + [last]).map(Self.wordKey).joined()
            self.init(given: given.isEmpty ? [] : [given], surname: Self.wordKey(family), suffix: suffix, isFamilyNameFirst: true)
            return
        }
        let surname = surnameWords.map(Self.wordKey).joined()
        guard !surname.isEmpty else { return nil }
        self.init(given: words.map(Self.wordKey).filter { !$0.isEmpty }, surname: surname, suffix: suffix)
        self.particles = particles
        if given.isEmpty, surnameWords.count > 1 { particleFreeSurname = Self.wordKey(last) }
    }

    /// Whether a name written with `family` first is in East Asian order: `family` is a common
    /// Chinese, Korean or Vietnamese family name and the rest is a hyphenated given name ("Jong-un"),
    /// a word made of one to three Pinyin syllables ("Jinping", "Keqiang", "Yi"), or two short
    /// syllables written apart ("Kim Jong Un"). "Kim Kardashian" and "Lee Child" are not.
    static func isEastAsianOrder<C: Collection<String>>(family: String, rest: C) -> Bool {
        guard NameVariants.eastAsianFamilyNames.contains(family.lowercased()), !rest.isEmpty else { return false }
        if rest.count == 1, let given = rest.first {
            return given.contains("-") || Pinyin.syllableCount(given.lowercased()).map { $0 <= 3 } == true
        }
        return rest.count == 2 && rest.allSatisfy { $0.count <= 4 && $0.first?.isUppercase == true }
    }

    /// The words of a name, split at whitespace (ASCII text without Character segmentation).
    private static func words(of name: String) -> [String] {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return name.split(whereSeparator: \.isWhitespace).map(String.init) }
        return name.utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `NameCanonicalizer.key` of one word, without the spaces folding can leave inside it.
    private static func wordKey(_ word: String) -> String {
        let key = NameCanonicalizer.key(word)
        return key.utf8.contains(0x20) ? key.replacingOccurrences(of: " ", with: "") : key
    }

    /// A surname alone ("Putin"), as news text shortens a name it has given in full.
    public var isSurnameOnly: Bool { given.isEmpty }

    /// The given name of a knight's or dame's short form ("Sir Keir" → "keir", "Dame Carolyn"),
    /// which British usage writes for "Sir Keir Starmer" (the canonical name keeps a title before
    /// one word: `NameCanonicalizer`); nil for other names.
    public var knightlyGivenName: String? {
        guard suffix == nil, !isFamilyNameFirst, given.count == 1, Self.knightlyTitles.contains(given[0]) else { return nil }
        return surname
    }

    /// The titles of `knightlyGivenName`, lowercase.
    static let knightlyTitles: Set<String> = ["sir", "dame"]

}

/// Pinyin, the romanization of Mandarin: enough of it to tell "Jinping" from "Kardashian".
enum Pinyin {
    private static let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
                                   "j", "q", "x", "r", "z", "c", "s", "y", "w", ""]
    private static let finals: Set<String> = [
        "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia",
        "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un",
        "uang", "ue", "ueng",
    ]

    /// The fewest syllables `word` (lowercase ASCII) splits into, or nil when it is no Pinyin.
    ///
    /// - Complexity: O(n²) for a word of n letters (dynamic programming over split points).
    static func syllableCount(_ word: String) -> Int? {
        let letters = Array(word.utf8)
        guard !letters.isEmpty, letters.count <= 18, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        var best = [Int?](repeating: nil, count: letters.count + 1)
        best[0] = 0
        for end in 1...letters.count {
            for start in max(0, end - 6)..<end {
                guard let before = best[start], isSyllable(letters[start..<end]) else { continue }
                best[end] = min(best[end] ?? .max, before + 1)
            }
        }
        return best[letters.count]
    }

    private static func isSyllable(_ letters: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: letters, as: UTF8.self)
        return initials.contains { initial in text.hasPrefix(initial) && finals.contains(String(text.dropFirst(initial.count))) }
    }
}
