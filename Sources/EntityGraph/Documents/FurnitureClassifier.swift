/// Marks the paragraphs of a page that are not the article: comment forms, share and follow
/// prompts, newsletter boxes, "related posts" lists, bare links, legal lines, template text.
///
/// Each paragraph gets shallow text features in the spirit of Kohlschütter et al.: word count,
/// whether it ends like a sentence, the share of its bytes in URLs and e-mail addresses, the
/// share in link anchors (HTML `<a>`, Markdown `[text](url)`), and counts of web-interface
/// phrases and words (`FurnitureVocabulary`). A paragraph is furniture when
///
///     no letter or digit                                                   (decoration: "* * *")
///     or  ≤ 4 words in capitals framed by "=", "~", "+", "|" or "#"          (a wire slug: "=(PICTURE)=")
///     or  urlBytes / nonSpaceBytes ≥ 0.5                                   (bare links)
///     or  anchorBytes / nonSpaceBytes ≥ 0.8 and anchors ≥ 3                (a menu line)
///     or  it contains placeholder text ("lorem ipsum")
///     or  words ≤ 30 and (phrases ≥ 2
///                         or phrases ≥ 1 and (not a sentence or 2 · coveredWords ≥ words)
///                         or not a sentence and 2 · interfaceWords > words)
///         where phrases = interface phrases ("leave a reply", "follow us"), coveredWords = the
///         words they span, interfaceWords = words like "share", "comments", "twitter"
///
/// and then, from context:
///
///     a run of ≥ 3 paragraphs each with anchor share ≥ 0.8                 (link lists)
///     a label (≤ 4 words ending in ":") right before furniture             ("Original url:")
///     the trailing block: the longest run at the end of the article made of furniture and
///     short non-sentences (≤ 8 words), when it holds some furniture        ("Recent Posts")
///
/// Sentences need two interface phrases, or one that is most of the sentence ("Comments are
/// closed."), because news prose uses single ones ("refused to sign up to the treaty"); lone
/// interface words must be most of a non-sentence ("Share Tweet Email", not "Twitter and
/// Facebook Ban Trump"); headlines, bylines ("By Todd Prince*"), dates and photo credits carry no
/// interface vocabulary and stay content wherever they are. Opinion-page disclaimers ("The
/// views expressed … do not necessarily reflect the position of …") are furniture: they are
/// boilerplate that would tie the publisher to every column it prints.
///
/// - Complexity: O(n) in the bytes of the paragraphs; phrase matching runs only on paragraphs
///   of at most 30 words.
/// - Reference: C. Kohlschütter, P. Fankhauser, W. Nejdl, "Boilerplate detection using shallow
///   text features", WSDM 2010, doi:10.1145/1718487.1718542.
public struct FurnitureClassifier: Sendable {
    /// Why a paragraph was marked furniture.
    public enum Reason: String, Sendable, Equatable {
        case noLetters, links, menuLine, placeholder, interfaceVocabulary, slug
        case linkList, labelBeforeFurniture, trailingBlock
        /// Spans inside plain-text paragraphs (`TextFurnitureDetector`): share-button rows,
        /// related-article teasers, dated publication signatures, source and agency credits,
        /// contact lines, a story's dateline, the speaker labels of a transcript, and JSON-LD
        /// metadata leaked into the text.
        case shareButtons, relatedTeaser, signature, credit, contact, dateline, speakerLabel, structuredData
    }

    /// Splits furniture and datelines out of plain-text paragraphs before they are classified.
    public var textFurniture: TextFurnitureDetector

    /// The classifier with the built-in vocabulary and thresholds.
    public init(textFurniture: TextFurnitureDetector = TextFurnitureDetector()) {
        self.textFurniture = textFurniture
    }

