import Foundation
import Testing
@testable import EntityGraph

/// `build --store`: after adding, changing and removing files, and after a run killed mid-way,
/// the graph equals a fresh build's, byte for byte; foreign and newer stores are refused.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct StoreCommandTests {
    static let articles = try! FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("corpus").path)
        .filter { $0.hasSuffix(".txt") }.sorted()

    private func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("news"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    private func article(_ index: Int) throws -> Data {
        try Data(contentsOf: repositoryRoot.appendingPathComponent("corpus").appendingPathComponent(Self.articles[index % Self.articles.count]))
    }

    /// `build --store` and a fresh build of `news`: both graphs, and the store's summary line.
    private func buildBoth(_ folder: URL, extra: [String] = []) throws -> (stored: Data, fresh: Data, line: String) {
        let news = folder.appendingPathComponent("news").path, store = folder.appendingPathComponent("news.sqlite").path
        let stored = folder.appendingPathComponent("stored.graphml").path, fresh = folder.appendingPathComponent("fresh.graphml").path
        let run = try runEntgraph(["build", news, "--store", store, "-o", stored, "--threads", "2"] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        let built = try runEntgraph(["build", news, "-o", fresh, "-q"] + extra)
        #expect(built.status == 0, "\(built.stderr)")
        let line = run.stderr.split(separator: "\n").first.map(String.init) ?? ""
        return (try Data(contentsOf: URL(fileURLWithPath: stored)), try Data(contentsOf: URL(fileURLWithPath: fresh)), line)
    }

    @Test func addChangeRemoveEqualsAFreshBuild() throws {
        try withFolder { folder in
            let news = folder.appendingPathComponent("news")
            let store = folder.appendingPathComponent("news.sqlite").path
            for index in 0..<3 { try article(index).write(to: news.appendingPathComponent("a\(index).txt")) }
            var result = try buildBoth(folder, extra: ["--evidence", "2"])
            #expect(result.line == "entgraph: store \(store): 3 input(s) read, 0 unchanged, 0 forgotten")
            #expect(result.stored == result.fresh)

            try article(3).write(to: news.appendingPathComponent("a3.txt"))  // added
            result = try buildBoth(folder, extra: ["--evidence", "2"])
            #expect(result.line == "entgraph: store \(store): 1 input(s) read, 3 unchanged, 0 forgotten")
            #expect(result.stored == result.fresh)

            try article(4).write(to: news.appendingPathComponent("a1.txt"))  // changed
            try FileManager.default.removeItem(at: news.appendingPathComponent("a0.txt"))  // removed
            result = try buildBoth(folder, extra: ["--evidence", "2"])
            #expect(result.line == "entgraph: store \(store): 1 input(s) read, 2 unchanged, 1 forgotten")
            #expect(result.stored == result.fresh)
            #expect(String(decoding: result.stored, as: UTF8.self).contains("a1.txt@"))

            // Nothing changed: nothing read, the same graph.
            result = try buildBoth(folder, extra: ["--evidence", "2"])
            #expect(result.line == "entgraph: store \(store): 0 input(s) read, 3 unchanged, 0 forgotten")
            #expect(result.stored == result.fresh)

            // A store made with other options is refused, untouched.
            let other = try runEntgraph(["build", news.path, "--store", store, "--window", "paragraph", "-o", folder.appendingPathComponent("p.graphml").path])
            #expect(other.status == 3)
            #expect(other.stderr == "entgraph: \(store): was made with other options (window: sentence vs paragraph); use the same options or another store\n")

            // A store another version made is refused: its per-document results are that version's.
            let corpusStore = try CorpusStore(path: store)
            var settings = try #require(try corpusStore.settings())
            #expect(settings.reading["entgraph"] == EntityGraphVersion.current)
            settings.reading["entgraph"] = "0.0.1"
            try corpusStore.setSettings(settings)
            let older = try runEntgraph(["build", news.path, "--store", store, "-o", folder.appendingPathComponent("o.graphml").path])
            #expect(older.status == 3)
            #expect(older.stderr == "entgraph: \(store): was made by entgraph 0.0.1, whose per-document results entgraph \(EntityGraphVersion.current) does not reuse; use another store\n")
        }
    }

    /// A store keeps the thesaurus, delete list and no-merge list it was made with: re-runs
    /// with them equal a fresh build with them, and a run with another list is refused.
    @Test func userListsAreKeptWithTheStore() throws {
        try withFolder { folder in
            let news = folder.appendingPathComponent("news")
            for index in 0..<Self.articles.count { try article(index).write(to: news.appendingPathComponent("a\(index).txt")) }
            let lists = try sampleUserListOptions(in: folder)
            var result = try buildBoth(folder, extra: lists)
            #expect(result.stored == result.fresh)
            #expect(String(decoding: result.stored, as: UTF8.self).contains("Hillary Clinton"))
            try FileManager.default.removeItem(at: news.appendingPathComponent("a0.txt"))
            result = try buildBoth(folder, extra: lists)
            #expect(result.line.hasSuffix("0 input(s) read, \(Self.articles.count - 1) unchanged, 1 forgotten"), "\(result.line)")
            #expect(result.stored == result.fresh)

            let store = folder.appendingPathComponent("news.sqlite").path
            let otherDelete = folder.appendingPathComponent("d2.txt")
            try Data("Todd Prince\n".utf8).write(to: otherDelete)
            let other = try runEntgraph(["build", news.path, "--store", store, "-o", folder.appendingPathComponent("o.graphml").path]
                                        + lists.prefix(2) + ["--delete", otherDelete.path] + lists.suffix(2))
            #expect(other.status == 3)
            #expect(other.stderr.contains("was made with other options (delete list: 1 rows vs 1 rows, first differing row: evan vucci vs todd prince)"),
                    "\(other.stderr)")
        }
    }

    @Test func aRunKilledMidwayLeavesAStoreTheNextRunCompletes() throws {
        try withFolder { folder in
            let news = folder.appendingPathComponent("news")
            let count = 40
            for index in 0..<count {
                // Each file its own document: the article with a line naming the file.
                try (try article(index) + Data("\n\nFile number \(index) of the series.\n".utf8))
                    .write(to: news.appendingPathComponent(String(format: "n%03d.txt", index)))
            }
            let store = folder.appendingPathComponent("news.sqlite").path
            let process = Process()
            process.executableURL = URL(fileURLWithPath: entgraphBinary)
            process.arguments = ["build", news.path, "--store", store, "--threads", "1", "-o", folder.appendingPathComponent("killed.graphml").path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Killed once a few inputs are stored: a real run, part-way.
            var stored = 0
            let deadline = Date().addingTimeInterval(120)
            while stored < 3 && Date() < deadline && process.isRunning {
                Thread.sleep(forTimeInterval: 0.2)
                stored = (try? CorpusStore(path: store).inputs().count) ?? 0
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            let kept = try CorpusStore(path: store).inputs().count
            #expect(kept >= 3 && kept < count, "\(kept) of \(count) inputs stored when killed")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("killed.graphml").path))

            let result = try buildBoth(folder)
            #expect(result.line.hasPrefix("entgraph: store \(store): "), "\(result.line)")
            let read = Int(result.line.split(separator: ": ").last!.split(separator: " ").first!)!
            #expect(read <= count - kept + 1, "\(result.line)")  // the one being written when killed may be lost
            #expect(result.line.hasSuffix("unchanged, 0 forgotten"))
            #expect(result.stored == result.fresh)
        }
    }

    @Test func foreignAndNewerStoresAreRefused() throws {
        let python = try #require(Interop.python)
        try withFolder { folder in
            try article(0).write(to: folder.appendingPathComponent("news/a.txt"))
            let out = folder.appendingPathComponent("g.graphml").path
            let text = folder.appendingPathComponent("notes.sqlite").path
            try Data("not a database, some notes\n".utf8).write(to: URL(fileURLWithPath: text))
            let foreign = try runEntgraph(["build", folder.appendingPathComponent("news").path, "--store", text, "-o", out])
            #expect(foreign.status == 3)
            #expect(foreign.stderr.hasPrefix("entgraph: \(text): file is not a database"), "\(foreign.stderr)")
            #expect(try String(contentsOfFile: text, encoding: .utf8) == "not a database, some notes\n")

            let other = folder.appendingPathComponent("other.sqlite").path
            _ = try Interop.run(python, ["-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.commit()", other])
            let otherRun = try runEntgraph(["build", folder.appendingPathComponent("news").path, "--store", other, "-o", out])
            #expect(otherRun.status == 3)
            #expect(otherRun.stderr.contains("not an entgraph store (an SQLite database with application id 0 and 1 table(s)); not changed"), "\(otherRun.stderr)")

            let store = folder.appendingPathComponent("s.sqlite").path
            #expect(try runEntgraph(["build", folder.appendingPathComponent("news").path, "--store", store, "-o", out, "-q"]).status == 0)
            // A stored tally whose bytes were damaged: the document is named, nothing is written.
            let damaged = folder.appendingPathComponent("d.sqlite").path
            try FileManager.default.copyItem(atPath: store, toPath: damaged)
            _ = try Interop.run(python, ["-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"update documents set tally = x'01ff'\"); c.commit()", damaged])
            let damagedRun = try runEntgraph(["build", folder.appendingPathComponent("news").path, "--store", damaged, "-o", folder.appendingPathComponent("new.graphml").path])
            #expect(damagedRun.status == 3)
            #expect(damagedRun.stderr.contains("a.txt: stored tally does not decode (cut short at byte 2); delete the store to rebuild it"), "\(damagedRun.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new.graphml").path))

            _ = try Interop.run(python, ["-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('pragma user_version=8'); c.commit()", store])
            let newer = try runEntgraph(["build", folder.appendingPathComponent("news").path, "--store", store, "-o", out])
            #expect(newer.status == 3)
            #expect(newer.stderr == "entgraph: \(store): store version 8; this entgraph reads version 7 only (delete the file to rebuild the store with this entgraph); not changed\n")

            let stdin = try runEntgraph(["build", "-", "--store", store, "-o", out])
            #expect(stdin.status == 2)
        }
    }
}
