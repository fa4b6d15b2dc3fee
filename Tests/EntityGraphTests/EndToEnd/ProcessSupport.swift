import Foundation

extension Interop.Output {
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
}

/// The debug build of the command-line tool (`make test` builds it before testing).
let entgraphBinary = repositoryRoot.appendingPathComponent(".build/debug/entgraph").path
let recordGoldens = ProcessInfo.processInfo.environment["ENTGRAPH_RECORD"] == "1"

/// Runs the tool from the repository's root, so relative paths such as corpus/ work.
func runEntgraph(_ arguments: [String]) throws -> Interop.Output {
    FileManager.default.changeCurrentDirectoryPath(repositoryRoot.path)
    return try Interop.run(entgraphBinary, arguments)
}
