import Foundation

/// A spelling-insensitive key for one word of a name, equal for the usual Latin transliterations
/// of the same Slavic, Arabic or Persian name: "Zelensky" / "Zelenskyy" / "Zelenskiy",
/// "Alexei" / "Aleksei" / "Alexey", "Dmitry" / "Dmitriy" / "Dmitrii", "Peskov" / "Peskow",
/// "Asad" / "Assad".
///
/// The word is case- and diacritic-folded and kept to its letters, then rewritten left to right:
/// x → ks; q, ck → k; c → s before e/i/y, else k (ch stays); tch → ch; kh → h; gh, dh, ph, th →
/// g, d, f, t; tz → ts; w → v; y, j → i; ou → u; a leading "ie" (from ye-, je-) → e; finally every
/// run of one letter collapses to one ("ii" → "i", "ss" → "s"). Unlike Soundex it keeps vowels
/// other than i/y/j, so "Joan" and "John", or "Lukashenko" and "Lukashenka", stay apart: those
/// are different names or need the stronger evidence of `NameMatcher`'s other rules.
///
/// - Complexity: O(n) for a word of n characters.
/// - Reference: J. Zobel and P. Dart, "Phonetic string matching: lessons from information
///   retrieval", SIGIR 1996, doi:10.1145/243199.243258 (phonetic keys for name search, and why
///   they must be combined with other evidence).
public enum TransliterationKey {
    public static func of(_ word: String) -> String {
        let letters = foldedLetters(word)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(letters.count + 2)
        var i = 0
        func next(_ offset: Int) -> Unicode.Scalar? { i + offset < letters.count ? letters[i + offset] : nil }
        while i < letters.count {
            let c = letters[i], n = next(1)
            switch (c, n) {
            case ("t", "c") where next(2) == "h": out += ["c", "h"]; i += 3; continue
            case ("k", "h"): out.append("h"); i += 2; continue
            case ("g", "h"), ("d", "h"), ("p", "h"), ("t", "h"):
                out.append(c == "p" ? "f" : c); i += 2; continue
            case ("c", "k"): out.append("k"); i += 2; continue
            case ("c", "h"): out += ["c", "h"]; i += 2; continue
            case ("t", "z"): out += ["t", "s"]; i += 2; continue
            case ("o", "u"): out.append("u"); i += 2; continue
            default: break
            }
            switch c {
            case "x": out += ["k", "s"]
            case "q": out.append("k")
            case "c": out.append(n == "e" || n == "i" || n == "y" ? "s" : "k")
            case "w": out.append("v")
            case "y", "j": out.append("i")
            default: out.append(c)
            }
            i += 1
        }
        if out.count > 2, out[0] == "i", out[1] == "e" { out.removeFirst() }
        var key = String.UnicodeScalarView()
        var last: Unicode.Scalar?
        for c in out where c != last {
            key.append(c)
            last = c
        }
        return String(key)
    }

    /// The word's letters, lowercased and without diacritics (ASCII words skip Foundation).
    static func foldedLetters(_ word: String) -> [Unicode.Scalar] {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.compactMap { byte -> Unicode.Scalar? in
                switch byte {
                case 0x61...0x7A: return Unicode.Scalar(byte)
                case 0x41...0x5A: return Unicode.Scalar(byte | 0x20)
                default: return nil
                }
            }
        }
        let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return folded.unicodeScalars.filter(\.properties.isAlphabetic)
    }
}
