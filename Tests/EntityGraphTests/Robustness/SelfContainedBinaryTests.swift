import Foundation
import Testing
@testable import EntityGraph

/// The tool is one file: the tagger model is compiled into it (no SwiftPM resource bundle to
/// find beside the build folder), so a copy runs anywhere; a bad model file given instead is
/// one clear error, never a crash.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct SelfContainedBinaryTests {
    /// A model whose header is sound and whose word-cluster count claims four billion records.
    static var modelClaimingTooMuch: [UInt8] {
        func u32(_ value: UInt32) -> [UInt8] { withUnsafeBytes(of: value.littleEndian, Array.init) }
        let labels = BILOU.count
        return TaggerModel.magic + u32(TaggerModel.version) + u32(0) + u32(8) + u32(UInt32(labels))
            + [UInt8](repeating: 0, count: (labels + 1) * labels * 4)  // transitions
            + [UInt8](repeating: 0, count: (1 << 8) / 8)  // no bucket present, so no rows
            + u32(.max)  // word clusters
    }

    @Test func theBinaryNamesNoResourceBundle() throws {
        let binary = try #require(FileManager.default.contents(atPath: entgraphBinary))
        // What SwiftPM's generated `Bundle.module` looks for; an installed copy has no such folder.
        #expect(binary.range(of: Data("EntityGraph_EntityGraph.resources".utf8)) == nil)
        #expect(binary.range(of: Data("tagger.egmodel".utf8)) != nil, "the built-in model's name in its errors")
    }

    @Test func aCopyRunsFromAnotherFolderWithTheBuiltInModel() throws {
        let scratch = try ScratchFolder("installed")
        defer { scratch.remove() }
        try scratch.write("work/article.txt", "Vladimir Putin met Joe Biden in Geneva on Wednesday.\n")
        // The copy is made by `cp` in the child, never by this process: tests run in parallel
        // threads that fork, and a fork taken while this process held the copy open for writing
        // would keep a writable descriptor alive, so exec'ing the copy fails with ETXTBSY
        // ("Text file busy"; seen once in CI).
        let result = try ChildProcess.bash("""
            mkdir -p '\(scratch.file("bin"))' && cp '\(entgraphBinary)' '\(scratch.file("bin/entgraph"))' \
            && cd '\(scratch.file("work"))' && env -u ENTGRAPH_MODEL PATH='\(scratch.file("bin"))' entgraph build article.txt -o - --format csv
            """).run()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("vladimir-putin,Vladimir Putin,PERSON"), "\(result.stdoutText)")
        #expect(result.stdoutText.contains("joe-biden,vladimir-putin,Undirected"))
    }

    @Test func aBadModelIsOneClearErrorNeverACrash() throws {
        let scratch = try ScratchFolder("bad-model")
        defer { scratch.remove() }
        let article = try scratch.write("article.txt", "Vladimir Putin met Joe Biden in Geneva.\n")
        let conll = try scratch.write("tokens.conll", "Vladimir\tB-PER\nPutin\tI-PER\n")
        let real = SequenceTagger.builtInModelBytes
        let models: [(path: String, problem: String)] = [
            (scratch.file("missing.egmodel"), "cannot read the model file"),
            (scratch.path, "cannot read the model file"),
            (try scratch.write("empty.egmodel", []), "truncated at byte 0"),
            (try scratch.write("text.egmodel", "not a model at all\n"), "not an entgraph tagger model (bad magic)"),
            (try scratch.write("cut.egmodel", Array(real.prefix(real.count / 2))), "truncated at byte"),
            (try scratch.write("long.egmodel", real + [0]), "1 unexpected bytes after the model"),
            (try scratch.write("greedy.egmodel", Self.modelClaimingTooMuch), "a count of 4294967295 at byte"),
        ]
        for (model, problem) in models {
            for arguments in [["build", article, "-o", "-", "--format", "csv"], ["mentions", article], ["tag", conll]] {
                var child = ChildProcess.entgraph(arguments)
                child.program = "/usr/bin/env"
                child.arguments = ["ENTGRAPH_MODEL=\(model)", entgraphBinary] + arguments
                let result = try child.run()
                #expect(result.signal == nil, "\(arguments) with \(model)")
                #expect(result.status == 3, "\(arguments) with \(model): \(result.stderr)")
                #expect(result.stderrLines.count == 1 && result.stderr.hasPrefix("entgraph: \(model): \(problem)"),
                        "\(arguments) with \(model): \(result.stderr)")
                #expect(result.stdout.isEmpty)
            }
            let explicit = try ChildProcess.entgraph(["tag", conll, "--model", model]).run()
            #expect(explicit.status == 3)
            #expect(explicit.stderr.hasPrefix("entgraph: \(model): \(problem)"), "\(explicit.stderr)")
        }
    }

    @Test func everyTruncationOfTheBuiltInModelIsAnError() {
        let real = SequenceTagger.builtInModelBytes
        #expect((try? TaggerModel(bytes: real, path: "built-in")) != nil)
        for sixteenth in 0..<16 {
            let cut = Array(real.prefix(real.count * sixteenth / 16 + sixteenth))
            #expect(throws: TaggerModelError.self) { try TaggerModel(bytes: cut, path: "cut") }
        }
        #expect(throws: TaggerModelError.self) { try TaggerModel(bytes: Self.modelClaimingTooMuch, path: "greedy") }
    }
}
