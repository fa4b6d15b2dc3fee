import Foundation
import Testing
@testable import EntityGraph

/// Outputs through the built tool: a failed write is an error naming the output (exit status 3)
/// and never leaves a truncated file, nor a temporary one; a reader that goes away ends the run
/// quietly.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct OutputSafetyTests {
    static let old = "<!-- the previous graph, which must survive -->\n"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full (Linux)"))
    func aFullDeviceIsAFailureNamingTheOutput() throws {
        let result = try ChildProcess.entgraph(["build", "corpus", "-o", "/dev/full", "--format", "dot"]).run()
        #expect(result.status == 3)
        #expect(result.stderrLines == ["entgraph: /dev/full: cannot write: No space left on device"])
        let mentions = try ChildProcess.bash("exec \"$ENTGRAPH\" mentions corpus > /dev/full").run()
        #expect(mentions.status == 3)
        #expect(mentions.stderrLines == ["entgraph: standard output: No space left on device"])
    }

    /// Whether the tool runs at all under a file-size limit: a ThreadSanitizer build does not
    /// (its runtime dies of SIGBUS before main).
    static let runsUnderAFileSizeLimit: Bool =
        (try? ChildProcess.bash("ulimit -f 16 && exec \"$ENTGRAPH\" --help").run().status) == 0

    @Test(.enabled(if: OutputSafetyTests.runsUnderAFileSizeLimit, "the tool does not start under ulimit -f"))
    func aFileThatCannotGrowKeepsItsOldContentsAndLeavesNoTemporaryFile() throws {
        // A file-size limit (ulimit -f) makes writes fail half-way like a full disk does.
        let scratch = try ScratchFolder("fsize")
        defer { scratch.remove() }
        let out = try scratch.write("graph.graphml", Self.old)
        let result = try ChildProcess.bash("ulimit -f 16 && exec \"$ENTGRAPH\" build corpus -o '\(out)'").run()
        #expect(result.status == 3)
        #expect(result.stderrLines == ["entgraph: \(out): cannot write: File too large"])
        #expect(scratch.contents("graph.graphml") == Data(Self.old.utf8))
        #expect(try scratch.listing() == ["graph.graphml"])
    }

    @Test(.enabled(if: ReadOnlyFolder.supported, "needs a folder this user cannot write (mode 0555, or chattr +i for root)"))
    func aReadOnlyFolderIsAFailureAndItsFilesStayAsTheyWere() throws {
        let scratch = try ScratchFolder("read-only")
        defer {
            try? ReadOnlyFolder.makeWritable(scratch.file("out"))
            scratch.remove()
        }
        let existing = try scratch.write("out/graph.graphml", Self.old)
        let fresh = scratch.file("out/new.dot")
        try ReadOnlyFolder.makeReadOnly(scratch.file("out"))
        for out in [existing, fresh] {
            let result = try ChildProcess.entgraph(["build", "corpus", "-o", out]).run()
            #expect(result.status == 3)
            #expect(result.stderrLines.count == 1)
            #expect(result.stderr.hasPrefix("entgraph: \(out): cannot create a file in its folder: "), "\(result.stderr)")
        }
        #expect(scratch.contents("out/graph.graphml") == Data(Self.old.utf8))
        #expect(try scratch.listing("out") == ["graph.graphml"])
    }

    @Test func aFailingOutputDoesNotStopTheOthersFromBeingWhole() throws {
        let scratch = try ScratchFolder("outputs")
        defer { scratch.remove() }
        let good = scratch.file("graph.json")
        let result = try ChildProcess.entgraph(["build"] + EndToEndTests.articles + ["-o", good, "-o", scratch.file("missing/graph.dot")]).run()
        #expect(result.status == 3)
        #expect(result.stderr.contains("missing/graph.dot: cannot create a file in its folder: No such file or directory"))
        let written = try #require(scratch.contents("graph.json"))
        #expect(written == (try Data(contentsOf: repositoryRoot.appendingPathComponent("graphs/sample.json"))))
        #expect(try scratch.listing() == ["graph.json"])
    }

    @Test(arguments: [
        "build corpus -o - --format dot | head -1",
        "build corpus -o - --format gexf | head -1",  // larger than a pipe's buffer: the write fails with EPIPE
        "build corpus -o - --format json | true",
        "mentions corpus | head -1",
        "mentions corpus --format table | head -c 10",
        "aliases corpus | head -1",
        "centrality corpus --measure all | head -1",
        "convert graphs/sample.graphml - --format gexf | head -1",
    ])
    func aClosedPipeEndsTheRunQuietly(pipeline: String) throws {
        let result = try ChildProcess.bash("set -o pipefail; \"$ENTGRAPH\" \(pipeline)").run()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test func aClosedStandardOutputIsAFailure() throws {
        let result = try ChildProcess.bash("exec \"$ENTGRAPH\" build corpus -o - --format dot >&-").run()
        #expect(result.status == 3)
        #expect(result.stderrLines == ["entgraph: standard output: cannot write: Bad file descriptor"])
    }
}
