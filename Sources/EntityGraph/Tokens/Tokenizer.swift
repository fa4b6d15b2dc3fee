/// Splits a document's content paragraphs into tokens and sentences, working on UTF-8 bytes.
///
/// Tokens: words (letters, digits and marks, keeping inner periods as in "U.S." or "1.5",
/// inner apostrophes as in "O'Brien", and "AT&T"), possessive and contraction endings split off
/// ("Biden’s" → "Biden" "’s"; "don't" → "do" "n't"), abbreviations keeping their period
/// ("Dr.", "Jan.", "U.S.", initials "N."), infix hyphens as tokens of their own ("U.S.-Russia"
/// → "U.S." "-" "Russia", so both names are seen), URLs and e-mail addresses as one token, and
/// every other punctuation mark alone. Sentences end at . ! ? … (with closing quotes and
/// brackets kept in the sentence) unless a lowercase word follows, and never inside a paragraph
/// boundary's other side.
///
/// - Complexity: O(n) in the bytes of the document; non-ASCII characters pay one Unicode
///   property lookup each.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ document: Document) -> TokenizedDocument {
        let bytes = Array(document.text.utf8)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var sentences: [Sentence] = []
        var paragraphs: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in
            let scanner = Scanner(bytes: buffer)
            for paragraph in document.paragraphs where paragraph.isContent {
                let first = tokens.count
                scanner.scan(paragraph.range.clamped(to: 0..<buffer.count), into: &tokens)
                guard tokens.count > first else { continue }
                let paragraphIndex = paragraphs.count
                paragraphs.append(first..<tokens.count)
                SentenceSplitter.split(tokens: tokens, range: first..<tokens.count, bytes: buffer) { range in
                    sentences.append(Sentence(tokens: range, paragraph: paragraphIndex))
                }
            }
        }
        return TokenizedDocument(document: document, bytes: bytes, tokens: tokens,
                                 sentences: sentences, paragraphs: paragraphs)
    }
}

extension Tokenizer {
    /// The shape flags of a token given as a byte range (for tokens that come from elsewhere,
    /// such as the words of a CoNLL file).
    static func shape(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Token.Shape {
        guard !range.isEmpty else { return [] }
        // Words from elsewhere are not split at hyphens, so none of them is an infix hyphen.
        var shape = Scanner(bytes: bytes).shape(of: range).subtracting(.hasHyphen)
        let (scalar, _) = ByteClass.scalar(in: bytes, at: range.lowerBound)
        let hasLetterOrDigit = shape.contains(.hasLower) || shape.contains(.capitalized) || shape.contains(.hasDigit)
            || shape.contains(.nonASCII)
        if !ByteClass.isWordScalar(scalar), !hasLetterOrDigit {
            shape.insert(.punctuation)
            if ByteClass.isQuote(scalar) { shape.insert(.quote) }
            if ByteClass.isDash(scalar) && range.count <= 3 { shape.insert(.dash) }
        }
        return shape
    }
}

/// The byte-level scanner behind `Tokenizer`.
private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>

