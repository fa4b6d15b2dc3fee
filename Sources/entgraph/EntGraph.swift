import ArgumentParser
import EntityGraph
import Foundation

/// Exit statuses, documented in the README.
enum ExitStatus {
    /// Every input was read and every output written.
    static let success: Int32 = 0
    /// Some inputs were skipped (unreadable, not UTF-8, binary…); the outputs cover the rest.
    static let inputsSkipped: Int32 = 1
    /// The command line was wrong.
    static let usage: Int32 = 2
    /// Nothing could be produced: an output could not be written, or a graph file not read.
    static let failure: Int32 = 3
}

@main
struct EntGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entgraph",
        abstract: "Turn news articles into a weighted graph of the people, countries and organizations they mention together.",
        discussion: """
        Examples:
          entgraph build corpus/ -o graph.graphml -o graph.dot
          entgraph mentions corpus/000.txt --format table
          entgraph centrality corpus/ --measure pagerank --top 10
          entgraph aliases corpus/
          entgraph text article.html
          entgraph convert graph.graphml graph.gexf
          entgraph eval ../shared/ngold/conll2003/eng.testa --scheme conll

        Exit status: 0 all inputs read, 1 some inputs skipped (each is reported on standard error), 2 usage error, 3 failure (an output could not be written, or an input was skipped under --strict).
        """,
        version: EntityGraphVersion.current,
        subcommands: [BuildCommand.self, PartialCommand.self, MergeCommand.self, MentionsCommand.self, TextCommand.self, CentralityCommand.self, AliasesCommand.self, ConvertCommand.self,
                      ExplainCommand.self, TrendsCommand.self,
                      TagCommand.self, EvalCommand.self, TrainCommand.self, TrainWordClassesCommand.self]
    )

    /// Parses and runs a subcommand, mapping errors to the documented exit statuses.
    static func main() {
        StandardStreams.reserveClosed()
        // A closed pipe and a file-size limit become write errors (EPIPE, EFBIG) that name the
        // output, instead of signals that kill the run half-way through a file.
        OutputFile.ignoreBrokenPipeSignal()
        signal(SIGXFSZ, SIG_IGN)
        // Ctrl-C or a kill while an output is written leaves no temporary file behind.
        InFlightFiles.removeOnInterruption()
        do {
            var command = try parseAsRoot(arguments())
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let failure as UsageFailure {
            StandardError.write("entgraph: \(FileSystemPath.displayed(failure.message))\n")
            Foundation.exit(ExitStatus.usage)
        } catch let failure as CommandFailure {
            StandardError.write("entgraph: \(FileSystemPath.displayed(failure.message))\n")
            Foundation.exit(ExitStatus.failure)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(ExitStatus.success)
            }
            StandardError.write(fullMessage(for: error) + "\n")
            Foundation.exit(code == .validationFailure ? ExitStatus.usage : ExitStatus.failure)
        }
    }
}

extension EntGraph {
    /// The command line, keeping file names that are not UTF-8 byte for byte (see
    /// `FileSystemPath`); `CommandLine.arguments` would turn their bytes into U+FFFD.
    static func arguments() -> [String] {
        (1..<Int(CommandLine.argc)).compactMap { CommandLine.unsafeArgv[$0].map { FileSystemPath.string(fromSystem: $0) } }
    }
}

/// A failure the command reports in one line and exits with status 3.
struct CommandFailure: Error {
    var message: String

    /// `body`'s result; whatever it throws becomes a one-line failure (a bad model file is
    /// `entgraph: m.egmodel: truncated at byte 1000`, status 3).
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw CommandFailure(message: "\(error)") }
    }
}

/// A usage error found after parsing (an output that is also an input): reported in one line,
/// exit status 2, nothing read.
struct UsageFailure: Error {
    var message: String
}

/// Writes to standard error without buffering surprises.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
