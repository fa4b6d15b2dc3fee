/// ASCII fast paths of `NameCanonicalizer`: nearly every name in English news is ASCII, and
/// for ASCII the general versions (Character splitting, Foundation folding and replacing) give
/// the same result at many times the cost. Each returns nil for text with other characters,
/// which then takes the general path.
extension NameCanonicalizer {
    /// `canonical(_:)` for ASCII text: words split at whitespace, a leading "the" dropped,
    /// single spaces between words (there is no curly apostrophe in ASCII).
    static func asciiCanonical(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var words: [Range<Int>] = []
            var start = -1
            for (i, b) in bytes.enumerated() {
                if b >= 0x80 { return nil }
                if isASCIIWhitespace(b) {
                    if start >= 0 { words.append(start..<i); start = -1 }
                } else if start < 0 {
                    start = i
                }
            }
            if start >= 0 { words.append(start..<bytes.count) }
            var first = 0
            while words.count - first > 1, isThe(bytes[words[first]]) { first += 1 }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            for word in words[first...] {
                if !result.isEmpty { result.append(0x20) }
                result.append(contentsOf: bytes[word])
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// `key(_:)` for ASCII text: letters lowercased, digits kept, hyphens word breaks (after a
    /// prefix such as "co", dropped), anything else dropped, words single-spaced.
    static func asciiKey(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            var key: [UInt8] = []
            key.reserveCapacity(bytes.count)
            var space = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if isASCIIWhitespace(b) || (b == 0x2D && !endsWithJoiningPrefix(key)) {
                    space = !key.isEmpty
                } else if (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 {
                    if space { key.append(0x20) }
                    key.append(b &- 0x41 < 26 ? b | 0x20 : b)
                    space = false
                }
            }
            return String(decoding: key, as: UTF8.self)
        }
    }

    /// Whether the last word of `key` is a prefix that a hyphen joins to its word ("co-operation"
    /// is "cooperation"), unlike the parts of a name ("Kilroy-Silk" is "kilroy silk").
    static func endsWithJoiningPrefix(_ key: [UInt8]) -> Bool {
        let start = (key.lastIndex(of: 0x20) ?? -1) + 1
        return joiningPrefixes.contains(String(decoding: key[start...], as: UTF8.self))
    }

    static let joiningPrefixes: Set<String> = ["co", "re", "pre", "non", "anti", "post", "inter", "multi", "sub", "pan", "ex"]

    /// Space, tab, line feed, vertical tab, form feed, carriage return: ASCII's White_Space.
    private static func isASCIIWhitespace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    private static func isThe(_ word: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        guard word.count == 3 else { return false }
        let (t, h, e) = (word[word.startIndex], word[word.startIndex + 1], word[word.startIndex + 2])
        return (t == 0x74 && h == 0x68 && e == 0x65) || (t == 0x54 && h == 0x68 && e == 0x65)
            || (t == 0x54 && h == 0x48 && e == 0x45)
    }
}
