/// One input text: an article read from a file or standard input.
///
/// `text` is valid UTF-8 (readers validate it); every offset in the pipeline is a UTF-8 byte
/// offset into it. Paragraphs cover the text; furniture paragraphs (share buttons, newsletter
/// prompts, comment forms) stay in `text` so offsets do not move, but later stages skip them.
public struct Document: Sendable {
    /// The path the document was read from, or the id its caller gave it.
    public var id: String
    public var text: String
    public var paragraphs: [Paragraph]
    public var title: String?
    /// The day the document was published (UTC), from its record, its page's metadata or its
    /// file name; nil when none says (see `DocumentDate`).
    public var date: DocumentDate?

    public init(id: String, text: String, paragraphs: [Paragraph], title: String? = nil, date: DocumentDate? = nil) {
        self.id = id
        self.text = text
        self.paragraphs = paragraphs
        self.title = title
        self.date = date
    }
}

/// A block of text: a paragraph of a plain text file (blank-line separated) or an HTML block.
public struct Paragraph: Sendable, Equatable {
    /// What a paragraph is to the article.
    public enum Role: String, Sendable, Equatable {
        case heading
        case body
        /// Page furniture: navigation, newsletter prompts, comment forms, bare links.
        case furniture
        /// The dateline that opens a story ("SEOUL (Reuters) -"): its place and outlet are not
        /// part of the story, so they must not be co-mentioned with what it names.
        case dateline
    }

    /// UTF-8 byte offsets into `Document.text`.
    public var range: Range<Int>
    public var role: Role
    /// Why the paragraph is furniture or a dateline, or was split off as one; nil for content.
    public var reason: FurnitureClassifier.Reason?

    public init(range: Range<Int>, role: Role, reason: FurnitureClassifier.Reason? = nil) {
        self.range = range
        self.role = role
        self.reason = reason
    }

    /// Whether later stages read the paragraph: neither furniture nor a dropped dateline.
    public var isContent: Bool { role != .furniture && role != .dateline }
}
