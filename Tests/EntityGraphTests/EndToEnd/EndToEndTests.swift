import Foundation
import Testing

/// The built binary on corpus/, compared with what `make graphs` committed in graphs/.
/// Re-record with `ENTGRAPH_RECORD=1 make test` (then review the diff of graphs/).
@Suite(.serialized, .enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct EndToEndTests {
    static let exports = ["sample.graphml", "sample.dot", "sample.gexf", "sample.json", "sample.html"]
    /// The articles, as `make graphs` names them (corpus/*.txt; the folder holds nothing else, its provenance is docs/corpus-provenance.md).
    static let articles = try! FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("corpus").path)
        .filter { $0.hasSuffix(".txt") }.sorted().map { "corpus/\($0)" }

    func buildSample(threads: Int) throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let outputs = Self.exports.flatMap { ["-o", out.appendingPathComponent($0).path] }
        let build = try runEntgraph(["build"] + Self.articles + ["--threads", String(threads)] + outputs)
        #expect(build.status == 0, "\(build.stderr)")
        let centrality = try runEntgraph(["centrality", out.appendingPathComponent("sample.graphml").path,
                                                         "--measure", "all"])
        #expect(centrality.status == 0, "\(centrality.stderr)")
        try centrality.stdout.write(to: out.appendingPathComponent("sample-centrality.txt"))
        return out
    }

    @Test func sampleCorpusMatchesTheCommittedGraphs() throws {
        let out = try buildSample(threads: 2)
        defer { try? FileManager.default.removeItem(at: out) }
        for name in Self.exports + ["sample-centrality.txt"] {
            let produced = try Data(contentsOf: out.appendingPathComponent(name))
            let golden = repositoryRoot.appendingPathComponent("graphs/\(name)")
            if recordGoldens { try Golden.record(produced, to: golden, name: "graphs/\(name)"); continue }
            #expect(produced == (try Data(contentsOf: golden)), "graphs/\(name) differs: run `make graphs` and review the diff")
        }
    }

    /// The README's `entgraph build corpus/` reads the five articles and nothing else: the
    /// folder gives the committed graph (documentation in it would be read as an article).
    @Test func theCorpusFolderIsTheArticles() throws {
        let result = try runEntgraph(["build", "corpus", "--quiet", "-o", "-", "--format", "graphml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try Data(contentsOf: repositoryRoot.appendingPathComponent("graphs/sample.graphml"))))
    }

    @Test func outputIsByteIdenticalWhateverTheThreadCount() throws {
        let one = try buildSample(threads: 1), two = try buildSample(threads: 2)
        defer { try? FileManager.default.removeItem(at: one); try? FileManager.default.removeItem(at: two) }
        for name in Self.exports + ["sample-centrality.txt"] {
            #expect(try Data(contentsOf: one.appendingPathComponent(name)) == Data(contentsOf: two.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test func sampleGraphHasTheArticlesEntitiesAndNoFurniture() throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("graphs/sample.json"))) as! [String: Any]
        let labels = Set((json["nodes"] as! [[String: Any]]).map { $0["label"] as! String })
        for expected in ["Vladimir Putin", "Joe Biden", "Donald Trump", "United States", "Russia", "Sergei Lavrov",
                         "NATO", "Carnegie Moscow Center", "Dmitry Trenin", "Kremlin", "Ukraine"] {
            #expect(labels.contains(expected), "missing \(expected)")
        }
        for furniture in ["Leave a Reply", "Follow Us", "Recent Posts", "Newsletter", "Lorem", "Original", "Reply"] {
            #expect(!labels.contains { $0.contains(furniture) }, "furniture node \(furniture)")
        }
        for fragment in ["Putin", "Biden", "Trump", "U.S.", "America", "Lavrov"] {
            #expect(!labels.contains(fragment), "\(fragment) should be merged into its full name")
        }
    }

    @Test func mentionsJSONLinesCarryByteOffsetsIntoTheFile() throws {
        let file = "corpus/000_9879bcc6d560e499.txt"
        let result = try runEntgraph(["mentions", file])
        #expect(result.status == 0)
        let bytes = Array(try Data(contentsOf: repositoryRoot.appendingPathComponent(file)))
        let line = try JSONSerialization.jsonObject(with: Data(result.stdoutText.split(separator: "\n")[0].utf8)) as! [String: Any]
        let mentions = line["mentions"] as! [[String: Any]]
        #expect(mentions.count > 50)
        for mention in mentions {
            let start = mention["start"] as! Int, end = mention["end"] as! Int
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == mention["text"] as! String)
        }
        let entities = Set((line["entities"] as! [[String: Any]]).map { $0["id"] as! String })
        #expect(Set(mentions.map { $0["entity"] as! String }) == entities)
    }

    @Test func skippedInputsAreReportedAndTheRunGoesOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Vladimir Putin met Joe Biden.".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data([0x41, 0x42, 0xFF, 0xFE, 0x43]).write(to: folder.appendingPathComponent("b.txt"))
        let result = try runEntgraph(["build", folder.path, "-o", "-", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("b.txt"))
        #expect(result.stdoutText.contains("Vladimir Putin"))
        let strict = try runEntgraph(["build", folder.path, "--strict", "-o", folder.appendingPathComponent("g.json").path])
        #expect(strict.status == 3)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("g.json").path))
    }

    /// `build` ends with one summary line on standard error, also when the graph goes to
    /// standard output (which stays the graph alone); `--quiet` leaves only what was skipped.
    @Test func buildPrintsOneSummaryLineOnStandardErrorUnlessQuiet() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-summary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            {"id": "one", "text": "Vladimir Putin met Joe Biden in Geneva."}
            {"id": "two", "text": "Angela Merkel called Emmanuel Macron."}

            """.utf8).write(to: folder.appendingPathComponent("a.jsonl"))
        try Data([0x41, 0x42, 0xFF, 0xFE, 0x43]).write(to: folder.appendingPathComponent("b.txt"))

        let result = try runEntgraph(["build", folder.path, "-o", "-", "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any], "stdout is the graph alone")
        let nodes = (json["nodes"] as? [Any])?.count ?? -1, edges = (json["links"] as? [Any])?.count ?? -1
        #expect(nodes >= 4 && edges >= 2, "\(result.stdoutText)")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try #require(lines.count == 3 && lines[2].isEmpty, "\(result.stderr)")
        #expect(lines[0].hasPrefix("entgraph: skipped \(folder.path)/b.txt"))
        let summary = try #require(lines[1].wholeMatch(of: /entgraph: 2 documents read, 1 skipped; (\d+) nodes?, (\d+) edges?; (\d+)\.(\d\d) s/),
                                   "\(lines[1])")
        #expect(Int(summary.output.1) == nodes && Int(summary.output.2) == edges)

        let quiet = try runEntgraph(["build", folder.path, "-o", "-", "--format", "json", "--quiet"])
        #expect(quiet.status == 1)
        #expect(quiet.stdout == result.stdout)
        #expect(quiet.stderr == lines[0] + "\n")

        let file = folder.appendingPathComponent("g.graphml").path
        let clean = try runEntgraph(["build", folder.appendingPathComponent("a.jsonl").path, "-o", file])
        #expect(clean.status == 0)
        #expect(clean.stdout.isEmpty)
        #expect(clean.stderr.contains(/^entgraph: 2 documents read, 0 skipped; \d+ nodes, \d+ edges; \d+\.\d\d s\n$/), "\(clean.stderr)")
    }

    /// An output that cannot be created where it is fails before any input is read: no input is
    /// reported as skipped, nothing is written, status 3.
    @Test func anOutputInAMissingFolderFailsBeforeTheCorpusIsRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-nodir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Vladimir Putin met Joe Biden.".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data([0x41, 0x42, 0xFF, 0xFE, 0x43]).write(to: folder.appendingPathComponent("b.txt"))
        let good = folder.appendingPathComponent("g.json").path
        let cases: [(String, String)] = [
            (folder.appendingPathComponent("nodir/x.graphml").path, "cannot create a file in its folder: No such file or directory"),
            (folder.appendingPathComponent("a.txt/x.graphml").path, "cannot create a file in its folder: Not a directory"),
            (folder.path, "is a folder, not a file"),
        ]
        for (output, message) in cases {
            let result = try runEntgraph(["build", folder.path, "-o", good, "-o", output, "--format", "graphml"])
            #expect(result.status == 3, "\(output)")
            #expect(result.stderr == "entgraph: \(output): \(message); nothing read\n", "\(output)")
            #expect(!FileManager.default.fileExists(atPath: good), "\(output)")
        }
        // The same folders work once they are there.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        let fine = try runEntgraph(["build", folder.path, "--quiet", "-o", folder.appendingPathComponent("out/x.graphml").path])
        #expect(fine.status == 1, "\(fine.stderr)")  // b.txt is skipped
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/x.graphml").path))
    }

    /// `--min-weight` above 1 leaves out the entities it leaves without an edge, unless
    /// `--keep-isolated`; at 1 every entity stays.
    @Test func pruningByWeightLeavesOutIsolatedNodes() throws {
        func graph(_ extra: [String]) throws -> (nodes: [[String: Any]], edges: [[String: Any]]) {
            let result = try runEntgraph(["build", "corpus", "--quiet", "-o", "-", "--format", "json"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            let json = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
            return (json["nodes"] as! [[String: Any]], json["links"] as! [[String: Any]])
        }
        let all = try graph([]), pruned = try graph(["--min-weight", "2"]), kept = try graph(["--min-weight", "2", "--keep-isolated"])
        #expect(kept.nodes.count == all.nodes.count)
        #expect(pruned.edges.count == kept.edges.count && pruned.edges.count < all.edges.count)
        let ends = Set(pruned.edges.flatMap { [$0["source"] as! String, $0["target"] as! String] })
        #expect(Set(pruned.nodes.map { $0["id"] as! String }) == ends)
        #expect(pruned.nodes.count < kept.nodes.count)
    }

    /// `--window` and `--min-weight` shape edges: build and centrality take them; the commands
    /// that list what was found (no edges) refuse them instead of ignoring them.
    @Test func edgeOptionsOnlyWhereThereAreEdges() throws {
        for command in ["mentions", "aliases", "text"] {
            for option in [["--window", "paragraph"], ["--min-weight", "2"]] {
                let result = try runEntgraph([command, "corpus"] + option)
                #expect(result.status == 2, "\(command) \(option)")
            }
        }
        #expect(try runEntgraph(["centrality", "corpus", "--window", "paragraph", "--min-weight", "2", "--top", "3"]).status == 0)
    }

    /// Sampled betweenness from the CLI: seeded (the same seed, the same numbers), exact when
    /// the sample holds every node, and a sample of fewer than two nodes is a usage error.
    @Test func betweennessCanBeSampledFromTheCommandLine() throws {
        func run(_ extra: [String]) throws -> String {
            let result = try runEntgraph(["centrality", "graphs/sample.graphml", "--measure", "betweenness", "--format", "csv"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            return String(decoding: result.stdout, as: UTF8.self)
        }
        let exact = try run([]), sampled = try run(["--samples", "5", "--seed", "7"])
        #expect(sampled == (try run(["--samples", "5", "--seed", "7"])))
        #expect(sampled != exact)
        #expect(try run(["--samples", "100000"]) == exact)
        #expect(try runEntgraph(["centrality", "graphs/sample.graphml", "--samples", "1"]).status == 2)
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try runEntgraph(["build", "corpus"]).status == 2)
        #expect(try runEntgraph(["build", "corpus", "-o", "x.unknown"]).status == 2)
        #expect(try runEntgraph(["centrality", "corpus", "--measure", "fame"]).status == 2)
        for weight in ["nan", "-nan", "inf", "-1"] {
            let result = try runEntgraph(["build", "corpus", "-o", "-", "--format", "dot", "--min-weight=\(weight)"])
            #expect(result.status == 2, "\(weight)")
            #expect(result.stderr.contains("--min-weight must be a number, 0 or more"), "\(weight): \(result.stderr)")
        }
    }
}

/// The committed sample graph opened by the tools our users use.
@Suite struct SampleGraphInteropTests {
    @Test(.enabled(if: Interop.networkx || Interop.required, "needs python3 with networkx"))
    func networkXReadsTheSampleGraphML() throws {
        let script = """
        import json, networkx as nx
        g = nx.read_graphml("graphs/sample.graphml")
        ours = json.load(open("graphs/sample.json"))
        assert g.number_of_nodes() == len(ours["nodes"]), (g.number_of_nodes(), len(ours["nodes"]))
        assert g.number_of_edges() == len(ours["links"]), (g.number_of_edges(), len(ours["links"]))
        types = {n: d["type"] for n, d in g.nodes(data=True)}
        assert set(types.values()) == {"PERSON", "COUNTRY", "ORGANIZATION"}, set(types.values())
        for n in ours["nodes"]:
            assert types[n["id"]] == n["type"]
            assert g.nodes[n["id"]]["mentions"] == n["mentions"] and isinstance(g.nodes[n["id"]]["mentions"], int)
        for e in ours["links"]:
            w = g.edges[e["source"], e["target"]]["weight"]
            assert isinstance(w, float) and w == e["weight"], (w, e)
        print("ok", g.number_of_nodes(), g.number_of_edges())
        """
        FileManager.default.changeCurrentDirectoryPath(repositoryRoot.path)
        let result = try Interop.run(try #require(Interop.python), ["-c", script])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.hasPrefix("ok"))
    }

    /// Node-link JSON as `build` writes it opens with NetworkX's plain `node_link_graph(data)`
    /// before 3.6 ("links"); 3.6 and later read it with `edges="links"`, or by default with
    /// `--json-edges edges`. Run with the installed NetworkX and with 3.3 (scripts/deps.sh).
    @Test(.enabled(if: ((Interop.networkx && Interop.oldNetworkX != nil) || Interop.required)
                       && FileManager.default.isExecutableFile(atPath: entgraphBinary),
                   "needs python3 with networkx, networkx 3.3 (scripts/deps.sh) and the built binary"))
    func networkXReadsTheNodeLinkJSONOfEveryVersion() throws {
        try Interop.require(Interop.networkx, "python3 with networkx")
        try Interop.require(Interop.oldNetworkX != nil, "networkx 3.3 (scripts/deps.sh)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let links = folder.appendingPathComponent("links.json").path, edges = folder.appendingPathComponent("edges.json").path
        #expect(try runEntgraph(["build", "--quiet"] + EndToEndTests.articles + ["-o", links]).status == 0)
        #expect(try runEntgraph(["build", "--quiet"] + EndToEndTests.articles + ["-o", edges, "--json-edges", "edges"]).status == 0)
        let script = """
        import json, sys, warnings
        if sys.argv[3]:
            sys.path.insert(0, sys.argv[3])
        import networkx as nx
        warnings.simplefilter("error")  # 3.4 and 3.5 warn when the default is relied on
        links, edges = (json.load(open(p)) for p in sys.argv[1:3])
        assert "links" in links and "edges" not in links and "edges" in edges and "links" not in edges
        version = tuple(int(x) for x in nx.__version__.split(".")[:2])
        if version < (3, 4):
            g = nx.node_link_graph(links)
        else:
            g = nx.node_link_graph(links, edges="links")
            assert nx.utils.graphs_equal(g, nx.node_link_graph(edges, edges="edges"))
        if version >= (3, 6):
            assert nx.utils.graphs_equal(g, nx.node_link_graph(edges))
        assert g.number_of_nodes() == len(links["nodes"]) > 0 and g.number_of_edges() == len(links["links"]) > 0
        for e in links["links"]:
            assert g.edges[e["source"], e["target"]]["weight"] == e["weight"], e
        print(nx.__version__, g.number_of_nodes(), g.number_of_edges())
        """
        let python = try #require(Interop.python)
        var versions: [String] = []
        for path in [""] + [Interop.oldNetworkX].compactMap { $0 } {
            let result = try Interop.run(python, ["-c", script, links, edges, path])
            #expect(result.status == 0, "networkx at \(path.isEmpty ? "site-packages" : path): \(result.stderr)")
            versions.append(String(result.stdoutText.split(separator: " ").first ?? ""))
        }
        #expect(versions.contains("3.3"), "\(versions)")
    }

    @Test(.enabled(if: (Interop.networkx || Interop.required) && FileManager.default.isExecutableFile(atPath: entgraphBinary),
                   "needs python3 with networkx and the built binary"))
    func everyCentralityMeasureMatchesNetworkXOnTheSampleGraph() throws {
        let graphML = repositoryRoot.appendingPathComponent("graphs/sample.graphml").path
        let ours = try runEntgraph(["centrality", graphML, "--measure", "all", "--format", "json"])
        #expect(ours.status == 0, "\(ours.stderr)")
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-centrality-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: json) }
        try ours.stdout.write(to: json)
        let check = try Interop.run(try #require(Interop.python),
                                    [repositoryRoot.appendingPathComponent("scripts/check_centrality.py").path, graphML, json.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdoutText.hasPrefix("ok"))
    }

    @Test(.enabled(if: Interop.dot != nil || Interop.required, "needs Graphviz"))
    func graphvizRendersTheSampleDOT() throws {
        let result = try Interop.run(try #require(Interop.dot), ["-Tsvg", repositoryRoot.appendingPathComponent("graphs/sample.dot").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("<svg"))
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
}
