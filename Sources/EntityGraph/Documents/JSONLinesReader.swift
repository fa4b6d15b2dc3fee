import Foundation

/// Reads JSON Lines: one JSON object per line, `{"text": "...", "id": "...", "date": "...", "title": "..."}`.
///
/// Which members hold the text, id, date and title is `fields`' choice (by default "text",
/// "body" or "content"; "id" or "url"; "date", "published"…; "title" or "headline"). Each
/// object's text is read as plain text (paragraphs from blank lines, see `PlainTextReader`), so
/// offsets are into that string as the JSON decodes it. A document's id is its id member (a
/// string or a number), else `path:line` with 1-based line numbers; its date is its date member
/// as `DocumentDate` reads it (a string, or a number of seconds since 1970). Blank lines
/// are passed over. Each line stands alone: one that is not an object with a string text is
/// skipped with its line number (`read(_:id:skipping:)`) and the others are read; the file
/// fails only when no line can be read. `read(_:id:)` fails the file at its first bad line.
public struct JSONLinesReader: RecordReader {
    /// Marks page furniture in the documents read.
    public var classifier: FurnitureClassifier
    /// Which members hold text, id, date and title.
    public var fields: RecordFields

    /// A reader that marks furniture with `classifier`.
    public init(classifier: FurnitureClassifier = FurnitureClassifier(), fields: RecordFields = RecordFields()) {
        self.classifier = classifier
        self.fields = fields
    }

    /// The value of the first of `names` that `object` has (ASCII case ignored).
    private static func member(_ names: [String], of object: [String: Any]) -> Any? {
        for name in names {
            if let value = object[name] { return value }
        }
        let lowered = Dictionary(object.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        for name in names {
            if let value = lowered[name.lowercased()] { return value }
        }
        return nil
    }

    /// The documents of the lines that can be read; each line that cannot goes to `skipped`.
    /// When none can, the first bad line's error is thrown and the others go to `skipped`.
    public func read(_ bytes: [UInt8], id: String, skipping skipped: inout [DocumentReadError])
        throws(DocumentReadError) -> [Document]
    {
        let utf8 = try TextDecoder().decode(bytes, id: id).utf8
        let textReader = PlainTextReader(classifier: classifier)
        var documents: [Document] = []
        var lineNumber = 0
        for line in utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let content = TextBytes.trimmed(line.startIndex..<line.endIndex, in: utf8)
            if content.isEmpty { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(utf8[content]), options: []) else {
                skipped.append(.invalidJSONLine(path: id, line: lineNumber, reason: "not valid JSON"))
                continue
            }
            guard let fields = object as? [String: Any] else {
                skipped.append(.invalidJSONLine(path: id, line: lineNumber, reason: "not a JSON object"))
                continue
            }
            guard let text = Self.member(self.fields.text, of: fields) as? String else {
                skipped.append(.invalidJSONLine(path: id, line: lineNumber, reason: "no string \(RecordFields.quoted(self.fields.text))"))
                continue
            }
            let documentID: String
            switch Self.member(self.fields.id, of: fields) {
            case let string as String: documentID = string
            case let number as NSNumber: documentID = number.stringValue
            default: documentID = "\(id):\(lineNumber)"
            }
            do {
                var document = try textReader.document(utf8: Array(text.utf8), id: documentID,
                                                       title: Self.member(self.fields.title, of: fields) as? String)
                switch Self.member(self.fields.date, of: fields) {
                case let string as String: document.date = DocumentDate(parsing: string)
                case let number as NSNumber: document.date = DocumentDate(parsing: number.stringValue)
                default: break
                }
                documents.append(document)
            } catch .noText {
                continue
            }
        }
        if documents.isEmpty {
            if skipped.isEmpty { throw .noText(path: id) }
            throw skipped.removeFirst()
        }
        return documents
    }
}
