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

    static let manPage = repositoryRoot.appendingPathComponent(".build/man/entgraph.1")

    /// Each shell's script names the subcommands and the options this issue added; bash's parses.
    @Test func completionScriptsForBashZshAndFish() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try runEntgraph(["--generate-completion-script", shell])
            #expect(result.status == 0, "\(shell): \(result.stderr)")
            for word in ["build", "convert", "centrality", "html-size", "html-max-nodes", "dot-labels"] {
                #expect(result.stdoutText.contains(word), "\(shell) completion lacks \(word)")
            }
            if let interpreter = Interop.executable(shell) {
                try ExportFixtures.withTemporaryFolder { folder in
                    let script = folder.appendingPathComponent("completion.\(shell)")
                    try result.stdout.write(to: script)
                    let parsed = try Interop.run(interpreter, ["-n", script.path])
                    #expect(parsed.status == 0, "\(shell) -n: \(parsed.stderr)")
                }
            }
        }
        #expect(Interop.executable("bash") != nil)
    }

    /// `make install-files` (what `make install` runs after building) into a temporary PREFIX:
    /// the binary runs from there, the man page renders, the completions are where shells look;
    /// `make uninstall` takes them all away. `make test` makes the man page first (`make man`).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: ToolInstallTests.manPage.path) || Interop.required,
                   "run `make man` first"))
    func installsBinaryManPageAndCompletionsIntoAPrefix() throws {
        let make = try #require(Interop.executable("make"), "make is missing")
        try #require(FileManager.default.fileExists(atPath: Self.manPage.path), "no .build/man/entgraph.1: run `make man`")
        try ExportFixtures.withTemporaryFolder { prefix in
            let installed = try Interop.run(make, ["-s", "-C", repositoryRoot.path, "install-files", "PREFIX=\(prefix.path)",
                                                   "INSTALL_BIN=\(entgraphBinary)"])
            try #require(installed.status == 0, "make install-files: \(installed.stderr)")
            let files = ["bin/entgraph", "share/man/man1/entgraph.1", "share/bash-completion/completions/entgraph",
                         "share/zsh/site-functions/_entgraph", "share/fish/vendor_completions.d/entgraph.fish"]
            for file in files {
                #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file) not installed")
            }
            let version = try Interop.run(prefix.appendingPathComponent("bin/entgraph").path, ["--version"])
            #expect(version.stdoutText == EntityGraphVersion.current + "\n")

            let groff = try #require(Interop.executable("groff"), "groff is missing")
            let page = try Interop.run(groff, ["-mandoc", "-Tascii", "-P-bcu", prefix.appendingPathComponent("share/man/man1/entgraph.1").path])
            #expect(page.status == 0, "\(page.stderr)")
            for word in ["NAME", "SYNOPSIS", "entgraph", "convert", "--html-size", "--dot-labels", "--version"] {
                #expect(page.stdoutText.contains(word), "the man page lacks \(word)")
            }
            if let man = Interop.executable("man") {
                let shown = try Interop.run(man, ["-l", prefix.appendingPathComponent("share/man/man1/entgraph.1").path])
                #expect(shown.status == 0 && shown.stdoutText.contains("SYNOPSIS"), "man -l: \(shown.stderr)")
            }

            let removed = try Interop.run(make, ["-s", "-C", repositoryRoot.path, "uninstall", "PREFIX=\(prefix.path)"])
            #expect(removed.status == 0, "make uninstall: \(removed.stderr)")
            for file in files {
                #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file) left behind")
            }
        }
    }
}
