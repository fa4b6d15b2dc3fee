#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files and standard input into memory with POSIX calls, so every failure keeps
/// its `errno` and becomes a precise `DocumentReadError`.
///
/// `limit` caps what is read: a regular file larger than it is refused from its size before a
/// byte is read, and a stream (a pipe, standard input, `/dev/zero`) is read until it passes the
/// limit and then refused, so memory stays bounded whatever is named. nil means no limit.
enum FileBytes {
    /// How long a named pipe may go without a writer before it is given up.
    static let pipeWriterWait = 5

    /// The bytes of the file at `path`.
    static func read(path: String, limit: Int? = nil) throws(DocumentReadError) -> [UInt8] {
        var named = stat()
        let isPipe = FileSystemPath.withSystemPath(path) { stat($0, &named) } == 0 && named.st_mode & S_IFMT == S_IFIFO
        // Opening a named pipe blocks until someone opens it for writing, forever if nobody does.
        let descriptor = FileSystemPath.withSystemPath(path) { open($0, O_RDONLY | O_CLOEXEC | (isPipe ? O_NONBLOCK : 0)) }
        if descriptor < 0 { throw error(errno: errno, path: path) }
        defer { close(descriptor) }
        let first = isPipe ? try waitForWriter(descriptor, path: path) : []
        var status = stat()
        if fstat(descriptor, &status) != 0 { throw error(errno: errno, path: path) }
        switch status.st_mode & S_IFMT {
        case S_IFREG, S_IFIFO, S_IFCHR: break
        case S_IFDIR: throw .unreadable(path: path, reason: "is a folder")
        default: throw .unsupportedFileType(path: path)
        }
        let size = Int(status.st_size)
        if let limit, status.st_mode & S_IFMT == S_IFREG, size > limit {
            throw .tooLarge(path: path, size: size, limit: limit)
        }
        return try readAll(descriptor: descriptor, sizeHint: size, limit: limit, id: path, first: first)
    }

    /// Waits up to `pipeWriterWait` seconds for a writer on a pipe opened without blocking, then
    /// makes reads block again; returns the byte it read on the way, if any. A read gives end of
    /// file while no writer has the pipe open, EAGAIN when one has and has not written yet;
    /// poll wakes on data and on a writer that came and went (end of file for good).
    private static func waitForWriter(_ descriptor: Int32, path: String) throws(DocumentReadError) -> [UInt8] {
        let deadline = ContinuousClock.now + .seconds(pipeWriterWait)
        var first: [UInt8] = []
        waiting: while true {
            var byte: UInt8 = 0
            let count = readDescriptor(descriptor, &byte, 1)
            switch count {
            case 1:
                first = [byte]
                break waiting
            case 0:
                var probe = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                if poll(&probe, 1, 50) > 0 && probe.revents & Int16(POLLHUP) != 0 { break waiting }
                if ContinuousClock.now >= deadline { throw .pipeWithoutWriter(path: path, seconds: pipeWriterWait) }
            default:
                if errno == EAGAIN { break waiting }
                if errno != EINTR { throw error(errno: errno, path: path) }
            }
        }
        let flags = fcntl(descriptor, F_GETFL)
        if flags < 0 || fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) < 0 { throw error(errno: errno, path: path) }
        return first
    }

    /// Everything on standard input, up to end of file.
    static func readStandardInput(limit: Int? = nil) throws(DocumentReadError) -> [UInt8] {
        try readAll(descriptor: STDIN_FILENO, sizeHint: 0, limit: limit, id: Input.standardInputID)
    }

    private static func readAll(descriptor: Int32, sizeHint: Int, limit: Int?, id: String,
                                first: [UInt8] = []) throws(DocumentReadError) -> [UInt8] {
        var bytes = first
        let chunkSize = 64 * 1024
        bytes.reserveCapacity(sizeHint > 0 ? min(sizeHint, limit ?? Int.max) + 1 : chunkSize)
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { readDescriptor(descriptor, $0.baseAddress, chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                throw error(errno: errno, path: id)
            }
            if count == 0 { return bytes }
            // A file that grows while it is read, or a stream without end, stops at the limit.
            if let limit, bytes.count + count > limit { throw .tooLarge(path: id, size: nil, limit: limit) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// The typed error for a failed open/stat/read on `path`.
    static func error(errno code: Int32, path: String) -> DocumentReadError {
        switch code {
        case ENOENT, ENOTDIR: return .notFound(path: path)
        case ELOOP: return .symbolicLinkLoop(path: path)
        default: return .unreadable(path: path, reason: systemMessage(code))
        }
    }

    /// The C library's words for an `errno` value.
    static func systemMessage(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message)
    }
}

/// `read(2)`, under a name the static `read(path:)` above does not shadow.
@inline(__always)
private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
