#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths kept as Swift Strings even when a file name is not UTF-8, and paths made safe to print.
///
/// A Linux file name is any bytes; scrapers leave Latin-1 names (`caf\xE9.txt`) behind. A
/// String made from such bytes would replace them with U+FFFD and name a file that does not
/// exist, so a folder walk would report a file it just listed as missing. Instead each byte of
/// an ill-formed sequence becomes the scalar U+10FF00 + byte (U+10FF80…U+10FFFF, the end of a
/// private use plane no file name uses), and `withSystemPath` turns those back into the bytes
/// for system calls: the round trip is exact. `displayed` shows them as `\xE9`.
public enum FileSystemPath {
    /// The first scalar of the escape range; byte b is U+10FF00 + b (b ≥ 0x80).
    static let escapeBase: UInt32 = 0x10FF00

    /// The String for a NUL-terminated path or argument as the system gives it (`argv`):
    /// valid UTF-8 as it is, other bytes escaped.
    public static func string(fromSystem path: UnsafePointer<CChar>) -> String {
        let length = strlen(path)
        return path.withMemoryRebound(to: UInt8.self, capacity: length) {
            string(fromName: UnsafeBufferPointer(start: $0, count: length))
        }
    }

    /// The String for a file name's bytes: valid UTF-8 as it is, other bytes escaped.
    static func string(fromName bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !UTF8Validator.isValid(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let rest = UnsafeBufferPointer(rebasing: bytes[index...])
            let valid = UTF8Validator.firstInvalidOffset(in: rest) ?? rest.count
            if valid > 0 {
                scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: rest[..<valid]), as: UTF8.self).unicodeScalars)
                index += valid
                continue
            }
            scalars.append(Unicode.Scalar(escapeBase + UInt32(bytes[index]))!)
            index += 1
        }
        return String(scalars)
    }

    /// Calls `body` with the NUL-terminated bytes the system knows `path` by.
    static func withSystemPath<R>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        guard path.unicodeScalars.contains(where: isEscapedByte) else { return try path.withCString(body) }
        var bytes: [CChar] = []
        for scalar in path.unicodeScalars {
            if isEscapedByte(scalar) {
                bytes.append(CChar(bitPattern: UInt8(scalar.value - escapeBase)))
            } else {
                bytes.append(contentsOf: String(scalar).utf8.map { CChar(bitPattern: $0) })
            }
        }
        bytes.append(0)
        return try body(bytes)
    }

    /// `text` safe to print on a terminal on one line: escaped file name bytes as `\xE9`, control
    /// characters (C0, DEL, C1) as `\x1B`, bidirectional controls and line separators as
    /// `\u{202E}`, so a hostile name can neither split a message in two, nor send escape
    /// sequences to the terminal, nor make a line read in another order than it is written.
    public static func displayed(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isEscapedByte($0) || isControl($0) || isInvisibleLayout($0) })
        else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            if isEscapedByte(scalar) {
                shown += "\\x" + hex(scalar.value - escapeBase)
            } else if isControl(scalar) {
                shown += "\\x" + hex(scalar.value)
            } else if isInvisibleLayout(scalar) {
                shown += "\\u{" + hex(scalar.value) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    private static func isEscapedByte(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= escapeBase + 0x80 && scalar.value <= escapeBase + 0xFF
    }

    /// Bidirectional embeddings, overrides, isolates and marks (the "Trojan Source" characters)
    /// and the Unicode line and paragraph separators.
    private static func isInvisibleLayout(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
