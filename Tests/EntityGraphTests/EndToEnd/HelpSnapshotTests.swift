import Foundation
import Testing

/// `--help` of every command, pinned in golden files (`Golden/help-COMMAND.txt`): it lists the
/// formats, measures and recognizers the registries hold, so a change to any of them, or to an
/// option's text, shows up as a reviewed diff. Re-record with ENTGRAPH_RECORD=1.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct HelpSnapshotTests {
    static let commands = ["build", "partial", "merge", "mentions", "text", "centrality", "aliases", "convert", "explain", "trends",
                           "tag", "eval", "train", "train-word-classes"]

    /// `--help` as an 80-column terminal gets it (COLUMNS would change the wrapping).
    func help(_ arguments: [String]) throws -> Interop.Output {
        try Interop.run("/usr/bin/env", ["COLUMNS=80", entgraphBinary] + arguments)
    }

    @Test func everyCommandIsPinned() throws {
        let help = try help(["--help"])
        #expect(help.status == 0)
        // The subcommands the tool lists are exactly the ones pinned here.
        let text = help.stdoutText
        let section = try #require(text.range(of: "SUBCOMMANDS:\n")).upperBound
        let block = text[section...].split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
        let listed = block.compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }.filter { $0 != "help" }
        #expect(listed == Self.commands)
        try Golden.check(Array(help.stdout), against: "help-entgraph.txt")
    }

    @Test(arguments: HelpSnapshotTests.commands)
    func helpOf(command: String) throws {
        let help = try help([command, "--help"])
        #expect(help.status == 0, "\(help.stderr)")
        let text = help.stdoutText
        // Help says each default once ("all cores", not also this machine's count) and has no
        // sentence cut by a hard line break (a short line of prose followed by more prose).
        #expect(!text.contains(") (default:"), "\(text)")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (line, next) in zip(lines, lines.dropFirst()) where !line.hasPrefix(" ") && !next.hasPrefix(" ") && !line.isEmpty && !next.isEmpty {
            #expect(line.count > 50 || line.hasSuffix(":") || line.hasPrefix("USAGE"), "ragged line: \(line)")
        }
        try Golden.check(Array(help.stdout), against: "help-\(command).txt")
    }
}
