import Foundation
@testable import EntityGraph

/// A document whose paragraphs are separated by blank lines, all of them body text.
func makeDocument(_ text: String, id: String = "test.txt") -> Document {
    var paragraphs: [Paragraph] = []
    let bytes = Array(text.utf8)
    var start = 0
    var i = 0
    while i <= bytes.count {
        let atBreak = i == bytes.count || (i + 1 < bytes.count && bytes[i] == 0x0A && bytes[i + 1] == 0x0A)
        if atBreak {
            if i > start { paragraphs.append(Paragraph(range: start..<i, role: .body)) }
            start = i + 2
            i += 2
        } else {
            i += 1
        }
    }
    return Document(id: id, text: text, paragraphs: paragraphs)
}

func tokenTexts(_ text: String) -> [String] {
    let tokenized = Tokenizer().tokenize(makeDocument(text))
    return tokenized.tokens.indices.map { tokenized.text(of: $0) }
}

func sentenceTexts(_ text: String) -> [String] {
    let tokenized = Tokenizer().tokenize(makeDocument(text))
    return tokenized.sentences.map { tokenized.text(tokens: $0.tokens) }
}

/// The repository's root folder, found from this file's path.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
