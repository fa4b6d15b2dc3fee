import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program as a child process and reports how it ended, including its peak memory.
///
/// Foundation's `Process` cannot say how much memory a child used, and `wait4` on a child
/// started with posix_spawn reports the test process's own high-water mark (Linux keeps
/// `ru_maxrss` across exec), so the child runs under scripts/peak_memory.py, which forks it from
/// a small process and writes its peak. A child still running at its deadline is killed and
/// the result says so: a hang fails the test instead of stalling the suite. Output goes through
/// files, so neither pipe can fill and block the child.
struct ChildProcess {
    /// How a child ended.
    struct Result {
        /// The exit status, or nil when a signal ended the child.
        var status: Int32?
        /// The signal that ended the child, if one did.
        var signal: Int32?
        /// Killed at its deadline.
        var timedOut: Bool
        /// The child's peak resident memory, in bytes.
        var peakMemory: Int

        /// The peak memory above what the tool needs to read one small file.
        var addedMemory: Int { peakMemory - ChildProcess.baselinePeakMemory }
        var stdout: Data
        var stderr: String

        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        /// Standard error split into lines, without the empty one after the last newline.
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    var program: String
    var arguments: [String]
    /// A file to connect to standard input; /dev/null when nil.
    var standardInput: String?
    /// Seconds before the child is killed; generous, since it only guards against hangs.
    var deadline: Double = 300

    /// Runs the child to its end (or its deadline).
    func run() throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = scratch.appendingPathComponent("stdout").path
        let errPath = scratch.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, standardInput ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        // Through scripts/peak_memory.py, which measures the child's own peak memory (see there).
        let memoryPath = scratch.appendingPathComponent("peak-kib").path
        let wrapper = [Interop.python ?? "/usr/bin/python3",
                       repositoryRoot.appendingPathComponent("scripts/peak_memory.py").path, memoryPath]
        let argv = (wrapper + [program] + arguments).map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + environment).forEach { free($0) } }
        // The child starts in the repository's root, so `corpus` names the sample corpus. Every
        // test that runs the tool sets the same folder (see `runEntgraph`).
        FileManager.default.changeCurrentDirectoryPath(repositoryRoot.path)
        // The child starts with no signal blocked and the usual dispositions: it would inherit
        // this thread's mask (a test thread may block SIGTERM, which the deadline sends) and the
        // test process's ignored SIGPIPE.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGTERM, SIGPIPE, SIGINT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, wrapper[0], &actions, &attributes, argv, environment)
        guard spawned == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL)
        }

        var waitStatus: Int32 = 0
        var timedOut = false
        let end = Date().addingTimeInterval(deadline)
        while true {
            let reaped = waitpid(pid, &waitStatus, WNOHANG)
            if reaped == pid { break }
            if reaped < 0 && errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
            if Date() > end && !timedOut {
                timedOut = true
                kill(pid, SIGTERM)  // the wrapper kills the tool
            }
            usleep(5_000)
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift cannot import.
        let signal = waitStatus & 0x7F
        return Result(
            status: signal == 0 ? (waitStatus >> 8) & 0xFF : nil,
            signal: signal == 0 ? nil : signal,
            timedOut: timedOut,
            peakMemory: (Int(String(decoding: (try? Self.contents(of: memoryPath)) ?? Data(), as: UTF8.self)) ?? 0) * 1024,
            stdout: try Self.contents(of: outPath),
            stderr: String(decoding: try Self.contents(of: errPath), as: UTF8.self))
    }

    /// A file's bytes, read with POSIX calls: swift-foundation 6.3's `Data(contentsOf:)` leaks
    /// 4 KB for every empty file it reads, which LeakSanitizer reports (`make sanitize`).
    static func contents(of path: String) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            if count == 0 { return data }
            data.append(contentsOf: chunk[..<count])
        }
    }

    /// Whether these tests (and so the tool beside them) run under AddressSanitizer or
    /// ThreadSanitizer, whose shadow memory and quarantine make resident memory meaningless.
    static let sanitized: Bool = dlsym(nil, "__asan_init") != nil || dlsym(nil, "__tsan_init") != nil

    /// Expects the child to have needed at most `limit` bytes more than `baselinePeakMemory`;
    /// nothing to check under a sanitizer.
    static func expectMemory(of result: Result, atMost limit: Int, _ what: String = "",
                             sourceLocation: SourceLocation = #_sourceLocation) {
        guard !sanitized else { return }
        #expect(result.addedMemory <= limit, "\(what) peak memory \(result.peakMemory) bytes, \(result.addedMemory) above the baseline",
                sourceLocation: sourceLocation)
    }

    /// The peak memory of the tool reading one small file: what any run needs (a sanitizer
    /// build needs far more), so tests bound what an input adds on top of it.
    static let baselinePeakMemory: Int = {
        guard let scratch = try? ScratchFolder("baseline") else { return 0 }
        defer { scratch.remove() }
        guard let file = try? scratch.write("a.txt", "Angela Merkel met Emmanuel Macron.\n"),
              let result = try? entgraph(["build", file, "-o", "-", "--format", "csv"]).run() else { return 0 }
        return result.peakMemory
    }()

    /// The command-line tool with `arguments`.
    static func entgraph(_ arguments: [String], standardInput: String? = nil) -> ChildProcess {
        ChildProcess(program: entgraphBinary, arguments: arguments, standardInput: standardInput)
    }

    /// `script` run by bash, with `$ENTGRAPH` naming the tool: for pipes and resource limits.
    static func bash(_ script: String) -> ChildProcess {
        ChildProcess(program: "/bin/bash", arguments: ["-c", "ENTGRAPH=\"$0\"; " + script, entgraphBinary])
    }
}

