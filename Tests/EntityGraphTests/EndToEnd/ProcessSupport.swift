import Foundation

/// What a finished child process left behind.
struct ProcessResult {
    var status: Int32
    var stdout: Data
    var stderr: String

    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
}

/// Runs `executable` with `arguments` and waits; output is collected through files so that a
/// large output cannot block the child on a full pipe.
func runProcess(_ executable: String, _ arguments: [String], stdin: Data? = nil,
                currentDirectory: URL = repositoryRoot) throws -> ProcessResult {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-proc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = currentDirectory
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    if let stdin {
        let inURL = scratch.appendingPathComponent("in")
        try stdin.write(to: inURL)
        process.standardInput = try FileHandle(forReadingFrom: inURL)
    }
    try process.run()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
                         stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}

/// The full path of a program on PATH, or nil.
func which(_ program: String) -> String? {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let candidate = "\(folder)/\(program)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}

/// Interop tests run when their tool is present; with ENTGRAPH_REQUIRE_INTEROP=1 (as `make test`
/// sets it) a missing tool is a failure instead of a skip.
enum Interop {
    static var required: Bool { ProcessInfo.processInfo.environment["ENTGRAPH_REQUIRE_INTEROP"] == "1" }

    static func pythonHas(_ module: String) -> Bool {
        guard let python = which("python3") else { return false }
        return (try? runProcess(python, ["-c", "import \(module)"]).status) == 0
    }

    /// Whether to run a test that needs a Python module (or fail for its absence when required).
    static func canRun(python module: String) -> Bool { required || pythonHas(module) }
    static func canRun(program: String) -> Bool { required || which(program) != nil }
}

/// The debug build of the command-line tool (`make test` builds it before testing).
let entgraphBinary = repositoryRoot.appendingPathComponent(".build/debug/entgraph").path
let recordGoldens = ProcessInfo.processInfo.environment["ENTGRAPH_RECORD"] == "1"
