#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files being written, removed when SIGINT, SIGTERM or SIGHUP ends the process
/// before they are renamed into place, so an interrupted run leaves the old output and nothing
/// beside it.
///
/// The signal handler may only make async-signal-safe calls, so the paths live in memory
/// allocated once, in fixed slots the handler reads without locks or allocation: a slot's bytes
/// are written while the slot is free, then the slot is armed, then the file is created. More
/// files in flight than there are slots are written all the same, only not guarded.
public enum InFlightFiles {
    private static let slotCount = 32
    private static let slotSize = Int(PATH_MAX) + 1
    /// `slotCount` NUL-terminated paths.
    nonisolated(unsafe) private static let paths: UnsafeMutablePointer<CChar> = {
        let memory = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)
        memory.initialize(repeating: 0, count: slotCount * slotSize)
        return memory
    }()
    /// 1 where the slot's path is a file to remove on a signal, 0 where the slot is free.
    nonisolated(unsafe) private static let armed: UnsafeMutablePointer<Int32> = {
        let memory = UnsafeMutablePointer<Int32>.allocate(capacity: slotCount)
        memory.initialize(repeating: 0, count: slotCount)
        return memory
    }()
    /// Serializes claiming and freeing slots between threads (never taken in the handler).
    nonisolated(unsafe) private static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        return mutex
    }()

    /// The signals that end a run early and should not leave temporary files behind.
    static let interruptions: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handler for SIGINT, SIGTERM and SIGHUP; call once at program start. A
    /// signal the process was started ignoring (`nohup`, a background job's SIGINT) stays ignored.
    /// The handler removes the files in flight, then lets the signal end the process as it would
    /// have (same exit status for the parent shell).
    public static func removeOnInterruption() {
        _ = (paths, armed, lock)  // allocated now, never inside the handler
        for signal in interruptions {
            var previous = sigaction()
            guard sigaction(signal, nil, &previous) == 0, !ignores(previous) else { continue }
            var action = sigaction()
            setHandler(&action, removeAndResignal)
            sigemptyset(&action.sa_mask)
            for other in interruptions { sigaddset(&action.sa_mask, other) }
            sigaction(signal, &action, nil)
        }
    }

    /// Registers `path` before the file is created; returns its slot for `forget`, or nil when
    /// every slot is taken or the path is too long to keep.
    static func register(_ path: String) -> Int? {
        let bytes = Array(path.utf8)
        guard bytes.count < slotSize else { return nil }
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard let slot = (0..<slotCount).first(where: { armed[$0] == 0 }) else { return nil }
        let start = paths + slot * slotSize
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { start.update(from: $0.baseAddress!, count: $0.count) }
        }
        start[bytes.count] = 0
        armed[slot] = 1
        return slot
    }

    /// The file of `slot` was renamed into place or removed: a signal no longer touches it.
    static func forget(_ slot: Int?) {
        guard let slot else { return }
        pthread_mutex_lock(lock)
        armed[slot] = 0
        pthread_mutex_unlock(lock)
    }

    /// The signal handler: only `unlink`, `sigaction` and `raise`, all async-signal-safe.
    private static let removeAndResignal: @convention(c) (Int32) -> Void = { signal in
        for slot in 0..<InFlightFiles.slotCount where InFlightFiles.armed[slot] != 0 {
            unlink(InFlightFiles.paths + slot * InFlightFiles.slotSize)
        }
        var action = sigaction()
        InFlightFiles.setDefault(&action)
        sigaction(signal, &action, nil)
        // Blocked while the handler runs; delivered, with the default action, when it returns.
        raise(signal)
    }

    private static func ignores(_ action: sigaction) -> Bool {
        #if canImport(Glibc)
        unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
        #else
        unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
        #endif
    }

    private static func setHandler(_ action: inout sigaction, _ handler: @convention(c) (Int32) -> Void) {
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
    }

    private static func setDefault(_ action: inout sigaction) {
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = SIG_DFL
        #else
        action.__sigaction_u.__sa_handler = SIG_DFL
        #endif
    }
}
