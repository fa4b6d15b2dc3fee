/// Finds the furniture that plain text keeps inside its paragraphs, and the dateline that opens
/// a story, and splits paragraphs around them so that neither produces a mention.
///
/// Text extracted from web pages loses its markup: share buttons, related-article teasers,
/// outlet signatures and agency credit lines end up in the middle or at the end of a long line
/// of prose, where the paragraph rules of `FurnitureClassifier` cannot see them. This detector
/// works on whitespace-delimited words inside each paragraph and marks spans:
///
/// - share rows: a run of bare words each of which is a social network ("Facebook", "Tumblr"),
///   a share-interface word ("Send", "Permalink", "Email") or a URL, holding at least three
///   networks, or two and an interface word. Prose lists networks with commas and "and"
///   ("on Twitter and Facebook"), which ends a run.
/// - related-article teasers: a bare parenthesized date between two sentences ("… (22.01.2017)
///   Next sentence") ends a teaser; the teaser runs back to the previous teaser or share row when
///   it is at most 60 words away, else over at most two sentences of at most 45 words in all.
/// - publication signatures: a parenthesized group at a sentence boundary holding a date and
///   words ("(Weekly Review 01/13/2017 page 18)").
/// - credits: a "Source:", "Sources:", "Author:" or "Editor:" label at a sentence boundary
///   followed by at most ten words to the end of the paragraph, capitalized or small words of
///   credits ("and", "news", "agencies"); a parenthesized list of
///   agencies at a sentence boundary, after editors' initials ("ab/cd (Reuters, AFP)") or with
///   at least two names ("(AP, AFP)"); "(Reporting by …)" lines; a sentence of at most 25 words
///   ending "contributed to this report"; photo credits (`photoCredits`).
/// - contact lines: a sentence of at most 20 words holding an e-mail address or a handle and a
///   verb such as "contact", "email" or "follow", or made of addresses alone.
/// - datelines: at the start of a body paragraph up to the first one of more than 15 words (the
///   story; bylines and dates may come before it), or of a line in them, at
///   most eight capitalized words (place, date, reporter) and an outlet in parentheses or
///   slashes ("Beijing (CNN)", "MOSCOW, February 9. /TASS/.", "SEOUL (Reuters) -"), or
///   capitalized place words and a dash ("WASHINGTON —"), followed by a capitalized word. A
///   name followed by its own acronym ("World Health Organization (WHO) Officials") or by a
///   legal form ("Sigma Mines (Quebec) Ltd said") is not a dateline. Datelines become `.dateline` paragraphs of their own, or `.body` ones with
///   `keepDatelines`: either way the outlet and place are never in a sentence with the story.
///
/// Everything is decided from the shapes of words and a short list of interface words, never
/// from the names of particular outlets, so "Twitter and Facebook", "Reuters reported" and a
/// "(AP)" inside a sentence stay content.
///
/// - Complexity: O(n) in the bytes of the paragraphs: each word is looked at a bounded number
///   of times (runs and look-backs are capped at a few dozen words).
/// - Reference: the boilerplate classes follow C. Kohlschütter, P. Fankhauser, W. Nejdl,
///   "Boilerplate detection using shallow text features", WSDM 2010,
///   doi:10.1145/1718487.1718542, applied below the paragraph, to word runs.
public struct TextFurnitureDetector: Sendable {
    /// Keep datelines as content (their own `.body` paragraph, so the outlet is still a mention
    /// but shares no sentence or paragraph with the story) instead of `.dateline`.
    public var keepDatelines: Bool

    /// A detector that drops datelines unless `keepDatelines` is set.
    public init(keepDatelines: Bool = false) {
        self.keepDatelines = keepDatelines
    }

    /// A span of a paragraph that is furniture or a dateline, with why.
    struct Span: Equatable {
        var range: Range<Int>
        var reason: FurnitureClassifier.Reason
    }

    /// `paragraphs` with each furniture and dateline span split off into a paragraph of its own
    /// (`.furniture` or `.dateline`, with its reason); what remains of a paragraph keeps its role,
    /// and a remainder without a letter or digit becomes furniture.
    func split(_ paragraphs: [Paragraph], bytes: UnsafeBufferPointer<UInt8>) -> [Paragraph] {
        var result: [Paragraph] = []
        result.reserveCapacity(paragraphs.count)
        var bodyParagraphsSeen = 0
        var storyStarted = false
        let speakerLabels = self.speakerLabels(in: paragraphs, bytes: bytes)
        for paragraph in paragraphs {
            // Single-line furniture ("Share this with Email Facebook …") can look like a
            // subheading, so headings are searched too; datelines open body paragraphs only.
            guard paragraph.role == .body || paragraph.role == .heading else {
                result.append(paragraph)
                continue
            }
            // The story starts at the first body paragraph of more than 15 words; bylines and
            // dates may come before it, and each of them may hold the dateline.
            var datelineAllowed = false
            if paragraph.role == .body, !storyStarted, bodyParagraphsSeen < 4 {
                datelineAllowed = true
                bodyParagraphsSeen += 1
                storyStarted = TextBytes.wordCount(in: bytes, range: paragraph.range) > 15
            }
            var spans = self.spans(in: paragraph.range, bytes: bytes, lookForDateline: datelineAllowed)
            for label in speakerLabels[paragraph.range.lowerBound] ?? [] where !spans.contains(where: { $0.range.overlaps(label) }) {
                spans.append(Span(range: label, reason: .speakerLabel))
            }
            spans.sort { $0.range.lowerBound < $1.range.lowerBound }
            if spans.isEmpty {
                result.append(paragraph)
                continue
            }
            var cursor = paragraph.range.lowerBound
            func appendContent(upTo end: Int) {
                let piece = TextBytes.trimmed(cursor..<end, in: bytes)
                guard !piece.isEmpty else { return }
                if TextBytes.hasLetterOrDigit(in: bytes, range: piece) {
                    result.append(Paragraph(range: piece, role: paragraph.role))
                } else {
                    result.append(Paragraph(range: piece, role: .furniture, reason: .noLetters))
                }
            }
            for span in spans {
                appendContent(upTo: span.range.lowerBound)
                let role: Paragraph.Role = span.reason == .dateline ? (keepDatelines ? .body : .dateline) : .furniture
                result.append(Paragraph(range: span.range, role: role, reason: span.reason))
                cursor = span.range.upperBound
            }
            appendContent(upTo: paragraph.range.upperBound)
        }
        return result
    }

    /// The speaker labels of a transcript, by the start of the paragraph holding them: a line
    /// that opens with one to four capitalized words in brackets ("((Perttu Ahola))", "[WN]")
    /// or before a colon ("Perttu Ahola:", "Q:"), and goes on, is a speaker's turn when the same
    /// label opens at least two lines of the document. A headline's "Trump: We will win" opens
    /// one line; a results list's "Brazil: 5 medals, Russia: 3" has a different label each time.
    ///
    /// - Complexity: O(n) in the document's bytes.
    func speakerLabels(in paragraphs: [Paragraph], bytes: UnsafeBufferPointer<UInt8>) -> [Int: [Range<Int>]] {
        var found: [(paragraph: Int, label: Range<Int>, key: [UInt8])] = []
        var counts: [[UInt8]: Int] = [:]
        for paragraph in paragraphs where paragraph.role == .body {
            let words = TextWords(bytes: bytes, range: paragraph.range)
            for start in words.lineStarts {
                guard let label = words.speakerLabel(at: start) else { continue }
                let key = label.key.map { $0 | 0x20 }
                found.append((paragraph.range.lowerBound, label.bytes, key))
                counts[key, default: 0] += 1
            }
        }
        var labels: [Int: [Range<Int>]] = [:]
        for item in found where counts[item.key, default: 0] >= 2 {
            labels[item.paragraph, default: []].append(item.label)
        }
        return labels
    }

