/// The entities and pairs whose counts rose or fell most between two periods of a graph sliced
/// by period (`GraphOptions.slice`): for nodes the documents mentioning them, for edges their
/// weight, in each period.
///
/// Changes are absolute (count in `to` − count in `from`); ties are broken by id, so the lists
/// are the same on every run. Entities or pairs absent from a period count 0 there.
/// - Complexity: O((V + E) · p) to read p periods per node and edge, O((V + E) log(V + E)) to sort.
public struct Trends: Sendable {
    public struct Change: Sendable, Equatable {
        /// A node id, or two node ids joined by " – " for a pair.
        public var id: String
        public var label: String
        public var from: Double
        public var to: Double
        public var change: Double { to - from }
    }

    public var from: TimeSlice.Period
    public var to: TimeSlice.Period
    /// Every entity and pair with a count in either period, most risen first.
    public var entities: [Change]
    public var pairs: [Change]

    /// The trends of `graph` (sliced by `slice`) between the periods `from` and `to`.
    public init(_ graph: CoMentionGraph, slice: TimeSlice, from: TimeSlice.Period, to: TimeSlice.Period) {
        self.from = from
        self.to = to
        func counts(_ attributes: [String: AttributeValue]) -> (Double, Double)? {
            guard case .string(let text)? = attributes["periods"], let periods = PeriodCounts.parse(text, slice: slice) else { return nil }
            let pair = (periods.count(in: from.label), periods.count(in: to.label))
            return pair.0 == 0 && pair.1 == 0 ? nil : pair
        }
        entities = graph.nodes.compactMap { node in
            counts(node.attributes).map { Change(id: node.id, label: node.label, from: $0.0, to: $0.1) }
        }
        pairs = graph.edges.compactMap { edge in
            let (a, b) = (graph.nodes[edge.source], graph.nodes[edge.target])
            return counts(edge.attributes).map { Change(id: "\(a.id) – \(b.id)", label: "\(a.label) – \(b.label)", from: $0.0, to: $0.1) }
        }
        let order: (Change, Change) -> Bool = { ($0.change, $1.id) > ($1.change, $0.id) }
        entities.sort(by: order)
        pairs.sort(by: order)
    }

    /// The periods a sliced graph's nodes occur in, in order.
    public static func periods(of graph: CoMentionGraph, slice: TimeSlice) -> [TimeSlice.Period] {
        var seen = Set<TimeSlice.Period>()
        for node in graph.nodes {
            if case .string(let text)? = node.attributes["periods"], let periods = PeriodCounts.parse(text, slice: slice) {
                periods.entries.forEach { seen.insert($0.period) }
            }
        }
        return seen.sorted()
    }

    /// The `top` that rose most (change > 0) and the `top` that fell most (change < 0), as a
    /// table: `+3  Ukraine (1 → 4)`.
    public func text(top: Int) -> String {
        func section(_ title: String, _ changes: [Change]) -> [String] {
            let rose = changes.filter { $0.change > 0 }.prefix(top)
            let fell = changes.filter { $0.change < 0 }.sorted { ($0.change, $0.id) < ($1.change, $1.id) }.prefix(top)
            var lines = ["\(title), \(from.label) → \(to.label)"]
            func line(_ change: Change) -> String {
                let sign = change.change > 0 ? "+" : ""
                return "  \(sign)\(Self.number(change.change))\t\(FileSystemPath.displayed(change.label)) (\(Self.number(change.from)) → \(Self.number(change.to)))"
            }
            lines.append(" rose most:" + (rose.isEmpty ? " none" : ""))
            lines += rose.map(line)
            lines.append(" fell most:" + (fell.isEmpty ? " none" : ""))
            lines += fell.map(line)
            return lines
        }
        return (section("Entities (documents)", entities) + [""] + section("Pairs (weight)", pairs)).joined(separator: "\n") + "\n"
    }

    /// Every change as CSV: `kind,id,label,FROM,TO,change` (labels that a spreadsheet would
    /// take for a formula get a leading `'`).
    public func csv() -> String {
        var text = CSVExporter.row(["kind", "id", "label", from.label, to.label, "change"])
        for (kind, changes) in [("entity", entities), ("pair", pairs)] {
            for change in changes {
                text += CSVExporter.row([kind, change.id, CSVExporter.neutralized(change.label), Self.number(change.from),
                                         Self.number(change.to), Self.number(change.change)])
            }
        }
        return text
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : NumberText.rounded(value, places: 3)
    }
}
