import Foundation
@testable import EntityGraph

/// The text of `paragraph` in `document`, cut by its UTF-8 byte range.
func paragraphText(_ document: Document, _ paragraph: Paragraph) -> String {
    String(decoding: Array(document.text.utf8)[paragraph.range], as: UTF8.self)
}

/// The texts of `document`'s paragraphs with the given role, or of all when `role` is nil.
func paragraphTexts(_ document: Document, role: Paragraph.Role? = nil) -> [String] {
    document.paragraphs.filter { role == nil || $0.role == role }.map { paragraphText(document, $0) }
}

/// The `DocumentReadError` a call throws, or nil when it returns (or throws something else).
func readError<T>(_ body: () throws -> T) -> DocumentReadError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error as? DocumentReadError
    }
}

/// A fresh folder under the temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("entgraph-documents-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `contents` to `relativePath` (folders created as needed) and returns the full path.
    @discardableResult
    func write(_ relativePath: String, _ contents: String) throws -> String {
        try write(relativePath, bytes: Array(contents.utf8))
    }

    @discardableResult
    func write(_ relativePath: String, bytes: [UInt8]) throws -> String {
        let full = path + "/" + relativePath
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// The sample corpus at the repository root (`corpus/`), found from this file's path.
let sampleCorpusFolder: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent() // Documents
    .deletingLastPathComponent() // EntityGraphTests
    .deletingLastPathComponent() // Tests
    .deletingLastPathComponent() // repository root
    .appendingPathComponent("corpus").path
