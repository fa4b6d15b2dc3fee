import Foundation

/// Guards the three standard streams before anything else opens a file.
enum StandardStreams {
    /// Started with a standard stream closed (`entgraph … >&-`), the process would hand its
    /// number to the next file it opens: an input, or a temporary output file, which messages or
    /// `-o -` output would then be written into. Each closed one is taken by /dev/null opened the
    /// wrong way round (standard output read-only, standard input write-only), so the number
    /// stays taken and using the stream fails with EBADF, which commands report.
    static func reserveClosed() {
        for (descriptor, mode) in [(STDIN_FILENO, O_WRONLY), (STDOUT_FILENO, O_RDONLY), (STDERR_FILENO, O_RDONLY)]
        where fcntl(descriptor, F_GETFD) < 0 {
            // open() returns the lowest free number, which is this one: the ones below are open.
            _ = open("/dev/null", mode)
        }
    }
}
