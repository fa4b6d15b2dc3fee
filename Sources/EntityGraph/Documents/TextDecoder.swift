#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of a file into validated UTF-8 text, or says precisely why it cannot.
///
/// - A UTF-8 byte order mark is dropped: offsets into `Document.text` count from the byte after
///   it. Line ends stay as they are (CRLF keeps its `\r`), so offsets match the file otherwise.
/// - A UTF-16 or UTF-32 byte order mark (LE or BE) is honoured: the text is decoded and
///   re-encoded as UTF-8, and offsets are into that UTF-8 text, not into the file.
/// - A NUL byte anywhere, or a C0 control character other than tab, line feed, vertical tab,
///   form feed, carriage return and escape within the first 1024 bytes, marks the file binary
///   (PNG, ELF, ZIP, PDF with binary streams all trip this early). A stray control character
///   later in a long text is kept: exporters strip what XML cannot carry.
struct TextDecoder: Sendable {
    /// How the file's bytes were encoded.
    enum Encoding: Sendable, Equatable {
        case utf8
        case utf8WithByteOrderMark
        case utf16LittleEndian, utf16BigEndian
        case utf32LittleEndian, utf32BigEndian
    }

    /// Text that is known to be valid UTF-8.
    struct DecodedText: Sendable {
        var utf8: [UInt8]
        var encoding: Encoding
    }

    /// The number of leading bytes searched for control characters.
    static let controlCharacterWindow = 1024

    /// The validated UTF-8 text of `bytes`; errors name `id`.
    func decode(_ bytes: [UInt8], id: String) throws(DocumentReadError) -> DecodedText {
        if bytes.isEmpty { throw .empty(path: id) }
        let encoding = Self.byteOrderMark(of: bytes)
        switch encoding {
        case .utf8, .utf8WithByteOrderMark:
            let skip = encoding == .utf8WithByteOrderMark ? 3 : 0
            if bytes.count == skip { throw .empty(path: id) }
            let problem: DocumentReadError? = bytes.withUnsafeBufferPointer { buffer in
                if let (offset, byte) = Self.firstBinaryByte(in: buffer) {
                    return .binary(path: id, byteOffset: offset, byte: byte)
                }
                let text = UnsafeBufferPointer(rebasing: buffer[skip...])
                if let offset = UTF8Validator.firstInvalidOffset(in: text) {
                    return .invalidUTF8(path: id, byteOffset: offset + skip)
                }
                return nil
            }
            if let problem { throw problem }
            return DecodedText(utf8: skip == 0 ? bytes : Array(bytes[skip...]), encoding: encoding)
        case .utf16LittleEndian, .utf16BigEndian:
            return DecodedText(utf8: try Self.transcodeUTF16(bytes, bigEndian: encoding == .utf16BigEndian, id: id), encoding: encoding)
        case .utf32LittleEndian, .utf32BigEndian:
            return DecodedText(utf8: try Self.transcodeUTF32(bytes, bigEndian: encoding == .utf32BigEndian, id: id), encoding: encoding)
        }
    }

    /// The encoding a byte order mark announces; `.utf8` when there is none.
    static func byteOrderMark(of bytes: [UInt8]) -> Encoding {
        let count = bytes.count
        // UTF-32 LE's mark starts like UTF-16 LE's: test it first.
        if count >= 4, bytes[0] == 0xFF, bytes[1] == 0xFE, bytes[2] == 0, bytes[3] == 0 { return .utf32LittleEndian }
        if count >= 4, bytes[0] == 0, bytes[1] == 0, bytes[2] == 0xFE, bytes[3] == 0xFF { return .utf32BigEndian }
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8WithByteOrderMark }
        if count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16LittleEndian }
        if count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16BigEndian }
        return .utf8
    }

    /// The first byte that marks the buffer as binary, with its offset: see the type's summary.
    static func firstBinaryByte(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, byte: UInt8)? {
        let window = min(bytes.count, controlCharacterWindow)
        for index in 0..<window where isBinaryControl(bytes[index]) {
            return (index, bytes[index])
        }
        if window < bytes.count, let base = bytes.baseAddress,
           let nul = memchr(base + window, 0, bytes.count - window) {
            return (base.distance(to: nul.assumingMemoryBound(to: UInt8.self)), 0)
        }
        return nil
    }

    @inline(__always)
    static func isBinaryControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && !(byte >= 0x09 && byte <= 0x0D) && byte != 0x1B
    }

    private static func transcodeUTF16(_ bytes: [UInt8], bigEndian: Bool, id: String) throws(DocumentReadError) -> [UInt8] {
        let unitCount = (bytes.count - 2) / 2
        if unitCount == 0 {
            if bytes.count == 2 { throw .empty(path: id) }
            throw .invalidUTF16(path: id, byteOffset: 2)
        }
        var output: [UInt8] = []
        output.reserveCapacity(unitCount * 2)
        var decoder = UTF16()
        var units = (0..<unitCount).lazy.map { unit -> UInt16 in
            let first = UInt16(bytes[2 + unit * 2]), second = UInt16(bytes[3 + unit * 2])
            return bigEndian ? first << 8 | second : second << 8 | first
        }.makeIterator()
        var unitIndex = 0
        while true {
            switch decoder.decode(&units) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { throw .binary(path: id, byteOffset: 2 + unitIndex * 2, byte: 0) }
                unitIndex += scalar.value > 0xFFFF ? 2 : 1
                UTF8.encode(scalar) { output.append($0) }
            case .emptyInput:
                if bytes.count % 2 != 0 { throw .invalidUTF16(path: id, byteOffset: bytes.count - 1) }
                return output
            case .error:
                throw .invalidUTF16(path: id, byteOffset: 2 + unitIndex * 2)
            }
        }
    }

    private static func transcodeUTF32(_ bytes: [UInt8], bigEndian: Bool, id: String) throws(DocumentReadError) -> [UInt8] {
        guard bytes.count > 4 else { throw .empty(path: id) }
        guard bytes.count % 4 == 0 else { throw .invalidUTF32(path: id, byteOffset: bytes.count - bytes.count % 4) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var offset = 4
        while offset < bytes.count {
            let b0 = UInt32(bytes[offset]), b1 = UInt32(bytes[offset + 1])
            let b2 = UInt32(bytes[offset + 2]), b3 = UInt32(bytes[offset + 3])
            let value = bigEndian ? b0 << 24 | b1 << 16 | b2 << 8 | b3 : b3 << 24 | b2 << 16 | b1 << 8 | b0
            guard let scalar = Unicode.Scalar(value) else { throw .invalidUTF32(path: id, byteOffset: offset) }
            if value == 0 { throw .binary(path: id, byteOffset: offset, byte: 0) }
            UTF8.encode(scalar) { output.append($0) }
            offset += 4
        }
        return output
    }
}
