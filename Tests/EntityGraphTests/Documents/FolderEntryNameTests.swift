import Foundation
import Testing
@testable import EntityGraph

@Suite struct FolderEntryNameTests {
    /// Names of every length up to the file system's 255 bytes come back whole. Reading a
    /// directory entry's name used to copy the whole 256-byte field, past the end of short
    /// entries: AddressSanitizer (`make sanitize`) caught it in the 100,000-file test.
    @Test func namesOfEveryLengthAreReadExactly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var expected: [String] = []
        for length in 1...251 {
            let name = String(repeating: "é", count: length / 2) + String(repeating: "a", count: length % 2) + ".txt"
            guard name.utf8.count <= 255 else { continue }
            expected.append(try folder.write(name, "x"))
        }
        let collection = InputCollector().collect([folder.path])
        #expect(collection.errors.isEmpty)
        #expect(collection.inputs == expected.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map(Input.file))
    }
}
