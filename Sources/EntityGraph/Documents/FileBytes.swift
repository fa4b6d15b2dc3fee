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
    /// The bytes of the file at `path`.
    static func read(path: String, limit: Int? = nil) throws(DocumentReadError) -> [UInt8] {
        let descriptor = FileSystemPath.withSystemPath(path) { open($0, O_RDONLY | O_CLOEXEC) }
        if descriptor < 0 { throw error(errno: errno, path: path) }
        defer { close(descriptor) }
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
        return try readAll(descriptor: descriptor, sizeHint: size, limit: limit, id: path)
    }

    /// Everything on standard input, up to end of file.
    static func readStandardInput(limit: Int? = nil) throws(DocumentReadError) -> [UInt8] {
        try readAll(descriptor: STDIN_FILENO, sizeHint: 0, limit: limit, id: Input.standardInputID)
    }

    private static func readAll(descriptor: Int32, sizeHint: Int, limit: Int?, id: String) throws(DocumentReadError) -> [UInt8] {
        var bytes: [UInt8] = []
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
