/// Every mention of a document with the entity it resolved to: what `entgraph mentions` prints.
///
/// JSON Lines, one object per document, as DESIGN.md's CLI contract fixes it:
/// `{"document": …, "entities": [{"id", "name", "type", "aliases", "mentions"}],
///   "mentions": [{"start", "end", "text", "type", "entity", "sentence"}]}` with UTF-8 byte
/// offsets into the document text. Entity ids are the graph's node ids.
public struct MentionsReport: Sendable {
    public struct Line: Sendable {
        public var document: String
        public var mentions: [Item]
    }

    public struct Item: Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        public var kind: EntityKind
        public var entity: String
        public var sentence: Int
    }

    public var lines: [Line] = []
    /// Node ids → (label, kind, aliases) of the entities the lines refer to.
    public var entities: [String: CoMentionGraph.Node] = [:]

    /// Builds the report from the documents of a run and the graph built from them.
    public init(documents: [ResolvedDocument], built: BuiltGraph, options: GraphOptions) {
        let (graph, nodeIDs) = (built.graph, built.nodeIDs)
        for node in graph.nodes { entities[node.id] = node }
        for document in documents {
            var items: [Item] = []
            for item in document.mentions {
                guard let key = options.graphKey(for: item)?.0, let id = nodeIDs[key] else { continue }
                items.append(Item(start: item.bytes.lowerBound, end: item.bytes.upperBound,
                                  text: item.text, kind: key.kind, entity: id, sentence: item.mention.sentence))
            }
            lines.append(Line(document: document.id, mentions: items))
        }
    }

    /// One JSON object per document.
    public func jsonLines() -> String {
        var out = ""
        for line in lines {
            var counts: [String: Int] = [:]
            for item in line.mentions { counts[item.entity, default: 0] += 1 }
            let entityJSON = counts.keys.sorted().map { id -> String in
                let node = entities[id]!
                return "{\"id\":\(NodeLinkJSONExporter.string(id)),\"name\":\(NodeLinkJSONExporter.string(node.label)),\"type\":\"\(node.kind.label)\","
                    + "\"aliases\":[\(node.aliases.map(NodeLinkJSONExporter.string).joined(separator: ","))],\"mentions\":\(counts[id]!)}"
            }
            let mentionJSON = line.mentions.map { item in
                "{\"start\":\(item.start),\"end\":\(item.end),\"text\":\(NodeLinkJSONExporter.string(item.text)),\"type\":\"\(item.kind.label)\","
                    + "\"entity\":\(NodeLinkJSONExporter.string(item.entity)),\"sentence\":\(item.sentence)}"
            }
            out += "{\"document\":\(NodeLinkJSONExporter.string(line.document)),\"entities\":[\(entityJSON.joined(separator: ","))],"
                + "\"mentions\":[\(mentionJSON.joined(separator: ","))]}\n"
        }
        return out
    }

    /// An aligned table: document, byte range, type, text, entity.
    public func table() -> String {
        var rows: [[String]] = [["DOCUMENT", "START", "END", "TYPE", "TEXT", "ENTITY"]]
        for line in lines {
            for item in line.mentions {
                rows.append([line.document, String(item.start), String(item.end), item.kind.label, item.text, item.entity])
            }
        }
        return TextTable.render(rows)
    }
}

/// Left-aligned columns separated by two spaces; cells shown as `FileSystemPath.displayed`
/// shows them, so a document id or a name cannot forge lines or drive the terminal.
enum TextTable {
    static func render(_ rows: [[String]]) -> String {
        let rows = rows.map { $0.map(FileSystemPath.displayed) }
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
