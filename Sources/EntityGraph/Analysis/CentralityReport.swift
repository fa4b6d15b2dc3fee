/// Centrality values per node, ranked and filtered for people to read: the library side of
/// `entgraph centrality`.
///
/// Measures are computed on the whole graph; `kinds` and `top` only choose which rows are
/// shown. Rows are ranked by the first measure (highest first), ties by node id, so the
/// report is deterministic.
public struct CentralityReport: Sendable, Equatable {
    /// One node's values, parallel to `CentralityReport.measures`.
    public struct Row: Sendable, Equatable {
        public var id: String
        public var label: String
        public var kind: EntityKind
        public var values: [Double]
    }

    /// How a report is written out.
    public enum Format: String, CaseIterable, Sendable {
        case table
        case csv
        case json
    }

    /// The measures in column order; the first one ranks the rows.
    public let measures: [Measure]
    /// Rows in rank order.
    public let rows: [Row]

    /// Computes `measures` on `graph` and ranks the nodes.
    /// - Parameters:
    ///   - top: keep only the first `top` rows after filtering (nil: all).
    ///   - kinds: keep only nodes of these kinds (nil: all).
    /// - Throws: `AnalysisError` for a bad graph, an empty measure list or a measure that
    ///   does not converge.
    public init(graph: CoMentionGraph, measures: [Measure], options: MeasureOptions = MeasureOptions(),
                top: Int? = nil, kinds: Set<EntityKind>? = nil) throws {
        let adjacency = try WeightedAdjacency(graph)
        let values = try Measure.values(of: measures, adjacency, options: options)
        try self.init(graph: graph, values: values, measures: measures, top: top, kinds: kinds)
    }

    /// Ranks values computed beforehand (`values[measure][node index]`).
    public init(graph: CoMentionGraph, values: [Measure: [Double]], measures: [Measure],
                top: Int? = nil, kinds: Set<EntityKind>? = nil) throws {
        guard let first = measures.first else {
            throw AnalysisError.invalidParameter("centrality: choose at least one measure")
        }
        guard Set(measures).count == measures.count else {
            throw AnalysisError.invalidParameter("centrality: a measure is listed twice")
        }
        for measure in measures where values[measure]?.count != graph.nodes.count {
            throw AnalysisError.invalidParameter("centrality: no \(measure.rawValue) value for every node")
        }
        if let top, top < 0 {
            throw AnalysisError.invalidParameter("centrality: --top must not be negative, got \(top)")
        }
        let ranking = values[first]!
        let shown = graph.nodes.indices
            .filter { kinds?.contains(graph.nodes[$0].kind) ?? true }
            .sorted { (-ranking[$0], graph.nodes[$0].id) < (-ranking[$1], graph.nodes[$1].id) }
        self.measures = measures
        rows = shown.prefix(top ?? shown.count).map { v in
            Row(id: graph.nodes[v].id, label: graph.nodes[v].label, kind: graph.nodes[v].kind,
                values: measures.map { values[$0]![v] })
        }
    }

    /// The report in `format`, ending with a newline.
    public func rendered(as format: Format, csvFormulas: CSVFormulas = .neutralized) -> String {
        switch format {
        case .table: return table()
        case .csv: return csv(formulas: csvFormulas)
        case .json: return json()
        }
    }

    /// An aligned table: rank, name, type and one column per measure (6 decimals), under a
    /// line saying how weights were used.
    public func table() -> String {
        let header = ["rank", "name", "type"] + measures.map(\.rawValue)
        var lines = rows.enumerated().map { rank, row in
            [String(rank + 1), FileSystemPath.displayed(row.label), row.kind.label]
                + zip(measures, row.values).map { ReportNumber.fixed($1, integer: $0.isInteger) }
        }
        lines.insert(header, at: 0)
        let leftAligned: Set<Int> = [1, 2]
        let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        var text = "# " + Measure.weightSemantics + "\n"
        for line in lines {
            let cells = line.indices.map { column -> String in
                let padding = String(repeating: " ", count: widths[column] - line[column].count)
                return leftAligned.contains(column) ? line[column] + padding : padding + line[column]
            }
            var joined = cells.joined(separator: "  ")
            while joined.last == " " { joined.removeLast() }
            text += joined + "\n"
        }
        return text
    }

    /// CSV (RFC 4180): id, label, type and one column per measure, shortest round-trip numbers;
    /// ids and labels that start a formula neutralized unless `formulas` is `.kept`.
    public func csv(formulas: CSVFormulas = .neutralized) -> String {
        var text = (["id", "label", "type"] + measures.map(\.rawValue)).joined(separator: ",") + "\n"
        for row in rows {
            let cells = [row.id, row.label, row.kind.label]
                .map { formulas == .neutralized ? CSVExporter.neutralized($0) : $0 }.map(CSVExporter.field)
                + zip(measures, row.values).map { ReportNumber.exact($1, integer: $0.isInteger) }
            text += cells.joined(separator: ",") + "\n"
        }
        return text
    }

    /// A JSON list with one object per row: `{"id", "label", "type", <measure>: number, …}`,
    /// numbers normalized as NetworkX normalizes them, one row per line.
    public func json() -> String {
        guard !rows.isEmpty else { return "[]\n" }
        let objects = rows.map { row in
            let fields = [("id", NodeLinkJSONExporter.string(row.id)),
                          ("label", NodeLinkJSONExporter.string(row.label)),
                          ("type", NodeLinkJSONExporter.string(row.kind.label))]
                + zip(measures, row.values).map { ($0.rawValue, ReportNumber.json($1, integer: $0.isInteger)) }
            return "  {" + fields.map { "\"\($0)\": \($1)" }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}

extension Measure {
    /// Computes several measures on one adjacency: `result[measure][node index]`.
    public static func values(of measures: [Measure], _ adjacency: WeightedAdjacency,
                              options: MeasureOptions = MeasureOptions()) throws -> [Measure: [Double]] {
        var result: [Measure: [Double]] = [:]
        for measure in measures where result[measure] == nil {
            result[measure] = try measure.values(adjacency, options: options)
        }
        return result
    }
}

/// Number and string spellings for reports; locale-free and deterministic.
enum ReportNumber {
    /// Fixed decimals for tables (6), whole numbers for integer measures.
    static func fixed(_ value: Double, integer: Bool, decimals: Int = 6) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        if integer { return String(Int(value.rounded())) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9.0e15 else { return value.description }  // beyond exact integers
        let units = UInt64(scaled)
        let whole = units / UInt64(scale), fraction = units % UInt64(scale)
        let digits = String(fraction)
        let sign = value < 0 && units != 0 ? "-" : ""
        return sign + String(whole) + "." + String(repeating: "0", count: decimals - digits.count) + digits
    }

    /// Shortest round-trip text ("0.1", "1.0", "1e-05"), whole numbers for integer measures.
    static func exact(_ value: Double, integer: Bool) -> String {
        if integer, value.isFinite { return NumberText.integer(Int(value.rounded())) }
        return NumberText.double(value)
    }

    /// Like `exact`, with `null` for values JSON cannot hold (NaN, infinities).
    static func json(_ value: Double, integer: Bool) -> String {
        value.isFinite ? exact(value, integer: integer) : "null"
    }
}
