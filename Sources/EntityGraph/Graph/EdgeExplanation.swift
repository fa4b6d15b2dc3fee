/// Why an entity name given on a command line does not pick one node.
public enum NodeLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(name: String, suggestions: [String])
    case ambiguous(name: String, candidates: [String])

    public var description: String {
        switch self {
        case .notFound(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?)"
            return "no entity '\(name)' in the graph\(hint)"
        case .ambiguous(let name, let candidates):
            return "'\(name)' names several entities: \(candidates.joined(separator: ", ")); give a node id"
        }
    }
}

/// The sentences behind one edge: what `entgraph explain A B` prints.
public struct EdgeExplanation: Sendable {
    public var source: CoMentionGraph.Node
    public var target: CoMentionGraph.Node
    /// Sentences in which both are mentioned, in the whole corpus.
    public var sharedSentences: Int
    /// The first of them, in input order, with their text (nil when the document could not be
    /// read again).
    public var sentences: [(evidence: Evidence, text: String?)]

    /// The node `name` picks in `graph`: its id, else its label, else one of its aliases
    /// (compared without regard to case); several nodes of one label or alias are ambiguous.
    ///
    /// - Complexity: O(nodes × aliases).
    public static func node(named name: String, in graph: CoMentionGraph) throws(NodeLookupError) -> Int {
        if let exact = graph.nodes.firstIndex(where: { $0.id == name }) { return exact }
        let key = name.lowercased()
        let byLabel = graph.nodes.indices.filter { graph.nodes[$0].label.lowercased() == key || graph.nodes[$0].id == key }
        if byLabel.count == 1 { return byLabel[0] }
        if byLabel.count > 1 { throw .ambiguous(name: name, candidates: byLabel.map { graph.nodes[$0].id }) }
        let byAlias = graph.nodes.indices.filter { graph.nodes[$0].aliases.contains { $0.lowercased() == key } }
        if byAlias.count == 1 { return byAlias[0] }
        if byAlias.count > 1 { throw .ambiguous(name: name, candidates: byAlias.map { graph.nodes[$0].id }) }
        let suggestions = graph.nodes.filter { node in
            node.label.lowercased().contains(key) || node.aliases.contains { $0.lowercased().contains(key) }
        }.prefix(5).map(\.id)
        throw .notFound(name: name, suggestions: Array(suggestions))
    }

    /// The explanation of the edge between `a` and `b` in `built` (built with
    /// `GraphOptions.evidence` > 0); nil when they share no sentence. Sentence texts are read
    /// again from `inputs` with `loader` (the one the graph was built with), stopping as soon as
    /// every document needed was found.
    ///
    /// - Complexity: reading the inputs up to the last document needed (no tagging).
    public static func explain(_ a: Int, _ b: Int, in built: BuiltGraph, inputs: [Input], loader: DocumentLoader) -> EdgeExplanation? {
        let graph = built.graph
        let (first, second) = (min(a, b), max(a, b))
        guard let edge = graph.edges.first(where: { $0.source == first && $0.target == second }),
              let evidence = built.evidence[NodePair(graph.nodes[first].id, graph.nodes[second].id)] else { return nil }
        var wanted = Set(evidence.map(\.documentID))
        var texts: [String: [UInt8]] = [:]
        for input in inputs where !wanted.isEmpty {
            var skipped: [DocumentReadError] = []
            guard let documents = try? loader.load(input, skipping: &skipped) else { continue }
            for document in documents where wanted.contains(document.id) {
                texts[document.id] = Array(document.text.utf8)
                wanted.remove(document.id)
            }
        }
        let sentences = evidence.map { item -> (Evidence, String?) in
            guard let bytes = texts[item.documentID], item.sentence.upperBound <= bytes.count else { return (item, nil) }
            return (item, String(decoding: bytes[item.sentence], as: UTF8.self))
        }
        return EdgeExplanation(source: graph.nodes[first], target: graph.nodes[second], sharedSentences: edge.sentences,
                               sentences: sentences)
    }

    /// The explanation as text: a heading line, then each sentence quoted on one line (line
    /// breaks as spaces, control and bidirectional characters escaped) with its document id,
    /// date and byte range on the next.
    public func text() -> String {
        var lines = ["\(FileSystemPath.displayed(source.label)) – \(FileSystemPath.displayed(target.label)): "
            + "\(sharedSentences) sentence\(sharedSentences == 1 ? "" : "s") mention both"
            + (sentences.count < sharedSentences ? ", the first \(sentences.count) shown" : "")]
        for (evidence, text) in sentences {
            lines.append("")
            if let text {
                let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
                lines.append("  \"\(FileSystemPath.displayed(oneLine))\"")
            } else {
                lines.append("  (the document could not be read again)")
            }
            let date = evidence.date.map { ", \($0)" } ?? ""
            lines.append("    — \(FileSystemPath.displayed(evidence.documentID))\(date), bytes \(evidence.sentence.lowerBound)–\(evidence.sentence.upperBound)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