    /// Schema.org JSON-LD that a page's scripts leaked into its text ("{"@context":
    /// "http://schema.org","@type":"Review","author": {"@type":"Person","name":…}}"): from an
    /// opening brace and a quoted "@" key to its balanced closing brace (strings and escapes
    /// skipped), or to the paragraph's end. Its names are the page's metadata, said again.
    ///
    /// - Complexity: O(n) in the paragraph's bytes.
    static func structuredData(in range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        var spans: [Span] = []
        var i = range.lowerBound
        while i + 2 < range.upperBound {
            guard bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "\""), bytes[i + 2] == UInt8(ascii: "@") else {
                i += 1
                continue
            }
            var depth = 0, inString = false, k = i
            while k < range.upperBound {
                let byte = bytes[k]
                if inString {
                    if byte == UInt8(ascii: "\\") { k += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
                } else if byte == UInt8(ascii: "\"") {
                    inString = true
                } else if byte == UInt8(ascii: "{") {
                    depth += 1
                } else if byte == UInt8(ascii: "}") {
                    depth -= 1
                    if depth == 0 { k += 1; break }
                }
                k += 1
            }
            let end = min(k, range.upperBound)
            spans.append(Span(range: i..<end, reason: .structuredData))
            i = end
        }
        return spans
    }

    /// The furniture and dateline spans of one paragraph, in order and not overlapping.
    func spans(in range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, lookForDateline: Bool) -> [Span] {
        let words = TextWords(bytes: bytes, range: range)
        guard !words.isEmpty else { return [] }
        var found: [(words: Range<Int>, reason: FurnitureClassifier.Reason)] = []
        var datelines: [Span] = []
        // At the story's start, any dateline form; later, at a sentence start, only an outlet
        // followed by a dash: a multi-part story's "From CNN's Jane Roe Seoul (CNN) -- The …".
        var starts: [(word: Int, requireDash: Bool)] = lookForDateline ? words.lineStarts.map { ($0, false) } : []
        for i in 1..<words.count where words.endsSentence(i - 1) && words.opensSentence(i) {
            if !lookForDateline || !words.lineStarts.contains(i) { starts.append((i, true)) }
        }
        for (start, requireDash) in starts {
            guard let dateline = words.dateline(from: start, requireDash: requireDash) else { continue }
            datelines.append(Span(range: words.ranges[start].lowerBound..<dateline.byteEnd, reason: .dateline))
            if !dateline.words.isEmpty { found.append((dateline.words, .dateline)) }
        }
        found += words.shareRows().map { ($0, .shareButtons) }
        found += words.datedGroups()
        found += words.agencyCredits().map { ($0, .credit) }
        found += words.photoCredits().map { ($0, .credit) }
        // Teasers and labelled credits look back or forward to the spans already found.
        found.sort { $0.words.lowerBound < $1.words.lowerBound }
        found += words.teasers(after: found.map(\.words))
        found += words.labelledCredits(before: found.map(\.words)).map { ($0, .credit) }
        found += words.sentenceFurniture(outside: found.map(\.words))

        var spans = datelines + Self.structuredData(in: range, bytes: bytes)
        spans += found.filter { $0.reason != .dateline && !$0.words.isEmpty }
            .map { Span(range: words.byteRange(of: $0.words), reason: $0.reason) }
        spans.sort { ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound) }
        // Overlaps join into the earlier span, which keeps its reason.
        var merged: [Span] = []
        for span in spans {
            if let last = merged.last, span.range.lowerBound < last.range.upperBound {
                merged[merged.count - 1].range = last.range.lowerBound..<max(last.range.upperBound, span.range.upperBound)
            } else {
                merged.append(span)
            }
        }
        return merged
    }
}

