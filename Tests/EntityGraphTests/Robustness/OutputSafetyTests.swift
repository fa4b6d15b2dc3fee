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
        // A missing folder is caught before the corpus is read; /dev/full fails only when written.
        let result = try ChildProcess.entgraph(["build"] + EndToEndTests.articles + ["-o", good, "-o", "/dev/full", "--format", "dot"]).run()
        #expect(result.status == 3)
        #expect(result.stderr.contains("/dev/full: cannot write: No space left on device"), "\(result.stderr)")
        let written = try #require(scratch.contents("graph.json"))
        #expect(written == (try Data(contentsOf: repositoryRoot.appendingPathComponent("graphs/sample.json"))))
        #expect(try scratch.listing() == ["graph.json"])
    }

    @Test(arguments: [
        "build --quiet corpus -o - --format dot | head -1",
        "build --quiet corpus -o - --format gexf | head -1",  // larger than a pipe's buffer: the write fails with EPIPE
        "build --quiet corpus -o - --format json | true",
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

/// A run interrupted by a real signal while it writes an output: the old output stays, no
/// temporary file survives, and the run ends as the signal ends processes (status 128 + N).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct InterruptedWriteTests {
    /// A GraphML file whose conversion writes tens of megabytes: long enough a write to be caught
    /// in the middle, quick to read (few nodes, long labels).
    static func bigGraph(in scratch: ScratchFolder) throws -> String {
        let padding = String(repeating: "x", count: 12_000)
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="label" for="node" attr.name="label" attr.type="string"/>
            <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
            <graph edgedefault="undirected">

            """
        for node in 0..<5_000 { text += "<node id=\"n\(node)\"><data key=\"label\">Node \(node) \(padding)</data></node>\n" }
        for node in 1..<5_000 { text += "<edge source=\"n\(node - 1)\" target=\"n\(node)\"><data key=\"weight\">2</data></edge>\n" }
        text += "</graph>\n</graphml>\n"
        return try scratch.write("big.graphml", text)
    }

    @Test(arguments: [("INT", 2), ("TERM", 15), ("HUP", 1)])
    func aSignalWhileWritingLeavesTheOldOutputAndNoTemporaryFile(signal: String, number: Int32) throws {
        let scratch = try ScratchFolder("interrupted")
        defer { scratch.remove() }
        let input = try Self.bigGraph(in: scratch)
        let old = "<!-- the previous graph, which must survive -->\n"
        let output = try scratch.write("out.graphml", old)
        // Job control on (set -m): a background job of a script would otherwise start with
        // SIGINT ignored, and the tool rightly leaves an ignored signal ignored. The loop only
        // runs builtins, so it sees the temporary file within microseconds of its creation.
        let script = """
            set -m
            "$ENTGRAPH" convert '\(input)' '\(output)' & pid=$!
            while kill -0 $pid 2>/dev/null; do
                if compgen -G '\(scratch.path)/.out.graphml.tmp-*' > /dev/null; then
                    kill -\(signal) $pid; echo caught; break
                fi
            done
            wait $pid; echo "status $?"
            """
        let result = try ChildProcess.bash(script).run()
        #expect(result.stdoutText == "caught\nstatus \(128 + number)\n", "\(result.stderr)")
        #expect(try scratch.listing() == ["big.graphml", "out.graphml"])
        #expect(scratch.contents("out.graphml") == Data(old.utf8))
    }
}
