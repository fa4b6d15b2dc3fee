import EntityGraph
import Foundation
import Testing

/// What makes `entgraph` install like a tool: `--version`, its man page and shell completions.
@Suite(.serialized, .enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct ToolInstallTests {
    @Test func versionPrintsTheLibrarysVersionAndSucceeds() throws {
        let result = try runEntgraph(["--version"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText == EntityGraphVersion.current + "\n")
        #expect(EntityGraphVersion.current.split(separator: ".").count == 3
                && EntityGraphVersion.current.split(separator: ".").allSatisfy { Int($0) != nil },
                "not MAJOR.MINOR.PATCH: \(EntityGraphVersion.current)")
    }
}
