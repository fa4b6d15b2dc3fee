import Foundation
import Testing
@testable import EntityGraph

@Suite struct InputSizeLimitTests {
    @Test func aFileOverTheLimitIsRefusedFromItsSize() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("a.txt", "Vladimir Putin met Joe Biden.")  // 29 bytes
        #expect(readError { try FileBytes.read(path: path, limit: 28) } == .tooLarge(path: path, size: 29, limit: 28))
        #expect(try FileBytes.read(path: path, limit: 29).count == 29)
        #expect(try FileBytes.read(path: path).count == 29)
        let loader = DocumentLoader(maxBytes: 10)
        let error = try #require(readError { try loader.load(.file(path)) })
        #expect(error.description == "\(path): file too large (29 bytes > limit of 10 bytes); not read")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/zero"), "needs /dev/zero"))
    func aStreamIsCutOffAtTheLimit() {
        let error = readError { try FileBytes.read(path: "/dev/zero", limit: 100_000) }
        #expect(error == .tooLarge(path: "/dev/zero", size: nil, limit: 100_000))
        #expect(error?.problem == "input too large (more than the limit of 100000 bytes); not read")
    }

    @Test func theDefaultLimitIsSixtyFourMebibytesAndNoneMeansTheLargestTheTokenizerTakes() throws {
        #expect(DocumentLoader().maxBytes == 64 << 20)
        #expect(DocumentLoader.largestMaxBytes == Int(Int32.max))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("a.txt", "Angela Merkel.")
        #expect(try DocumentLoader(maxBytes: nil).load(.file(path)).count == 1)
        #expect(try DocumentLoader(maxBytes: Int.max).load(.file(path)).count == 1)
    }
}
