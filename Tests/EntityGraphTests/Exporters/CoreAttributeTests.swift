import Foundation
import Testing
@testable import EntityGraph

/// The core attributes are one typed list (`CoreNodeAttribute`, `CoreEdgeAttribute`) that every
/// exporter writes and the GraphML reader reads back, so no format can forget one (issue 15).
@Suite struct CoreAttributeTests {
    let graph = ExportFixtures.tiny

    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func everyFormatWritesEveryCoreAttribute() throws {
        let graphml = text(try GraphMLExporter().write(graph))
        for attribute in CoreNodeAttribute.allCases {
            #expect(graphml.contains("for=\"node\" attr.name=\"\(attribute.rawValue)\""), "GraphML node \(attribute)")
        }
        for attribute in CoreEdgeAttribute.allCases {
            #expect(graphml.contains("for=\"edge\" attr.name=\"\(attribute.rawValue)\""), "GraphML edge \(attribute)")
        }

        let gexf = text(try GEXFExporter().write(graph))
        #expect(gexf.contains("<node id=\"at-t\" label=\"AT&amp;T\""))
        #expect(gexf.contains("weight=\"3.0\""))
        for attribute in GEXFExporter.nodeValueAttributes { #expect(gexf.contains("<attribute id=\"\(attribute.rawValue)\""), "GEXF \(attribute)") }
        for attribute in GEXFExporter.edgeValueAttributes { #expect(gexf.contains("<attribute id=\"\(attribute.rawValue)\""), "GEXF \(attribute)") }
        #expect(Set(GEXFExporter.nodeValueAttributes + [.label, .name]) == Set(CoreNodeAttribute.allCases))
        #expect(Set(GEXFExporter.edgeValueAttributes + [.weight]) == Set(CoreEdgeAttribute.allCases))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(NodeLinkJSONExporter().write(graph))) as? [String: Any])
        let node = try #require((json["nodes"] as? [[String: Any]])?.first)
        let link = try #require((json["links"] as? [[String: Any]])?.first)
        for attribute in CoreNodeAttribute.everywhere { #expect(node[attribute.rawValue] != nil, "JSON \(attribute)") }
        for attribute in CoreEdgeAttribute.allCases { #expect(link[attribute.rawValue] != nil, "JSON \(attribute)") }

        let csv = CSVExporter(dialect: .gephi)
        let nodeHeader = text(csv.nodesTable(graph)).prefix { $0 != "\n" }.lowercased().split(separator: ",").map(String.init)
        let edgeHeader = text(csv.edgesTable(graph)).prefix { $0 != "\n" }.lowercased().split(separator: ",").map(String.init)
        #expect(Array(nodeHeader.prefix(6)) == ["id"] + CoreNodeAttribute.everywhere.map(\.rawValue))
        #expect(Array(edgeHeader.prefix(7)) == ["source", "target", "type"] + CoreEdgeAttribute.allCases.map(\.rawValue))

        let dot = DOTExporter()
        let nodeNames = dot.nodeAttributes(graph.nodes[0], byCommunity: false).map(\.0)
        let edgeNames = dot.edgeAttributes(graph.edges[0]).map(\.0)
        for attribute in CoreNodeAttribute.everywhere { #expect(nodeNames.contains(attribute.rawValue), "DOT \(attribute)") }
        for attribute in CoreEdgeAttribute.allCases { #expect(edgeNames.contains(attribute.rawValue), "DOT \(attribute)") }
    }

    @Test func theReaderTakesEveryCoreAttributeBack() throws {
        let graph = EntityGraphTests.graph(of: ["Vladimir Putin met Joe Biden and NATO in Geneva. Putin spoke to the Associated Press.",
                                                "AP said Biden met Putin."])
        #expect(graph.nodes.contains { !$0.aliases.isEmpty })
        let read = try GraphMLReader().read(try GraphMLExporter().write(graph), name: "built.graphml")
        #expect(read.absentNodeAttributes.isEmpty)
        #expect(read.absentEdgeAttributes.isEmpty)
        for (original, back) in zip(graph.nodes, read.nodes) {
            for attribute in CoreNodeAttribute.allCases {
                #expect(back.value(of: attribute) == original.value(of: attribute), "\(original.id) \(attribute)")
            }
            // Core attributes come back as fields, never as extra attributes as well.
            #expect(Set(back.attributes.keys).isDisjoint(with: GraphMLTyping.coreNodeNames))
        }
        for (original, back) in zip(graph.edges, read.edges) {
            for attribute in CoreEdgeAttribute.allCases { #expect(back.value(of: attribute) == original.value(of: attribute)) }
            #expect(Set(back.attributes.keys).isDisjoint(with: GraphMLTyping.coreEdgeNames))
        }
    }

    @Test func aGraphWithoutACoreAttributeWritesItNowhere() throws {
        var foreign = graph
        foreign.absentNodeAttributes = [.mentions]
        foreign.absentEdgeAttributes = [.sentences]
        #expect(!text(try GraphMLExporter().write(foreign)).contains("attr.name=\"mentions\""))
        #expect(!text(try GEXFExporter().write(foreign)).contains("\"mentions\""))
        #expect(!text(NodeLinkJSONExporter().write(foreign)).contains("\"mentions\""))
        #expect(!text(CSVExporter().nodesTable(foreign)).contains("Mentions"))
        #expect(!text(CSVExporter().edgesTable(foreign)).contains("Sentences"))
        #expect(!text(DOTExporter().write(foreign)).contains("mentions="))
        #expect(!text(DOTExporter().write(foreign)).contains("sentences="))
    }
}
