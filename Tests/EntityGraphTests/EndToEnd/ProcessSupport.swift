import Foundation
import Testing

extension Interop.Output {
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
}

/// The command-line tool: $ENTGRAPH_BINARY, else the one built beside these tests (so a
/// sanitizer build tests its own binary), else the debug build (`make test` builds it first).
let entgraphBinary: String = {
    if let path = ProcessInfo.processInfo.environment["ENTGRAPH_BINARY"], !path.isEmpty { return path }
    if let sibling = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("entgraph").path,
       FileManager.default.isExecutableFile(atPath: sibling) {
        return sibling
    }
    return repositoryRoot.appendingPathComponent(".build/debug/entgraph").path
}()
let recordGoldens = ProcessInfo.processInfo.environment["ENTGRAPH_RECORD"] == "1"

/// Runs the tool from the repository's root, so relative paths such as corpus/ work.
func runEntgraph(_ arguments: [String]) throws -> Interop.Output {
    FileManager.default.changeCurrentDirectoryPath(repositoryRoot.path)
    return try Interop.run(entgraphBinary, arguments)
}

/// The suites that run the built tool skip themselves when it is missing (a bare `swift test`
/// before `swift build`); under `make test` (ENTGRAPH_REQUIRE_INTEROP=1) a missing tool is a
/// failure, so those suites can never pass by being skipped.
@Suite struct EndToEndBinaryTests {
    @Test(.enabled(if: Interop.required, "only under make test (ENTGRAPH_REQUIRE_INTEROP=1)"))
    func theToolUnderTestIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: entgraphBinary),
                "\(entgraphBinary) is missing: the end-to-end suites were skipped; run `swift build` first")
    }
}

/// A thesaurus, delete list and no-merge list written into `folder` that change the sample
/// corpus's graph ("Clinton" becomes "Hillary Clinton", a photographer leaves, "Alexey" and
/// "Aleksei Navalny" stay apart), as the command-line options that name them.
func sampleUserListOptions(in folder: URL) throws -> [String] {
    func write(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
    return ["--thesaurus", try write("t.tsv", "Clinton\tHillary Clinton\tperson\n"),
            "--delete", try write("d.txt", "Evan Vucci\n"),
            "--no-merge", try write("n.tsv", "Alexey Navalny\tAleksei Navalny\n")]
}
