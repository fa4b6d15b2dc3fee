import Foundation

/// Reads JSON Lines: one JSON object per line, `{"text": "...", "id": "...", "title": "..."}`.
///
/// Each object's "text" is read as plain text (paragraphs from blank lines, see
/// `PlainTextReader`), so offsets are into that string as the JSON decodes it. A document's id
/// is its "id" (a string or a number), else `path:line` with 1-based line numbers. Blank lines
/// are skipped; the first line that is not an object with a string "text" fails the file, with
/// its line number.
public struct JSONLinesReader: DocumentReader {
    /// Marks page furniture in the documents read.
    public var classifier: FurnitureClassifier

    /// A reader that marks furniture with `classifier`.
    public init(classifier: FurnitureClassifier = FurnitureClassifier()) {
        self.classifier = classifier
    }

    /// The documents in `bytes` (the raw file); errors name `id`.
    public func read(_ bytes: [UInt8], id: String) throws(DocumentReadError) -> [Document] {
        let utf8 = try TextDecoder().decode(bytes, id: id).utf8
        let textReader = PlainTextReader(classifier: classifier)
        var documents: [Document] = []
        var lineNumber = 0
        for line in utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let content = TextBytes.trimmed(line.startIndex..<line.endIndex, in: utf8)
            if content.isEmpty { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(utf8[content]), options: [])
            } catch {
                throw .invalidJSONLine(path: id, line: lineNumber, reason: "not valid JSON")
            }
            guard let fields = object as? [String: Any] else {
                throw .invalidJSONLine(path: id, line: lineNumber, reason: "not a JSON object")
            }
            guard let text = fields["text"] as? String else {
                throw .invalidJSONLine(path: id, line: lineNumber, reason: "no string \"text\"")
            }
            let documentID: String
            switch fields["id"] {
            case let string as String: documentID = string
            case let number as NSNumber: documentID = number.stringValue
            default: documentID = "\(id):\(lineNumber)"
            }
            do {
                documents.append(try textReader.document(utf8: Array(text.utf8), id: documentID, title: fields["title"] as? String))
            } catch .noText {
                continue
            }
        }
        if documents.isEmpty { throw .noText(path: id) }
        return documents
    }
}
