import Testing
@testable import EntityGraph

@Suite struct UTF8ValidatorTests {
    private func firstInvalid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { UTF8Validator.firstInvalidOffset(in: $0) }
    }

    @Test func acceptsWellFormedText() {
        #expect(firstInvalid(Array("plain ASCII, long enough to use the 8-byte path".utf8)) == nil)
        #expect(firstInvalid(Array("Лавров “quoted” 北京 𝄞 café".utf8)) == nil)
        #expect(firstInvalid([]) == nil)
        // Boundaries of Table 3-7.
        #expect(firstInvalid([0xC2, 0x80, 0xDF, 0xBF, 0xE0, 0xA0, 0x80, 0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80]) == nil)
        #expect(firstInvalid([0xF0, 0x90, 0x80, 0x80, 0xF4, 0x8F, 0xBF, 0xBF]) == nil)
    }

    @Test func reportsTheExactOffsetOfAStrayByte() {
        var bytes = Array(String(repeating: "abcdefgh", count: 10).utf8)
        bytes.insert(0xFF, at: 43)
        #expect(firstInvalid(bytes) == 43)
        #expect(firstInvalid(Array("é".utf8) + [0x80]) == 2)
    }

    @Test func reportsATruncatedSequenceAtTheEndByItsFirstByte() {
        #expect(firstInvalid(Array("ab".utf8) + [0xE2, 0x80]) == 2)
        #expect(firstInvalid(Array("abc".utf8) + [0xF0, 0x9F, 0x98]) == 3)
        #expect(firstInvalid([0xC3]) == 0)
    }

    @Test func rejectsOverlongEncodings() {
        #expect(firstInvalid([0x41, 0xC0, 0xAF]) == 1) // "/" in two bytes
        #expect(firstInvalid([0xC1, 0xBF]) == 0)
        #expect(firstInvalid([0xE0, 0x80, 0xAF]) == 0)
        #expect(firstInvalid([0xF0, 0x80, 0x80, 0xAF]) == 0)
    }

    @Test func rejectsSurrogatesAndCodePointsAboveTheUnicodeRange() {
        #expect(firstInvalid([0x61, 0xED, 0xA0, 0x80]) == 1) // U+D800
        #expect(firstInvalid([0xED, 0xBF, 0xBF]) == 0) // U+DFFF
        #expect(firstInvalid([0xF4, 0x90, 0x80, 0x80]) == 0) // U+110000
        #expect(firstInvalid([0xF5, 0x80, 0x80, 0x80]) == 0)
    }

    @Test func rejectsAMissingContinuationByte() {
        #expect(firstInvalid([0x61, 0xE2, 0x80, 0x41]) == 1)
    }
}

@Suite struct TextDecoderTests {
    private func decode(_ bytes: [UInt8]) throws(DocumentReadError) -> TextDecoder.DecodedText {
        try TextDecoder().decode(bytes, id: "corpus/a.txt")
    }

    @Test func dropsAUTF8ByteOrderMarkAndKeepsCarriageReturns() throws {
        let decoded = try decode([0xEF, 0xBB, 0xBF] + Array("one\r\ntwo\r\n".utf8))
        #expect(decoded.utf8 == Array("one\r\ntwo\r\n".utf8))
        #expect(decoded.encoding == .utf8WithByteOrderMark)
    }

    @Test func invalidUTF8NamesTheFileAndTheFileOffset() {
        let error = readError { try decode(Array("caf".utf8) + [0xE9] + Array(" au lait".utf8)) }
        #expect(error == .invalidUTF8(path: "corpus/a.txt", byteOffset: 3))
        #expect(error?.description == "corpus/a.txt: not valid UTF-8 at byte 3")
        // After a byte order mark the offset still counts the mark: it is a file offset.
        let afterMark = readError { try decode([0xEF, 0xBB, 0xBF, 0x61, 0xFF]) }
        #expect(afterMark == .invalidUTF8(path: "corpus/a.txt", byteOffset: 4))
    }

    @Test func refusesBinaryFiles() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(readError { try decode(png) } == .binary(path: "corpus/a.txt", byteOffset: 6, byte: 0x1A))
        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 8)
        let error = readError { try decode(elf) }
        #expect(error == .binary(path: "corpus/a.txt", byteOffset: 4, byte: 0x02))
        #expect(error?.description == "corpus/a.txt: binary data (byte 0x02) at byte 4")
    }

    @Test func refusesANulByteFarIntoTheFile() {
        var bytes = Array(String(repeating: "News text. ", count: 500).utf8)
        bytes[3000] = 0
        #expect(readError { try decode(bytes) } == .binary(path: "corpus/a.txt", byteOffset: 3000, byte: 0))
    }

    @Test func refusesEmptyFiles() {
        #expect(readError { try decode([]) } == .empty(path: "corpus/a.txt"))
        #expect(readError { try decode([0xEF, 0xBB, 0xBF]) } == .empty(path: "corpus/a.txt"))
        #expect(readError { try decode([0xFF, 0xFE]) } == .empty(path: "corpus/a.txt"))
    }

    @Test func decodesUTF16WithAByteOrderMark() throws {
        let text = "Putin – Байден 𝄞\r\nNext"
        let littleEndian: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try decode(littleEndian).utf8 == Array(text.utf8))
        #expect(try decode(littleEndian).encoding == .utf16LittleEndian)
        #expect(try decode(bigEndian).utf8 == Array(text.utf8))
    }

    @Test func refusesBrokenUTF16() {
        // "a" then a lone high surrogate then "b".
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00]
        #expect(readError { try decode(bytes) } == .invalidUTF16(path: "corpus/a.txt", byteOffset: 4))
        #expect(readError { try decode([0xFF, 0xFE, 0x61, 0x00, 0x62]) } == .invalidUTF16(path: "corpus/a.txt", byteOffset: 4))
        #expect(readError { try decode([0xFF, 0xFE, 0x61, 0x00, 0x00, 0x00]) } == .binary(path: "corpus/a.txt", byteOffset: 4, byte: 0))
    }

    @Test func decodesUTF32WithAByteOrderMark() throws {
        let text = "Kremlin 𝄞"
        let bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0x00] + text.unicodeScalars.flatMap { scalar -> [UInt8] in
            let value = scalar.value
            return [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
        }
        #expect(try decode(bytes).utf8 == Array(text.utf8))
        #expect(readError { try decode([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0xD8, 0x00]) } == .invalidUTF32(path: "corpus/a.txt", byteOffset: 4))
    }
}
