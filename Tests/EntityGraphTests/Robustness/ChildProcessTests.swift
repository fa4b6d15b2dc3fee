import Foundation
import Testing

/// The harness the robustness tests stand on: its memory probe and its deadline must be able to fail.
@Suite struct ChildProcessTests {
    @Test(.enabled(if: Interop.python != nil && !ChildProcess.sanitized, "needs python3, and no sanitizer"))
    func theMemoryProbeSeesAChildsPeakNotItsParents() throws {
        let python = try #require(Interop.python)
        let big = try ChildProcess(program: python, arguments: ["-c", "b = bytearray(b'x') * (128 << 20); import time; time.sleep(0.2)"]).run()
        #expect(big.status == 0)
        #expect(big.peakMemory >= 128 << 20)
        let small = try ChildProcess(program: python, arguments: ["-c", "import time; time.sleep(0.2)"]).run()
        #expect(small.peakMemory > 0 && small.peakMemory < 64 << 20)
    }

    @Test func aChildPastItsDeadlineIsKilled() throws {
        var child = ChildProcess(program: "/bin/sleep", arguments: ["30"])
        child.deadline = 1
        let result = try child.run()
        #expect(result.timedOut)
        // SIGKILL through the wrapper; its own exit if the deadline came before it forked.
        #expect(result.signal == SIGKILL || result.status == 128 + SIGTERM, "\(result)")
    }
}
