import FuzzDriver
#if canImport(Glibc)
import Glibc
#endif

// libFuzzer parses the command line (corpus folders, -max_total_time=…) and calls the target.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzDocuments))
