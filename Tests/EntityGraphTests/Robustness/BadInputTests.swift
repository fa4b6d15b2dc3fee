import Foundation
import Testing
@testable import EntityGraph

/// What scrapers leave in a corpus folder, through the built tool: every input that cannot be
/// read is named on standard error with its cause, the run goes on with the others, and the
/// exit status says whether everything was read (README, "Exit status").
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct BadInputTests {
    static let good = "Vladimir Putin met Joe Biden in Geneva on Wednesday.\n"
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
                               0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89]

    /// The JSON graph's node labels and their document counts.
    func nodes(_ json: Data) throws -> [String: Int] {
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: nodes.map { ($0["label"] as? String ?? "", $0["documents"] as? Int ?? -1) })
    }

    @Test func everyBadInputIsNamedWithItsCauseAndTheRunGoesOn() throws {
        let scratch = try ScratchFolder("bad-inputs")
        defer { scratch.remove() }
        let folder = scratch.file("in")
        try scratch.write("in/good.txt", Self.good)
        try scratch.write("in/utf16.txt", [0xFF, 0xFE] + "Angela Merkel met Emmanuel Macron in Paris.\n".utf16.flatMap {
            [UInt8($0 & 0xFF), UInt8($0 >> 8)]
        })
        try scratch.write("in/broken16.txt", [0xFE, 0xFF, 0, 0x41, 0xD8, 0x00, 0, 0x42])  // BE, lone high surrogate
        try scratch.write("in/empty.txt", [])
        try scratch.write("in/bom-only.txt", [0xEF, 0xBB, 0xBF])
        try scratch.write("in/blank.md", " \n\n\t\n")
        try scratch.write("in/photo.html", Self.png)  // a PNG saved under the page's name
        try scratch.write("in/photo.png", Self.png)  // not taken from a folder: not a text extension
        let elf = try #require(FileManager.default.contents(atPath: entgraphBinary)).prefix(1 << 16)
        try scratch.write("in/program.txt", Array(elf))
        let prose = String(repeating: "Sergei Lavrov spoke to reporters in Moscow. ", count: 70)
        try scratch.write("in/mid.txt", Array(prose.utf8) + [0xFF] + Array(" and then more text.".utf8))
        let nested = "<html><body>" + String(repeating: "<div>", count: 10_000) + "<p>Xi Jinping</p>"
            + String(repeating: "</div>", count: 10_000) + "</body></html>"
        try scratch.write("in/deep.html", nested)
        try scratch.write("in/deep.jsonl", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n")
        try FileManager.default.createDirectory(atPath: scratch.file("in/sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.file("in/sub/loop"), withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: scratch.file("in/self.txt"), withDestinationPath: "self.txt")
        try FileManager.default.createSymbolicLink(atPath: scratch.file("in/dangling.txt"), withDestinationPath: "gone.txt")

        let arguments = [folder, "\(folder)/photo.png", "\(folder)/nope", "-o", "-", "--format", "json"]
        let result = try ChildProcess.entgraph(["build"] + arguments).run()
        #expect(result.status == 1)
        // Problems expanding the paths come first, in argument order; then inputs that could not
        // be read, in the order they are read.
        // Then the summary line (`--quiet` leaves it out).
        #expect(result.stderrLines.last?.hasPrefix("entgraph: 2 documents read, 14 skipped; ") == true, "\(result.stderr)")
        #expect(result.stderrLines.dropLast() == [
            "entgraph: skipped \(folder)/dangling.txt: no such file or folder",
            "entgraph: skipped \(folder)/self.txt: symbolic link loop",
            "entgraph: skipped \(folder)/sub/loop: symbolic link loop",
            "entgraph: skipped \(folder)/nope: no such file or folder",
            "entgraph: left out 1 file found in folders: 1 with extension .png (--list-skipped names them)",
            "entgraph: skipped \(folder)/blank.md: no text found",
            "entgraph: skipped \(folder)/bom-only.txt: empty file",
            "entgraph: skipped \(folder)/broken16.txt: not valid UTF-16 at byte 4",
            "entgraph: skipped \(folder)/deep.html: HTML nests elements too deeply (libxml2 stopped at line 1); not read",
            "entgraph: skipped \(folder)/deep.jsonl: line 1: not valid JSON",
            "entgraph: skipped \(folder)/empty.txt: empty file",
            "entgraph: skipped \(folder)/mid.txt: not valid UTF-8 at byte \(prose.utf8.count)",
            "entgraph: skipped \(folder)/photo.html: binary data (byte 0x1A) at byte 6",
            "entgraph: skipped \(folder)/program.txt: binary data (byte 0x02) at byte 4",
            "entgraph: skipped \(folder)/photo.png: looks like a PNG image, not an article; not read (--input-format reads it anyway)",
        ])
        let labels = try nodes(result.stdout)
        for name in ["Vladimir Putin", "Joe Biden", "Angela Merkel", "Emmanuel Macron"] {
            #expect(labels[name] == 1, "\(name) from the readable files")
        }

        // --strict: the same run fails and writes nothing.
        let out = scratch.file("graph.json")
        let strict = try ChildProcess.entgraph(["build", folder, "--strict", "-o", out]).run()
        #expect(strict.status == 3)
        #expect(strict.stderrLines.last == "entgraph: 12 input(s) skipped and --strict is set; nothing written")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func fileNamesThatAreNotUTF8AreReadAndHostileNamesArePrintedSafely() throws {
        let scratch = try ScratchFolder("names")
        defer { scratch.remove() }
        // Raw bytes: Foundation cannot name these files.
        func create(_ name: [UInt8], _ text: String) throws {
            let path = Array(scratch.path.utf8) + [UInt8(ascii: "/")] + name + [0]
            let fd = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self),
                                                          O_WRONLY | O_CREAT | O_EXCL, 0o644) }
            try #require(fd >= 0)
            _ = text.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
            close(fd)
        }
        try create(Array("caf".utf8) + [0xE9] + Array(".txt".utf8), Self.good)  // Latin-1 "café.txt"
        try create(Array("evil\u{1B}]0;pwned\u{07}.txt".utf8), "")
        try create(Array("two\nlines.txt".utf8), "")
        let result = try ChildProcess.entgraph(["build", "--quiet", scratch.path, "-o", "-", "--format", "json"]).run()
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "entgraph: skipped \(scratch.path)/evil\\x1B]0;pwned\\x07.txt: empty file",
            "entgraph: skipped \(scratch.path)/two\\x0Alines.txt: empty file",
        ])
        #expect(try nodes(result.stdout)["Vladimir Putin"] == 1, "the Latin-1 name was read")

        // Named on the command line, through bash so the argument keeps its byte.
        let named = try ChildProcess.bash("exec \"$ENTGRAPH\" mentions --format table '\(scratch.path)'/caf$'\\xe9'.txt").run()
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdoutText.contains("Vladimir Putin"))
    }

    @Test func everyCorpusCommandReportsAMissingPathAndExitsWithOne() throws {
        for command in ["build", "mentions", "aliases", "centrality"] {
            let extra = command == "build" ? ["-o", "-", "--format", "csv", "--quiet"] : []
            let result = try ChildProcess.entgraph([command, "no/such/folder", "corpus/000_9879bcc6d560e499.txt"] + extra).run()
            #expect(result.status == 1, "\(command)")
            #expect(result.stderrLines == ["entgraph: skipped no/such/folder: no such file or folder"], "\(command)")
            #expect(!result.stdout.isEmpty, "\(command) still writes what it read")
        }
    }

    @Test func aHundredMegabyteFileWithoutANewlineIsRefusedByItsSizeBeforeItIsRead() throws {
        let scratch = try ScratchFolder("huge")
        defer { scratch.remove() }
        // 100 MiB of prose without a single line break.
        let chunk = Array(String(repeating: "Boris Johnson told Parliament that talks would go on. ", count: 19_066).utf8)
        let size = 100 << 20
        let handle = try #require(FileHandle(forWritingAtPath: try scratch.write("huge.txt", [])))
        var written = 0
        while written < size {
            let part = chunk.prefix(size - written)
            handle.write(Data(part))
            written += part.count
        }
        try handle.close()
        try scratch.write("small.txt", Self.good)

        let result = try ChildProcess.entgraph(["build", "--quiet", scratch.path, "-o", "-", "--format", "json"]).run()
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "entgraph: skipped \(scratch.path)/huge.txt: file too large (104857600 bytes > limit of 67108864 bytes); not read",
        ])
        #expect(try nodes(result.stdout)["Vladimir Putin"] == 1)
        // Refused from its size: the file is never read into memory.
        ChildProcess.expectMemory(of: result, atMost: 32 << 20)

        let smallLimit = try ChildProcess.entgraph(["build", scratch.file("small.txt"), "--max-bytes", "20", "-o", "-", "--format", "csv"]).run()
        #expect(smallLimit.status == 3)  // nothing was read
        #expect(smallLimit.stderr.contains("small.txt: file too large (53 bytes > limit of 20 bytes)"))
        let badLimit = try ChildProcess.entgraph(["build", scratch.path, "--max-bytes", "3G", "-o", "-", "--format", "csv"]).run()
        #expect(badLimit.status == 2)
    }

    /// Each line of a JSON Lines file stands alone: bad ones are named with their line, the
    /// good ones are read, by every command that reads a corpus.
    @Test func aBadJSONLinesRecordSkipsThatLineOnly() throws {
        let scratch = try ScratchFolder("jsonl-lines")
        defer { scratch.remove() }
        let file = try scratch.write("news.jsonl", [
            #"{"id": "a", "text": "Vladimir Putin met Joe Biden in Geneva."}"#,
            #"{"id": "b", "text": "broken"#,
            #"{"id": "c", "text": "Angela Merkel met Emmanuel Macron in Paris."}"#,
            #"["not", "an", "object"]"#,
            #"{"id": "e", "title": "no text"}"#,
            #"{"id": "f", "text": "Xi Jinping met Narendra Modi."}"#,
        ].joined(separator: "\n") + "\n")
        let skipped = [
            "entgraph: skipped \(file): line 2: not valid JSON",
            "entgraph: skipped \(file): line 4: not a JSON object",
            "entgraph: skipped \(file): line 5: no string \"text\", \"body\" or \"content\"",
        ]
        let build = try ChildProcess.entgraph(["build", "--quiet", file, "-o", "-", "--format", "json"]).run()
        #expect(build.status == 1)
        #expect(build.stderrLines == skipped)
        let labels = try nodes(build.stdout)
        for name in ["Vladimir Putin", "Joe Biden", "Angela Merkel", "Emmanuel Macron", "Xi Jinping", "Narendra Modi"] {
            #expect(labels[name] == 1, "\(name)")
        }
        let mentions = try ChildProcess.entgraph(["mentions", file]).run()
        #expect(mentions.status == 1)
        #expect(mentions.stderrLines == skipped)
        #expect(mentions.stdoutText.split(separator: "\n").map { $0.hasPrefix("{\"document\":\"") } == [true, true, true])
        let text = try ChildProcess.entgraph(["text", file]).run()
        #expect(text.status == 1)
        #expect(text.stderrLines == skipped)
        #expect(text.stdoutText.contains("==> c <==\nAngela Merkel met Emmanuel Macron in Paris."))

        // A file with no good line is one skipped input, every bad line named.
        let bad = try scratch.write("bad.jsonl", "{\n[1]\n")
        let none = try ChildProcess.entgraph(["build", bad, "-o", "-", "--format", "json"]).run()
        #expect(none.status == 3)
        #expect(none.stderrLines == ["entgraph: skipped \(bad): line 1: not valid JSON",
                                     "entgraph: skipped \(bad): line 2: not a JSON object",
                                     "entgraph: 2 input(s) skipped, none read; nothing written"])
    }

    @Test func aLongLineWithoutANewlineIsReadAsOneParagraph() throws {
        // What a 100 MB line exercises, at a size a debug build reads in a few seconds: the line
        // scanner, the paragraph, the tokenizer and the recognizer on one huge run of text.
        let sentence = "Jens Stoltenberg said NATO would meet; "
        let text = String(repeating: sentence, count: (1 << 20) / sentence.utf8.count)
        let documents = try PlainTextReader().read(Array(text.utf8), id: "line.txt")
        #expect(documents.count == 1)
        #expect(documents[0].paragraphs.count == 1)
        let pipeline = try Pipeline(countries: testCountries)
        let resolved = pipeline.analyze(documents[0])
        #expect(resolved.mentions.count >= (1 << 20) / sentence.utf8.count)
    }

    @Test func streamsWithoutEndStopAtTheLimit() throws {
        let zero = try ChildProcess.entgraph(["build", "/dev/zero", "--max-bytes", "1M", "-o", "-", "--format", "csv"]).run()
        // The only input is skipped, so nothing was read: a failure (status 3), nothing written.
        let noneRead = "entgraph: 1 input(s) skipped, none read; nothing written"
        #expect(zero.status == 3)
        #expect(zero.stderrLines == ["entgraph: skipped /dev/zero: input too large (more than the limit of 1048576 bytes); not read", noneRead])
        let stdin = try ChildProcess.entgraph(["mentions", "-", "--max-bytes", "1M"], standardInput: "/dev/urandom").run()
        #expect(stdin.status == 3)
        #expect(stdin.stderrLines == ["entgraph: skipped stdin: input too large (more than the limit of 1048576 bytes); not read", noneRead])
        ChildProcess.expectMemory(of: stdin, atMost: 32 << 20)
    }

    @Test func aHundredThousandTinyFilesInOneFolder() throws {
        let scratch = try ScratchFolder("many", inMemory: true)
        defer { scratch.remove() }
        // POSIX calls: Foundation's Data.write costs several times more per file.
        let names = (0..<100_000).map { String($0) + ".txt" }
        for (index, name) in names.enumerated() {
            let text = index % 1000 == 0 ? "Vladimir Putin met Joe Biden.\n" : "Hello.\n"
            let fd = open(scratch.path + "/" + name, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            try #require(fd >= 0)
            _ = text.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
            close(fd)
        }
        defer { for name in names { unlink(scratch.path + "/" + name) } }

        let result = try ChildProcess.entgraph(["build", "--quiet", scratch.path, "-o", "-", "--format", "json"]).run()
        #expect(result.status == 0, "\(result.stderr)")
        let labels = try nodes(result.stdout)
        #expect(labels["Vladimir Putin"] == 100)
        #expect(labels["Joe Biden"] == 100)
    }

    @Test func deeplyNestedHTMLIsRefusedClearlyWhateverTheElement() throws {
        for element in ["div", "b", "table", "ul"] {
            let page = "<html><body>" + String(repeating: "<\(element)>\n", count: 10_000) + "Xi Jinping"
                + String(repeating: "</\(element)>", count: 10_000) + "</body></html>"
            let error = readError { try HTMLReader().read(Array(page.utf8), id: "deep.html") }
            guard case .htmlNestingTooDeep(path: "deep.html", let line)? = error else {
                Issue.record("<\(element)> × 10,000: \(String(describing: error))")
                continue
            }
            #expect(line > 200 && line < 10_000, "<\(element)>: stopped at line \(line)")
        }
    }

    @Test func aPageWithBytesItsCharsetCannotConvertIsRefusedNotCutShort() throws {
        // libxml2 stops converting at the bad bytes and used to hand back the page up to them,
        // printing "encoding error : input conversion failed…" on standard error.
        let page: [UInt8] = Array("<html><head><meta charset=\"EUC-JP\"></head><body><p>Angela Merkel ".utf8)
            + [0x8E, 0x41, 0xFF, 0xFE] + Array(" met Emmanuel Macron.</p></body></html>".utf8)
        let error = readError { try HTMLReader().read(page, id: "euc.html") }
        #expect(error == .htmlParseFailed(path: "euc.html", line: 1,
                                          message: "not valid EUC-JP: input conversion failed due to input error, bytes 0x8E 0x41 0xFF 0xFE"))
        let scratch = try ScratchFolder("charset")
        defer { scratch.remove() }
        let path = try scratch.write("euc.html", page)
        try scratch.write("good.txt", Self.good)
        let result = try ChildProcess.entgraph(["mentions", scratch.path]).run()
        #expect(result.status == 1)
        #expect(result.stderrLines == ["entgraph: skipped \(path): \(error?.problem ?? "")"])
    }

    @Test func filesThatDisappearOrChangeAfterTheyWereCollectedAreSkipped() throws {
        let scratch = try ScratchFolder("vanishing")
        defer { scratch.remove() }
        try scratch.write("a.txt", Self.good)
        try scratch.write("b.txt", "Angela Merkel met Emmanuel Macron.\n")
        try scratch.write("c.txt", "Xi Jinping met Narendra Modi.\n")
        try scratch.write("d.txt", "Justin Trudeau spoke.\n")
        let collection = InputCollector().collect([scratch.path])
        #expect(collection.inputs.count == 4)

        // Between collecting and reading: b.txt is deleted, c.txt becomes a folder and d.txt a
        // link to a device that never ends.
        try FileManager.default.removeItem(atPath: scratch.file("b.txt"))
        try FileManager.default.removeItem(atPath: scratch.file("c.txt"))
        try FileManager.default.createDirectory(atPath: scratch.file("c.txt"), withIntermediateDirectories: false)
        try FileManager.default.removeItem(atPath: scratch.file("d.txt"))
        try FileManager.default.createSymbolicLink(atPath: scratch.file("d.txt"), withDestinationPath: "/dev/zero")

        var pipeline = try Pipeline(threads: 2, countries: testCountries)
        pipeline.loader.maxBytes = 1 << 20
        var problems: [String] = []
        let graph = pipeline.buildGraph(collection.inputs, problem: { problems.append($0.description) }).graph
        #expect(problems == [
            "\(scratch.path)/b.txt: no such file or folder",
            "\(scratch.path)/c.txt: cannot be read (is a folder)",
            "\(scratch.path)/d.txt: input too large (more than the limit of 1048576 bytes); not read",
        ])
        #expect(graph.nodes.map(\.label).contains("Vladimir Putin"))
    }

    @Test(.enabled(if: UnreadableFile.supported, "needs a user that file modes bind, or setpriv"))
    func unreadableFilesAndFoldersAreSkippedWithTheSystemsReason() throws {
        let scratch = try ScratchFolder("unreadable")
        defer {
            chmod(scratch.file("in/locked"), 0o755)
            scratch.remove()
        }
        chmod(scratch.path, 0o755)
        try scratch.write("in/good.txt", Self.good)
        try scratch.write("in/secret.txt", "Angela Merkel met Emmanuel Macron.\n")
        try scratch.write("in/locked/inner.txt", "Xi Jinping.\n")
        chmod(scratch.file("in/secret.txt"), 0)
        chmod(scratch.file("in/locked"), 0)

        let child = UnreadableFile.asUnprivileged(ChildProcess.entgraph(["build", "--quiet", scratch.file("in"), "-o", "-", "--format", "json"]))
        let result = try child.run()
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderrLines == [
            "entgraph: skipped \(scratch.path)/in/locked: cannot be read (Permission denied)",
            "entgraph: skipped \(scratch.path)/in/secret.txt: cannot be read (Permission denied)",
        ])
        #expect(try nodes(result.stdout)["Vladimir Putin"] == 1)
    }
}
