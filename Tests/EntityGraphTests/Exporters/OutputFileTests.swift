import Foundation
import Testing
@testable import EntityGraph

@Suite struct OutputFileTests {
    @Test func writesAndReplacesWithoutLeavingTemporaryFiles() throws {
        try ExportFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("out.json").path
            try OutputFile.write(Array("old".utf8), to: path)
            chmod(path, 0o640)
            try OutputFile.write(Array("new".utf8), to: path)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o640)
        }
    }

    @Test func replacesTheTargetOfASymbolicLink() throws {
        try ExportFixtures.withTemporaryFolder { folder in
            let real = folder.appendingPathComponent("real.dot").path
            let link = folder.appendingPathComponent("link.dot").path
            try OutputFile.write(Array("old".utf8), to: real)
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
            try OutputFile.write(Array("new".utf8), to: link)
            #expect(try String(contentsOfFile: real, encoding: .utf8) == "new")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full (Linux)"))
    func fullDiskIsAnErrorNamingThePath() throws {
        let error = try #require(throws: OutputError.self) { try OutputFile.write([UInt8](repeating: 65, count: 10), to: "/dev/full") }
        #expect(error.description == "/dev/full: cannot write: No space left on device")
    }

    @Test func missingFolderAndFolderPathsAreErrors() throws {
        let missing = try #require(throws: OutputError.self) { try OutputFile.write([1], to: "/nonexistent/dir/x.graphml") }
        #expect(missing.description.hasPrefix("/nonexistent/dir/x.graphml: cannot create a file in its folder: "))
        try ExportFixtures.withTemporaryFolder { folder in
            let error = try #require(throws: OutputError.self) { try OutputFile.write([1], to: folder.path) }
            #expect(error.message == "is a folder, not a file")
        }
    }

    @Test func closedPipeEndsQuietly() throws {
        OutputFile.ignoreBrokenPipeSignal()
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        close(fds[0])
        defer { close(fds[1]) }
        #expect(throws: Never.self) { try OutputFile.writeStream([UInt8](repeating: 65, count: 1 << 20), to: fds[1], name: "pipe") }
    }

    @Test func csvPartsGoBesideTheGivenPath() {
        #expect(OutputFile.path(for: "out.csv", part: "nodes", format: .csv) == "out.nodes.csv")
        #expect(OutputFile.path(for: "dir.v1/out.CSV", part: "edges", format: .csv) == "dir.v1/out.edges.CSV")
        #expect(OutputFile.path(for: "out", part: "nodes", format: .csv) == "out.nodes.csv")
        #expect(OutputFile.path(for: "out.graphml", part: nil, format: .graphml) == "out.graphml")
        #expect(OutputFile.path(for: "-", part: "nodes", format: .csv) == "-")
        // A path that already names a part stands for the whole export.
        #expect(OutputFile.path(for: "x.nodes.csv", part: "nodes", format: .csv) == "x.nodes.csv")
        #expect(OutputFile.path(for: "x.nodes.csv", part: "edges", format: .csv) == "x.edges.csv")
        #expect(OutputFile.path(for: "x.edges.CSV", part: "nodes", format: .csv) == "x.nodes.CSV")
        #expect(OutputFile.path(for: "x.nodes", part: "edges", format: .csv) == "x.nodes.edges.csv")
        #expect(ExportFormat.csv.filePaths(for: "dir/x.nodes.csv") == ["dir/x.nodes.csv", "dir/x.edges.csv"])
    }

    @Test func graphWriteChoosesTheFormatFromTheName() throws {
        try ExportFixtures.withTemporaryFolder { folder in
            let base = folder.appendingPathComponent("g").path
            try ExportFixtures.tiny.write(to: base + ".gv")
            try ExportFixtures.tiny.write(to: base + ".csv")
            try ExportFixtures.tiny.write(to: base + ".txt", format: .json)
            // The extension wins over the format given, which is for names that do not say.
            try ExportFixtures.tiny.write(to: base + ".graphml", format: .dot)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(names == ["g.edges.csv", "g.graphml", "g.gv", "g.nodes.csv", "g.txt"])
            #expect(try Data(contentsOf: URL(fileURLWithPath: base + ".graphml")) == Data(try GraphMLExporter().write(ExportFixtures.tiny)))
            #expect(try Data(contentsOf: URL(fileURLWithPath: base + ".gv")) == Data(DOTExporter().write(ExportFixtures.tiny)))
            let error = try #require(throws: OutputError.self) { try ExportFixtures.tiny.write(to: base + ".txt") }
            #expect(error.message.hasPrefix("cannot tell the format from the name"))
        }
    }
}
