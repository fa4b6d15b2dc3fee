import Foundation
import Testing
@testable import EntityGraph

@Suite struct FileSystemPathTests {
    /// The bytes `withSystemPath` hands to the system for the String made from `bytes`.
    func roundTrip(_ bytes: [UInt8]) -> [UInt8] {
        let string = bytes.withUnsafeBufferPointer { FileSystemPath.string(fromName: $0) }
        return FileSystemPath.withSystemPath(string) { pointer in
            Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map { UInt8(bitPattern: $0) }
        }
    }

    @Test(arguments: [
        Array("corpus/article.txt".utf8),
        Array("Лавров/北京.html".utf8),
        [0x63, 0x61, 0x66, 0xE9, 0x2E, 0x74, 0x78, 0x74],  // Latin-1 "café.txt"
        [0xFF, 0xFE, 0x41, 0xC3, 0xA9, 0xE2, 0x82, 0x2F, 0xF0, 0x9F, 0x98],  // stray, valid, truncated
        [0xED, 0xA0, 0x80, 0xC0, 0xAF],  // a surrogate and an overlong slash
    ])
    func namesThatAreNotUTF8SurviveTheRoundTrip(bytes: [UInt8]) {
        #expect(roundTrip(bytes) == bytes)
    }

    @Test func validNamesStayAsTheyAre() {
        let bytes = Array("Лавров.txt".utf8)
        #expect(bytes.withUnsafeBufferPointer { FileSystemPath.string(fromName: $0) } == "Лавров.txt")
    }

    @Test func displayedTextHasNoControlCharactersAndShowsRawBytes() {
        let latin1 = [UInt8]([0x63, 0x61, 0x66, 0xE9]).withUnsafeBufferPointer { FileSystemPath.string(fromName: $0) }
        #expect(FileSystemPath.displayed(latin1 + ".txt: empty file") == "caf\\xE9.txt: empty file")
        #expect(FileSystemPath.displayed("a\nb\u{1B}]0;title\u{07}\u{9B}c\u{7F}") == "a\\x0Ab\\x1B]0;title\\x07\\x9Bc\\x7F")
        #expect(FileSystemPath.displayed("Лавров\tok") == "Лавров\\x09ok")
        #expect(FileSystemPath.displayed("plain.txt: not valid UTF-8 at byte 3") == "plain.txt: not valid UTF-8 at byte 3")
    }
}
