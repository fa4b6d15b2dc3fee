/// Turns a mention's text into the canonical name that keys its entity.
///
/// Curly apostrophes become straight ones, runs of whitespace one space, a leading "the" is
/// dropped ("the Kremlin" → "Kremlin"). For people, titles and roles before the name are dropped
/// too ("Russian President Vladimir Putin", "President-elect Biden", "Former deputy General
/// Secretary of NATO, Alexander Vershbow"), and so is a possessive ending ("Biden's"): the
/// rule-based recognizer already leaves them out, other recognizers may not.
import Foundation

public enum NameCanonicalizer {
    public static func canonical(_ text: String) -> String {
        if let ascii = asciiCanonical(text) { return ascii }
        var words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        while let first = words.first, words.count > 1, ["the", "The", "THE"].contains(first) { words.removeFirst() }
        return words.joined(separator: " ").replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// The canonical name of a mention of this kind.
    public static func canonical(_ text: String, kind: EntityKind) -> String {
        let name = canonical(text)
        guard kind == .person else { return name }
        var words = name.split(separator: " ").map(String.init)
        // "Secretary General of NATO, Jens Stoltenberg": an office, a comma, then the name.
        if let comma = words.lastIndex(where: { $0.hasSuffix(",") }), comma + 1 < words.count,
           words[...comma].contains(where: { Lexicon.titles.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }) {
            words.removeSubrange(...comma)
        }
        var nameStart = 0
        for (i, word) in words.enumerated().dropLast() {
            let lower = word.lowercased()
            if Lexicon.titles.contains(lower) { nameStart = i + 1; continue }
            if Lexicon.titleModifiers.contains(lower) || lower == "of" || lower == "the" || demonyms.contains(word)
                || (word.count >= 2 && word.allSatisfy { $0.isUppercase || $0 == "." }) { continue }
            break
        }
        // "Prince Charles", "Sir John": a title before a lone given name is part of the name.
        if nameStart > 0, nameStart == words.count - 1, Lexicon.titlesBeforeGivenNames.contains(words[nameStart - 1].lowercased()) {
            nameStart -= 1
        }
        words.removeFirst(nameStart)
        if var last = words.popLast() {
            if last.hasSuffix("'s") && last.count > 2 { last.removeLast(2) } else if last.hasSuffix("s'") { last.removeLast() }
            words.append(last)
        }
        return words.joined(separator: " ")
    }

    private static let demonyms: Set<String> = Set(CountryFacts.demonyms.values.joined())

    /// The key form of a canonical name: case and diacritics folded, punctuation dropped
    /// ("U.S." → "us", "Co-operation" → "cooperation", "O'Toole" → "otoole"), a hyphen between
    /// the parts of a name a space ("Kilroy-Silk" and "Kilroy Silk", "Jong-un" and "Jong Un"
    /// are one key), words single-spaced.
    public static func key(_ name: String) -> String {
        if let ascii = asciiKey(name) { return ascii }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var key = ""
        var space = false
        for scalar in folded.unicodeScalars {
            let hyphen = scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
            if scalar.properties.isWhitespace || (hyphen && !endsWithJoiningPrefix(Array(key.utf8))) {
                space = !key.isEmpty
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if space { key += " " }
                key.unicodeScalars.append(scalar)
                space = false
            }
        }
        return key
    }

    /// The surname of a multi-word person name, as news text shortens it (particles and "Jr."
    /// set aside: "Bashar al-Assad" → "assad"), folded like `key`.
    public static func surname(of name: String) -> String? {
        guard let person = PersonName(name), !person.isSurnameOnly else { return nil }
        return person.surname
    }
}