/// A fresh folder for one test, removed at the end (even when made read-only on the way).
struct ScratchFolder {
    let url: URL
    var path: String { url.path }

    /// A folder under the temporary directory, or in memory (/dev/shm, when there is one) for
    /// tests whose cost is file system calls.
    init(_ label: String, inMemory: Bool = false) throws {
        let memory = URL(fileURLWithPath: "/dev/shm")
        let base = inMemory && access(memory.path, W_OK) == 0 ? memory : FileManager.default.temporaryDirectory
        url = base.appendingPathComponent("entgraph-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `bytes` at `name` (folders created as needed); returns the full path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    func contents(_ name: String) -> Data? { FileManager.default.contents(atPath: file(name)) }

    /// The names in the folder, sorted, hidden ones included.
    func listing(_ name: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: name.isEmpty ? path : file(name)).sorted()
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Folders the tool cannot write into: mode 0555 for an ordinary user; root ignores modes, so
/// for root the folder is made immutable (`chattr +i`), which binds root too.
enum ReadOnlyFolder {
    /// Whether this machine can make a folder read-only for this user; probed once.
    static let supported: Bool = {
        guard let scratch = try? ScratchFolder("read-only-probe") else { return false }
        defer { try? makeWritable(scratch.path); scratch.remove() }
        guard (try? makeReadOnly(scratch.path)) != nil else { return false }
        return !FileManager.default.createFile(atPath: scratch.file("probe"), contents: Data())
    }()

    static func makeReadOnly(_ path: String) throws {
        if geteuid() == 0 {
            try chattr("+i", path)
        } else if chmod(path, 0o555) != 0 {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPERM)
        }
    }

    static func makeWritable(_ path: String) throws {
        if geteuid() == 0 { try chattr("-i", path) } else { chmod(path, 0o755) }
    }

    private static func chattr(_ flag: String, _ path: String) throws {
        guard let chattr = Interop.executable("chattr") else { throw POSIXError(.ENOENT) }
        let result = try ChildProcess(program: chattr, arguments: [flag, path]).run()
        guard result.status == 0 else { throw POSIXError(.EPERM) }
    }
}

/// Files the tool cannot read: mode 0000 binds an ordinary user; root ignores modes, so root
/// runs the tool as `nobody` through setpriv.
enum UnreadableFile {
    static var supported: Bool { geteuid() != 0 || setpriv != nil }

    static let setpriv = Interop.executable("setpriv")

    /// `child` as a user who cannot read files of mode 0000 (itself, or `nobody`).
    static func asUnprivileged(_ child: ChildProcess) -> ChildProcess {
        guard geteuid() == 0, let setpriv else { return child }
        var wrapped = child
        wrapped.program = setpriv
        wrapped.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", child.program] + child.arguments
        return wrapped
    }
}

/// A TCP port on the loopback interface that nobody should ever connect to: hostile files
/// point their external entities and DTDs at it, and the tests check it stayed silent.
final class LoopbackTrap {
    let port: UInt16
    private let socket: Int32

    init() throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard bound == 0, listen(fd, 16) == 0, named == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        socket = fd
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(socket) }

    /// `http://127.0.0.1:PORT/path`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)/\(path)" }

    /// Whether anything connected since the trap was set (the kernel completes a connection
    /// into the backlog even when nobody accepts it).
    var wasTouched: Bool {
        let client = accept(socket, nil, nil)
        if client >= 0 { close(client); return true }
        return false
    }
}
