import Foundation
import Testing
@testable import EntityGraph

@Suite struct CentralityReportTests {
    /// A star around "putin" plus a pair, with labels that need quoting and escaping.
    static let graph: CoMentionGraph = {
        var graph = CoMentionGraph(
            nodes: [
                .init(id: "putin", label: "Vladimir Putin", kind: .person, mentions: 9, documents: 3),
                .init(id: "russia", label: "Russia", kind: .country, mentions: 7, documents: 3),
                .init(id: "un", label: "United Nations, \"UN\"", kind: .organization, mentions: 2, documents: 1),
                .init(id: "ukraine", label: "Україна", kind: .country, mentions: 5, documents: 2),
                .init(id: "nato", label: "NATO", kind: .organization, mentions: 1, documents: 1),
                .init(id: "eu", label: "EU", kind: .organization, mentions: 1, documents: 1),
            ],
            edges: [])
        graph.normalize()  // eu, nato, putin, russia, ukraine, un
        let index = Dictionary(uniqueKeysWithValues: graph.nodes.enumerated().map { ($1.id, $0) })
        for (a, b, w) in [("putin", "russia", 3.0), ("putin", "un", 1), ("putin", "ukraine", 2), ("eu", "nato", 1)] {
            graph.edges.append(.init(source: min(index[a]!, index[b]!), target: max(index[a]!, index[b]!),
                                     weight: w, sentences: Int(w), paragraphs: 1, documents: 1))
        }
        graph.normalize()
        return graph
    }()

    @Test func tableIsAlignedAndStatesTheWeightSemantics() throws {
        let report = try CentralityReport(graph: Self.graph, measures: [.degree, .strength, .kcore], top: 4)
        let expected = """
        # \(Measure.weightSemantics)
        rank  name            type            degree  strength  kcore
           1  Vladimir Putin  PERSON        0.600000  6.000000      1
           2  EU              ORGANIZATION  0.200000  1.000000      1
           3  NATO            ORGANIZATION  0.200000  1.000000      1
           4  Russia          COUNTRY       0.200000  3.000000      1

        """
        #expect(report.table() == expected)
        #expect(report.rendered(as: .table) == expected)
    }

    @Test func csvQuotesAndUsesShortestNumbers() throws {
        let report = try CentralityReport(graph: Self.graph, measures: [.strength, .degree],
                                          kinds: [.organization, .country])
        let expected = """
        id,label,type,strength,degree
        russia,Russia,COUNTRY,3.0,0.2
        ukraine,Україна,COUNTRY,2.0,0.2
        eu,EU,ORGANIZATION,1.0,0.2
        nato,NATO,ORGANIZATION,1.0,0.2
        un,"United Nations, ""UN\"\"\",ORGANIZATION,1.0,0.2

        """
        #expect(report.csv() == expected)
    }

    @Test func jsonRowsCarryEveryMeasureExactly() throws {
        let adjacency = try WeightedAdjacency(Self.graph)
        let values = try Measure.values(of: Measure.allCases, adjacency)
        let report = try CentralityReport(graph: Self.graph, values: values, measures: [.pagerank] + Measure.allCases.filter { $0 != .pagerank })
        let text = report.json()
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(rows.count == 6)
        #expect(rows[0]["id"] as? String == "putin")
        #expect(rows[0]["type"] as? String == "PERSON")
        let un = try #require(rows.first { $0["id"] as? String == "un" })
        #expect(un["label"] as? String == "United Nations, \"UN\"")
        let unIndex = Self.graph.nodes.firstIndex { $0.id == "un" }!
        for measure in Measure.allCases {
            #expect(un[measure.rawValue] is NSNumber, "\(measure)")
            // Shortest round-trip text: Double(text) gives back exactly the computed value.
            // (Compared as text: JSONSerialization on Linux parses doubles inexactly.)
            let value = values[measure]![unIndex]
            let text = measure.isInteger ? String(Int(value)) : value.description
            #expect(Double(text) == value)
            #expect(report.json().contains("\"id\": \"un\"") && rowText(report.json(), id: "un").contains("\"\(measure.rawValue)\": \(text)"))
        }
        #expect(text.hasPrefix("[\n  {\"id\": \"putin\", \"label\": \"Vladimir Putin\", \"type\": \"PERSON\", \"pagerank\": "))
        #expect(text.contains("\"kcore\": 1}"))
        #expect(try CentralityReport(graph: Self.graph, measures: [.degree], top: 0).json() == "[]\n")
    }

    @Test func badRequestsAreRefused() {
        #expect(throws: AnalysisError.self) { try CentralityReport(graph: Self.graph, measures: []) }
        #expect(throws: AnalysisError.self) { try CentralityReport(graph: Self.graph, measures: [.degree, .degree]) }
        #expect(throws: AnalysisError.self) { try CentralityReport(graph: Self.graph, measures: [.degree], top: -1) }
    }

    @Test func fixedDecimalsRoundAndPad() {
        #expect(ReportNumber.fixed(0.5, integer: false) == "0.500000")
        #expect(ReportNumber.fixed(1e-7, integer: false) == "0.000000")
        #expect(ReportNumber.fixed(2.0000005, integer: false) == "2.000001")
        #expect(ReportNumber.fixed(123.25, integer: false) == "123.250000")
        #expect(ReportNumber.fixed(-0.0, integer: false) == "0.000000")
        #expect(ReportNumber.fixed(-1.5, integer: false) == "-1.500000")
        #expect(ReportNumber.fixed(3, integer: true) == "3")
        #expect(ReportNumber.exact(1e-5, integer: false) == "1e-05")
        #expect(ReportNumber.json(.nan, integer: false) == "null")
        #expect(NodeLinkJSONExporter.string("a\u{1}\n\"b\"") == "\"a\\u0001\\n\\\"b\\\"\"")
    }

    @Test func annotationWritesMeasuresAndCommunities() throws {
        let annotated = try Self.graph.analysed(measures: [.pagerank, .kcore], louvain: Louvain(seed: 1))
        let putin = try #require(annotated.nodes.first { $0.id == "putin" })
        guard case .double(let rank)? = putin.attributes["pagerank"] else {
            Issue.record("pagerank missing")
            return
        }
        #expect(rank > 0.2)
        #expect(putin.attributes["kcore"] == .int(1))
        #expect(putin.attributes["community"] == .int(0))  // the star is the larger community
        let eu = try #require(annotated.nodes.first { $0.id == "eu" })
        #expect(eu.attributes["community"] == .int(1))
        #expect(annotated.edges == Self.graph.edges)
    }
}

/// The line of a JSON report that holds the row with `id`.
private func rowText(_ json: String, id: String) -> String {
    json.split(separator: "\n").first { $0.contains("{\"id\": \"\(id)\"") }.map(String.init) ?? ""
}
