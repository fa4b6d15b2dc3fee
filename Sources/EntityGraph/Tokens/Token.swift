/// A token: a byte range of the document text and a few shape flags computed once.
///
/// Tokens are not Strings: creating a String per token halves tokenizer throughput
/// (see DESIGN.md's text-speed notes). Ask the `TokenizedDocument` for a token's text.
public struct Token: Sendable, Equatable {
    public var start: Int32
    public var end: Int32
    public var shape: Shape

    public init(start: Int, end: Int, shape: Shape) {
        self.start = Int32(start)
        self.end = Int32(end)
        self.shape = shape
    }

    public var byteRange: Range<Int> { Int(start)..<Int(end) }
    public var byteCount: Int { Int(end - start) }

    /// Orthographic features of a token, from its bytes.
    public struct Shape: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }

        /// First character is an uppercase letter (ASCII or not).
        public static let capitalized = Shape(rawValue: 1 << 0)
        /// Every letter is uppercase and there are at least two letters.
        public static let allCaps = Shape(rawValue: 1 << 1)
        /// Contains a lowercase letter.
        public static let hasLower = Shape(rawValue: 1 << 2)
        public static let hasDigit = Shape(rawValue: 1 << 3)
        /// Only digits and number punctuation (1,000.5).
        public static let number = Shape(rawValue: 1 << 4)
        /// Punctuation or a symbol, no letters or digits.
        public static let punctuation = Shape(rawValue: 1 << 5)
        /// Contains a period inside or at the end (U.S., Dr.).
        public static let hasPeriod = Shape(rawValue: 1 << 6)
        /// Contains a hyphen inside (U.S.-Russia, President-elect).
        public static let hasHyphen = Shape(rawValue: 1 << 7)
        /// Contains a non-ASCII byte.
        public static let nonASCII = Shape(rawValue: 1 << 8)
        /// An opening or closing quote mark, straight or curly.
        public static let quote = Shape(rawValue: 1 << 9)
        /// A dash or hyphen standing alone (–, —, -).
        public static let dash = Shape(rawValue: 1 << 10)
        /// A possessive or contraction ending split off a word ('s, ’s).
        public static let clitic = Shape(rawValue: 1 << 11)
        /// A word that ends a sentence abbreviation-wise ambiguous: an abbreviation (Dr., U.S.).
        public static let abbreviation = Shape(rawValue: 1 << 12)
    }
}

/// A sentence: a range of token indices within one paragraph.
public struct Sentence: Sendable, Equatable {
    public var tokens: Range<Int>
    /// Index into `TokenizedDocument.paragraphs`.
    public var paragraph: Int

    public init(tokens: Range<Int>, paragraph: Int) {
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
