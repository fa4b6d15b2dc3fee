/// One spelling for the transliterations of a person's name, so a node id does not depend on
/// which spelling a corpus happens to use: "Alexey Navalny" and "Aleksei Navalny" are both
/// `alexei-navalny`, "Sergey Kamenskiy" and "Sergei Kamensky" both `sergei-kamensky` (`NodeID`).
///
/// Each word of the key is rewritten on its own, only ever into one of the spellings
/// transliteration gives, so ids stay readable:
/// - a given name spelled as one of `NameVariants.transliteratedGivenNames` lists it becomes
///   that list's spelling ("Alexey", "Aleksej" → "alexei"; "Dmitriy" → "dmitry"; "Yuliya" →
///   "yulia"). English names ("Julia", "Victor") and other languages' forms of a name
///   ("Volodymyr", "Piotr", "Jelena") are not listed and keep their own;
/// - the last word's Slavic adjectival ending after a consonant, "-iy", "-yy", "-ij" or "-yj",
///   is written "-y" ("Zelenskyy", "Zelenskiy", "Navalnyy" → "zelensky", "navalny"), on words of
///   five letters or more ("-ii" is left alone: "Fujii").
///
/// Other spellings the resolution joins ("Philip" and "Phillip", "Saveliev" and "Savelyev",
/// "Yanukovich" and "Yanukovych") keep their own, so the id of such an entity is that of the
/// spelling its key comes from (README, "Node ids").
///
/// - Complexity: O(n) for a key of n characters (one table lookup per word).
enum CanonicalSpelling {
    /// The key of a person with each word in its canonical spelling; keys are lowercase.
    static func personKey(_ key: String) -> String {
        let words = key.split(whereSeparator: { !$0.isLetter })
        guard let lastWord = words.last else { return key }
        var out = ""
        var rest = key[...]
        for word in words {
            out += rest[..<word.startIndex]
            let spelling = NameVariants.transliteratedGivenNames[String(word)] ?? String(word)
            out += word.endIndex == lastWord.endIndex ? withSlavicEnding(spelling) : spelling
            rest = key[word.endIndex...]
        }
        return out + rest
    }

    /// "-iy", "-yy", "-ij", "-yj" after a consonant → "-y", on ASCII words of five letters or more.
    static func withSlavicEnding(_ word: String) -> String {
        let letters = Array(word.utf8)
        let n = letters.count
        guard n >= 5, letters.allSatisfy({ $0 < 0x80 }) else { return word }
        let vowels: Set<UInt8> = Set("aeiouy".utf8)
        let i = UInt8(ascii: "i"), y = UInt8(ascii: "y"), j = UInt8(ascii: "j")
        guard !vowels.contains(letters[n - 3]), letters[n - 2] == i || letters[n - 2] == y,
              letters[n - 1] == y || letters[n - 1] == j else { return word }
        return String(decoding: letters[..<(n - 2)], as: UTF8.self) + "y"
    }
}
