/// Finds the first ill-formed UTF-8 sequence in a byte buffer.
///
/// A byte sequence is well-formed UTF-8 when it splits into the sequences of the Unicode
/// Standard's Table 3-7 (RFC 3629, section 4):
///
///     00..7F | C2..DF 80..BF | E0 A0..BF 80..BF | E1..EC 80..BF 80..BF | ED 80..9F 80..BF
///     | EE..EF 80..BF 80..BF | F0 90..BF 80..BF 80..BF | F1..F3 (80..BF){3} | F4 80..8F 80..BF 80..BF
///
/// which rules out overlong forms (C0, C1, E0 80..9F, F0 80..8F), UTF-16 surrogates
/// (ED A0..BF) and code points above U+10FFFF (F4 90.., F5..FF). Runs of ASCII are skipped eight
/// bytes at a time with one 64-bit load, which is where news text spends most of its bytes.
///
/// - Complexity: O(n) in the number of bytes, one pass, no allocation.
/// - Reference: F. Yergeau, "UTF-8, a transformation format of ISO 10646", RFC 3629, 2003,
///   doi:10.17487/RFC3629.
enum UTF8Validator {
    /// The offset of the first byte of the first ill-formed or truncated sequence, or nil when
    /// every byte belongs to a well-formed sequence.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            // Skip ASCII eight bytes at a time.
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            guard index < count else { break }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var secondLow: UInt8 = 0x80
            var secondHigh: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondLow = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; secondHigh = 0x9F
            case 0xF0: length = 4; secondLow = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; secondHigh = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = base[index + 1]
            guard second >= secondLow && second <= secondHigh else { return index }
            var continuation = 2
            while continuation < length {
                guard base[index + continuation] & 0xC0 == 0x80 else { return index }
                continuation += 1
            }
            index += length
        }
        return nil
    }

    /// Whether every byte of `bytes` belongs to a well-formed UTF-8 sequence.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstInvalidOffset(in: bytes) == nil
    }
}
