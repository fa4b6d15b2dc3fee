import Foundation
import Testing
@testable import EntityGraph

@Suite struct InputCollectorTests {
    @Test func walksFoldersInByteWisePathOrderTakingOnlyReadableExtensions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["b.txt", "a/z.md", "a.txt", "B.html", "a/b/c.htm", "data.jsonl", "page.xhtml",
                     "notes.pdf", "image.png", "README", ".hidden.txt", ".git/config.txt", "a/.cache/x.md"] {
            try folder.write(name, "text")
        }
        let collection = InputCollector().collect([folder.path])
        #expect(collection.errors.isEmpty)
        #expect(collection.inputs == ["B.html", "a.txt", "a/b/c.htm", "a/z.md", "b.txt", "data.jsonl", "page.xhtml"]
            .map { .file(folder.path + "/" + $0) })
    }

    @Test func keepsArgumentOrderAndTakesNamedFilesWhateverTheirExtension() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let odd = try folder.write("article.data", "text")
        let hidden = try folder.write(".hidden", "text")
        try folder.write("sub/one.txt", "text")
        let collection = InputCollector().collect([folder.path + "/sub/", odd, "-", hidden])
        #expect(collection.inputs == [.file(folder.path + "/sub/one.txt"), .file(odd), .standardInput, .file(hidden)])
        #expect(collection.errors.isEmpty)
    }

    @Test func reportsMissingPathsAndGoesOn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let present = try folder.write("here.txt", "text")
        let missing = folder.path + "/missing.txt"
        let collection = InputCollector().collect([missing, present])
        #expect(collection.inputs == [.file(present)])
        #expect(collection.errors == [.notFound(path: missing)])
        #expect(collection.errors[0].description == "\(missing): no such file or folder")
    }

    @Test func detectsSymbolicLinkLoops() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("top/one.txt", "text")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/top/back", withDestinationPath: folder.path + "/top")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/top/self.txt", withDestinationPath: folder.path + "/top/self.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/top/dangling.txt", withDestinationPath: folder.path + "/nowhere")
        let collection = InputCollector().collect([folder.path + "/top"])
        #expect(collection.inputs == [.file(folder.path + "/top/one.txt")])
        #expect(collection.errors == [
            .symbolicLinkLoop(path: folder.path + "/top/back"),
            .notFound(path: folder.path + "/top/dangling.txt"),
            .symbolicLinkLoop(path: folder.path + "/top/self.txt"),
        ])
    }

    @Test func followsSymbolicLinksThatDoNotLoop() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("shared/article.txt", "text")
        try folder.write("run/local.txt", "text")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/run/linked", withDestinationPath: folder.path + "/shared")
        let collection = InputCollector().collect([folder.path + "/run"])
        #expect(collection.inputs == [.file(folder.path + "/run/linked/article.txt"), .file(folder.path + "/run/local.txt")])
        #expect(collection.errors.isEmpty)
    }
}
