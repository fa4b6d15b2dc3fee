import Foundation
import Testing
@testable import EntityGraph

/// Named pipes as inputs, through the built tool: one in a folder is named on standard error,
/// not passed over in silence; one named on the command line is read when a program writes to
/// it, and given up (not waited on forever) when none does.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct NamedPipeTests {
    @Test func aPipeInAFolderIsReportedAndTheRestIsRead() throws {
        let scratch = try ScratchFolder("fifo-folder")
        defer { scratch.remove() }
        try scratch.write("in/good.txt", "Vladimir Putin met Joe Biden in Geneva.\n")
        #expect(mkfifo(scratch.file("in/feed.txt"), 0o600) == 0)
        #expect(mkfifo(scratch.file("in/not-an-input"), 0o600) == 0)
        var child = ChildProcess.entgraph(["build", "--quiet", scratch.file("in"), "-o", "-", "--format", "csv"])
        child.deadline = 60
        let result = try child.run()
        #expect(!result.timedOut)
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "entgraph: skipped \(scratch.file("in/feed.txt")): not a regular file or folder (a named pipe, socket or device in a folder is not read)",
        ])
        #expect(result.stdoutText.contains("vladimir-putin"))
    }

    @Test func aPipeWithoutAWriterIsGivenUp() throws {
        let scratch = try ScratchFolder("fifo-alone")
        defer { scratch.remove() }
        let pipe = scratch.file("feed.txt")
        #expect(mkfifo(pipe, 0o600) == 0)
        var child = ChildProcess.entgraph(["build", pipe, "-o", scratch.file("graph.json")])
        child.deadline = 60
        let result = try child.run()
        #expect(!result.timedOut, "waited on the pipe forever")
        #expect(result.status == 3)
        #expect(result.stderrLines.first == "entgraph: skipped \(pipe): named pipe without a writer (waited \(FileBytes.pipeWriterWait) s); not read")
        #expect(try scratch.listing() == ["feed.txt"])
    }

    /// Writers that come after the tool opened the pipe, and one that opens it and writes later.
    @Test(arguments: ["sleep 1; echo 'Angela Merkel met Xi Jinping in Beijing.' > \"$PIPE\"",
                      "exec 3> \"$PIPE\"; sleep 2; echo 'Angela Merkel met Xi Jinping in Beijing.' >&3"])
    func aPipeWithAWriterIsRead(writer: String) throws {
        let scratch = try ScratchFolder("fifo-writer")
        defer { scratch.remove() }
        let pipe = scratch.file("feed.txt")
        #expect(mkfifo(pipe, 0o600) == 0)
        var child = ChildProcess.bash("PIPE='\(pipe)'; ( \(writer) ) & \"$ENTGRAPH\" build \"$PIPE\" -o - --format csv; status=$?; wait; exit $status")
        child.deadline = 60
        let result = try child.run()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("angela-merkel,xi-jinping,Undirected"), "\(result.stdoutText)")
    }
}