/// The whitespace-delimited words of one paragraph, with the shape tests the detector uses.
struct TextWords {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var ranges: [Range<Int>] = []
    /// Indices of the words that start a line (the first word, and any after a line break).
    private(set) var lineStarts: [Int] = []

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        self.bytes = bytes
        var index = range.lowerBound
        var start: Int?
        var sawLineBreak = true
        while index < range.upperBound {
            // Printable ASCII is never whitespace: most bytes skip the full test.
            let byte = bytes[index]
            let length = byte > 0x20 && byte < 0x80 ? 0 : TextBytes.whitespaceLength(in: bytes, at: index)
            if length > 0 {
                if let wordStart = start { ranges.append(wordStart..<index); start = nil }
                if bytes[index] == 0x0A || bytes[index] == 0x0D { sawLineBreak = true }
                index += length
                continue
            }
            if start == nil {
                start = index
                if sawLineBreak { lineStarts.append(ranges.count); sawLineBreak = false }
            }
            index += 1
        }
        if let wordStart = start { ranges.append(wordStart..<range.upperBound) }
    }

    var isEmpty: Bool { ranges.isEmpty }
    var count: Int { ranges.count }

    func byteRange(of words: Range<Int>) -> Range<Int> {
        ranges[words.lowerBound].lowerBound..<ranges[words.upperBound - 1].upperBound
    }

    /// The speaker label that opens the line at word `start` (see
    /// `TextFurnitureDetector.speakerLabels`): its bytes, brackets or colon included, and its
    /// words without them as the key; nil when the line does not open with one or holds nothing
    /// else.
    func speakerLabel(at start: Int) -> (bytes: Range<Int>, key: [UInt8])? {
        let opening = ranges[start].lowerBound
        let bracketed = bytes[opening] == UInt8(ascii: "(") || bytes[opening] == UInt8(ascii: "[")
        var last = start
        while true {
            guard last < count - 1, last - start < 4, let head = firstSignificant(last),
                  (head >= 0x41 && head <= 0x5A) || head >= 0xC3 else { return nil }
            let final = bytes[ranges[last].upperBound - 1]
            if bracketed, final == UInt8(ascii: ")") || final == UInt8(ascii: "]") { break }
            if !bracketed, final == UInt8(ascii: ":") { break }
            guard TextBytes.isASCIIAlphanumeric(final) || final >= 0x80 || final == UInt8(ascii: ".") else { return nil }
            last += 1
        }
        var key: [UInt8] = []
        for i in start...last {
            if !key.isEmpty { key.append(0x20) }
            key += bytes[ranges[i]].filter { $0 != UInt8(ascii: "(") && $0 != UInt8(ascii: ")") && $0 != UInt8(ascii: "[")
                && $0 != UInt8(ascii: "]") && $0 != UInt8(ascii: ":") }
        }
        guard !key.isEmpty else { return nil }
        return (opening..<ranges[last].upperBound, key)
    }

    // MARK: Word shapes

    /// The first byte of word `i`, or 0 for none.
    func first(_ i: Int) -> UInt8 { bytes[ranges[i].lowerBound] }

    /// The first byte of word `i` after opening quotes and brackets.
    func firstSignificant(_ i: Int) -> UInt8? {
        var index = ranges[i].lowerBound
        while index < ranges[i].upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[")
                || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") {
                index += 1
                continue
            }
            // Opening curly quotes ‘ “ (E2 80 98, E2 80 9C).
            if byte == 0xE2, index + 2 < ranges[i].upperBound, bytes[index + 1] == 0x80,
               bytes[index + 2] == 0x98 || bytes[index + 2] == 0x9C {
                index += 3
                continue
            }
            return byte
        }
        return nil
    }

    /// Whether word `i` starts with an ASCII lowercase letter (after opening quotes).
    func startsLowercase(_ i: Int) -> Bool {
        guard let byte = firstSignificant(i) else { return false }
        return byte >= 0x61 && byte <= 0x7A
    }

    /// Whether word `i` can open a sentence: an uppercase letter, a digit, a quote or a non-ASCII
    /// letter (whose case is not looked up).
    func opensSentence(_ i: Int) -> Bool {
        let raw = first(i)
        if raw == UInt8(ascii: "\"") || raw == UInt8(ascii: "'") || raw == 0xE2 { return true }
        guard let byte = firstSignificant(i) else { return false }
        return (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0xC3
    }

    /// Whether word `i` ends a sentence: `.`, `!`, `?` or `…` before closing quotes or brackets,
    /// not a single-letter initial ("J.").
    func endsSentence(_ i: Int) -> Bool {
        // Most words end in a letter: only a final mark, quote, bracket or non-ASCII byte
        // needs the full test.
        let final = bytes[ranges[i].upperBound - 1]
        if TextBytes.isASCIIAlphanumeric(final) || final == UInt8(ascii: ",") { return false }
        guard TextBytes.endsLikeSentence(in: bytes, range: ranges[i]) else { return false }
        // "J.", "Mr.", "St.": an initial or a short title, not a sentence end.
        let range = ranges[i]
        let head = bytes[range.lowerBound]
        if range.count <= 3, head >= 0x41, head <= 0x5A, bytes[range.upperBound - 1] == UInt8(ascii: "."),
           range.count < 3 || (bytes[range.lowerBound + 1] >= 0x61 && bytes[range.lowerBound + 1] <= 0x7A) {
            return false
        }
        return true
    }

    /// Whether a sentence starts at word `i`: the paragraph's first word, or a word that opens a
    /// sentence after one that ends one.
    func startsSentence(_ i: Int) -> Bool {
        i == 0 || (i < count && endsSentence(i - 1) && opensSentence(i))
    }

    /// Whether word `i` is only dashes, hyphens or a colon ("-", "—", "--", "–", ":").
    func isDash(_ i: Int) -> Bool {
        var index = ranges[i].lowerBound
        while index < ranges[i].upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") { index += 1; continue }
            // – — (E2 80 93, E2 80 94)
            if byte == 0xE2, index + 2 < ranges[i].upperBound, bytes[index + 1] == 0x80,
               bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
                index += 3
                continue
            }
            return false
        }
        return true
    }

    /// The lowercase hash of word `i`'s letters when the word is bare: ASCII letters with at
    /// most an inner hyphen and a trailing "+" ("Google+", "e-mail"), maybe in Markdown
    /// emphasis or as a Markdown link's text; nil for anything else, so "Facebook," in a list
    /// does not count.
    func bareWordHash(_ i: Int) -> UInt64? {
        var range = ranges[i]
        // Markdown: "[Facebook](https://…)" is the word "Facebook"; "**Share**" is "Share".
        if bytes[range.lowerBound] == UInt8(ascii: "["),
           let close = bytes[range].firstIndex(of: UInt8(ascii: "]")), close + 1 < range.upperBound,
           bytes[close + 1] == UInt8(ascii: "(") {
            range = (range.lowerBound + 1)..<close
        }
        while !range.isEmpty, bytes[range.lowerBound] == UInt8(ascii: "*") || bytes[range.lowerBound] == UInt8(ascii: "_") {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        while !range.isEmpty, bytes[range.upperBound - 1] == UInt8(ascii: "*") || bytes[range.upperBound - 1] == UInt8(ascii: "_") {
            range = range.lowerBound..<(range.upperBound - 1)
        }
        guard !range.isEmpty else { return nil }
        var end = range.upperBound
        if bytes[end - 1] == UInt8(ascii: "+") { end -= 1 }
        guard end > range.lowerBound, end - range.lowerBound <= 16 else { return nil }
        // One pass: check and hash (FNV-1a of the lowercase bytes, as `FurnitureVocabulary.hash`).
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range.lowerBound..<end {
            let byte = bytes[index]
            let lower = byte | 0x20
            guard (lower >= 0x61 && lower <= 0x7A)
                || (byte == UInt8(ascii: "-") && index > range.lowerBound && index < end - 1) else { return nil }
            value = (value ^ UInt64(TextBytes.asciiLowercased(byte))) &* 0x0000_0100_0000_01b3
        }
        return value
    }

    /// Whether word `i` is a URL or an e-mail address.
    func isLink(_ i: Int) -> Bool {
        LinkScan.urlByteCount(bytes, ranges[i]) > 0 || isHandle(i)
    }

    /// Whether word `i` is a web address (not an e-mail address or a handle).
    func isURL(_ i: Int) -> Bool {
        LinkScan.urlByteCount(bytes, ranges[i]) > 0 && !bytes[ranges[i]].contains(UInt8(ascii: "@"))
    }

    /// "@name": a social-media handle.
    func isHandle(_ i: Int) -> Bool {
        let range = ranges[i]
        return range.count >= 3 && bytes[range.lowerBound] == UInt8(ascii: "@")
            && TextBytes.isASCIIAlphanumeric(bytes[range.lowerBound + 1])
    }

    /// Whether word `i` holds a numeric date: d.m.yyyy, d/m/yyyy, m-d-yy, yyyy-mm-dd (one of
    /// the first two numbers at most 12), surrounding brackets and punctuation allowed.
    func isNumericDate(_ i: Int) -> Bool {
        var numbers: [Int] = []
        var digits = 0
        var current = 0
        var separator: UInt8 = 0
        for byte in bytes[ranges[i]] {
            if byte >= 0x30 && byte <= 0x39 {
                current = current * 10 + Int(byte - 0x30)
                digits += 1
                if digits > 4 { return false }
            } else if digits > 0 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-")) {
                if separator != 0 && byte != separator { break }
                separator = byte
                numbers.append(current)
                current = 0
                digits = 0
            } else if digits > 0 || !numbers.isEmpty {
                break
            }
        }
        if digits > 0 { numbers.append(current) }
        guard numbers.count == 3 else { return false }
        if numbers[0] >= 1000 { return (1...12).contains(numbers[1]) && (1...31).contains(numbers[2]) }
        guard numbers[2] >= 10, numbers[0] >= 1, numbers[1] >= 1, numbers[0] <= 31, numbers[1] <= 31 else { return false }
        return numbers[0] <= 12 || numbers[1] <= 12
    }

    /// Whether word `i` is exactly a bracketed numeric date, "(22.01.2017)", maybe with a
    /// trailing "." or ",".
    func isBareBracketedDate(_ i: Int) -> Bool {
        let range = ranges[i]
        guard bytes[range.lowerBound] == UInt8(ascii: "("), isNumericDate(i) else { return false }
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
        return bytes[end - 1] == UInt8(ascii: ")")
    }

    /// Whether word `i` ends with ")" (before trailing punctuation).
    func closesBracket(_ i: Int) -> Bool {
        var end = ranges[i].upperBound
        while end > ranges[i].lowerBound, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
                                           UInt8(ascii: "-")].contains(bytes[end - 1]) {
            end -= 1
        }
        return end > ranges[i].lowerBound && bytes[end - 1] == UInt8(ascii: ")")
    }

    /// Whether a span ending before word `i` stands apart from what follows: the paragraph ends
    /// (maybe after stray dashes), or the next word opens a sentence.
    func freeAfter(_ i: Int) -> Bool {
        var next = i
        while next < count, isDash(next) { next += 1 }
        return next >= count || opensSentence(next)
    }

    /// Whether a span starting at word `i` stands apart from what precedes: the paragraph
    /// starts, the previous word ends a sentence, or the previous words are `spans`.
    func freeBefore(_ i: Int, spans: [Range<Int>] = []) -> Bool {
        i == 0 || endsSentence(i - 1) || spans.contains { $0.upperBound == i }
    }
}