    func scan(_ range: Range<Int>, into tokens: inout [Token]) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                if ByteClass.isASCIISpace(b) { i += 1; continue }
                if ByteClass.isASCIILetter(b) || ByteClass.isDigit(b) {
                    i = scanWord(from: i, end: end, into: &tokens)
                    continue
                }
            } else {
                let (scalar, length) = ByteClass.scalar(in: bytes, at: i)
                if ByteClass.isSpace(scalar) { i += length; continue }
                if ByteClass.isWordScalar(scalar) {
                    i = scanWord(from: i, end: end, into: &tokens)
                    continue
                }
            }
            i = scanPunctuation(from: i, end: end, into: &tokens)
        }
    }

    // MARK: Words

    private func scanWord(from start: Int, end: Int, into tokens: inout [Token]) -> Int {
        if bytes[start] | 0x20 == UInt8(ascii: "n"), let previous = tokens.last, Int(previous.end) == start,
           start + 1 < end {
            let (scalar, length) = ByteClass.scalar(in: bytes, at: start + 1)
            if isApostrophe(scalar, at: start + 1, end: end), let clitic = clitic(at: start + 1, apostropheLength: length, end: end),
               clitic.includesN {
                tokens.append(Token(start: start, end: clitic.end, shape: [.clitic]))
                return clitic.end
            }
        }
        if let urlEnd = urlEnd(from: start, end: end) {
            tokens.append(Token(start: start, end: urlEnd, shape: [.punctuation]))
            return urlEnd
        }
        var j = start
        var sawInnerPeriod = false
        while j < end {
            let b = bytes[j]
            if ByteClass.isASCIILetter(b) || ByteClass.isDigit(b) { j += 1; continue }
            let (scalar, length) = ByteClass.scalar(in: bytes, at: j)
            if b >= 0x80, ByteClass.isWordScalar(scalar) { j += length; continue }
            if scalar == "." {
                if j + 1 < end, isWordStart(at: j + 1) {
                    if !sawInnerPeriod, endsRunTogetherSentence(start..<j, nextAt: j + 1, end: end) { break }
                    sawInnerPeriod = true; j += 1; continue
                }
                if keepsPeriod(start..<j, sawInnerPeriod: sawInnerPeriod) { j += 1 }
                break
            }
            if isApostrophe(scalar, at: j, end: end) {
                if let clitic = clitic(at: j, apostropheLength: length, end: end) {
                    // "don't": the clitic is "n't", so the word ends before the n.
                    if clitic.includesN, j - 1 > start { j -= 1 }
                    break
                }
                if j + length < end, isWordStart(at: j + length) { j += length; continue }
                break
            }
            if scalar == "&", j > start, j + 1 < end,
               ByteClass.isASCIIUpper(bytes[j - 1]), ByteClass.isASCIIUpper(bytes[j + 1]) {
                j += 1; continue
            }
            if scalar == ",", j > start, ByteClass.isDigit(bytes[j - 1]), isThousandsGroup(at: j + 1, end: end) {
                j += 1; continue
            }
            if scalar == "(", let close = bracketedSuffixEnd(of: start..<j, end: end) {
                j = close
                break
            }
            break
        }
        if j <= start { j = start + ByteClass.scalar(in: bytes, at: start).1 }
        if let glue = gluedWordBoundary(in: start..<j) { j = glue }
        tokens.append(Token(start: start, end: j, shape: shape(of: start..<j)))
        return j
    }

    /// Where two words run together without a space split ("TrumpGOP", "MaguireHere",
    /// "Buttigieg2020"), as text copied from pages whose links stood side by side has them: after
    /// three lowercase ASCII letters at least, one of `gluedOpeners` or a year (19xx, 20xx) ending
    /// the word, or after four an acronym of three capitals or more that ends it. Not "DirecTV",
    /// "LinkedIn", "McDonald", "iPhone", "COVID19", "B52", "ChatGPT" or "AvtoVAZ": camel-case
    /// names have a capitalized word, two capitals or a short first word. Nil where the word is
    /// one.
    ///
    /// - Complexity: O(n) for a word of n bytes.
    private func gluedWordBoundary(in word: Range<Int>) -> Int? {
        guard word.count >= 6, word.allSatisfy({ ByteClass.isASCIILetter(bytes[$0]) || ByteClass.isDigit(bytes[$0]) }) else { return nil }
        var lowerRun = 0
        for k in word.lowerBound..<(word.upperBound - 1) {
            let b = bytes[k]
            lowerRun = ByteClass.isASCIILower(b) ? lowerRun + 1 : 0
            guard lowerRun >= 3, !ByteClass.isASCIILower(bytes[k + 1]) else { continue }
            let rest = (k + 1)..<word.upperBound
            if lowerRun >= 4, rest.count >= 3, rest.allSatisfy({ ByteClass.isASCIIUpper(bytes[$0]) }) { return k + 1 }
            if rest.count == 4, rest.allSatisfy({ ByteClass.isDigit(bytes[$0]) }),
               (bytes[k + 1] == UInt8(ascii: "1") && bytes[k + 2] == UInt8(ascii: "9"))
                || (bytes[k + 1] == UInt8(ascii: "2") && bytes[k + 2] == UInt8(ascii: "0")) { return k + 1 }
            let restText = UnsafeBufferPointer(rebasing: bytes[rest])
            if Self.gluedOpeners.contains(where: { $0.elementsEqual(restText) }) { return k + 1 }
            return nil
        }
        return nil
    }

    /// Capitalized words that begin a headline or a sentence and never end a word: the second
    /// word of a glued pair ("ReidThe Memo", "MaguireHere's").
    private static let gluedOpeners: [[UInt8]] = ["The", "Here", "This", "These", "That", "Those"].map { Array($0.utf8) }

    /// Whether a word followed by a period keeps it: initials (N.), dotted initialisms (U.S.),
    /// and known abbreviations (Dr., Jan., Corp.).
    private func keepsPeriod(_ word: Range<Int>, sawInnerPeriod: Bool) -> Bool {
        if word.count == 1, ByteClass.isASCIIUpper(bytes[word.lowerBound]) { return true }
        if sawInnerPeriod, isDottedInitialism(word) { return true }
        return Abbreviations.shared.kind(of: UnsafeBufferPointer(rebasing: bytes[word])) != nil
    }

    /// Whether the period after `word` ends a sentence whose space was lost ("interrogation.The
    /// police", "in 2014.In", a live blog's "Tripathi.12.04am: …"), as text scraped without its
    /// paragraph breaks has it: a word ending in a lowercase letter or a digit, or an acronym
    /// ("BJP.The"), no abbreviation ("Mr.Smith"), then a capitalized word; or a word of three letters or more, all letters,
    /// then a digit ("Amazon.com", "ASP.NET", "J.K.Rowling" and "v1.2" keep their periods).
    private func endsRunTogetherSentence(_ word: Range<Int>, nextAt next: Int, end: Int) -> Bool {
        guard word.count >= 2, next + 1 < end else { return false }
        let last = bytes[word.upperBound - 1]
        // An acronym too ("BJP.The"), unless dotted ("U.S.The" is left alone by the caller).
        let capitalizedNext = ByteClass.isASCIIUpper(bytes[next]) && ByteClass.isASCIILower(bytes[next + 1])
            && (ByteClass.isASCIILower(last) || ByteClass.isDigit(last) || word.allSatisfy({ ByteClass.isASCIIUpper(bytes[$0]) }))
        let numberNext = ByteClass.isDigit(bytes[next]) && word.count >= 3 && ByteClass.isASCIILower(last)
            && word.allSatisfy({ ByteClass.isASCIILetter(bytes[$0]) })
        guard capitalizedNext || numberNext else { return false }
        return Abbreviations.shared.kind(of: UnsafeBufferPointer(rebasing: bytes[word])) == nil
    }

    /// The end of a party's bracketed letter glued to its acronym ("JD(U)", "CPI(M)", "JD(S)"):
    /// an acronym of two letters or more, then one to three capitals in brackets and no letter
    /// after; nil otherwise ("Pirelli (Italy)" has a space, "f(x)" no acronym).
    private func bracketedSuffixEnd(of word: Range<Int>, end: Int) -> Int? {
        guard word.count >= 2, word.allSatisfy({ ByteClass.isASCIIUpper(bytes[$0]) }) else { return nil }
        var k = word.upperBound + 1
        while k < end, k - word.upperBound <= 3, ByteClass.isASCIIUpper(bytes[k]) { k += 1 }
        guard k > word.upperBound + 1, k < end, bytes[k] == UInt8(ascii: ")") else { return nil }
        k += 1
        if k < end, ByteClass.isASCIILetter(bytes[k]) || ByteClass.isDigit(bytes[k]) { return nil }
        return k
    }

    /// "U.S", "E.U", "i.e": one or two letters between periods.
    private func isDottedInitialism(_ word: Range<Int>) -> Bool {
        var run = 0
        for k in word {
            let b = bytes[k]
            if b == UInt8(ascii: ".") {
                if run == 0 || run > 2 { return false }
                run = 0
            } else if ByteClass.isASCIILetter(b) {
                run += 1
            } else {
                return false
            }
        }
        return run >= 1 && run <= 2
    }

    private func isWordStart(at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return ByteClass.isASCIILetter(b) || ByteClass.isDigit(b) }
        return ByteClass.isWordScalar(ByteClass.scalar(in: bytes, at: i).0)
    }

    private func isThousandsGroup(at i: Int, end: Int) -> Bool {
        guard i + 3 <= end else { return false }
        for k in i..<(i + 3) where !ByteClass.isDigit(bytes[k]) { return false }
        return i + 3 == end || !ByteClass.isDigit(bytes[i + 3])
    }

    /// An apostrophe, or a straight double quote standing for one between a letter and a clitic
    /// ("Don"t", "it"s": a curly apostrophe a bad conversion upstream turned into a quote; a
    /// closing quote is never followed by a letter).
    private func isApostrophe(_ scalar: Unicode.Scalar, at j: Int, end: Int) -> Bool {
        if ByteClass.isApostrophe(scalar) { return true }
        return scalar == "\"" && j > 0 && ByteClass.isASCIILetter(bytes[j - 1]) && clitic(at: j, apostropheLength: 1, end: end) != nil
    }

    /// A clitic at an apostrophe: 's 'm 're 've 'll 'd and n't, followed by a non-word character.
    /// Returns where it ends and whether it is "n't" (which starts one byte before the apostrophe).
    private func clitic(at j: Int, apostropheLength: Int, end: Int) -> (end: Int, includesN: Bool)? {
        var k = j + apostropheLength
        while k < end, ByteClass.isASCIILetter(bytes[k]) { k += 1 }
        if k < end, isWordStart(at: k) { return nil }
        let after = UnsafeBufferPointer(rebasing: bytes[(j + apostropheLength)..<k])
        func equals(_ word: String) -> Bool {
            after.count == word.utf8.count && zip(after, word.utf8).allSatisfy { $0 | 0x20 == $1 }
        }
        if equals("t"), j > 0, bytes[j - 1] | 0x20 == UInt8(ascii: "n") { return (k, true) }
        if equals("s") || equals("m") || equals("re") || equals("ve") || equals("ll") || equals("d") {
            return (k, false)
        }
        return nil
    }

    /// The end of a URL or e-mail address starting at `start`, if one starts there.
    private func urlEnd(from start: Int, end: Int) -> Int? {
        // Called for every word: compare in place, no Array or String per call.
        func has(_ prefix: StaticString, at i: Int) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard i + count <= end else { return false }
            let p = prefix.utf8Start
            for k in 0..<count where bytes[i + k] | 0x20 != p[k] { return false }
            return true
        }
        let first = bytes[start] | 0x20
        var isURL = (first == UInt8(ascii: "h") && (has("http://", at: start) || has("https://", at: start)))
            || (first == UInt8(ascii: "w") && has("www.", at: start))
        if !isURL {
            // user@example.org: letters, digits and dots, one @, then a dotted host.
            var k = start
            while k < end, ByteClass.isASCIILetter(bytes[k]) || ByteClass.isDigit(bytes[k])
                    || bytes[k] == UInt8(ascii: ".") || bytes[k] == UInt8(ascii: "_") { k += 1 }
            isURL = k < end && bytes[k] == UInt8(ascii: "@") && k + 1 < end && ByteClass.isASCIILetter(bytes[k + 1])
        }
        guard isURL else { return nil }
        var k = start
        while k < end {
            let b = bytes[k]
            if ByteClass.isASCIISpace(b) || b >= 0x80 || b == UInt8(ascii: ">") || b == UInt8(ascii: ")")
                || b == UInt8(ascii: "]") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "<") { break }
            k += 1
        }
        // A sentence's final period or comma is not part of the address.
        while k > start, bytes[k - 1] == UInt8(ascii: ".") || bytes[k - 1] == UInt8(ascii: ",")
                || bytes[k - 1] == UInt8(ascii: ";") || bytes[k - 1] == UInt8(ascii: ":") {
            k -= 1
        }
        return k
    }

    func shape(of range: Range<Int>) -> Token.Shape {
        var shape: Token.Shape = []
        var letters = 0, upper = 0, lower = 0, digits = 0, others = 0
        var k = range.lowerBound
        var first = true
        while k < range.upperBound {
            let b = bytes[k]
            if b < 0x80 {
                if ByteClass.isASCIIUpper(b) { upper += 1; letters += 1; if first { shape.insert(.capitalized) } }
                else if ByteClass.isASCIILower(b) { lower += 1; letters += 1 }
                else if ByteClass.isDigit(b) { digits += 1 }
                else if b == UInt8(ascii: ".") { shape.insert(.hasPeriod) }
                else if b == UInt8(ascii: "-") { shape.insert(.hasHyphen) }
                else if b == UInt8(ascii: ",") { }
                else { others += 1 }
                k += 1
            } else {
                shape.insert(.nonASCII)
                let (scalar, length) = ByteClass.scalar(in: bytes, at: k)
                let properties = scalar.properties
                if properties.isUppercase { upper += 1; letters += 1; if first { shape.insert(.capitalized) } }
                else if properties.isLowercase { lower += 1; letters += 1 }
                else if properties.isAlphabetic { letters += 1 }
                else if properties.numericType != nil { digits += 1 }
                else { others += 1 }
                k += length
            }
            first = false
        }
        if lower > 0 { shape.insert(.hasLower) }
        if digits > 0 { shape.insert(.hasDigit) }
        if letters == 0 && digits > 0 && others == 0 { shape.insert(.number) }
        if upper >= 2 && lower == 0 { shape.insert(.allCaps) }
        if shape.contains(.hasPeriod), bytes[range.upperBound - 1] == UInt8(ascii: "."), letters > 0 {
            shape.insert(.abbreviation)
        }
        return shape
    }

    // MARK: Punctuation

    private func scanPunctuation(from start: Int, end: Int, into tokens: inout [Token]) -> Int {
        let (scalar, length) = ByteClass.scalar(in: bytes, at: start)
        // Clitics split off the previous word: ’s, 's, n't.
        if isApostrophe(scalar, at: start, end: end), let previous = tokens.last, Int(previous.end) == start,
           !previous.shape.contains(.punctuation),
           let clitic = clitic(at: start, apostropheLength: length, end: end), !clitic.includesN {
            tokens.append(Token(start: start, end: clitic.end, shape: [.clitic]))
            return clitic.end
        }
        if ByteClass.isQuote(scalar) {
            tokens.append(Token(start: start, end: start + length, shape: [.punctuation, .quote]))
            return start + length
        }
        if ByteClass.isDash(scalar) {
            var stop = start + length
            while stop < end, bytes[stop] == bytes[start], ByteClass.scalar(in: bytes, at: stop).0 == scalar {
                stop += length
            }
            var shape: Token.Shape = [.punctuation, .dash]
            let joinsWords = tokens.last.map { Int($0.end) == start && !$0.shape.contains(.punctuation) } ?? false
            if joinsWords, stop < end, isWordStart(at: stop) { shape.insert(.hasHyphen) }
            tokens.append(Token(start: start, end: stop, shape: shape))
            return stop
        }
        if scalar == ".", start + 2 < end, bytes[start + 1] == bytes[start], bytes[start + 2] == bytes[start] {
            var stop = start + 3
            while stop < end, bytes[stop] == UInt8(ascii: ".") { stop += 1 }
            tokens.append(Token(start: start, end: stop, shape: [.punctuation]))
            return stop
        }
        tokens.append(Token(start: start, end: start + length, shape: [.punctuation]))
        return start + length
    }
}
