#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file's device and inode: two paths with the same identity name the same file.
private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    /// The identity of the regular file at `path` (links followed), nil for anything else.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// The C `write`, which `OutputFile.write` hides inside the enum.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}

/// A file that could not be written; names the path and what failed.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String
    /// The C `errno` behind the failure, when there is one.
    public var code: Int32?

    public init(path: String, message: String, code: Int32? = nil) {
        self.path = path
        self.message = message
        self.code = code
    }

    init(path: String, operation: String, code: Int32) {
        self.init(path: path, message: "cannot \(operation): \(String(cString: strerror(code)))", code: code)
    }

    public var description: String { "\(path): \(message)" }
}

/// Writes output bytes so that no reader ever sees half a file.
///
/// A regular file is written to a temporary file in the same folder, synced, and renamed over
/// the destination: a crash or a full disk leaves the old file or none, never a truncated one.
/// Paths that are not regular files (`/dev/null`, `/dev/full`, a named pipe) are written in
/// place, since renaming over them would replace the device. `"-"` is standard output; when the
/// reader of a pipe goes away (`entgraph … -o - | head`) writing stops quietly.
public enum OutputFile {
    /// The path meaning standard output.
    public static let standardOutput = "-"

    /// Writes `bytes` to `path` (or standard output for "-"), replacing what was there.
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        if path == standardOutput {
            try writeStandardOutput(bytes)
            return
        }
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                // Renaming over it would succeed in a writable folder, silently defeating the
                // protection; root ignores modes, so the mode is checked as well as access().
                if info.st_mode & 0o222 == 0 || access(path, W_OK) != 0 {
                    let mode = String(info.st_mode & 0o7777, radix: 8)
                    throw OutputError(path: path, message: "is write-protected (mode \(String(repeating: "0", count: max(0, 4 - mode.count)))\(mode)); not replaced")
                }
            case S_IFDIR: throw OutputError(path: path, message: "is a folder, not a file")
            default:
                try writeInPlace(bytes, to: path)
                return
            }
        }
        try replaceAtomically(path, with: bytes, keepingMode: info.st_mode & S_IFMT == S_IFREG ? info.st_mode & 0o7777 : nil)
    }

    /// Throws what `write(_:to:)` would throw for `path` because of where it is: its folder is
    /// missing or not a folder, or the path is a folder. Commands call it before reading any
    /// input, so a mistyped `-o nodir/g.graphml` fails at once instead of after the whole corpus.
    public static func checkDestination(_ path: String) throws(OutputError) {
        guard path != standardOutput else { return }
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { throw OutputError(path: path, message: "is a folder, not a file") }
            return
        }
        let folder = path.lastIndex(of: "/").map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        if stat(folder, &info) != 0 {
            throw OutputError(path: path, operation: "create a file in its folder", code: errno)
        }
        if info.st_mode & S_IFMT != S_IFDIR {
            throw OutputError(path: path, operation: "create a file in its folder", code: ENOTDIR)
        }
    }

    /// The file one part of a multi-file export goes to: `out.csv` → `out.nodes.csv`; a path
    /// without the format's extension gets it (`out` → `out.nodes.csv`); a path that already
    /// names a part stands for the whole export (`out.nodes.csv` → `out.edges.csv` for the
    /// edges); standard output stays.
    public static func path(for path: String, part: String?, format: ExportFormat) -> String {
        guard let part, path != standardOutput else { return path }
        let ext = format.fileExtensions[0]
        if ExportFormat(path: path) == format, let dot = path.lastIndex(of: ".") {
            var stem = path[..<dot]
            if let named = format.parts.compactMap({ $0 }).first(where: { stem.hasSuffix(".\($0)") }) {
                stem = stem.dropLast(named.count + 1)
            }
            return "\(stem).\(part)\(path[dot...])"
        }
        return "\(path).\(part).\(ext)"
    }

    /// The first of `inputs` that writing `outputs` would replace, as (output, input): the same
    /// file by device and inode, whatever path, link or hard link names it. Outputs that do not
    /// exist yet, devices and standard output replace nothing.
    public static func overwrittenInput(by outputs: [String], among inputs: [Input]) -> (output: String, input: String)? {
        var targets: [FileIdentity: String] = [:]
        for output in outputs where output != standardOutput {
            if let identity = FileIdentity(path: output) { targets[identity] = output }
        }
        guard !targets.isEmpty else { return nil }
        for case .file(let input) in inputs {
            if let identity = FileIdentity(path: input), let output = targets[identity] { return (output, input) }
        }
        return nil
    }

    /// Makes a write to a closed pipe fail with EPIPE instead of killing the process; call once
    /// at program start, before anything is written to standard output.
    public static func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
    }

    private static func replaceAtomically(_ path: String, with bytes: [UInt8], keepingMode mode: mode_t?)
        throws(OutputError)
    {
        // Renaming replaces a symbolic link itself: write beside what it points to instead.
        let target = resolvedPath(path)
        let folder = target.lastIndex(of: "/").map { String(target[...$0]) } ?? ""
        let name = target.lastIndex(of: "/").map { String(target[target.index(after: $0)...]) } ?? target
        var temporary = ""
        var fd: Int32 = -1
        var slot: Int?
        for _ in 0..<16 {
            temporary = "\(folder).\(name).tmp-\(String(UInt64.random(in: 0...UInt64.max), radix: 36))"
            // Registered before it exists, so that a signal at any moment removes it.
            slot = InFlightFiles.register(temporary)
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            let failure = errno
            if fd < 0 { InFlightFiles.forget(slot) }
            if fd >= 0 || failure != EEXIST { errno = failure; break }
        }
        guard fd >= 0 else { throw OutputError(path: path, operation: "create a file in its folder", code: errno) }
        defer { InFlightFiles.forget(slot) }
        do throws(OutputError) {
            try writeAll(bytes, to: fd, path: path)
            if let mode, fchmod(fd, mode) != 0 { throw OutputError(path: path, operation: "set permissions", code: errno) }
            if fsync(fd) != 0 { throw OutputError(path: path, operation: "write", code: errno) }
            let closed = close(fd)
            fd = -1
            if closed != 0 { throw OutputError(path: path, operation: "write", code: errno) }
            if rename(temporary, target) != 0 { throw OutputError(path: path, operation: "replace", code: errno) }
        } catch {
            if fd >= 0 { close(fd) }
            unlink(temporary)
            throw error
        }
    }

    private static func writeInPlace(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError(path: path, operation: "open", code: errno) }
        defer { close(fd) }
        try writeAll(bytes, to: fd, path: path)
    }

    private static func writeStandardOutput(_ bytes: [UInt8]) throws(OutputError) {
        try writeStream(bytes, to: STDOUT_FILENO, name: "standard output")
    }

    /// Writes to a pipe or terminal; a reader that went away (EPIPE) ends the write quietly,
    /// since it has all it wanted.
    static func writeStream(_ bytes: [UInt8], to fd: Int32, name: String) throws(OutputError) {
        do throws(OutputError) {
            try writeAll(bytes, to: fd, path: name)
        } catch where error.code == EPIPE {
            return
        }
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(OutputError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: path, operation: "write", code: errno)
            }
            offset += written
        }
    }

    private static func resolvedPath(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
              let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