// MARK: - The span classes

extension TextWords {
    /// Runs of share-button words: see `TextFurnitureDetector`.
    func shareRows() -> [Range<Int>] {
        let table = FurnitureVocabulary.textWordKinds
        enum Kind { case network, interface, glue, link }
        func kind(_ i: Int) -> Kind? {
            if let hash = bareWordHash(i) {
                switch FurnitureVocabulary.TextWordKind(rawValue: table.value(hash)) {
                case .network: return .network
                case .shareInterface: return .interface
                case .shareGlue: return .glue
                default: return nil
                }
            }
            return isLink(i) ? .link : nil
        }
        var rows: [Range<Int>] = []
        var i = 0
        while i < count {
            // A run starts with a word (a link alone is no row, and looking for links in every
            // word with punctuation would cost more than the rest); links join a run once begun.
            guard bareWordHash(i).map({ table.value($0) != 0 }) == true, kind(i) != nil else { i += 1; continue }
            var end = i
            var kinds: [Kind] = []
            while end < count, let k = kind(end) { kinds.append(k); end += 1 }
            var start = i
            while start < end, kinds[start - i] == .glue { start += 1 }
            var stop = end
            while stop > start, kinds[stop - 1 - i] == .glue { stop -= 1 }
            let networks = kinds[(start - i)..<(stop - i)].filter { $0 == .network }.count
            let interface = kinds[(start - i)..<(stop - i)].filter { $0 == .interface }.count
            if networks >= 3 || (networks >= 2 && interface >= 1) { rows.append(start..<stop) }
            i = end
        }
        return rows
    }

    /// Publication signatures: parenthesized groups at sentence boundaries that hold a date and
    /// words. (A bare bracketed date ends a teaser instead: see `teasers`.)
    func datedGroups() -> [(words: Range<Int>, reason: FurnitureClassifier.Reason)] {
        var groups: [(words: Range<Int>, reason: FurnitureClassifier.Reason)] = []
        // A signature may follow the writer's address ("… he says. jane@example.com (Weekly …)")
        // or a photo credit ("… Xinhua (Weekly …)") when it ends the paragraph.
        for i in 0..<count where first(i) == UInt8(ascii: "(") {
            if isBareBracketedDate(i) { continue }
            var end = i
            var hasDate = false, hasWord = false
            while end < count, end - i < 10 {
                if isNumericDate(end) { hasDate = true } else if opensSentence(end) { hasWord = true }
                end += 1
                if closesBracket(end - 1) { break }
            }
            guard closesBracket(end - 1), hasDate, hasWord, freeAfter(end),
                  end == count || freeBefore(i) || isLink(i - 1) else { continue }
            groups.append((i..<end, .signature))
        }
        return groups
    }

    /// Related-article teasers, each ending at a bare bracketed date between sentences.
    func teasers(after spans: [Range<Int>]) -> [(words: Range<Int>, reason: FurnitureClassifier.Reason)] {
        var teasers: [(words: Range<Int>, reason: FurnitureClassifier.Reason)] = []
        var previousEnd: Int?
        var spanIndex = 0
        for i in 0..<count where isBareBracketedDate(i) && i > 0 && endsSentence(i - 1) && freeAfter(i + 1) {
            // The latest teaser or other furniture that ends before this date.
            while spanIndex < spans.count, spans[spanIndex].upperBound <= i {
                previousEnd = max(previousEnd ?? 0, spans[spanIndex].upperBound)
                spanIndex += 1
            }
            var start: Int
            if let end = previousEnd, i - end <= 60 {
                start = end
            } else {
                // Back over at most two sentences, 45 words in all.
                start = i
                var sentences = 0
                var candidate = i - 1
                while candidate >= 0, i - candidate <= 45, sentences < 2 {
                    if startsSentence(candidate) {
                        start = candidate
                        sentences += 1
                    }
                    candidate -= 1
                }
            }
            if start < i {
                teasers.append((start..<(i + 1), .relatedTeaser))
                previousEnd = i + 1
            }
        }
        return teasers
    }

    /// Agency credit lines: "(AP, AFP)" at a sentence boundary, and "ab/cd (Reuters)",
    /// "ab/cd-(dpa, AFP)" after editors' initials anywhere.
    func agencyCredits() -> [Range<Int>] {
        var credits: [Range<Int>] = []
        var i = 0
        while i < count {
            var listWord = i
            var listOffset = ranges[i].lowerBound
            let initialsEnd = editorInitialsEnd(i)
            if let initialsEnd {
                if initialsEnd == ranges[i].upperBound {
                    listWord = i + 1
                    listOffset = listWord < count ? ranges[listWord].lowerBound : initialsEnd
                } else {
                    listOffset = initialsEnd
                }
            }
            guard listWord < count, initialsEnd != nil || freeBefore(i),
                  let (end, names) = agencyList(from: listWord, byteOffset: listOffset),
                  initialsEnd != nil || names >= 2, freeAfter(end) else {
                i += 1
                continue
            }
            credits.append(i..<end)
            i = end
        }
        return credits
    }

    /// Where editors' initials in word `i` end ("ab/cd", "ab/cd-", "ab/cd/ef"): the byte
    /// after them (and a hyphen), or nil.
    private func editorInitialsEnd(_ i: Int) -> Int? {
        var index = ranges[i].lowerBound
        var groups = 0
        var letters = 0
        while index < ranges[i].upperBound {
            let byte = bytes[index]
            if byte >= 0x61 && byte <= 0x7A {
                letters += 1
                if letters > 4 { return nil }
            } else if byte == UInt8(ascii: "/") && letters > 0 {
                groups += 1
                letters = 0
            } else {
                break
            }
            index += 1
        }
        guard groups >= 1, letters > 0 else { return nil }
        if index < ranges[i].upperBound, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index == ranges[i].upperBound || bytes[index] == UInt8(ascii: "(") else { return nil }
        return index
    }

