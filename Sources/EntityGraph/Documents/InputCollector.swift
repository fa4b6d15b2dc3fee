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

    /// A collection holding `inputs` and `errors`.
    public init(inputs: [Input] = [], errors: [DocumentReadError] = []) {
        self.inputs = inputs
        self.errors = errors
    }
}

/// Expands PATH arguments into the files to read: files as named, folders walked recursively,
/// `-` as standard input.
///
/// - A file named explicitly is taken whatever its extension (`DocumentLoader` sniffs HTML).
/// - A folder contributes the files whose extension some `DocumentFormat` claims, and `.xml`
///   files (sniffed as feeds or pages, see `DocumentFormat.xmlExtensions`), following
///   symbolic links, skipping names that start with a dot (hidden files and folders), in
///   byte-wise order of their full paths, so runs are reproducible across file systems.
/// - File names that are not UTF-8 are kept exactly (see `FileSystemPath`).
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
                var walk = FolderWalk(files: [], errors: [], ancestors: [])
                walk.visit(folder: path, identity: FileIdentity(status))
                files = walk.files
                files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                collection.inputs.append(contentsOf: files.map(Input.file))
                collection.errors.append(contentsOf: walk.errors)
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
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(directory) {
            let name = FileSystemPath.string(fromSystem: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
            if name.utf8.first == UInt8(ascii: ".") { continue }
            names.append(name)
        }
        closedir(directory)
        // readdir's order depends on the file system: sort so errors come out the same every run.
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }

        ancestors.insert(identity)
        defer { ancestors.remove(identity) }
        let prefix = folder.utf8.last == UInt8(ascii: "/") ? folder : folder + "/"
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
                if DocumentFormat.isCollected(name) { files.append(path) }
            default:
                // A named pipe, socket or device named like an input is reported, not passed
                // over in silence; read from a folder, a pipe without a writer would block.
                if DocumentFormat.isCollected(name) { errors.append(.unsupportedFileType(path: path)) }
            }
        }
    }
}
