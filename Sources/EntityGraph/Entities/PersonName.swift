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

    init(given: [String], surname: String, suffix: String? = nil) {
        self.given = given
        self.surname = surname
        self.suffix = suffix
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
        // "Charles de Gaulle", "Osama bin Laden": lowercase particles before the surname.
        while let previous = words.last, previous.first?.isLowercase == true,
              NameVariants.surnameParticles.contains(previous) {
            words.removeLast()
        }
        let surname = Self.wordKey(last)
        guard !surname.isEmpty else { return nil }
        self.init(given: words.map(Self.wordKey).filter { !$0.isEmpty }, surname: surname, suffix: suffix)
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

}