    /// A bracketed list of agency names starting at `byteOffset` inside word `start`: its end
    /// (word index, exclusive) and how many names it holds. Names have one to three words, each
    /// capitalized or a lowercase acronym of at most four letters, and are separated by commas,
    /// semicolons, slashes or "and"; after ")" only "." or "-" may follow in the word.
    private func agencyList(from start: Int, byteOffset: Int) -> (end: Int, names: Int)? {
        guard bytes[byteOffset] == UInt8(ascii: "(") else { return nil }
        var names = 0
        var wordsInName = 0
        var letters = 0
        var lowercaseWord = false
        // Ends the word being read; false when it cannot be part of an agency name.
        func endWord() -> Bool {
            defer { letters = 0 }
            guard letters > 0 else { return true }
            if lowercaseWord && letters > 4 { return false }
            if wordsInName == 0 { names += 1 }
            wordsInName += 1
            return wordsInName <= 3
        }
        var i = start
        while i < count, i - start < 16 {
            var index = i == start ? byteOffset + 1 : ranges[i].lowerBound
            if ranges[i].upperBound - index == 3, bytes[index..<(index + 3)].elementsEqual("and".utf8) {
                wordsInName = 0
                i += 1
                continue
            }
            while index < ranges[i].upperBound {
                let byte = bytes[index]
                if TextBytes.isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "'") {
                    if letters == 0 { lowercaseWord = byte >= 0x61 && byte <= 0x7A }
                    letters += 1
                } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "/") {
                    guard endWord() else { return nil }
                    wordsInName = 0
                } else if byte == UInt8(ascii: ")") {
                    guard endWord(), names > 0 else { return nil }
                    let tail = bytes[(index + 1)..<ranges[i].upperBound]
                    guard tail.allSatisfy({ $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }) else { return nil }
                    return (i + 1, names)
                } else if byte != UInt8(ascii: ".") && byte != UInt8(ascii: "-") {
                    return nil
                }
                index += 1
            }
            guard endWord() else { return nil }
            i += 1
        }
        return nil
    }

    /// Photo credits, wherever they stand in a paragraph (captions run into the text of pages):
    /// - a run of capitalized words around a slash that holds a credit word ("Saul Loeb/Getty
    ///   Images", "REUTERS/Leah Millis/File Photo", "(AP Photo/Evan Vucci)", "Handout/AFP via
    ///   Getty Images");
    /// - a credit label and the names after it ("(Photo: Robert Deutsch, USA TODAY)",
    ///   "Photographer: Mark Baker/AP Photo");
    /// - between sentences, a run around a slash with a space on each side ("Feng Yongbin / China
    ///   Daily") or opening with a word in capitals and a slash ("REUTERS/Yuri Gripas", "REUTERS/
    ///   Leah Millis").
    /// A slash between names in prose ("a CNN/ORC poll", "Israel/Palestine", "Radio Free
    /// Europe/Radio Liberty") has none of these. Words of capitals and digits stop a run, so a
    /// date before a credit stays.
    func photoCredits() -> [Range<Int>] {
        var credits: [Range<Int>] = []
        var i = 0
        while i < count {
            guard let credit = photoCredit(at: i) else { i += 1; continue }
            credits.append(credit)
            i = credit.upperBound
        }
        return credits
    }

    /// The photo credit that word `i` opens (a label) or holds (a slash), if any.
    private func photoCredit(at i: Int) -> Range<Int>? {
        let labelled = isPhotoCreditLabel(i)
        let slashed = !labelled && bytes[ranges[i]].contains(UInt8(ascii: "/")) && isCreditName(i)
        guard labelled || slashed else { return nil }
        // Left over at most three names of the photographer, not over a sentence's end.
        var start = i
        if slashed {
            while start > 0, i - start < 3, isCreditName(start - 1), !endsSentence(start - 1), !closesGroup(start - 1),
                  bytes[ranges[start - 1].upperBound - 1] != UInt8(ascii: ","), first(start) != UInt8(ascii: "(") {
                start -= 1
            }
            if start > 0, isPhotoCreditLabel(start - 1) { start -= 1 }
        }
        let bracketed = first(start) == UInt8(ascii: "(")
        // Right to the closing bracket, or over at most five names.
        var end = i + 1
        if bracketed {
            var k = start
            while k < count, k - start < 10, !closesGroup(k) { k += 1 }
            guard k < count, closesGroup(k) else { return nil }
            end = k + 1
        } else {
            // At most three names after the last slash, and none after a credit word ("… Getty
            // Images President Trump said") but "via" and what it joins.
            var namesSinceSlash = 0
            while end < count, end - i <= 6, !closesGroup(end - 1), !endsSentence(end - 1), isCreditName(end),
                  !FurnitureVocabulary.photoCreditStopHashes.contains(FurnitureVocabulary.hash(bytes, ranges[end])) {
                let joins = bytes[ranges[end]].contains(UInt8(ascii: "/")) || bytes[ranges[end - 1]].last == UInt8(ascii: "/")
                    || FurnitureVocabulary.photoCreditSmallWordHashes.contains(FurnitureVocabulary.hash(bytes, ranges[end]))
                if !joins {
                    if endsInCreditWord(end - 1) || namesSinceSlash >= 3 { break }
                    namesSinceSlash += 1
                } else {
                    namesSinceSlash = 0
                }
                end += 1
            }
        }
        let run = start..<end
        if isPhotoCreditLabel(start) {
            // A name follows the label.
            return start + 1 < end ? run : nil
        }
        var creditWord = false, spacedSlash = false, capsAndName = false
        for k in run {
            if ranges[k].count == 1, first(k) == UInt8(ascii: "/") { spacedSlash = k > run.lowerBound && k + 1 < end }
            let pieces = slashPieces(k)
            if pieces.contains(where: { FurnitureVocabulary.photoCreditWordHashes.contains(FurnitureVocabulary.hash(bytes, $0)) }) {
                creditWord = true
            }
            // "REUTERS/Yuri Gripas": an agency in capitals opens the credit.
            if k == start, pieces.count >= 1, isCapitals(pieces[0]),
               pieces.count >= 2 ? isMixedName(pieces[1])
                   : bytes[ranges[k].upperBound - 1] == UInt8(ascii: "/") && k + 1 < end && slashPieces(k + 1).first.map(isMixedName) == true {
                capsAndName = true
            }
        }
        if creditWord && (slashed || bracketed) { return run }
        guard spacedSlash || capsAndName, freeBefore(start) || (start > 0 && bytes[ranges[start - 1]].last == UInt8(ascii: "|")) else {
            return nil
        }
        // The credit ends where a sentence starts: "Zou Hong / China Daily The company …".
        for cut in stride(from: end, to: i + 1, by: -1) where cut >= count || freeAfter(cut) || bytes[ranges[cut]].first == UInt8(ascii: "|") {
            return start..<cut
        }
        return nil
    }

    /// Whether word `i`'s last part is a credit word ("Getty Images", "Evan Vucci/AP Photo").
    private func endsInCreditWord(_ i: Int) -> Bool {
        guard let last = slashPieces(i).last else { return false }
        return FurnitureVocabulary.photoCreditWordHashes.contains(FurnitureVocabulary.hash(bytes, last))
    }

    /// "Photo:", "(Credit:", "Photographer:": a photo credit's label.
    private func isPhotoCreditLabel(_ i: Int) -> Bool {
        var start = ranges[i].lowerBound
        if bytes[start] == UInt8(ascii: "(") { start += 1 }
        guard start < ranges[i].upperBound, bytes[ranges[i].upperBound - 1] == UInt8(ascii: ":") else { return false }
        return FurnitureVocabulary.photoCreditLabelHashes.contains(FurnitureVocabulary.hash(bytes, start..<ranges[i].upperBound))
    }

    /// Whether word `i` ends with a closing bracket.
    private func closesGroup(_ i: Int) -> Bool {
        var end = ranges[i].upperBound
        while end > ranges[i].lowerBound, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
        return end > ranges[i].lowerBound && bytes[end - 1] == UInt8(ascii: ")")
    }

    /// The parts of word `i` between slashes, brackets and final commas or full stops left out.
    private func slashPieces(_ i: Int) -> [Range<Int>] {
        var start = ranges[i].lowerBound, end = ranges[i].upperBound
        while start < end, bytes[start] == UInt8(ascii: "(") { start += 1 }
        while end > start, [UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";")].contains(bytes[end - 1]) { end -= 1 }
        var pieces: [Range<Int>] = []
        var pieceStart = start
        for index in start..<end where bytes[index] == UInt8(ascii: "/") {
            if index > pieceStart { pieces.append(pieceStart..<index) }
            pieceStart = index + 1
        }
        if end > pieceStart { pieces.append(pieceStart..<end) }
        return pieces
    }

    /// A word of a credit: a lone slash, or capitalized parts between slashes (no digit; an
    /// agency's short lowercase name may be one, "dpa/Picture"), or a small word of credits
    /// ("via", "for").
    private func isCreditName(_ i: Int) -> Bool {
        if ranges[i].count == 1 && first(i) == UInt8(ascii: "/") { return true }
        let pieces = slashPieces(i)
        guard !pieces.isEmpty else { return false }
        return pieces.allSatisfy { piece in
            let head = bytes[piece.lowerBound]
            if FurnitureVocabulary.photoCreditSmallWordHashes.contains(FurnitureVocabulary.hash(bytes, piece)) { return true }
            // An agency in lowercase before a slash: "dpa/Picture Alliance", "epa/Pool".
            if pieces.count > 1, piece.count <= 3, piece.allSatisfy({ bytes[$0] >= 0x61 && bytes[$0] <= 0x7A }) { return true }
            guard (head >= 0x41 && head <= 0x5A) || head >= 0xC3 else { return false }
            return !piece.contains { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
        }
    }

    /// Two or more capital letters and nothing else ("REUTERS", "AFP").
    private func isCapitals(_ piece: Range<Int>) -> Bool {
        piece.count >= 2 && piece.allSatisfy { bytes[$0] >= 0x41 && bytes[$0] <= 0x5A }
    }

    /// A capital letter and then a lowercase one ("Leah", "McGregor").
    private func isMixedName(_ piece: Range<Int>) -> Bool {
        piece.count >= 2 && bytes[piece.lowerBound] >= 0x41 && bytes[piece.lowerBound] <= 0x5A
            && bytes[piece.lowerBound + 1] >= 0x61 && bytes[piece.lowerBound + 1] <= 0x7A
    }

    /// "Source: …", "Author: …" to the end of the paragraph or to the furniture after it, and
    /// "(Reporting by …)" lines; no sentence ends inside either.
    func labelledCredits(before spans: [Range<Int>]) -> [Range<Int>] {
        let table = FurnitureVocabulary.textWordKinds
        var credits: [Range<Int>] = []
        // A dash may stand before the credit: "— With assistance by …"; a bracketed by-line may
        // stand anywhere, as where a crawl ran it into the paragraph before: "… ($1=947.0 won)
        // (Additional reporting by Kim Yeon-hee)".
        for i in 0..<count {
            let free = freeBefore(i, spans: spans) || (i > 0 && isDash(i - 1) && freeBefore(i - 1, spans: spans))
            let bracketed = first(i) == UInt8(ascii: "(")
            guard free || bracketed else { continue }
            // Every label and by-word starts with one of these letters: most words stop here.
            guard let head = firstSignificant(i), Self.creditInitials.contains(head | 0x20) else { continue }
            let labelLength = FurnitureVocabulary.creditLabels.first { hasPrefix(i, $0) }?.count
            // "Reporting by", and "Additional reporting by", "With assistance by".
            let byWord = i + 2 < count && FurnitureVocabulary.creditByOpenerHashes.contains(coreHash(i)) ? i + 1 : i
            let isByLine = labelLength == nil && table.value(coreHash(byWord)) == FurnitureVocabulary.TextWordKind.creditBy.rawValue
                && byWord + 1 < count && bareWordHash(byWord + 1).map(table.value) == FurnitureVocabulary.TextWordKind.by.rawValue
            guard isByLine || (labelLength != nil && free) else { continue }
            // The credit runs to the paragraph's end or to the next span; a by-line, to the end
            // of its sentence or bracket.
            var limit = spans.first { $0.lowerBound > i }?.lowerBound ?? count
            var closed = false
            if isByLine, let end = (i..<limit).first(where: { bracketed ? closesGroup($0) : endsSentence($0) }) {
                limit = end + 1
                closed = bracketed
            }
            // A closed bracket bounds its credit, which may list a dozen reporters and their
            // cities, in several sentences ("(Reporting by A in Tokyo. Editing by B)") and with
            // any words ("(Reporting by Ana Nicolaci da Costa; email: …)").
            guard limit - i <= (isByLine ? (closed ? 80 : 30) : 11) else { continue }
            guard closed || !(i..<(limit - 1)).contains(where: endsSentence) else { continue }
            // Names, places and the small words of credits: "Reporting by the Guardian revealed
            // that …" is a sentence.
            if isByLine, !closed, ((byWord + 2)..<limit).contains(where: { word in
                startsLowercase(word) && !FurnitureVocabulary.creditSmallWordHashes.contains(coreHash(word))
                    && table.value(coreHash(word)) != FurnitureVocabulary.TextWordKind.creditBy.rawValue
                    && table.value(coreHash(word)) != FurnitureVocabulary.TextWordKind.by.rawValue
            }) {
                continue
            }
            if let labelLength {
                // A name follows the label: "Source: Al Jazeera", "Source:-Al Jazeera".
                var next = labelStart(i) + labelLength
                while next < ranges[i].upperBound, bytes[next] == UInt8(ascii: "-") || bytes[next] == UInt8(ascii: "*")
                    || bytes[next] == UInt8(ascii: "_") {
                    next += 1
                }
                let capital = next < ranges[i].upperBound
                    ? bytes[next] >= 0x41 && bytes[next] <= 0x5A
                    : i + 1 < limit && opensSentence(i + 1)
                guard capital else { continue }
                // Names, editors' initials ("/ eg", "(als)") and the small words of credit lines
                // ("Al Jazeera and news agencies"): "Sources: Trump signed off on …" is a headline.
                guard !((i + 1)..<limit).contains(where: { word in
                    startsLowercase(word) && !isInitials(word)
                        && !FurnitureVocabulary.creditSmallWordHashes.contains(coreHash(word))
                }) else { continue }
            }
            credits.append(i..<limit)
        }
        return credits
    }

    /// Where a label's letters start in word `i`: after "(" ("(Reporting by") and Markdown
    /// emphasis ("**Source:**").
    private func labelStart(_ i: Int) -> Int {
        var start = ranges[i].lowerBound
        while start < ranges[i].upperBound, bytes[start] == UInt8(ascii: "(") || bytes[start] == UInt8(ascii: "*")
            || bytes[start] == UInt8(ascii: "_") {
            start += 1
        }
        return start
    }

    /// Editors' initials in a credit: in brackets ("(als)"), after a slash ("/ eg") or with
    /// one ("ab/cd").
    private func isInitials(_ i: Int) -> Bool {
        guard ranges[i].count <= 12 else { return false }
        if first(i) == UInt8(ascii: "(") || bytes[ranges[i]].contains(UInt8(ascii: "/")) { return true }
        return i > 0 && ranges[i - 1].count == 1 && first(i - 1) == UInt8(ascii: "/")
    }

    /// The lowercase first letters of `FurnitureVocabulary.creditLabels`, `creditByWords` and
    /// `creditByOpeners`.
    private static let creditInitials: [UInt8] = Array(Set((["source", "author", "editor"] + FurnitureVocabulary.creditByWords
        + FurnitureVocabulary.creditByOpeners).map { $0.utf8.first! })).sorted()

    /// Whether word `i` starts with `prefix`, ignoring ASCII case (after an opening bracket).
    private func hasPrefix(_ i: Int, _ prefix: [UInt8]) -> Bool {
        let start = labelStart(i)
        guard ranges[i].upperBound - start >= prefix.count else { return false }
        for offset in 0..<prefix.count where TextBytes.asciiLowercased(bytes[start + offset]) != prefix[offset] {
            return false
        }
        return true
    }

    /// Whole sentences that are furniture: contact lines and "… contributed to this report."
    /// Words inside `spans` (furniture found already) are not looked at, so a share row's
    /// "Send" and URL do not make the sentence around them a contact line.
    func sentenceFurniture(outside spans: [Range<Int>]) -> [(words: Range<Int>, reason: FurnitureClassifier.Reason)] {
        let table = FurnitureVocabulary.textWordKinds
        let contactVerbs = FurnitureVocabulary.contactVerbHashes
        var covered = [Bool](repeating: false, count: count)
        for span in spans { for i in span { covered[i] = true } }
        var found: [(words: Range<Int>, reason: FurnitureClassifier.Reason)] = []
        var start = 0
        while start < count {
            var end = start + 1
            // An address after a sentence starts one too, though it is in lowercase.
            while end < count, !startsSentence(end), !(endsSentence(end - 1) && isLink(end)) { end += 1 }
            let length = end - start
            // A contact line needs an address or handle ("@"); a credit ends "contributed to
            // this report": the cheap tests come first.
            if length <= 25 {
                var hasLink = false, hasContactVerb = false, contributed = false
                let last = end - 1
                if length >= 4, !covered[last - 3], ranges[last - 3].count == 11,
                   bareWordHash(last - 3).map(table.value) == FurnitureVocabulary.TextWordKind.contributed.rawValue,
                   bareWordHash(last - 2) == FurnitureVocabulary.toHash,
                   bareWordHash(last - 1) == FurnitureVocabulary.thisHash,
                   FurnitureVocabulary.reportNounHashes.contains(coreHash(last)) {
                    contributed = true
                }
                if !contributed, length <= 20,
                   (start..<end).contains(where: { !covered[$0] && bytes[ranges[$0]].contains(UInt8(ascii: "@")) }) {
                    for i in start..<end where !covered[i] {
                        if isLink(i) && !isURL(i) { hasLink = true }
                        if let hash = bareWordHash(i), contactVerbs.contains(hash) { hasContactVerb = true }
                    }
                }
                // "Follow BBC West on Facebook, Twitter and Instagram.", "Why not follow us on
                // Facebook?": an outlet's invitation to follow it, with or without an address.
                let followPrompt = !contributed && !hasLink && length <= 20 && isFollowPrompt(start..<end, covered: covered)
                // An address standing alone between sentences is a contact line too.
                let onlyAddresses = !contributed && (start..<end).allSatisfy { covered[$0] || (isLink($0) && !isURL($0)) }
                    && (start..<end).contains { !covered[$0] }
                if contributed {
                    found.append((start..<end, .credit))
                } else if (hasLink && hasContactVerb) || onlyAddresses || followPrompt {
                    found.append((start..<end, .contact))
                }
            }
            start = end
        }
        return found
    }

    /// Whether the sentence `words` asks the reader to follow someone on a social network:
    /// it opens with "Follow" or "Find" (or "Why not follow", "You can find") and has "on"
    /// before a network's name ("Follow BBC West on Facebook, Twitter and Instagram", "Find BBC
    /// News: East of England on Facebook", "Why not follow us on Facebook and Twitter?"; not
    /// "Millions follow the singer on Instagram").
    private func isFollowPrompt(_ words: Range<Int>, covered: [Bool]) -> Bool {
        guard let follow = words.prefix(3).first(where: { !covered[$0] && FurnitureVocabulary.followVerbHashes.contains(coreHash($0)) }),
              (words.lowerBound..<follow).allSatisfy({ FurnitureVocabulary.followOpenerHashes.contains(coreHash($0)) }) else { return false }
        let network = FurnitureVocabulary.TextWordKind.network.rawValue
        return words.dropLast().contains { i in
            !covered[i] && bareWordHash(i) == FurnitureVocabulary.onHash
                && FurnitureVocabulary.textWordKinds.value(coreHash(i + 1)) == network
        }
    }

    /// The lowercase hash of word `i`'s letters, an opening bracket and trailing punctuation
    /// left out.
    private func coreHash(_ i: Int) -> UInt64 {
        var start = ranges[i].lowerBound
        var end = ranges[i].upperBound
        while start < end, !TextBytes.isASCIIAlphanumeric(bytes[start]) { start += 1 }
        while end > start, !TextBytes.isASCIIAlphanumeric(bytes[end - 1]) { end -= 1 }
        return FurnitureVocabulary.hash(bytes, start..<end)
    }
}

