/// Finds sentence boundaries in the tokens of one paragraph.
///
/// A sentence ends after `.`, `!`, `?`, `…` (and the closing quotes or brackets right after
/// them) unless the next word starts in lowercase ("etc. and"). After an abbreviation that
/// kept its period, a sentence ends only when a typical sentence opener follows ("…to the U.S.
/// The talks…"); titles (Dr., Gen.) and initials never end one.
///
/// Two or more spaces or a tab between a word and a word that does not start in lowercase end
/// a sentence too: text flattened from a page joins a caption or a table's columns to the next
/// line that way ("Provided to China Daily  Mao Donghui, executive director", "Natl   Loan").
///
/// A run without any boundary (a table, a list of links, a page of entity references) is cut
/// every `maximumLength` tokens, so that neither the tagger's lattice nor the co-mention pairs
/// of one "sentence" grow without bound; no news sentence comes near that length.
///
/// - Complexity: O(t) in the paragraph's tokens.
enum SentenceSplitter {
    static let maximumLength = 400

    static func split(tokens: [Token], range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>,
                      emit: (Range<Int>) -> Void) {
        var start = range.lowerBound
        var k = range.lowerBound
        while k < range.upperBound {
            var boundary = k + 1
            let ends: Bool
            if isTerminal(tokens[k], bytes) {
                while boundary < range.upperBound, isCloser(tokens[boundary], bytes) { boundary += 1 }
                ends = boundary == range.upperBound || !startsLowercase(tokens[boundary], bytes)
            } else if tokens[k].shape.contains(.abbreviation), k + 1 < range.upperBound {
                ends = abbreviationEndsSentence(tokens[k], next: tokens[k + 1], bytes)
                    || isWideGap(tokens[k], tokens[k + 1], bytes)
            } else {
                ends = k + 1 < range.upperBound && isWideGap(tokens[k], tokens[k + 1], bytes)
            }
            if ends, boundary < range.upperBound {
                emit(start..<boundary)
                start = boundary
            }
            k = boundary
            while k - start >= maximumLength {
                emit(start..<(start + maximumLength))
                start += maximumLength
            }
        }
        if start < range.upperBound { emit(start..<range.upperBound) }
    }

    private static func isTerminal(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.shape.contains(.punctuation), !token.shape.contains(.quote) else { return false }
        let first = bytes[Int(token.start)]
        if first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?") { return true }
        return token.byteCount == 3 && first == 0xE2 && bytes[Int(token.start) + 1] == 0x80
            && bytes[Int(token.start) + 2] == 0xA6  // …
    }

    /// Closing quotes, brackets and further terminal marks that belong to the ending sentence.
    private static func isCloser(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.shape.contains(.punctuation) else { return false }
        if isTerminal(token, bytes) { return true }
        let first = bytes[Int(token.start)]
        if first == UInt8(ascii: ")") || first == UInt8(ascii: "]") || first == UInt8(ascii: "\"")
            || first == UInt8(ascii: "'") || first == UInt8(ascii: "*") { return true }
        // ” ’ »
        if token.byteCount == 3, first == 0xE2, bytes[Int(token.start) + 1] == 0x80 {
            let third = bytes[Int(token.start) + 2]
            return third == 0x9D || third == 0x99 || third == 0xBA
        }
        return token.byteCount == 2 && first == 0xC2 && bytes[Int(token.start) + 1] == 0xBB
    }

    /// Whether two spaces or more, or a tab, and no other byte stand between the tokens, and the
    /// second does not start in lowercase.
    private static func isWideGap(_ token: Token, _ next: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let gap = Int(token.end)..<Int(next.start)
        guard gap.count >= 2 || (gap.count == 1 && bytes[gap.lowerBound] == UInt8(ascii: "\t")),
              gap.allSatisfy({ bytes[$0] == UInt8(ascii: " ") || bytes[$0] == UInt8(ascii: "\t") }) else { return false }
        return !startsLowercase(next, bytes)
    }

    private static func startsLowercase(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !token.shape.contains(.punctuation) && !token.shape.contains(.capitalized)
            && !token.shape.contains(.number) && token.shape.contains(.hasLower)
    }

    private static func abbreviationEndsSentence(_ token: Token, next: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<(Int(token.end) - 1)])
        if word.count == 1 { return false }  // an initial
        if Abbreviations.shared.kind(of: word) == .title { return false }
        guard next.shape.contains(.capitalized) else { return false }
        return SentenceOpeners.contains(UnsafeBufferPointer(rebasing: bytes[next.byteRange]))
    }
}

/// Capitalized words that typically open a sentence and rarely start a name.
enum SentenceOpeners {
    private static let words: Set<[UInt8]> = Set([
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
        "There", "But", "And", "Or", "So", "Yet", "In", "On", "At", "As", "For", "If", "When", "While",
        "After", "Before", "However", "Meanwhile", "Moreover", "Still", "Then", "Now", "What", "Why",
        "How", "His", "Her", "Its", "Their", "Our", "My", "Such", "Some", "Many", "Most", "No", "Both",
        "Since", "Although", "Though", "Despite", "According", "Also", "Even", "Last", "Next", "One",
    ].map { Array($0.utf8) })

    static func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { words.contains(Array(bytes)) }
}
