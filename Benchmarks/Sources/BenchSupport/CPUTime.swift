#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU seconds (user + system) this process has used so far, all threads together.
public func cpuSeconds() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Runs `work` and returns its result with the wall-clock and CPU seconds it took.
public func measured<T>(_ work: () throws -> T) rethrows -> (result: T, wall: Double, cpu: Double) {
    let clock = ContinuousClock()
    let cpu = cpuSeconds()
    let start = clock.now
    let result = try work()
    let elapsed = clock.now - start
    let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return (result, wall, cpuSeconds() - cpu)
}
