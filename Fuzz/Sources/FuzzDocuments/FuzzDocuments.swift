import EntityGraph

/// libFuzzer target: any bytes through a document reader, then through every later stage.
///
/// The first byte picks the reader (sniffing, text, Markdown, HTML, JSON Lines); the rest is the
/// file. A reader may refuse the bytes with a `DocumentReadError`; it must never crash, and what
/// it returns must keep the `Document` contract (paragraph ranges inside the text, in order),
/// which the tokenizer, the recognizer, the graph and every exporter then get to chew on.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocuments(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let formats: [DocumentFormat?] = [nil] + DocumentFormat.allCases
    let format = formats[Int(data[0]) % formats.count]
    let documents: [Document]
    do {
        documents = try DocumentLoader().read(bytes, id: "fuzz.input", format: format)
    } catch {
        precondition(error.path == "fuzz.input" && !error.problem.isEmpty, "error without a path or a problem: \(error)")
        return 0
    }
    precondition(!documents.isEmpty, "a read that succeeds returns at least one document")
    for document in documents {
        checkParagraphs(of: document)
    }
    FuzzPipeline.shared.buildAndExport(documents)
    return 0
}

/// Paragraph ranges lie inside the text, in order, without overlapping, on character boundaries.
func checkParagraphs(of document: Document) {
    let utf8 = Array(document.text.utf8)
    var previousEnd = 0
    for paragraph in document.paragraphs {
        let range = paragraph.range
        precondition(range.lowerBound >= previousEnd && range.upperBound <= utf8.count,
                     "paragraph \(range) out of order or outside the text (\(utf8.count) bytes)")
        precondition(!range.isEmpty, "empty paragraph at \(range)")
        precondition(utf8[range.lowerBound] & 0xC0 != 0x80, "paragraph starts inside a character at \(range)")
        precondition(range.upperBound == utf8.count || utf8[range.upperBound] & 0xC0 != 0x80,
                     "paragraph ends inside a character at \(range)")
        previousEnd = range.upperBound
    }
}

/// The pipeline every input shares: building the country table once keeps each run fast.
struct FuzzPipeline: Sendable {
    static let shared = FuzzPipeline()

    let pipeline: Pipeline

    init() {
        guard let countries = try? CountryTable.shared() else {
            fatalError("the country table (iso-codes) is needed to fuzz the pipeline")
        }
        var options = GraphOptions()
        options.types = Set(EntityKind.allCases)
        pipeline = try! Pipeline(options: options, countries: countries)
    }

    /// Analyzes the documents, builds their graph and exports it in every format.
    func buildAndExport(_ documents: [Document]) {
        var builder = GraphBuilder(options: pipeline.options, countries: pipeline.countries)
        for document in documents {
            builder.add(pipeline.analyze(document))
        }
        let graph = builder.build()
        for format in ExportFormat.allCases {
            do {
                _ = try format.exporter().files(for: graph)
            } catch {
                preconditionFailure("\(format) export failed: \(error)")
            }
        }
    }
}