    /// `document` with its page furniture marked `.furniture`.
    public func classify(_ document: Document) -> Document {
        var document = document
        let bytes = Array(document.text.utf8)
        document.paragraphs = bytes.withUnsafeBufferPointer { classify(document.paragraphs, bytes: $0, anchors: nil) }
        return document
    }

    /// For each paragraph of `document`, why it would be furniture, or nil when it is content:
    /// for debugging a page whose text went missing. HTML anchor statistics are not kept in a
    /// `Document`, so HTML menu lines are judged here by their text alone.
    public func reasons(in document: Document) -> [Reason?] {
        let bytes = Array(document.text.utf8)
        return bytes.withUnsafeBufferPointer { reasons(document.paragraphs, bytes: $0, anchors: nil) }
    }

    /// `paragraphs` with page furniture re-labelled `.furniture`; other roles are kept.
    func classify(_ paragraphs: [Paragraph], bytes: UnsafeBufferPointer<UInt8>, anchors: [AnchorStatistics]?) -> [Paragraph] {
        let reasons = self.reasons(paragraphs, bytes: bytes, anchors: anchors)
        var result = paragraphs
        for index in result.indices where reasons[index] != nil && result[index].role != .furniture {
            result[index].role = .furniture
            result[index].reason = reasons[index]
        }
        return result
    }

    /// For each paragraph, why it is furniture, or nil when it is content.
    func reasons(_ paragraphs: [Paragraph], bytes: UnsafeBufferPointer<UInt8>, anchors: [AnchorStatistics]?) -> [Reason?] {
        let features = paragraphs.indices.map { index in
            ParagraphFeatures(bytes: bytes, range: paragraphs[index].range, anchors: anchors?[index])
        }
        // Furniture already found inside plain-text paragraphs counts as furniture here too
        // (a "Source: …" line split off at the end opens the trailing block).
        var reasons = paragraphs.indices.map { index in
            paragraphs[index].role == .furniture ? paragraphs[index].reason ?? features[index].ownReason : features[index].ownReason
        }

        // Link lists: three or more paragraphs in a row that are almost all anchor text.
        var runStart = 0
        for index in 0...features.count {
            if index < features.count, features[index].anchorShare >= 0.8 { continue }
            if index - runStart >= 3 {
                for member in runStart..<index where reasons[member] == nil { reasons[member] = .linkList }
            }
            runStart = index + 1
        }

        // Labels of the furniture after them, back to front so "Share:" "Follow:" chains work.
        for index in features.indices.reversed().dropFirst()
        where reasons[index] == nil && features[index].isLabel && reasons[index + 1] != nil {
            reasons[index] = .labelBeforeFurniture
        }

        // The trailing block: furniture and short non-sentences at the end of the article.
        var blockStart = features.count
        var holdsFurniture = false
        while blockStart > 0 {
            let candidate = blockStart - 1
            if reasons[candidate] != nil {
                holdsFurniture = true
            } else if !(features[candidate].words <= 8 && !features[candidate].isSentence) {
                break
            }
            blockStart = candidate
        }
        if holdsFurniture {
            for index in blockStart..<features.count where reasons[index] == nil { reasons[index] = .trailingBlock }
        }
        return reasons
    }
}

/// Link anchor statistics of one paragraph, measured by a reader that knows its markup (HTML).
struct AnchorStatistics: Sendable, Equatable {
    /// Non-whitespace bytes of the paragraph's text that sit inside link anchors.
    var anchorBytes: Int
    /// How many link anchors contributed text to the paragraph.
    var anchorCount: Int
}

/// The shallow features of one paragraph that `FurnitureClassifier` decides on.
struct ParagraphFeatures {
    var words: Int
    var isSentence: Bool
    var isLabel: Bool
    var hasLetters: Bool
    var linkShare: Double
    var anchorShare: Double
    var anchorCount: Int
    var asciiWords = 0
    var interfacePhrases = 0
    var coveredWords = 0
    var interfaceWords = 0
    var placeholder = false
    /// A wire service's tag between symbols, in capitals: "=(PICTURE)=", "= (PICTURES) =".
    var isSlug = false

