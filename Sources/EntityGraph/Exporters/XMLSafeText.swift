/// Replaces the characters XML 1.0 does not allow, which xmlTextWriter would otherwise write raw.
///
/// XML 1.0 allows tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and
/// U+10000–U+10FFFF (https://www.w3.org/TR/xml/#charsets). Swift strings cannot hold surrogates,
/// so only C0 control characters and U+FFFE/U+FFFF can occur; each becomes U+FFFD, so a reader
/// still sees that a character was there.
enum XMLSafeText {
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether XML 1.0 allows `scalar` in text and attribute values.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `text` with every character XML 1.0 forbids replaced by U+FFFD.
    static func sanitized(_ text: String) -> String {
        // Fast path over the bytes: no C0 control byte other than tab/LF/CR, and no 0xEF lead
        // byte (U+FFFE and U+FFFF start with it; so do other characters, which the scalar
        // check below then clears).
        if text.utf8.allSatisfy({ $0 >= 0x20 ? $0 != 0xEF : ($0 == 0x9 || $0 == 0xA || $0 == 0xD) }) { return text }
        if text.unicodeScalars.allSatisfy(isAllowed) { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(isAllowed(scalar) ? scalar : replacement)
        }
        return String(result)
    }
}
