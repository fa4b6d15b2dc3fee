/// Classifies the code point at a byte offset of valid UTF-8 text without building Strings.
///
/// ASCII is decided by table lookups; only non-ASCII scalars pay for a Unicode property query.
enum ByteClass {
    /// The scalar starting at `i` and its length in bytes. `bytes` must be valid UTF-8.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        if b0 < 0xE0, i + 1 < bytes.count {
            let value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
        }
        if b0 < 0xF0, i + 2 < bytes.count {
            let value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 3)
        }
        if i + 3 < bytes.count {
            let value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }

    @inline(__always) static func isASCIIUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isASCIILower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isASCIISpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x0B
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || s == "\u{200B}" || s == "\u{FEFF}"
    }

    /// Letters and combining marks continue a word; so do digits.
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        // ASCII answers without the Unicode property tables, which cost a lookup each (a fifth
        // of a whole build's time before this test was here); the answer is the same.
        if s.value < 0x80 { return isASCIILetter(UInt8(s.value)) || isDigit(UInt8(s.value)) }
        return isNonASCIIWordScalar(s)
    }

    /// U+FFFD is a letter lost to a bad decoding upstream, in scraped corpora nearly always an
    /// accented one ("Sinn F\u{FFFD}\u{FFFD}in", "Beyonc\u{FFFD}\u{FFFD}"): it continues a
    /// word, so the name is not cut there.
    private static func isNonASCIIWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s == "\u{FFFD}" { return true }
        let p = s.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    static func isQuote(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{201C}", "\u{201D}",
             "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}", "`":
            return true
        default:
            return false
        }
    }

    static func isDash(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}":
            return true
        default:
            return false
        }
    }
}