// MARK: - Datelines

extension TextWords {
    /// Where a dateline starting at word `start` ends: the words it covers (a word it ends
    /// inside, as in "(CNN)The", is left out) and the byte after it; nil when there is none.
    /// With `requireDash` only "Place (Outlet) -" is taken: inside a paragraph an outlet in
    /// brackets alone is too often a name's aside, and a word in capitals an acronym.
    func dateline(from start: Int, requireDash: Bool = false) -> (words: Range<Int>, byteEnd: Int)? {
        if let found = outletDateline(from: start, requireDash: requireDash) { return found }
        if requireDash { return nil }
        return capsDatelineEnd(from: start).map { (start..<$0, ranges[$0 - 1].upperBound) }
    }

    /// "(CNN)", "Reporter Place (CNN)", "PLACE, Month 9. /TASS/.", "PLACE (Region), Month 9.
    /// /TASS/.", "PLACE (Reuters) -", "(CNN)The story…".
    private func outletDateline(from start: Int, requireDash: Bool) -> (words: Range<Int>, byteEnd: Int)? {
        var i = start
        while i < count, i - start <= 8 {
            let opener = first(i)
            if opener == UInt8(ascii: "(") || opener == UInt8(ascii: "/") {
                guard let marker = outletMarker(from: i, opener: opener) else { return nil }
                if marker.partOfPlace {
                    // "KUMERTAU (Bashkiria)," "ALEPPO /Syria/,": a region, the outlet comes later.
                    i = marker.lastWord + 1
                    continue
                }
                guard !isAcronymOfPrefix(markerAt: i, prefix: start..<i) else { return nil }
                if marker.byteEnd < ranges[marker.lastWord].upperBound {
                    // "(CNN)The": the story starts inside the word.
                    return requireDash ? nil : (start..<marker.lastWord, marker.byteEnd)
                }
                var end = marker.lastWord + 1
                while end < count, isDash(end) { end += 1 }
                if end < count, let storyStart = dashGluedToStory(end) {
                    // "(CNN) --Tillerson's": the dash is glued to the story's first word.
                    return (start..<end, storyStart)
                }
                if requireDash, end == marker.lastWord + 1, !isDashTail(bytes[(ranges[marker.lastWord].upperBound - 3)..<ranges[marker.lastWord].upperBound]),
                   bytes[ranges[marker.lastWord].upperBound - 1] != UInt8(ascii: "-") {
                    return nil
                }
                // "Sigma Mines (Quebec) Ltd said": a legal form after the bracket makes it part
                // of a company's name.
                guard end < count, opensSentence(end), !Self.legalFormHashes.contains(coreHash(end)) else { return nil }
                return (start..<end, ranges[end - 1].upperBound)
            }
            // The words before the outlet: capitalized, numbers, dates, commas, and the
            // particles of names and places ("the", "of", "de"); no other lowercase word and no
            // sentence end but an abbreviation's or a date's period.
            if startsLowercase(i), !Self.particleHashes.contains(coreHash(i)) { return nil }
            if endsSentence(i), !isShortAbbreviationOrNumber(i) { return nil }
            i += 1
        }
        return nil
    }

