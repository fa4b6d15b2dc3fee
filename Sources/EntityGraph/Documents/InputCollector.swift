#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The inputs a list of PATH arguments names, and the problems met while expanding them.
public struct InputCollection: Sendable, Equatable {
    /// Files to read, in the order the run should read them.
    public var inputs: [Input]
    /// One error per path that could not be expanded; the other paths are still collected.
    public var errors: [DocumentReadError]
    /// What the folder walks passed over on purpose (hidden entries, other extensions), in
    /// the order met.
    public var leftOut: [LeftOutFile]

    /// A collection holding `inputs` and `errors`.
    public init(inputs: [Input] = [], errors: [DocumentReadError] = [], leftOut: [LeftOutFile] = []) {
        self.inputs = inputs
        self.errors = errors
        self.leftOut = leftOut
    }

    /// One line counting what the folders left out per reason, most frequent first ("left out
    /// 3 files found in folders: 2 with extension .pdf, 1 hidden"); nil when nothing was.
    public var leftOutSummary: String? {
        guard !leftOut.isEmpty else { return nil }
        var counts: [LeftOutReason: Int] = [:]
        for file in leftOut { counts[file.reason, default: 0] += 1 }
        let parts = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.description < $1.key.description }
            .map { "\($0.value) \($0.key.description)" }
        let files = leftOut.count == 1 ? "1 file" : "\(leftOut.count) files"
        return "left out \(files) found in folders: " + parts.joined(separator: ", ")
    }
}

/// A file or folder a folder walk passed over on purpose, and why.
public struct LeftOutFile: Sendable, Equatable {
    /// Its path, as the walk reached it.
    public var path: String
    /// Why it was not read.
    public var reason: LeftOutReason

    /// The entry at `path`, left out for `reason`.
    public init(path: String, reason: LeftOutReason) {
        self.path = path
        self.reason = reason
    }
}

/// Why a folder walk passes over an entry.
public enum LeftOutReason: Sendable, Hashable, CustomStringConvertible {
    /// Its name starts with a dot (a hidden file or folder, such as `.git`); not looked into.
    case hidden
    /// Its name has no extension, so nothing says it is an article.
    case noExtension
    /// Its extension (lowercased, no dot) is not one a `DocumentFormat` reads.
    case otherExtension(String)

    /// "hidden (name starts with a dot)", "without an extension", "with extension .pdf".
    public var description: String {
        switch self {
        case .hidden: return "hidden (name starts with a dot)"
        case .noExtension: return "without an extension"
        case .otherExtension(let pathExtension): return "with extension .\(pathExtension)"
        }
    }

    /// Why `name`, a regular file's name, is not collected; nil when it is.
    static func forFile(named name: String) -> LeftOutReason? {
        if DocumentFormat.isCollected(name) { return nil }
        guard let pathExtension = DocumentFormat.lowercasedExtension(of: name), !pathExtension.isEmpty else {
            return .noExtension
        }
        if let inner = Gzip.innerPath(of: name), let innerExtension = DocumentFormat.lowercasedExtension(of: inner),
           !innerExtension.isEmpty {
            return .otherExtension(innerExtension + "." + pathExtension)
        }
        return .otherExtension(pathExtension)
    }
}

/// Expands PATH arguments into the files to read: files as named, folders walked recursively,
/// `-` as standard input.
///
/// - A file named explicitly is taken whatever its extension (`DocumentLoader` sniffs HTML).
/// - A folder contributes the files whose extension some `DocumentFormat` claims, and `.xml`
///   files (sniffed as feeds or pages, see `DocumentFormat.xmlExtensions`), also under a
///   `.gz` (`page.html.gz`, inflated by `DocumentLoader`), following
///   symbolic links, skipping names that start with a dot (hidden files and folders), in
///   byte-wise order of their full paths, so runs are reproducible across file systems.
/// - File names that are not UTF-8 are kept exactly (see `FileSystemPath`).
/// - What a walk passes over is listed in `leftOut` with the reason, so a run can say so.
/// - Problems are collected per path and the walk goes on: a missing path, an unreadable
///   folder, a symbolic link that leads back into a folder being walked (reported with the
///   link's path).
public struct InputCollector: Sendable {
    /// A collector; it keeps no state between calls.
    public init() {}

    /// The inputs `paths` name, in argument order, each folder's files sorted by path.
    public func collect(_ paths: [String]) -> InputCollection {
        var collection = InputCollection()
        for path in paths {
            if path == "-" {
                collection.inputs.append(.standardInput)
                continue
            }
            var status = stat()
            if FileSystemPath.withSystemPath(path, { stat($0, &status) }) != 0 {
                collection.errors.append(FileBytes.error(errno: errno, path: path))
                continue
            }
            if status.st_mode & S_IFMT == S_IFDIR {
                var files: [String] = []
                var walk = FolderWalk(files: [], errors: [], leftOut: [], ancestors: [])
                walk.visit(folder: path, identity: FileIdentity(status))
                files = walk.files
                files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                collection.inputs.append(contentsOf: files.map(Input.file))
                collection.errors.append(contentsOf: walk.errors)
                collection.leftOut.append(contentsOf: walk.leftOut)
            } else {
                collection.inputs.append(.file(path))
            }
        }
        return collection
    }
}

/// A file system object's identity, to recognise a folder reached again through a link.
private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}

/// One recursive folder walk: the files found and the problems met.
private struct FolderWalk {
    var files: [String]
    var errors: [DocumentReadError]
    var leftOut: [LeftOutFile]
    /// The folders on the current path from the walk's root, to detect link loops.
    var ancestors: Set<FileIdentity>

    mutating func visit(folder: String, identity: FileIdentity) {
        guard let directory = FileSystemPath.withSystemPath(folder, { opendir($0) }) else {
            errors.append(FileBytes.error(errno: errno, path: folder))
            return
        }
        var names: [String] = []
        // d_name is read in place: a dirent is only as long as its name needs, so copying the
        // 256-byte d_name field (`entry.pointee.d_name`) reads past it (AddressSanitizer).
        var hidden: [String] = []
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(directory) {
            let name = FileSystemPath.string(fromSystem: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            if name.utf8.first == UInt8(ascii: ".") { hidden.append(name); continue }
            names.append(name)
        }
        closedir(directory)
        // readdir's order depends on the file system: sort so errors come out the same every run.
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        hidden.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }

        ancestors.insert(identity)
        defer { ancestors.remove(identity) }
        let prefix = folder.utf8.last == UInt8(ascii: "/") ? folder : folder + "/"
        leftOut.append(contentsOf: hidden.map { LeftOutFile(path: prefix + $0, reason: .hidden) })
        for name in names {
            let path = prefix + name
            var status = stat()
            if FileSystemPath.withSystemPath(path, { stat($0, &status) }) != 0 {
                errors.append(FileBytes.error(errno: errno, path: path))
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                let child = FileIdentity(status)
                if ancestors.contains(child) {
                    errors.append(.symbolicLinkLoop(path: path))
                } else {
                    visit(folder: path, identity: child)
                }
            case S_IFREG:
                if let reason = LeftOutReason.forFile(named: name) {
                    leftOut.append(LeftOutFile(path: path, reason: reason))
                } else {
                    files.append(path)
                }
            default:
                // A named pipe, socket or device named like an input is reported, not passed
                // over in silence; read from a folder, a pipe without a writer would block.
                if DocumentFormat.isCollected(name) { errors.append(.unsupportedFileType(path: path)) }
            }
        }
    }
}
