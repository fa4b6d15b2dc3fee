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

/// The system's country table (iso-codes is a build dependency).
let testCountries: CountryTable = try! CountryTable.shared()

/// (text, kind) of every mention the rule-based recognizer finds in `text`.
func recognized(_ text: String) -> [String] {
    let tokenized = Tokenizer().tokenize(makeDocument(text))
    return RuleBasedRecognizer(countries: testCountries).recognize(tokenized).map {
        "\(tokenized.text(tokens: $0.tokens))/\($0.kind.rawValue)"
    }
}

/// Options that keep every name the tagger found, however unsure (`--min-confidence 0`): for
/// tests of rules that a one-line made-up document gives the tagger too little context for.
func keepingEveryName() -> GraphOptions {
    var options = GraphOptions()
    options.resolution.minConfidence = 0
    return options
}

/// The graph of some made-up documents, through every stage but reading.
func graph(of texts: [String], options: GraphOptions = GraphOptions()) -> CoMentionGraph {
    let pipeline = try! Pipeline(options: options, countries: testCountries)
    var builder = GraphBuilder(options: options, countries: testCountries)
    for (i, text) in texts.enumerated() { builder.add(pipeline.analyze(makeDocument(text, id: "doc\(i).txt"))) }
    return builder.build()
}
