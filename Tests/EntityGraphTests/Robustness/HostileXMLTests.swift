import Foundation
import Testing
@testable import EntityGraph

/// Hostile HTML, XHTML and GraphML through the built tool: external entities (XXE), external
/// DTDs, XInclude and entity bombs. Nothing outside the input file may reach any output, nothing
/// may be fetched over the network, and bombs are refused in bounded time and memory.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct HostileXMLTests {
    /// A file only external entities point at: its marker must never show up in any output.
    struct Secret {
        let path: String
        let marker = "TOPSECRET-\(UUID().uuidString)"
    }

    /// /etc/passwd's first line starts like this on every Linux system.
    static let passwdMarker = "root:x:0:0"

    static func xxePage(secret: Secret, trap: LoopbackTrap) -> String {
        """
        <?xml version="1.0"?>
        <!DOCTYPE html SYSTEM "\(trap.url("xhtml.dtd"))" [
          <!ENTITY xxe SYSTEM "file://\(secret.path)">
          <!ENTITY passwd SYSTEM "file:///etc/passwd">
          <!ENTITY web SYSTEM "\(trap.url("entity"))">
          <!ENTITY % remote SYSTEM "\(trap.url("parameter"))">
          %remote;
        ]>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:xi="http://www.w3.org/2001/XInclude">
        <head><title>Talks &xxe;</title><link rel="stylesheet" href="\(trap.url("style.css"))"/>
        <script src="\(trap.url("script.js"))"></script></head>
        <body><h1>Talks in Paris &passwd;</h1>
        <p>Angela Merkel met Emmanuel Macron in Paris on Monday. &xxe; &passwd; &web;</p>
        <xi:include href="file://\(secret.path)" parse="text"/>
        <img src="\(trap.url("image.png"))"/><iframe src="file://\(secret.path)"></iframe>
        </body></html>
        """
    }

    /// Every byte a run produced: its files, standard output and standard error.
    func everything(_ results: [ChildProcess.Result], files: [String]) -> String {
        var all = results.map { $0.stdoutText + $0.stderr }.joined()
        for file in files {
            all += String(decoding: FileManager.default.contents(atPath: file) ?? Data(), as: UTF8.self)
        }
        return all
    }

    @Test func externalEntitiesInPagesNeverReachAnyOutput() throws {
        let scratch = try ScratchFolder("xxe")
        defer { scratch.remove() }
        let trap = try LoopbackTrap()
        let secret = Secret(path: scratch.file("secret.txt"))
        try scratch.write("secret.txt", secret.marker + "\n")
        let page = Self.xxePage(secret: secret, trap: trap)
        for name in ["in/page.xhtml", "in/page.html", "in/page.txt", "in/page.md"] { try scratch.write(name, page) }
        try scratch.write("page.xml", page)  // named explicitly: sniffed as HTML
        try scratch.write("in/page.jsonl", "{\"text\": \(String(reflecting: page)), \"title\": \"&xxe;\"}\n")

        let inputs = [scratch.file("in"), scratch.file("page.xml")]
        let outputs = ["g.graphml", "g.dot", "g.gexf", "g.json", "g.csv"].map { scratch.file($0) }
        var results: [ChildProcess.Result] = []
        results.append(try ChildProcess.entgraph(["build"] + inputs + outputs.flatMap { ["-o", $0] } + ["--centrality"]).run())
        results.append(try ChildProcess.entgraph(["mentions"] + inputs).run())
        results.append(try ChildProcess.entgraph(["mentions", "--format", "table"] + inputs).run())
        results.append(try ChildProcess.entgraph(["aliases"] + inputs).run())
        results.append(try ChildProcess.entgraph(["centrality", "--format", "json"] + inputs).run())
        for result in results {
            #expect(result.status == 0, "\(result.stderr)")
        }
        // The pages were read (the text around the entities is there)…
        #expect(results[1].stdoutText.contains("Angela Merkel"))
        let files = outputs.flatMap { [$0, $0.replacingOccurrences(of: ".csv", with: ".nodes.csv"),
                                       $0.replacingOccurrences(of: ".csv", with: ".edges.csv")] }
        #expect(FileManager.default.contents(atPath: scratch.file("g.nodes.csv")) != nil)
        // …and nothing they point at was.
        let produced = everything(results, files: files)
        #expect(!produced.contains(secret.marker))
        #expect(!produced.contains(Self.passwdMarker))
        #expect(!trap.wasTouched, "something connected to \(trap.url(""))")
    }

    @Test func hostileGraphMLIsRefusedWithoutLoadingAnything() throws {
        let scratch = try ScratchFolder("xxe-graphml")
        defer { scratch.remove() }
        let trap = try LoopbackTrap()
        let secret = Secret(path: scratch.file("secret.txt"))
        try scratch.write("secret.txt", secret.marker + "\n")
        let body = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xi="http://www.w3.org/2001/XInclude">
            <key id="l" for="node" attr.name="label" attr.type="string"/>
            <graph edgedefault="undirected"><node id="a"><data key="l">&xxe;</data></node></graph></graphml>
            """
        var lol = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 { lol += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">" }
        let files = [
            "xxe.graphml": "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"file://\(secret.path)\">]>\n" + body,
            "passwd.graphml": "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n" + body,
            "web.graphml": "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"\(trap.url("entity"))\">]>\n" + body,
            "dtd.graphml": "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"\(trap.url("graphml.dtd"))\">\n" + body,
            "parameter.graphml": "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY % p SYSTEM \"\(trap.url("p"))\"> %p;]>\n" + body,
            "lol.graphml": "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\(lol)<!ENTITY xxe \"&lol9;\">]>\n" + body,
        ]
        for (name, text) in files { try scratch.write(name, text) }
        // XInclude is not processed: the element is skipped as foreign markup, its target unread.
        try scratch.write("xinclude.graphml", """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xi="http://www.w3.org/2001/XInclude">
            <key id="l" for="node" attr.name="label" attr.type="string"/>
            <graph edgedefault="undirected"><node id="a"><data key="l">A</data>
            <xi:include href="file://\(secret.path)" parse="text"/></node>
            <xi:include href="\(trap.url("include"))"/></graph></graphml>
            """)

        var results: [ChildProcess.Result] = []
        for name in files.keys.sorted() {
            let out = scratch.file(name + ".dot")
            let convert = try ChildProcess.entgraph(["convert", scratch.file(name), out]).run()
            #expect(convert.status == 3, "\(name)")
            #expect(convert.stderrLines.count == 1 && convert.stderr.hasPrefix("entgraph: \(scratch.file(name)):"),
                    "\(name): \(convert.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out), "\(name): nothing written")
            ChildProcess.expectMemory(of: convert, atMost: 32 << 20, name)
            let centrality = try ChildProcess.entgraph(["centrality", scratch.file(name)]).run()
            #expect(centrality.status == 3, "\(name)")
            #expect(centrality.stdout.isEmpty, "\(name)")
            results += [convert, centrality]
        }
        let included = try ChildProcess.entgraph(["convert", scratch.file("xinclude.graphml"), "-", "--format", "json"]).run()
        #expect(included.status == 0, "\(included.stderr)")
        #expect(included.stdoutText.contains("\"label\": \"A\"") || included.stdoutText.contains("\"label\":\"A\""))
        results.append(included)

        let produced = everything(results, files: [])
        #expect(!produced.contains(secret.marker))
        #expect(!produced.contains(Self.passwdMarker))
        #expect(!trap.wasTouched, "something connected to \(trap.url(""))")
    }

    @Test func graphMLWithBytesItsEncodingCannotConvertIsOneClearError() throws {
        let scratch = try ScratchFolder("encoding")
        defer { scratch.remove() }
        let header = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><node id=\""
        let euc = try scratch.write("euc.graphml", Array("<?xml version=\"1.0\" encoding=\"EUC-JP\"?>\n\(header)".utf8)
                                    + [0x8E, 0x01] + Array("\"/></graph></graphml>".utf8))
        let utf8 = try scratch.write("utf8.graphml", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\(header)".utf8)
                                     + [0xFF, 0xFE] + Array("\"/></graph></graphml>".utf8))
        let eucResult = try ChildProcess.entgraph(["convert", euc, "-", "--format", "dot"]).run()
        #expect(eucResult.status == 3)
        #expect(eucResult.stderrLines == ["entgraph: \(euc):2: input conversion failed due to input error, bytes 0x8E 0x01 0x22 0x2F"])
        let utf8Result = try ChildProcess.entgraph(["convert", utf8, "-", "--format", "dot"]).run()
        #expect(utf8Result.status == 3)
        #expect(utf8Result.stderrLines == ["entgraph: \(utf8):2: Input is not proper UTF-8, indicate encoding ! Bytes: 0xFF 0xFE 0x22 0x2F"])
    }

    @Test func graphMLOnStandardInputIsStreamedNotReadWhole() throws {
        // Standard input used to be read into memory before parsing: /dev/zero ran until memory did.
        let zeros = try ChildProcess.entgraph(["convert", "-", "-", "--format", "dot"], standardInput: "/dev/zero").run()
        #expect(zeros.status == 3)
        #expect(zeros.stderrLines == ["entgraph: standard input:1: Document is empty"])
        ChildProcess.expectMemory(of: zeros, atMost: 32 << 20)
        let empty = try ChildProcess.entgraph(["convert", "-", "-", "--format", "dot"]).run()
        #expect(empty.stderrLines == ["entgraph: standard input: empty, or too short to be XML"])
        let sample = try ChildProcess.entgraph(["convert", "-", "-", "--format", "json"],
                                               standardInput: repositoryRoot.appendingPathComponent("graphs/sample.graphml").path).run()
        #expect(sample.status == 0, "\(sample.stderr)")
        #expect(sample.stdout == (try Data(contentsOf: repositoryRoot.appendingPathComponent("graphs/sample.json"))))
    }

    @Test func entityBombsInPagesAreNotExpanded() throws {
        let scratch = try ScratchFolder("bombs")
        defer { scratch.remove() }
        var lol = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 { lol += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">" }
        let quadratic = "<!ENTITY big \"" + String(repeating: "x", count: 100_000) + "\">"
        let page = """
            <?xml version="1.0"?>
            <!DOCTYPE html [\(lol)\(quadratic)]>
            <html xmlns="http://www.w3.org/1999/xhtml"><body>
            <p>Angela Merkel met Emmanuel Macron. &lol9; \(String(repeating: "&big;", count: 20_000))</p>
            </body></html>
            """
        try scratch.write("lol.xhtml", page)
        try scratch.write("lol.html", page)
        let result = try ChildProcess.entgraph(["mentions", scratch.path]).run()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("Angela Merkel"))
        #expect(!result.stdoutText.contains("lollol"))
        #expect(!result.stdoutText.contains("xxxxxxxxxx"))
        #expect(result.stdout.count < 1 << 20)
        ChildProcess.expectMemory(of: result, atMost: 64 << 20)
    }

    @Test func theTrapNoticesAConnection() throws {
        let trap = try LoopbackTrap()
        #expect(!trap.wasTouched)
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(client) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = trap.port.bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        #expect(trap.wasTouched)
    }

    /// strace, when it is installed and allowed to trace (some containers forbid ptrace).
    static let strace: String? = {
        guard let strace = Interop.executable("strace"),
              let probe = try? ChildProcess(program: strace, arguments: ["-f", "-qq", "-e", "trace=none", "/bin/true"]).run(),
              probe.status == 0 else { return nil }
        return strace
    }()

    @Test(.enabled(if: HostileXMLTests.strace != nil, "needs strace, allowed to trace"))
    func noNetworkSocketIsEverOpened() throws {
        let scratch = try ScratchFolder("nonet")
        defer { scratch.remove() }
        let trap = try LoopbackTrap()
        let secret = Secret(path: scratch.file("secret.txt"))
        try scratch.write("secret.txt", secret.marker)
        try scratch.write("page.xhtml", Self.xxePage(secret: secret, trap: trap))
        try scratch.write("dtd.graphml", """
            <?xml version="1.0"?>
            <!DOCTYPE graphml SYSTEM "http://entgraph-test.invalid/graphml.dtd">
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph/></graphml>
            """)
        let trace = scratch.file("trace")
        let strace = try #require(Self.strace)
        let runs = [
            ["build", scratch.file("page.xhtml"), "-o", scratch.file("g.graphml")],
            ["convert", scratch.file("dtd.graphml"), scratch.file("g.dot")],
        ]
        for arguments in runs {
            let result = try ChildProcess(program: strace, arguments: ["-f", "-qq", "-e", "trace=socket,connect",
                                                                       "-o", trace, entgraphBinary] + arguments).run()
            #expect(result.status != nil, "\(result.stderr)")
            let calls = String(decoding: FileManager.default.contents(atPath: trace) ?? Data(), as: UTF8.self)
            #expect(!calls.contains("AF_INET"), "\(arguments[0]) opened a network socket:\n\(calls)")
        }
        #expect(!trap.wasTouched)
    }
}
