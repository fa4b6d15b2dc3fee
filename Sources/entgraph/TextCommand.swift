import ArgumentParser
import EntityGraph

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the text the pipeline reads from each input, paragraphs as blank-line-separated blocks.",
        discussion: """
        Furniture (share buttons, related-article teasers, credits, navigation, comment forms…) \
        and datelines are left out; --furniture prints them too, each block marked \
        "[furniture: REASON]" or "[dateline]". When more than one document is read, each starts \
        with a header line "==> ID <==" (ID: the path, or the JSON Lines id), and documents are \
        separated by a blank line.

        Examples:
          entgraph text article.html
          entgraph text corpus/ --furniture
          cat page.html | entgraph text -
        """
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Also print furniture and datelines, each block marked with why it is left out.")
    var furniture = false

    func run() throws {
        var report = ProblemReport()
        let inputs = corpus.collectInputs(&report)
        let loader = corpus.documentLoader
        var printed = 0
        // Under --strict nothing is written when an input is skipped, so the text waits.
        var held = ""
        for input in inputs {
            let documents: [Document]
            var skipped: [DocumentReadError] = []
            do {
                documents = try loader.load(input, skipping: &skipped)
            } catch {
                report.add(error)
                skipped.forEach { report.add($0) }
                continue
            }
            skipped.forEach { report.add($0) }
            report.inputsRead += 1
            for document in documents {
                var output = printed > 0 ? "\n" : ""
                if inputs.count > 1 || documents.count > 1 {
                    output += "==> \(FileSystemPath.displayed(document.id)) <==\n"
                }
                output += blocks(of: document)
                if corpus.strict { held += output } else { try StandardOutput.write(output) }
                printed += 1
            }
        }
        try report.check(strict: corpus.strict)
        try StandardOutput.write(held)
        throw report.exitCode
    }

    /// The document's paragraphs, each followed by a blank line but the last.
    private func blocks(of document: Document) -> String {
        let bytes = Array(document.text.utf8)
        var lines: [String] = []
        for paragraph in document.paragraphs where furniture || paragraph.isContent {
            let text = String(decoding: bytes[paragraph.range], as: UTF8.self)
            switch paragraph.role {
            case .furniture: lines.append("[furniture: \(paragraph.reason?.rawValue ?? "page")] " + text)
            case .dateline: lines.append("[dateline] " + text)
            case .heading, .body: lines.append(text)
            }
        }
        return lines.map { $0 + "\n" }.joined(separator: "\n")
    }
}