    /// Companies' legal forms, which follow a bracketed part of a name and never a dateline.
    private static let legalFormHashes: Set<UInt64> = Set(["inc", "ltd", "llc", "plc", "corp", "co", "gmbh", "ag", "sa", "s.a",
                                                            "nv", "n.v", "bv", "b.v", "spa", "s.p.a", "lp", "llp", "pty", "bhd",
                                                            "corporation", "company", "limited", "incorporated"]
        .map { FurnitureVocabulary.hash(Array($0.utf8)[...]) })

    /// Lowercase words a dateline's place or reporter may hold.
    private static let particleHashes: Set<UInt64> = Set(["the", "of", "de", "da", "del", "van", "von", "al", "el", "la", "le", "du"]
        .map { FurnitureVocabulary.hash(Array($0.utf8)[...]) })

    /// An outlet marker "(Outlet)" or "/Outlet/" starting at word `i`: at most four words, each
    /// capitalized or in capitals. After the closing mark the word may hold punctuation or a
    /// dash, a comma (then the marker names a region, `partOfPlace`), or for "(" a capitalized
    /// word glued on ("(CNN)The", `byteEnd` inside the word).
    private func outletMarker(from i: Int, opener: UInt8) -> (lastWord: Int, byteEnd: Int, partOfPlace: Bool)? {
        let closer = opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "/")
        var j = i
        var letters = 0
        while j < count, j - i < 4 {
            var index = ranges[j].lowerBound + (j == i ? 1 : 0)
            guard index < ranges[j].upperBound else { return nil }
            let head = bytes[index]
            guard (head >= 0x41 && head <= 0x5A) || head >= 0xC3 else { return nil }
            while index < ranges[j].upperBound {
                let byte = bytes[index]
                if byte == closer {
                    guard letters > 0 else { return nil }
                    let tail = bytes[(index + 1)..<ranges[j].upperBound]
                    if tail.contains(UInt8(ascii: ",")) && tail.allSatisfy({ $0 == UInt8(ascii: ",") }) {
                        return (j, ranges[j].upperBound, true)
                    }
                    if tail.allSatisfy({ $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") })
                        || isDashTail(tail) {
                        return (j, ranges[j].upperBound, false)
                    }
                    if opener == UInt8(ascii: "("), let next = tail.first, (next >= 0x41 && next <= 0x5A) || next == UInt8(ascii: "\"") {
                        return (j, index + 1, false)
                    }
                    // "RFE/RL" inside parentheses is a name: read on to ")".
                    if opener == UInt8(ascii: "/") { return nil }
                } else if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") {
                    return nil
                } else if TextBytes.startsLetterLike(byte) {
                    letters += 1
                }
                index += 1
            }
            j += 1
        }
        return nil
    }

