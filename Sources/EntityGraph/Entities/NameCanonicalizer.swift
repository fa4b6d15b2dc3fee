/// Turns a mention's text into the canonical name that keys its entity.
///
/// Curly apostrophes become straight ones, runs of whitespace one space, a leading "the" is
/// dropped ("the Kremlin" → "Kremlin") and so is a trailing period that is not part of an
/// abbreviation. Titles never reach here: recognizers leave them out of the mention.
import Foundation

public enum NameCanonicalizer {
    public static func canonical(_ text: String) -> String {
        if let ascii = asciiCanonical(text) { return ascii }
        var words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        while let first = words.first, words.count > 1, ["the", "The", "THE"].contains(first) { words.removeFirst() }
        return words.joined(separator: " ").replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// The key form of a canonical name: case and diacritics folded, punctuation dropped
    /// ("U.S." → "us", "Co-operation" → "cooperation", "O'Toole" → "otoole"), words single-spaced.
    public static func key(_ name: String) -> String {
        if let ascii = asciiKey(name) { return ascii }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var key = ""
        var space = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isWhitespace {
                space = !key.isEmpty
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if space { key += " " }
                key.unicodeScalars.append(scalar)
                space = false
            }
        }
        return key
    }

    /// The last word of a multi-word person name: its surname, as news text shortens it.
    public static func surname(of name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count >= 2, let last = words.last else { return nil }
        return String(last)
    }
}
