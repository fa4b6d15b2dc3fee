#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read one line at a time through a buffer of a megabyte, so a merge holds a few lines
/// of each partial, never a whole file. Lines are returned without their "\n"; a last line
/// without one is a line too.
///
/// - Complexity: O(bytes) over the whole file: each byte is read once and scanned once.
final class PartialLineReader {
    let path: String
    /// Lines returned so far (the last one's number).
    private(set) var lineNumber = 0
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// Where the next line starts, and how far past it no "\n" was found yet.
    private var start = 0, scanned = 0
    private var atEnd = false
    private static let chunkSize = 1 << 20

    init(path: String) throws(PartialFileError) {
        self.path = path
        let descriptor = FileSystemPath.withSystemPath(path) { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw PartialFileError(path: path, line: nil, problem: FileBytes.error(errno: errno, path: path).problem) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw PartialFileError(path: path, line: nil, problem: "is a folder")
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The next line, nil at the end of the file.
    func nextLine() throws(PartialFileError) -> [UInt8]? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                return take(upTo: newline, skipping: 1)
            }
            scanned = buffer.count
            if atEnd { return start < buffer.count ? take(upTo: buffer.count, skipping: 0) : nil }
            try fill()
        }
    }

    private func take(upTo end: Int, skipping: Int) -> [UInt8] {
        let line = Array(buffer[start..<end])
        start = end + skipping
        scanned = start
        lineNumber += 1
        return line
    }

    /// Drops the lines already returned and reads the next chunk.
    private func fill() throws(PartialFileError) {
        if start > 0 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        while true {
            let count = buffer.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress! + old, Self.chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                buffer.removeLast(Self.chunkSize)
                throw PartialFileError(path: path, line: lineNumber + 1, problem: FileBytes.error(errno: errno, path: path).problem)
            }
            buffer.removeLast(Self.chunkSize - count)
            if count == 0 { atEnd = true }
            return
        }
    }
}

/// `read(2)`, under a name the reader's methods do not shadow.
@inline(__always)
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
