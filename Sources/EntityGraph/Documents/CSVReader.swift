/// Reads CSV as RFC 4180 writes it: a header row naming the columns, then one document per
/// record.
///
/// Fields are separated by commas and records by CRLF or LF; a field in double quotes may hold
/// commas, line breaks and doubled quotes (`""` is one `"`). The text, id, date and title
/// columns are the first of `fields`' names the header has (ASCII case ignored); without a text
/// column the file is refused. A document's id is its id cell, else `path:line`; its date is its
/// date cell as `DocumentDate` reads it (none when empty or unreadable); its text is read as
/// plain text (paragraphs from blank lines, see `PlainTextReader`).
///
/// Each record stands alone: one with another number of fields than the header, a quote inside
/// an unquoted field or text after a closing quote is skipped with its record and line numbers,
/// and reading goes on at the next line; a quote left open runs to the end of the file, which is
/// reported once. Records whose text is empty are passed over, as blank JSON Lines lines are.
///
/// Reference: Y. Shafranovich, RFC 4180, "Common Format and MIME Type for Comma-Separated
/// Values (CSV) Files", 2005.
/// - Complexity: O(n) in the bytes of the file; memory O(n).
public struct CSVReader: RecordReader {
    /// Marks page furniture in the documents read.
    public var classifier: FurnitureClassifier
    /// Which columns hold text, id, date and title.
    public var fields: RecordFields

    public init(classifier: FurnitureClassifier = FurnitureClassifier(), fields: RecordFields = RecordFields()) {
        self.classifier = classifier
        self.fields = fields
    }

    /// The documents of the records that can be read; each one that cannot goes to `skipped`.
    public func read(_ bytes: [UInt8], id: String, skipping skipped: inout [DocumentReadError])
        throws(DocumentReadError) -> [Document]
    {
        let utf8 = try TextDecoder().decode(bytes, id: id).utf8
        var parser = CSVParser(bytes: utf8)
        var header: [String]?
        var columns = (text: 0, id: Int?.none, date: Int?.none, title: Int?.none)
        let textReader = PlainTextReader(classifier: classifier)
        var documents: [Document] = []
        var recordNumber = 0
        while let parsed = parser.next() {
            switch parsed {
            case .failure(let problem):
                if header == nil {
                    throw .unreadableRecords(path: id, line: problem.line, reason: "header row: \(problem.reason)")
                }
                recordNumber += 1
                skipped.append(.invalidRecord(path: id, record: recordNumber, line: problem.line, reason: problem.reason))
            case .success(let record):
                guard let names = header else {
                    let names = record.fields.map { String(decoding: utf8[$0], as: UTF8.self) }
                    guard let text = RecordFields.column(fields.text, in: names) else {
                        throw .unreadableRecords(path: id, line: record.line,
                                           reason: "no text column: the header has none of \(RecordFields.quoted(fields.text))")
                    }
                    columns = (text, RecordFields.column(fields.id, in: names), RecordFields.column(fields.date, in: names),
                               RecordFields.column(fields.title, in: names))
                    header = names
                    continue
                }
                recordNumber += 1
                if record.fields.count == 1, record.fields[0].isEmpty, record.quoted == 0 { continue }  // a blank line
                guard record.fields.count == names.count else {
                    skipped.append(.invalidRecord(path: id, record: recordNumber, line: record.line,
                                                  reason: "\(record.fields.count) fields, the header has \(names.count)"))
                    continue
                }
                func cell(_ column: Int?) -> String? {
                    guard let column else { return nil }
                    let value = record.value(column, in: utf8)
                    return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
                }
                let documentID = cell(columns.id) ?? "\(id):\(record.line)"
                do {
                    var document = try textReader.document(utf8: record.value(columns.text, in: utf8), id: documentID,
                                                           title: cell(columns.title))
                    document.date = cell(columns.date).flatMap(DocumentDate.init(parsing:))
                    documents.append(document)
                } catch .noText {
                    continue
                }
            }
        }
        if header == nil { throw .noText(path: id) }
        if documents.isEmpty {
            if skipped.isEmpty { throw .noText(path: id) }
            throw skipped.removeFirst()
        }
        return documents
    }
}

/// One CSV record: its fields as byte ranges into the file (quotes not included), which fields
/// were quoted (their doubled quotes still doubled), and the line it starts on.
struct CSVRecord {
    var fields: [Range<Int>] = []
    /// Bit i set: field i was quoted (only the first 64 fields are tracked; the others are
    /// unescaped whenever they hold a quote).
    var quoted: UInt64 = 0
    var line: Int

    /// The value of field `index`: its bytes with `""` turned back into `"` when it was quoted.
    func value(_ index: Int, in bytes: [UInt8]) -> [UInt8] {
        let range = fields[index]
        let wasQuoted = index < 64 ? quoted & (1 << UInt64(index)) != 0 : bytes[range].contains(UInt8(ascii: "\""))
        guard wasQuoted else { return Array(bytes[range]) }
        var value: [UInt8] = []
        value.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            value.append(bytes[i])
            i += bytes[i] == UInt8(ascii: "\"") ? 2 : 1
        }
        return value
    }
}

/// Splits RFC 4180 CSV bytes into records, one at a time; after a bad record it resumes at the
/// next line.
struct CSVParser {
    struct Problem: Error {
        var line: Int
        var reason: String
    }

    let bytes: [UInt8]
    private var index = 0
    private var line = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next record, or the problem that makes it unreadable; nil at the end.
    mutating func next() -> Result<CSVRecord, Problem>? {
        guard index < bytes.count else { return nil }
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var record = CSVRecord(line: line)
        while true {
            // One field, starting at `index`.
            if index < bytes.count, bytes[index] == quote {
                let opening = line
                index += 1
                let start = index
                var closed = false
                while index < bytes.count {
                    if bytes[index] == quote {
                        if index + 1 < bytes.count, bytes[index + 1] == quote { index += 2; continue }
                        closed = true
                        break
                    }
                    if bytes[index] == lf { line += 1 }
                    index += 1
                }
                guard closed else {
                    return .failure(Problem(line: opening, reason: "a quoted field opened on line \(opening) is never closed; the rest of the file is lost"))
                }
                if record.fields.count < 64 { record.quoted |= 1 << UInt64(record.fields.count) }
                record.fields.append(start..<index)
                index += 1  // the closing quote
                if index < bytes.count, bytes[index] != comma, bytes[index] != lf, bytes[index] != cr {
                    return skipLine(record.line, "text after the closing quote of field \(record.fields.count)")
                }
            } else {
                let start = index
                while index < bytes.count, bytes[index] != comma, bytes[index] != lf, bytes[index] != cr {
                    if bytes[index] == quote {
                        return skipLine(record.line, "a quote inside unquoted field \(record.fields.count + 1)")
                    }
                    index += 1
                }
                record.fields.append(start..<index)
            }
            // After a field: a comma, a line break or the end.
            if index >= bytes.count { return .success(record) }
            if bytes[index] == comma {
                index += 1
                continue
            }
            if bytes[index] == cr { index += 1 }
            if index < bytes.count, bytes[index] == lf { index += 1 }
            line += 1
            return .success(record)
        }
    }

    /// Reports a bad record and moves to the start of the next line.
    private mutating func skipLine(_ recordLine: Int, _ reason: String) -> Result<CSVRecord, Problem> {
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        if index < bytes.count { index += 1 }
        line += 1
        return .failure(Problem(line: recordLine, reason: reason))
    }
}
