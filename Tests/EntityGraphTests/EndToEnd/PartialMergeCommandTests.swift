import Foundation
import Testing

/// `entgraph partial` and `entgraph merge` against `entgraph build`, byte for byte, through the
/// built binary: corpus/ split several ways, partials merged in several orders and trees.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct PartialMergeCommandTests {
    static let files = ["000_9879bcc6d560e499.txt", "001_c811d4470e38db6f.txt", "002_f5819fefc58aca83.txt",
                        "003_b3a690d022c0288d.txt", "004_152422f6d48197aa.txt"].map { "corpus/" + $0 }
    /// Every export format (CSV writes g.nodes.csv and g.edges.csv).
    static let outputs = ["g.graphml", "g.dot", "g.gexf", "g.json", "g.csv", "g.html"]

    private func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-partial-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    /// Every file in `folder` whose name starts with `prefix`, by name, with its bytes.
    private func contents(of folder: URL, prefix: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix(prefix) {
            result[String(name.dropFirst(prefix.count))] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }

    /// Runs the tool with `input` on standard input.
    private func run(_ arguments: [String], input: Data) throws -> (status: Int32, stderr: String) {
        FileManager.default.changeCurrentDirectoryPath(repositoryRoot.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: entgraphBinary)
        process.arguments = arguments
        let stdin = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }

    @Test(arguments: [
        [[0, 3], [4, 1, 2]],
        [[4], [3], [2], [1], [0]],
        [[2, 0, 4, 1, 3]],
        [[1, 2], [0], [3, 4]],
    ])
    func mergedSplitsEqualTheBuild(split: [[Int]]) throws {
        try withFolder { folder in
            let built = try runEntgraph(["build", "corpus", "--centrality", "-q"] + Self.outputs.flatMap { ["-o", folder.appendingPathComponent("built-" + $0).path] })
            #expect(built.status == 0, "\(built.stderr)")
            var parts: [String] = []
            for (index, group) in split.enumerated() {
                let part = folder.appendingPathComponent("part\(index).egp").path
                let made = try runEntgraph(["partial"] + group.map { Self.files[$0] } + ["-o", part, "--threads", "1"])
                #expect(made.status == 0, "\(made.stderr)")
                #expect(made.stderr.hasPrefix("entgraph: \(group.count) document(s) read, 0 skipped; partial written"), "\(made.stderr)")
                parts.append(part)
            }
            // Two orders of the partials, and a tree: the first two merged into a partial first.
            var orders = [parts, parts.reversed()]
            if parts.count > 2 {
                let pair = folder.appendingPathComponent("pair.egp").path
                #expect(try runEntgraph(["merge", parts[1], parts[0], "-o", pair, "-q"]).status == 0)
                orders.append([pair] + parts.dropFirst(2))
            }
            let expected = try contents(of: folder, prefix: "built-")
            #expect(expected.count == Self.outputs.count + 1)
            for (number, order) in orders.enumerated() {
                let prefix = "merged\(number)-"
                let merged = try runEntgraph(["merge"] + order + ["--centrality"] + Self.outputs.flatMap { ["-o", folder.appendingPathComponent(prefix + $0).path] })
                #expect(merged.status == 0, "\(merged.stderr)")
                #expect(merged.stderr.hasPrefix("entgraph: \(order.count) partial(s) merged, 5 document(s); "), "\(merged.stderr)")
                let got = try contents(of: folder, prefix: prefix)
                #expect(got.keys.sorted() == expected.keys.sorted())
                for (name, bytes) in expected { #expect(got[name] == bytes, "\(name) differs after merging \(order)") }
            }
        }
    }

    @Test func standardInputCarriesPathsOrJSONLines() throws {
        try withFolder { folder in
            let listed = folder.appendingPathComponent("listed.egp").path, named = folder.appendingPathComponent("named.egp").path
            let fromList = try run(["partial", "-", "--stdin-paths", "-o", listed, "-q"], input: Data(Self.files.reversed().joined(separator: "\n").utf8))
            #expect(fromList.status == 0, "\(fromList.stderr)")
            #expect(try runEntgraph(["partial"] + Self.files + ["-o", named, "-q"]).status == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: listed)) == Data(contentsOf: URL(fileURLWithPath: named)))

            // JSON Lines on standard input, named as the file they came from, equal that file's partial.
            var lines = ""
            for (index, file) in Self.files.enumerated() {
                let text = try String(contentsOf: repositoryRoot.appendingPathComponent(file), encoding: .utf8)
                let object = try JSONSerialization.data(withJSONObject: index == 2 ? ["text": text] : ["id": "article-\(index)", "text": text], options: [.sortedKeys])
                lines += String(decoding: object, as: UTF8.self) + "\n"
            }
            let jsonl = folder.appendingPathComponent("news.jsonl")
            try Data(lines.utf8).write(to: jsonl)
            let streamed = folder.appendingPathComponent("streamed.egp").path, read = folder.appendingPathComponent("read.egp").path
            let fromStream = try run(["partial", "-", "--source", jsonl.path, "--evidence", "2", "-o", streamed, "-q"], input: Data(lines.utf8))
            #expect(fromStream.status == 0, "\(fromStream.stderr)")
            #expect(try runEntgraph(["partial", jsonl.path, "--evidence", "2", "-o", read, "-q"]).status == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: streamed)) == Data(contentsOf: URL(fileURLWithPath: read)))
            let merged = try runEntgraph(["merge", streamed, "-o", "-", "--format", "graphml", "-q"])
            let built = try runEntgraph(["build", jsonl.path, "--evidence", "2", "-o", "-", "--format", "graphml", "-q"])
            #expect(merged.status == 0 && built.status == 0)
            #expect(merged.stdout == built.stdout && built.stdout.count > 10_000)
            #expect(built.stdoutText.contains("news.jsonl:3@"))  // evidence from the record without an id
        }
    }

    @Test func badPartialsAndMismatchesAreRefusedClearly() throws {
        try withFolder { folder in
            let sentence = folder.appendingPathComponent("s.egp").path, paragraph = folder.appendingPathComponent("p.egp").path
            #expect(try runEntgraph(["partial", Self.files[0], "-o", sentence, "-q"]).status == 0)
            #expect(try runEntgraph(["partial", Self.files[1], "--window", "paragraph", "-o", paragraph, "-q"]).status == 0)
            let out = folder.appendingPathComponent("g.graphml").path
            let mismatch = try runEntgraph(["merge", sentence, paragraph, "-o", out])
            #expect(mismatch.status == 3)
            #expect(mismatch.stderr == "entgraph: the partials were made with different settings (\(sentence) and \(paragraph): window: sentence vs paragraph); make them with the same options\n")
            let twice = try runEntgraph(["merge", sentence, sentence, "-o", out])
            #expect(twice.status == 3)
            #expect(twice.stderr.contains("\(Self.files[0]) is in more than one partial"), "\(twice.stderr)")

            var text = try String(contentsOfFile: sentence, encoding: .utf8)
            text = text.replacingOccurrences(of: #""version":5,"#, with: #""version":6,"#)
            try Data(text.utf8).write(to: URL(fileURLWithPath: sentence))
            let newer = try runEntgraph(["merge", sentence, "-o", out])
            #expect(newer.status == 3)
            #expect(newer.stderr == "entgraph: \(sentence): line 1: partial format version 6; this entgraph reads version 5 only (make the partial again with this entgraph)\n")
            #expect(!FileManager.default.fileExists(atPath: out))

            let notPartial = try runEntgraph(["merge", "graphs/sample.graphml", "-o", out])
            #expect(notPartial.status == 3)
            #expect(notPartial.stderr.hasPrefix("entgraph: graphs/sample.graphml: line 1: not an entgraph partial"))

            let buildEGP = try runEntgraph(["build", "corpus", "-o", folder.appendingPathComponent("x.egp").path])
            #expect(buildEGP.status == 2)
            #expect(buildEGP.stderr.contains("write a partial graph (.egp) with 'entgraph partial'"))
            let thesaurus = try runEntgraph(["partial", "corpus", "--thesaurus", "x.tsv", "-o", paragraph])
            #expect(thesaurus.status == 3)
            #expect(thesaurus.stderr.contains("x.tsv: no such file"), "\(thesaurus.stderr)")
        }
    }

    /// The user's thesaurus, delete list and no-merge list travel in the partials: merged, they
    /// give the graph `build` gives with the same lists (the no-merge list acts again across the
    /// corpus: "Alexey" and "Aleksei Navalny", in two documents, stay apart), and partials made
    /// with other lists are refused, naming the list and its first differing row.
    @Test func userListsTravelWithThePartials() throws {
        try withFolder { folder in
            let lists = try sampleUserListOptions(in: folder)
            let built = try runEntgraph(["build", "corpus", "-o", "-", "--format", "graphml", "-q"] + lists)
            let plain = try runEntgraph(["build", "corpus", "-o", "-", "--format", "graphml", "-q"])
            #expect(built.status == 0 && plain.status == 0, "\(built.stderr)")
            #expect(built.stdoutText.contains("Hillary Clinton") && !built.stdoutText.contains("Evan Vucci"))
            // Kept apart by the no-merge list, the two spellings share one canonical id, numbered.
            #expect(built.stdoutText.contains("alexei-navalny-2") && !plain.stdoutText.contains("alexei-navalny-2"))
            let a = folder.appendingPathComponent("a.egp").path, b = folder.appendingPathComponent("b.egp").path
            #expect(try runEntgraph(["partial"] + Self.files.prefix(2) + ["-o", a, "-q"] + lists).status == 0)
            #expect(try runEntgraph(["partial"] + Self.files.dropFirst(2) + ["-o", b, "-q"] + lists).status == 0)
            let merged = try runEntgraph(["merge", b, a, "-o", "-", "--format", "graphml", "-q"])
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(merged.stdout == built.stdout)

            let other = folder.appendingPathComponent("other.egp").path
            let otherNoMerge = folder.appendingPathComponent("n2.tsv")
            try Data("Joe Biden\tBiden\n".utf8).write(to: otherNoMerge)
            let otherLists = lists.prefix(4) + ["--no-merge", otherNoMerge.path]
            #expect(try runEntgraph(["partial"] + Self.files.dropFirst(2) + ["-o", other, "-q"] + otherLists).status == 0)
            let mismatch = try runEntgraph(["merge", a, other, "-o", folder.appendingPathComponent("g.graphml").path])
            #expect(mismatch.status == 3)
            #expect(mismatch.stderr.contains("no-merge list: 1 rows vs 1 rows, first differing row: aleksei navalny | alexey navalny vs biden | joe biden"),
                    "\(mismatch.stderr)")
        }
    }
}