    /// Paragraphs longer than this are never furniture by vocabulary.
    static let vocabularyWordLimit = 30

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, anchors: AnchorStatistics?) {
        words = TextBytes.wordCount(in: bytes, range: range)
        isSentence = TextBytes.endsLikeSentence(in: bytes, range: range)
        isLabel = words <= 4 && TextBytes.endsWithColon(in: bytes, range: range)
        hasLetters = TextBytes.hasLetterOrDigit(in: bytes, range: range)
        isSlug = words <= 4 && Self.isSlug(bytes, range)
        let links = LinkScan(bytes: bytes, range: range)
        let visible = max(links.nonSpaceBytes, 1)
        linkShare = Double(links.urlBytes) / Double(visible)
        let anchorStatistics = anchors ?? AnchorStatistics(anchorBytes: links.markdownAnchorBytes, anchorCount: links.markdownAnchors)
        anchorShare = Double(anchorStatistics.anchorBytes) / Double(visible)
        anchorCount = anchorStatistics.anchorCount
        let hashes = FurnitureVocabulary.wordHashes(in: bytes, range: range)
        asciiWords = hashes.count
        placeholder = FurnitureVocabulary.placeholderPhraseTable.matches(in: hashes).phrases > 0
        if words <= Self.vocabularyWordLimit {
            let matches = FurnitureVocabulary.interfacePhraseTable.matches(in: hashes)
            interfacePhrases = matches.phrases + links.copyrightSigns
            coveredWords = matches.coveredWords
            interfaceWords = hashes.reduce(0) { $0 + (FurnitureVocabulary.interfaceWordHashes.contains($1) ? 1 : 0) }
        }
    }

    /// Symbols that frame a wire slug ("=(PICTURE)=", "~ UPDATE ~"); not "*" or "_", which
    /// frame Markdown's bold and italic headings and credits.
    private static let slugFrames: Set<UInt8> = Set("=~+|#".utf8)

    /// Whether the text starts and ends with a framing symbol and has no lowercase letter.
    static func isSlug(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let visible = range.filter { !TextBytes.isASCIIWhitespace(bytes[$0]) }
        guard let first = visible.first, let last = visible.last, first != last,
              slugFrames.contains(bytes[first]), slugFrames.contains(bytes[last]) else { return false }
        return !visible.contains { bytes[$0] >= UInt8(ascii: "a") && bytes[$0] <= UInt8(ascii: "z") || bytes[$0] >= 0x80 }
    }

    /// Why the paragraph alone is furniture, or nil.
    var ownReason: FurnitureClassifier.Reason? {
        if !hasLetters { return .noLetters }
        if isSlug { return .slug }
        if linkShare >= 0.5 { return .links }
        if anchorShare >= 0.8 && anchorCount >= 3 { return .menuLine }
        if placeholder { return .placeholder }
        guard words <= Self.vocabularyWordLimit else { return nil }
        if interfacePhrases >= 2 { return .interfaceVocabulary }
        if interfacePhrases >= 1 && (!isSentence || 2 * coveredWords >= asciiWords) { return .interfaceVocabulary }
        if !isSentence && 2 * interfaceWords > asciiWords { return .interfaceVocabulary }
        return nil
    }
}

