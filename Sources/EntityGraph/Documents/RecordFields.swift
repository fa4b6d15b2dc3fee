import Foundation

/// Which fields of a record (a CSV row, a JSON Lines object) hold a document's text, id, date
/// and title: the first name in each list that the record has, compared without regard to
/// ASCII case. Shared by `CSVReader` and `JSONLinesReader`.
public struct RecordFields: Sendable, Equatable {
    public var text: [String]
    public var id: [String]
    public var date: [String]
    public var title: [String]

    /// The defaults cover what scrapers and news APIs export.
    public init(text: [String] = RecordFields.defaultText, id: [String] = RecordFields.defaultID,
                date: [String] = RecordFields.defaultDate, title: [String] = RecordFields.defaultTitle) {
        self.text = text
        self.id = id
        self.date = date
        self.title = title
    }

    public static let defaultText = ["text", "body", "content"]
    public static let defaultID = ["id", "url"]
    public static let defaultDate = ["date", "published", "published_at", "publishedAt", "pubDate", "datetime", "timestamp"]
    public static let defaultTitle = ["title", "headline"]

    /// The index in `names` (a CSV header) of the first of `wanted` present, or nil.
    static func column(_ wanted: [String], in names: [String]) -> Int? {
        let lowered = names.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for name in wanted {
            if let index = lowered.firstIndex(of: name.lowercased()) { return index }
        }
        return nil
    }

    /// `"text"`, `"text", "body" or "content"`: the names looked for, for error messages.
    static func quoted(_ names: [String]) -> String {
        let quoted = names.map { "\"\($0)\"" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }
}
