import Foundation
import Testing
@testable import EntityGraph

/// Untrusted names and attributes through the built tool: they stay data in DOT (never a
/// Graphviz attribute), cannot run as spreadsheet formulas in CSV, and cannot drive or forge
/// lines on a terminal in human-readable output.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct InjectionTests {
    /// GraphML with a key for every attribute Graphviz reads, in two spellings, on nodes, edges
    /// and the graph, each with a value that would do harm if Graphviz acted on it.
    static func hostileGraph() -> String {
        var keys = ""
        var nodeData = ""
        var edgeData = ""
        var graphData = ""
        for (index, name) in DOTExporter.graphvizNames.sorted().enumerated() {
            for (variant, spelled) in [name, name.uppercased()].enumerated() where variant == 0 || spelled != name {
                let id = "k\(index)_\(variant)"
                keys += "<key id=\"\(id)n\" for=\"node\" attr.name=\"\(spelled)\" attr.type=\"string\"/>\n"
                keys += "<key id=\"\(id)g\" for=\"graph\" attr.name=\"\(spelled)\" attr.type=\"string\"/>\n"
                nodeData += "<data key=\"\(id)n\">javascript:alert(1)</data>"
                if spelled != "weight" {  // an edge's weight must be a number
                    keys += "<key id=\"\(id)e\" for=\"edge\" attr.name=\"\(spelled)\" attr.type=\"string\"/>\n"
                    edgeData += "<data key=\"\(id)e\">/etc/hostname</data>"
                }
                graphData += "<data key=\"\(id)g\">100000</data>"
            }
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            \(keys)<graph edgedefault="undirected">\(graphData)
            <node id="a">\(nodeData)</node><node id="b"/>
            <edge source="a" target="b">\(edgeData)</edge>
            </graph></graphml>
            """
    }

    /// The attribute names of every `[…]` list in a DOT file written by `DOTExporter`: each
    /// name, bare or quoted, follows `[` or `, ` and is followed by `=`.
    static func attributeNames(_ dot: String) -> [String] {
        let name = /(?:\[|, )("(?:[^"\\]|\\.)*"|[A-Za-z_0-9]+)=/
        return dot.split(separator: "\n").flatMap { line -> [String] in
            guard let open = line.firstIndex(of: "[") else { return [] }
            // Skip quoted values so that "a, b=c" inside one is not taken for a name.
            var names: [String] = []
            var rest = line[open...]
            while let match = rest.prefixMatch(of: name) {
                var text = String(match.output.1)
                if text.hasPrefix("\"") { text = String(text.dropFirst().dropLast()) }
                names.append(text)
                rest = rest[match.range.upperBound...]
                // The value: quoted (with escapes) or bare, up to ", " or "]".
                if rest.first == "\"" {
                    let value = rest.prefixMatch(of: /"(?:[^"\\]|\\.)*"/)
                    rest = value.map { rest[$0.range.upperBound...] } ?? rest[rest.endIndex...]
                } else {
                    rest = rest.drop { $0 != "," && $0 != "]" }
                }
            }
            return names
        }
    }

    @Test func foreignAttributesAreNeverGraphvizAttributesInDOT() throws {
        let scratch = try ScratchFolder("dot-injection")
        defer { scratch.remove() }
        let input = try scratch.write("hostile.graphml", Self.hostileGraph())
        let result = try ChildProcess.entgraph(["convert", input, "-", "--format", "dot"]).run()
        #expect(result.status == 0, "\(result.stderr)")
        let dot = result.stdoutText
        // The only Graphviz attributes are the ones the exporter sets itself.
        let ours: Set<String> = ["overlap", "outputorder", "style", "fontname", "color", "label", "shape",
                                 "fillcolor", "fontsize", "weight", "penwidth"]
        let graphviz = Self.attributeNames(dot).filter { DOTExporter.graphvizNames.contains($0.lowercased()) }
        #expect(!graphviz.isEmpty)
        #expect(Set(graphviz).subtracting(ours).isEmpty, "\(Set(graphviz).subtracting(ours).sorted())")
        // Every foreign value is still there, as data.
        #expect(dot.contains("data_URL=\"javascript:alert(1)\""))
        #expect(dot.contains("data_url=\"javascript:alert(1)\""), "URL and url, both kept")
        #expect(dot.contains("data_edgeurl=\"/etc/hostname\""))
        #expect(dot.contains("data_image=\"javascript:alert(1)\""))
        #expect(dot.contains("data_dpi=100000"))

        if let graphvizDot = Interop.executable("dot") {
            let dotFile = try scratch.write("hostile.dot", dot)
            let svg = try ChildProcess(program: graphvizDot, arguments: ["-Tsvg", dotFile]).run()
            #expect(svg.status == 0, "\(svg.stderr)")
            // The values may appear as text (a node's `id` data is its id), never as a link.
            #expect(!svg.stdoutText.contains("href"))
            #expect(!svg.stdoutText.contains("<a "))
            #expect(!svg.stdoutText.contains("<image"))
        }
    }

    @Test func csvCellsThatWouldRunAsFormulasAreNeutralized() throws {
        let scratch = try ScratchFolder("csv-injection")
        defer { scratch.remove() }
        let hostile = ["=cmd|' /C calc'!A0", "+1+cmd", "-2+cmd", "@SUM(A1)", "\tTab", "\rReturn"]
        var nodes = ""
        for (index, label) in hostile.enumerated() {
            let escaped = label.replacingOccurrences(of: "\t", with: "&#9;").replacingOccurrences(of: "\r", with: "&#13;")
            nodes += "<node id=\"\(escaped)\"><data key=\"l\">\(escaped)</data><data key=\"n\">\(escaped)</data><data key=\"s\">-\(index).5</data></node>\n"
        }
        let input = try scratch.write("hostile.graphml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="l" for="node" attr.name="label" attr.type="string"/>
            <key id="n" for="node" attr.name="=note" attr.type="string"/>
            <key id="s" for="node" attr.name="score" attr.type="double"/>
            <key id="w" for="edge" attr.name="weight" attr.type="double"/>
            <graph edgedefault="undirected">
            \(nodes)<edge source="+1+cmd" target="-2+cmd"><data key="w">3</data></edge>
            </graph></graphml>
            """)
        let convert = try ChildProcess.entgraph(["convert", input, scratch.file("out.csv")]).run()
        #expect(convert.status == 0, "\(convert.stderr)")
        let nodesTable = String(decoding: try #require(scratch.contents("out.nodes.csv")), as: UTF8.self)
        let edgesTable = String(decoding: try #require(scratch.contents("out.edges.csv")), as: UTF8.self)
        // The file has labels but no type, counts or aliases: those columns are not invented.
        #expect(nodesTable.hasPrefix("Id,Label,'=note,score\n"))
        for cell in Self.cells(nodesTable) + Self.cells(edgesTable) {
            #expect(!"=+@\t\r".contains(cell.first ?? " ") || cell.first == "'", "\(cell.debugDescription)")
            // A number keeps its sign; text starting with '-' is neutralized.
            if cell.first == "-" { #expect(Double(cell) != nil, "\(cell.debugDescription)") }
        }
        #expect(nodesTable.contains("'=cmd|' /C calc'!A0,'=cmd|' /C calc'!A0,'=cmd|' /C calc'!A0,-0.5\n"))
        #expect(edgesTable.contains("'+1+cmd,'-2+cmd,Undirected,3.0\n"))

        let kept = try ChildProcess.entgraph(["convert", input, "-", "--format", "csv", "--keep-csv-formulas"]).run()
        #expect(kept.stdoutText.contains("=cmd|' /C calc'!A0,=cmd|' /C calc'!A0,=cmd|' /C calc'!A0,-0.5\n"))
        let centrality = try ChildProcess.entgraph(["centrality", input, "--format", "csv", "--measure", "degree"]).run()
        #expect(centrality.status == 0, "\(centrality.stderr)")
        #expect(centrality.stdoutText.contains("'=cmd|' /C calc'!A0,'=cmd|' /C calc'!A0,MISC,"))
        #expect(!centrality.stdoutText.contains("\n=cmd"))
    }

    /// The cells of a CSV table, quotes removed (enough for these tables: no quote inside a cell).
    static func cells(_ table: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        for character in table {
            switch character {
            case "\"": quoted.toggle()
            case "," where !quoted, "\n" where !quoted:
                cells.append(cell)
                cell = ""
            default: cell.append(character)
            }
        }
        return cells
    }

    @Test func humanReadableOutputShowsControlAndBidiCharactersEscaped() throws {
        let scratch = try ScratchFolder("terminal-injection")
        defer { scratch.remove() }
        // A file name that would clear the screen, forge a line and reverse the text after it.
        let name = "evil\u{1B}[2J\rentgraph: all good\u{202E}txt.exe.txt"
        try scratch.write(name, "Vladimir Putin met Joe Biden in Geneva.\n")
        let graph = try scratch.write("g.graphml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="l" for="node" attr.name="label" attr.type="string"/>
            <graph edgedefault="undirected">
            <node id="a"><data key="l">Forged&#13;&#10;1  Line</data></node>
            <node id="b"><data key="l">\u{2067}Isolated\u{2069} and \u{2028}separated</data></node>
            <edge source="a" target="b"/></graph></graphml>
            """)
        let outputs = [
            try ChildProcess.entgraph(["mentions", scratch.path, "--format", "table"]).run(),
            try ChildProcess.entgraph(["centrality", graph, "--measure", "degree"]).run(),
        ]
        for result in outputs {
            #expect(result.status == 0, "\(result.stderr)")
            let text = result.stdoutText
            for raw in ["\u{1B}", "\r", "\u{202E}", "\u{2067}", "\u{2069}", "\u{2028}"] {
                #expect(!text.contains(raw), "\(raw.unicodeScalars.first!.value) in \(text.debugDescription)")
            }
        }
        #expect(outputs[0].stdoutText.split(separator: "\n").count == 3, "a header and two mentions")
        #expect(outputs[0].stdoutText.contains("evil\\x1B[2J\\x0Dentgraph: all good\\u{202E}txt.exe.txt"))
        #expect(outputs[1].stdoutText.contains("Forged\\x0D\\x0A1  Line"))
        #expect(outputs[1].stdoutText.contains("\\u{2067}Isolated\\u{2069} and \\u{2028}separated"))
        #expect(outputs[1].stdoutText.split(separator: "\n").count == 4, "the weights line, a header and two rows")
    }
}