/// Counts the bytes of a paragraph that are URLs, e-mail addresses and Markdown link anchors.
struct LinkScan {
    var nonSpaceBytes = 0
    var urlBytes = 0
    var markdownAnchorBytes = 0
    var markdownAnchors = 0
    var copyrightSigns = 0

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if TextBytes.isASCIIWhitespace(byte) { index += 1; continue }
            if byte == 0xC2, index + 1 < range.upperBound, bytes[index + 1] == 0xA9 { copyrightSigns += 1 }
            // One whitespace-delimited token; only tokens that can hold a link are examined.
            var end = index
            var mayBeLink = false
            while end < range.upperBound {
                let current = bytes[end]
                if TextBytes.isASCIIWhitespace(current) { break }
                if current == UInt8(ascii: "@") || current == UInt8(ascii: "]") || current == UInt8(ascii: ":")
                    || current == UInt8(ascii: ".") {
                    mayBeLink = true
                }
                end += 1
            }
            nonSpaceBytes += end - index
            if mayBeLink { urlBytes += Self.urlByteCount(bytes, index..<end) }
            index = end
        }
        scanMarkdownLinks(bytes, range)
    }

    /// Counts complete Markdown links `[text](target)`: their non-whitespace bytes, brackets
    /// and target included, are anchor bytes, as an HTML `<a>` element's text would be.
    private mutating func scanMarkdownLinks(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            guard bytes[index] == UInt8(ascii: "[") else { index += 1; continue }
            // No "]" (or ")") after this point means none for any later "[" either: stop, which
            // keeps a paragraph full of brackets linear.
            guard let close = bytes[(index + 1)..<range.upperBound].firstIndex(of: UInt8(ascii: "]")) else { return }
            guard close + 1 < range.upperBound, bytes[close + 1] == UInt8(ascii: "(") else { index = close + 1; continue }
            guard let end = bytes[(close + 2)..<range.upperBound].firstIndex(of: UInt8(ascii: ")")) else { return }
            markdownAnchors += 1
            markdownAnchorBytes += bytes[index...end].reduce(0) { $0 + (TextBytes.isASCIIWhitespace($1) ? 0 : 1) }
            index = end + 1
        }
    }

    /// The bytes of `token` that are a URL or an e-mail address, surrounding brackets and
    /// punctuation excluded; a Markdown `](target)` counts its target.
    static func urlByteCount(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Range<Int>) -> Int {
        let token = stripped(bytes, token)
        guard !token.isEmpty else { return 0 }
        for prefix in urlPrefixes where token.count > prefix.count && hasPrefix(bytes, token.lowerBound, prefix) {
            return token.count
        }
        // "](target)": the target of a Markdown link.
        var index = token.lowerBound
        while index + 1 < token.upperBound {
            if bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "(") {
                return stripped(bytes, index + 2..<token.upperBound).count
            }
            index += 1
        }
        // name@host.tld
        if let at = bytes[token].firstIndex(of: UInt8(ascii: "@")), at > token.lowerBound,
           TextBytes.isASCIIAlphanumeric(bytes[at - 1]),
           let dot = bytes[(at + 1)..<token.upperBound].firstIndex(of: UInt8(ascii: ".")), dot > at + 1,
           dot + 1 < token.upperBound, TextBytes.isASCIIAlphanumeric(bytes[dot + 1]) {
            return token.count
        }
        return 0
    }

    /// Whether the bytes at `start` begin with `prefix`, ignoring ASCII case.
    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ prefix: [UInt8]) -> Bool {
        for offset in 0..<prefix.count where TextBytes.asciiLowercased(bytes[start + offset]) != prefix[offset] {
            return false
        }
        return true
    }

    private static let leadingPunctuation: [UInt8] = Array("<([{\"'*".utf8)
    private static let trailingPunctuation: [UInt8] = Array(">)]}\"'.,;:!?*".utf8)
    private static let urlPrefixes: [[UInt8]] = ["http://", "https://", "ftp://", "www.", "mailto:"].map { Array($0.utf8) }

    /// `token` without leading `<([{"'*` and trailing `>)]}"'.,;:!?*`.
    private static func stripped(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Range<Int>) -> Range<Int> {
        var start = token.lowerBound, end = token.upperBound
        while start < end, leadingPunctuation.contains(bytes[start]) { start += 1 }
        while end > start, trailingPunctuation.contains(bytes[end - 1]) { end -= 1 }
        return start..<end
    }
}