    /// Where the story starts in word `i` when the word is dashes glued to a capitalized word
    /// ("--Tillerson's", "—The"), or nil.
    private func dashGluedToStory(_ i: Int) -> Int? {
        var index = ranges[i].lowerBound
        while index < ranges[i].upperBound {
            if bytes[index] == UInt8(ascii: "-") { index += 1; continue }
            if bytes[index] == 0xE2, index + 2 < ranges[i].upperBound, bytes[index + 1] == 0x80,
               bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
                index += 3
                continue
            }
            break
        }
        guard index > ranges[i].lowerBound, index < ranges[i].upperBound else { return nil }
        let head = bytes[index]
        return (head >= 0x41 && head <= 0x5A) || head == UInt8(ascii: "\"") ? index : nil
    }

    private func isDashTail(_ tail: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        tail.count >= 3 && tail.first == 0xE2 && tail[tail.startIndex + 1] == 0x80
            && (tail[tail.startIndex + 2] == 0x93 || tail[tail.startIndex + 2] == 0x94)
    }

    /// "European Central Bank (ECB) President …", "United Nations Children's Fund (UNICEF)
    /// Director …": the marker is in capitals and the initials of two or more of the words
    /// before it, from one starting with the marker's first letter to the last, appear in it in
    /// order. Such a name followed by its acronym is a name, not a dateline ("Cairo (CNN)" and
    /// "Paula Hancocks Beijing (CNN)" are datelines).
    private func isAcronymOfPrefix(markerAt i: Int, prefix: Range<Int>) -> Bool {
        let markerBytes = bytes[ranges[i]].filter { $0 != UInt8(ascii: "(") && $0 != UInt8(ascii: ")") && $0 != UInt8(ascii: "/") }
        let letters = markerBytes.filter { $0 >= 0x41 && $0 <= 0x5A }
        guard letters.count >= 2, letters.count == markerBytes.filter(TextBytes.isASCIIAlphanumeric).count,
              prefix.count >= 2 else { return false }
        let initials = prefix.map { firstSignificant($0) ?? 0 }
        for from in 0..<(initials.count - 1) where initials[from] == letters[0] {
            var position = 0
            var matched = true
            for initial in initials[from...] {
                guard let found = letters[position...].firstIndex(of: initial) else { matched = false; break }
                position = found + 1
            }
            if matched { return true }
        }
        return false
    }

    /// "Feb.", "9.", "St.": a period that does not end the dateline's words.
    private func isShortAbbreviationOrNumber(_ i: Int) -> Bool {
        ranges[i].count <= 5
    }

    /// "WASHINGTON —", "BEIJING, Feb 9 -": a place in capitals, at most five more capitalized
    /// words or numbers, then a dash and a capitalized word.
    private func capsDatelineEnd(from start: Int) -> Int? {
        guard isAllCapitals(start) else { return nil }
        var i = start + 1
        while i < count, i - start <= 6 {
            if isDash(i) {
                var end = i
                while end < count, isDash(end) { end += 1 }
                guard end < count, opensSentence(end) else { return nil }
                return end
            }
            if startsLowercase(i) || (endsSentence(i) && !isShortAbbreviationOrNumber(i)) { return nil }
            i += 1
        }
        return nil
    }

    /// A word of at least three capital letters and nothing else but a trailing comma ("US -
    /// Russia talks" is a headline, not a dateline).
    private func isAllCapitals(_ i: Int) -> Bool {
        var letters = 0
        for (offset, byte) in bytes[ranges[i]].enumerated() {
            if byte >= 0x41 && byte <= 0x5A { letters += 1; continue }
            if byte == UInt8(ascii: ",") && offset == ranges[i].count - 1 { continue }
            return false
        }
        return letters >= 3
    }
}
