import Foundation
import Testing
@testable import EntityGraph

/// A store trusts an input whose file stamp is the stored one, settled before the input was
/// read, and does not read it; an edit is read again even where it keeps the size and sets
/// the modification time back, and a stamp as recent as its reading is not trusted.
struct FileStampTests {
    @Test func aSettledStampSparesTheReadAndAnEditIsSeen() throws {
        try ExportFixtures.withTemporaryFolder { folder in
            let texts = ["Alice Smith met Acme Corp in Paris.", "Bob Jones of Globex visited Kenya.", "Carol White left Initech."]
            let paths = texts.indices.map { folder.appendingPathComponent("a\($0).txt").path }
            for (path, text) in zip(paths, texts) { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }
            let store = try CorpusStore(path: folder.appendingPathComponent("s.sqlite").path)
            let pipeline = try Pipeline(countries: testCountries)
            let inputs = paths.map { Input.file($0) }
            func update(settlingTime: Int64 = 0) throws -> StoreUpdate {
                try pipeline.update(store, inputs: inputs, settlingTime: settlingTime, problem: { Issue.record("\($0)") })
            }
            var result = try update()
            #expect(result == StoreUpdate(read: 3, unchanged: 0, trustedByStamp: 0, removed: 0))
            result = try update()
            #expect(result == StoreUpdate(read: 0, unchanged: 3, trustedByStamp: 3, removed: 0))

            // The same size, the modification time set back: the status-change time tells.
            let before = try #require(FileStamp(path: paths[0]))
            try Data("Alice Smith met Acme Corq in Paris.".utf8).write(to: URL(fileURLWithPath: paths[0]))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: TimeInterval(before.modified) / 1e9)],
                                                  ofItemAtPath: paths[0])
            let after = try #require(FileStamp(path: paths[0]))
            #expect(after.size == before.size && abs(after.modified - before.modified) < 1_000_000 && after != before)
            result = try update()
            #expect(result == StoreUpdate(read: 1, unchanged: 2, trustedByStamp: 2, removed: 0))

            // A stamp not settled two seconds before its reading is not trusted: the inputs are
            // read again (and found unchanged).
            result = try update(settlingTime: FileStamp.settlingTime)
            #expect(result == StoreUpdate(read: 0, unchanged: 3, trustedByStamp: 0, removed: 0))
            #expect(try store.inputs().keys.sorted() == paths.sorted())
        }
    }

    @Test func aStampNamesItsFileOrNothing() throws {
        try ExportFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("x.txt").path
            #expect(FileStamp(path: path) == nil)
            try Data("12345".utf8).write(to: URL(fileURLWithPath: path))
            let stamp = try #require(FileStamp(path: path))
            #expect(stamp.size == 5)
            #expect(stamp.text == "5:\(stamp.modified):\(stamp.changed):\(stamp.inode):\(stamp.device)")
            // Written within the settling time of a reading: not settled; long before it: settled.
            #expect(!stamp.isSettled(readAt: FileStamp.now()))
            #expect(stamp.isSettled(readAt: max(stamp.modified, stamp.changed) + FileStamp.settlingTime + 1))
        }
    }
}
