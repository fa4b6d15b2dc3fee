/// The length of the periods a time-sliced graph counts in: calendar days, ISO 8601 weeks
/// (Monday to Sunday, numbered in the year of their Thursday), calendar months or years, UTC.
public enum TimeSlice: String, Sendable, CaseIterable, Codable {
    case day, week, month, year

    /// The period `date` falls in.
    ///
    /// Reference: ISO 8601-1:2019 §5.2.4 (week dates).
    /// - Complexity: O(1).
    public func period(of date: DocumentDate) -> Period {
        let (year, month, _) = date.components
        switch self {
        case .day:
            return Period(label: date.description, first: date, last: date)
        case .week:
            let monday = DocumentDate(daysSinceEpoch: date.daysSinceEpoch - (date.weekday - 1))
            let thursday = DocumentDate(daysSinceEpoch: monday.daysSinceEpoch + 3)
            let weekYear = thursday.components.year
            let januaryFirst = DocumentDate(year: weekYear, month: 1, day: 1)!
            let week = (thursday.daysSinceEpoch - januaryFirst.daysSinceEpoch) / 7 + 1
            let label = "\(Self.padded(weekYear, 4))-W\(Self.padded(week, 2))"
            return Period(label: label, first: monday, last: DocumentDate(daysSinceEpoch: monday.daysSinceEpoch + 6))
        case .month:
            let first = DocumentDate(year: year, month: month, day: 1)!
            let next = month == 12 ? DocumentDate(year: year + 1, month: 1, day: 1) : DocumentDate(year: year, month: month + 1, day: 1)
            let last = DocumentDate(daysSinceEpoch: (next?.daysSinceEpoch ?? first.daysSinceEpoch + 31) - 1)
            return Period(label: String(first.description.prefix(7)), first: first, last: last)
        case .year:
            let first = DocumentDate(year: year, month: 1, day: 1)!
            let last = DocumentDate(year: year, month: 12, day: 31)!
            return Period(label: Self.padded(year, 4), first: first, last: last)
        }
    }

    /// The period a label written by `period(of:)` names (`2024-03`, `2024-W09`), or nil.
    public func period(labelled label: String) -> Period? {
        let probe: DocumentDate?
        switch self {
        case .day: probe = DocumentDate(parsing: label)
        case .month: probe = DocumentDate(parsing: label + "-01")
        case .year: probe = DocumentDate(parsing: label + "-01-01")
        case .week:
            let parts = label.split(separator: "-")
            guard parts.count == 2, parts[1].first == "W", let year = Int(parts[0]), let week = Int(parts[1].dropFirst()),
                  (1...53).contains(week), let january4 = DocumentDate(year: year, month: 1, day: 4) else { return nil }
            // The week holding January 4 is week 1.
            let monday = january4.daysSinceEpoch - (january4.weekday - 1)
            probe = DocumentDate(daysSinceEpoch: monday + 7 * (week - 1))
        }
        guard let probe else { return nil }
        let period = period(of: probe)
        return period.label == label ? period : nil
    }

    /// One period: its label (`2024-03-05`, `2024-W10`, `2024-03`, `2024`) and first and last day.
    public struct Period: Sendable, Hashable, Comparable {
        public var label: String
        public var first: DocumentDate
        public var last: DocumentDate

        public static func < (a: Period, b: Period) -> Bool { a.first < b.first }
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

/// A count per period, in period order: what a sliced graph gives each node and edge.
public struct PeriodCounts: Sendable, Equatable {
    public var entries: [(period: TimeSlice.Period, count: Double)]

    public init(_ entries: [(period: TimeSlice.Period, count: Double)]) {
        self.entries = entries
    }

    public static func == (a: PeriodCounts, b: PeriodCounts) -> Bool {
        a.entries.count == b.entries.count && zip(a.entries, b.entries).allSatisfy { $0.period == $1.period && $0.count == $1.count }
    }

    /// `2024-03:2|2024-04:1`: the attribute GraphML, JSON and CSV carry (periods in order,
    /// each with its count; periods without any are left out).
    public var attributeText: String {
        entries.map { entry in
            let count = entry.count == entry.count.rounded() && abs(entry.count) < 1e15 ? String(Int(entry.count)) : NumberText.double(entry.count)
            return "\(entry.period.label):\(count)"
        }.joined(separator: "|")
    }

    /// The count in the period labelled `label`, 0 when it has none.
    public func count(in label: String) -> Double {
        entries.first { $0.period.label == label }?.count ?? 0
    }

    /// Parses `attributeText`.
    public static func parse(_ text: String, slice: TimeSlice) -> PeriodCounts? {
        var entries: [(period: TimeSlice.Period, count: Double)] = []
        for item in text.split(separator: "|") {
            guard let colon = item.lastIndex(of: ":"), let period = slice.period(labelled: String(item[..<colon])),
                  let count = Double(item[item.index(after: colon)...]) else { return nil }
            entries.append((period, count))
        }
        return PeriodCounts(entries)
    }
}
