import ArgumentParser
import EntityGraph
import Foundation

/// Writes command output to standard output; a closed pipe (`| head`) ends the command quietly.
enum StandardOutput {
    static func write(_ text: String) throws {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(1, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { throw ExitCode.success }
                throw CommandFailure(message: "standard output: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }
}
