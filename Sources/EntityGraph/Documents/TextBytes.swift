/// Small byte-level tests shared by the readers and the furniture classifier.
///
/// Everything here works on UTF-8 bytes, never on `Character`s: iterating characters is an order
/// of magnitude slower (DESIGN.md, text-speed notes).
enum TextBytes {
    /// Space, tab, line feed, carriage return, vertical tab, form feed.
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// An ASCII letter or digit, or the first byte of a non-ASCII character outside Latin-1
    /// punctuation (C2 xx) and General Punctuation/symbols (E2 xx): "é", "Л", "北" count, "•",
    /// "—", "©" do not.
    @inline(__always)
    static func startsLetterLike(_ byte: UInt8) -> Bool {
        isASCIIAlphanumeric(byte) || (byte >= 0xC3 && byte != 0xE2 && byte & 0xC0 == 0xC0)
    }

    @inline(__always)
    static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
    }

    /// The length of the whitespace character starting at `index` (ASCII whitespace, no-break
    /// space, the Unicode spaces U+2000–U+200A, U+202F, U+3000, and U+FEFF), or 0.
    @inline(__always)
    static func whitespaceLength<C: RandomAccessCollection<UInt8>>(in bytes: C, at index: C.Index) -> Int where C.Index == Int {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIIWhitespace(byte) ? 1 : 0 }
        let remaining = bytes.endIndex - index
        if byte == 0xC2, remaining >= 2, bytes[index + 1] == 0xA0 { return 2 }
        guard remaining >= 3 else { return 0 }
        let second = bytes[index + 1], third = bytes[index + 2]
        switch byte {
        case 0xE2 where second == 0x80 && (third <= 0x8A || third == 0xAF): return 3
        case 0xE3 where second == 0x80 && third == 0x80: return 3
        case 0xEF where second == 0xBB && third == 0xBF: return 3
        default: return 0
        }
    }

    /// `range` without whitespace at either end.
    static func trimmed<C: RandomAccessCollection<UInt8>>(_ range: Range<Int>, in bytes: C) -> Range<Int> where C.Index == Int {
        var start = range.lowerBound
        while start < range.upperBound {
            let length = whitespaceLength(in: bytes, at: start)
            if length == 0 { break }
            start += length
        }
        var end = range.upperBound
        while end > start {
            // Whitespace characters are 1, 2 or 3 bytes long: try each ending at `end`.
            if isASCIIWhitespace(bytes[end - 1]) { end -= 1; continue }
            if end - 2 >= start, whitespaceLength(in: bytes, at: end - 2) == 2 { end -= 2; continue }
            if end - 3 >= start, whitespaceLength(in: bytes, at: end - 3) == 3 { end -= 3; continue }
            break
        }
        return start..<end
    }

    /// Whether `haystack` contains `needle` as a contiguous run of bytes.
    static func contains<C: RandomAccessCollection<UInt8>>(_ haystack: C, _ needle: [UInt8]) -> Bool where C.Index == Int {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// Words in `range`: runs of non-whitespace bytes holding at least one letter or digit
    /// (see `startsLetterLike`: "Лавров" and "北京" are words, "—" and "•" are not).
    static func wordCount<C: RandomAccessCollection<UInt8>>(in bytes: C, range: Range<Int>) -> Int where C.Index == Int {
        var count = 0
        var inWord = false
        var wordHasLetter = false
        var index = range.lowerBound
        while index < range.upperBound {
            let length = whitespaceLength(in: bytes, at: index)
            if length > 0 {
                if inWord && wordHasLetter { count += 1 }
                inWord = false
                wordHasLetter = false
                index += length
                continue
            }
            let byte = bytes[index]
            inWord = true
            if startsLetterLike(byte) { wordHasLetter = true }
            index += 1
        }
        if inWord && wordHasLetter { count += 1 }
        return count
    }

    /// The last byte of `range` that is not whitespace, emphasis markup, a closing quote or a
    /// closing bracket; multi-byte characters are reported by their first byte's offset.
    static func lastSignificantIndex<C: RandomAccessCollection<UInt8>>(in bytes: C, range: Range<Int>) -> Int? where C.Index == Int {
        var end = trimmed(range, in: bytes).upperBound
        while end > range.lowerBound {
            let byte = bytes[end - 1]
            switch byte {
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "\""), UInt8(ascii: "'"),
                 UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "`"), 0x20, 0x09:
                end -= 1
                continue
            default:
                break
            }
            // Closing curly quotes ’ ” (E2 80 99, E2 80 9D) and » (C2 BB).
            if end - 3 >= range.lowerBound, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
               bytes[end - 1] == 0x99 || bytes[end - 1] == 0x9D {
                end -= 3
                continue
            }
            if end - 2 >= range.lowerBound, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xBB {
                end -= 2
                continue
            }
            // Step back to the first byte of a multi-byte character.
            var start = end - 1
            while start > range.lowerBound, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            return start
        }
        return nil
    }

    /// Whether the text in `range` ends like a sentence: `.`, `!`, `?` or `…`, before any
    /// closing quotes, brackets or emphasis markup.
    static func endsLikeSentence<C: RandomAccessCollection<UInt8>>(in bytes: C, range: Range<Int>) -> Bool where C.Index == Int {
        guard let index = lastSignificantIndex(in: bytes, range: range) else { return false }
        switch bytes[index] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
        case 0xE2: return index + 2 < bytes.endIndex && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
        // A CJK full stop 。 (E3 80 82), a full-width ！ (EF BC 81) or ？ (EF BC 9F).
        case 0xE3: return index + 2 < range.upperBound && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x82
        case 0xEF: return index + 2 < range.upperBound && bytes[index + 1] == 0xBC && (bytes[index + 2] == 0x81 || bytes[index + 2] == 0x9F)
        default: return false
        }
    }

    /// Whether the text in `range` ends with a colon, before closing markup: a label like "Source:".
    static func endsWithColon<C: RandomAccessCollection<UInt8>>(in bytes: C, range: Range<Int>) -> Bool where C.Index == Int {
        guard let index = lastSignificantIndex(in: bytes, range: range) else { return false }
        return bytes[index] == UInt8(ascii: ":")
    }

    /// Whether `range` holds at least one letter or digit (see `startsLetterLike`).
    static func hasLetterOrDigit<C: RandomAccessCollection<UInt8>>(in bytes: C, range: Range<Int>) -> Bool where C.Index == Int {
        bytes[range].contains(where: startsLetterLike)
    }
}
