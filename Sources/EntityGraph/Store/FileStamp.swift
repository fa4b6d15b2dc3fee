#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the file system says of an input file: its size, its modification and status-change
/// times (nanoseconds since the epoch), its inode and device. A store keeps it beside the
/// input's content hash, so a re-run trusts an input whose stamp is unchanged without reading
/// it. An edit moves the status-change time even where a tool sets the modification time back
/// (`touch -d`, `cp -p`, `rsync -t`), and a file replaced by another has another inode.
///
/// A stamp is trusted only when both times lie before the moment the file was read for its
/// hash, by `settlingTime` at least: a file written again within its file system's timestamp
/// granularity after it was read keeps its stamp, so its hash may be stale ("racy clean", as
/// git calls it: Documentation/technical/racy-git.txt in git's sources). Such a file is read
/// and hashed again by the next run, which stamps it anew.
///
/// - Complexity: one `stat` call.
public struct FileStamp: Equatable, Sendable {
    var size: Int64
    var modified: Int64
    var changed: Int64
    var inode: UInt64
    var device: UInt64

    /// The margin a stamp's times must keep before the hash's reading: two seconds, above the
    /// coarsest timestamps of the file systems in use (FAT's two seconds; ext4, XFS, APFS and
    /// Btrfs keep nanoseconds).
    public static let settlingTime: Int64 = 2_000_000_000

    /// The stamp of the file at `path`, or nil when it cannot be had.
    init?(path: String) {
        var status = stat()
        guard FileSystemPath.withSystemPath(path, { stat($0, &status) }) == 0 else { return nil }
        size = Int64(status.st_size)
        #if canImport(Darwin)
        modified = Self.nanoseconds(status.st_mtimespec)
        changed = Self.nanoseconds(status.st_ctimespec)
        #else
        modified = Self.nanoseconds(status.st_mtim)
        changed = Self.nanoseconds(status.st_ctim)
        #endif
        inode = UInt64(status.st_ino)
        device = UInt64(status.st_dev)
    }

    /// "size:modified:changed:inode:device", as stored.
    var text: String { "\(size):\(modified):\(changed):\(inode):\(device)" }

    /// Whether an input stamped so when it was read, at `readAt` (nanoseconds since the epoch),
    /// cannot have been written again unseen since.
    func isSettled(readAt: Int64, settlingTime: Int64 = Self.settlingTime) -> Bool {
        max(modified, changed) < readAt - settlingTime
    }

    /// The wall clock, in nanoseconds since the epoch: the file system's clock for the times
    /// of a stamp.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time)
    }

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
