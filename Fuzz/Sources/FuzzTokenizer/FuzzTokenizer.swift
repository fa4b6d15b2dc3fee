import EntityGraph

/// libFuzzer target: any text through the tokenizer, the recognizer and the resolver.
///
/// The bytes become a string (ill-formed UTF-8 repaired, as readers never pass it on); each
/// line is a paragraph, a line starting with `~` is furniture and one starting with `#` a
/// heading. The tokenizer must keep its contract: tokens are non-empty byte ranges on character
/// boundaries, in order, inside content paragraphs; sentences are consecutive token ranges
/// covering every token of their paragraph; mentions point at real tokens and sentences.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let utf8 = Array(text.utf8)
    var paragraphs: [Paragraph] = []
    var start = 0
    for end in utf8.indices where utf8[end] == 0x0A || end == utf8.count - 1 {
        let stop = utf8[end] == 0x0A ? end : end + 1
        if stop > start {
            let role: Paragraph.Role = switch utf8[start] {
            case UInt8(ascii: "~"): .furniture
            case UInt8(ascii: "#"): .heading
            default: .body
            }
            paragraphs.append(Paragraph(range: start..<stop, role: role))
        }
        start = end + 1
    }
    let document = Document(id: "fuzz.input", text: text, paragraphs: paragraphs)
    let tokenized = Tokenizer().tokenize(document)
    checkTokens(tokenized)
    let pipeline = FuzzPipeline.shared
    let mentions = pipeline.recognizer.recognize(tokenized)
    for mention in mentions {
        precondition(!mention.tokens.isEmpty && mention.tokens.upperBound <= tokenized.tokens.count,
                     "mention \(mention.tokens) outside \(tokenized.tokens.count) tokens")
        precondition(mention.sentence >= 0 && mention.sentence < tokenized.sentences.count,
                     "mention in sentence \(mention.sentence) of \(tokenized.sentences.count)")
        precondition(tokenized.sentences[mention.sentence].tokens.contains(mention.tokens.lowerBound)
                     && tokenized.sentences[mention.sentence].tokens.contains(mention.tokens.upperBound - 1),
                     "mention \(mention.tokens) not inside its sentence \(tokenized.sentences[mention.sentence].tokens)")
    }
    var builder = GraphBuilder(options: pipeline.options, countries: pipeline.pipeline.countries)
    builder.add(DocumentResolver().resolve(mentions, in: tokenized))
    _ = builder.build()
    return 0
}

/// Checks the tokenizer's contract on one document; a violation stops the fuzzer with a message.
func checkTokens(_ tokenized: TokenizedDocument) {
    let bytes = tokenized.bytes
    let content = tokenized.document.paragraphs.filter(\.isContent).map(\.range)
    var previousEnd = 0
    for token in tokenized.tokens {
        let range = token.byteRange
        precondition(!range.isEmpty && range.lowerBound >= previousEnd && range.upperBound <= bytes.count,
                     "token \(range) empty, out of order or outside the text")
        precondition(bytes[range.lowerBound] & 0xC0 != 0x80, "token \(range) starts inside a character")
        precondition(range.upperBound == bytes.count || bytes[range.upperBound] & 0xC0 != 0x80,
                     "token \(range) ends inside a character")
        precondition(content.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound },
                     "token \(range) outside every content paragraph")
        previousEnd = range.upperBound
    }
    var nextToken = 0
    for sentence in tokenized.sentences {
        precondition(sentence.tokens.lowerBound == nextToken && !sentence.tokens.isEmpty,
                     "sentence \(sentence.tokens) does not start where the last one ended (\(nextToken))")
        precondition(sentence.paragraph >= 0 && sentence.paragraph < tokenized.paragraphs.count
                     && tokenized.paragraphs[sentence.paragraph].lowerBound <= sentence.tokens.lowerBound
                     && sentence.tokens.upperBound <= tokenized.paragraphs[sentence.paragraph].upperBound,
                     "sentence \(sentence.tokens) outside its paragraph \(sentence.paragraph)")
        nextToken = sentence.tokens.upperBound
    }
    precondition(nextToken == tokenized.tokens.count, "sentences cover \(nextToken) of \(tokenized.tokens.count) tokens")
}

/// The recognizer and options every input shares: the country table is built once.
struct FuzzPipeline: Sendable {
    static let shared = FuzzPipeline()

    let pipeline: Pipeline
    var recognizer: any MentionRecognizer { pipeline.recognizer }
    var options: GraphOptions { pipeline.options }

    init() {
        guard let countries = try? CountryTable.shared() else {
            fatalError("the country table (iso-codes) is needed to fuzz the recognizer")
        }
        var options = GraphOptions()
        options.types = Set(EntityKind.allCases)
        pipeline = try! Pipeline(options: options, countries: countries)
    }
}
