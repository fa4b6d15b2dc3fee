import Foundation
import Testing
@testable import EntityGraph

@Suite struct DocumentLoaderTests {
    @Test func choosesTheReaderByExtensionAndSniffsTheRest() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let page = "<!DOCTYPE html><html><body><p>Hello &amp; welcome.</p></body></html>"
        let sniffedHTML = try folder.write("page.download", page)
        let textNamedTxt = try folder.write("page.txt", page)
        let plain = try folder.write("notes", "Plain &amp; simple.\n\nSecond.")
        let loader = DocumentLoader()
        #expect(paragraphTexts(try loader.load(.file(sniffedHTML))[0]) == ["Hello & welcome."])
        #expect(paragraphTexts(try loader.load(.file(textNamedTxt))[0]) == [page])
        #expect(paragraphTexts(try loader.load(.file(plain))[0]) == ["Plain &amp; simple.", "Second."])
        #expect(try loader.load(.file(plain))[0].id == plain)
    }

    @Test func fileErrorsNameThePath() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let empty = try folder.write("empty.txt", "")
        #expect(readError { try DocumentLoader().load(.file(empty)) } == .empty(path: empty))
        #expect(readError { try DocumentLoader().load(.file(folder.path + "/none.txt")) } == .notFound(path: folder.path + "/none.txt"))
        #expect(readError { try DocumentLoader().load(.file(folder.path)) } == .unreadable(path: folder.path, reason: "is a folder"))
    }

    @Test func readsJSONLines() throws {
        let lines = """
            {"id": "a1", "title": "Given title", "text": "Putin spoke.\\n\\nBiden answered."}

            {"id": 42, "text": "Numbered id."}
            {"text": "No id: path and line."}
            """
        let documents = try DocumentLoader().read(Array(lines.utf8), id: "feed.jsonl", format: .jsonLines)
        #expect(documents.map(\.id) == ["a1", "42", "feed.jsonl:4"])
        #expect(documents[0].title == "Given title")
        #expect(paragraphTexts(documents[0]) == ["Putin spoke.", "Biden answered."])
    }

    @Test func aBadJSONLineNamesItsLine() {
        let lines = "{\"text\": \"fine\"}\n{\"title\": \"no text\"}\n"
        #expect(readError { try DocumentLoader().read(Array(lines.utf8), id: "feed.jsonl", format: .jsonLines) }
            == .invalidJSONLine(path: "feed.jsonl", line: 2, reason: "no string \"text\", \"body\" or \"content\""))
        #expect(readError { try DocumentLoader().read(Array("{\"text\": \n".utf8), id: "feed.jsonl", format: .jsonLines) }
            == .invalidJSONLine(path: "feed.jsonl", line: 1, reason: "not valid JSON"))
    }

    @Test func readsHTMLOnSeveralThreadsAtOnce() async throws {
        let page = Array("""
            <html><head><title>Parallel</title></head><body><h1>Heading</h1>
            \(String(repeating: "<p>Moscow and Washington talked again about arms control.</p>", count: 200))
            </body></html>
            """.utf8)
        let loader = DocumentLoader()
        let expected = try loader.read(page, id: "p.html", format: .html)[0]
        let results = try await withThrowingTaskGroup(of: Document.self) { group in
            for index in 0..<8 {
                group.addTask { try loader.read(page, id: "p.html", format: index % 2 == 0 ? .html : nil)[0] }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0.text == expected.text && $0.paragraphs == expected.paragraphs && $0.title == "Parallel" })
        #expect(expected.paragraphs.count == 201)
    }
}
