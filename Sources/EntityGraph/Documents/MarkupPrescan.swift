/// Reads markup bytes ahead of libxml2, chunk by chunk, for what libxml2 must not be given:
/// an element with more than `maxAttributes` attributes (libxml2 checks attributes for
/// duplicates in quadratic time: 200,000 of them in a 1.4 MB page took 271 s), and, for
/// GraphML, a DOCTYPE, whose line libxml2's streaming reader reports too late to be right.
///
/// It is a small state machine over bytes, not a parser: tags, quoted values, comments,
/// processing instructions and CDATA sections are told apart so that text and comments never
/// count as attributes; in HTML, so is the raw text of `<script>` and `<style>`, where
/// "for(x=0;x<vendors.length;…)" is code, not a tag (as for libxml2's HTML parser). An ASCII-compatible encoding is assumed (UTF-8 and the legacy charsets
/// HTML declares); in UTF-16 it finds nothing.
///
/// - Complexity: O(n) in the bytes scanned, O(1) memory.
struct MarkupPrescan {
    /// More attributes than any real page or graph element has (a few dozen at most), and few
    /// enough that libxml2 checks them in milliseconds.
    static let maxAttributes = 1_000

    /// What the scan found, with the line (1-based) where the element or DOCTYPE starts.
    enum Finding: Equatable, Sendable {
        case tooManyAttributes(line: Int)
        case doctype(line: Int)
    }

    private enum State {
        case text, open, endTag, name, inTag, unquotedValue, quoted(UInt8)
        case bang(matched: Int), declaration, comment(dashes: Int), cdata(brackets: Int), instruction(question: Bool)
        /// Inside a raw-text element, `matched` bytes of its end tag ("</script") seen so far.
        case rawText(matched: Int)
    }

    /// The HTML elements whose content is raw text, up to their end tag.
    private static let rawTextElements = [Array("script".utf8), Array("style".utf8)]

    /// Whether a DOCTYPE is a finding (GraphML) or just a declaration (HTML).
    let refusesDoctype: Bool
    private(set) var line = 1
    private var state = State.text
    private var tagLine = 1
    private var attributes = 0
    /// In a tag, whether the next name character starts a new attribute (after a space or a quote).
    private var startsAttribute = false
    /// The open tag's name, lowercased, as far as a raw-text element's name could go.
    private var tagName: [UInt8] = []
    /// The raw-text element (`rawTextElements`) the open tag starts, if it starts one (HTML only).
    private var rawTextElement: [UInt8]? = nil

    init(refusesDoctype: Bool) {
        self.refusesDoctype = refusesDoctype
    }

    /// Scans the next bytes of the stream; returns the first finding, after which the stream
    /// must not be parsed further.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
        for byte in bytes {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if let finding = step(byte) { return finding }
        }
        return nil
    }

    /// `scan` over a whole input held in memory.
    static func scan(_ bytes: [UInt8], refusesDoctype: Bool) -> Finding? {
        var scanner = MarkupPrescan(refusesDoctype: refusesDoctype)
        return bytes.withUnsafeBufferPointer { scanner.scan($0) }
    }

    private static let doctype = Array("DOCTYPE".utf8)

    private mutating func step(_ byte: UInt8) -> Finding? {
        let space = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
        switch state {
        case .text:
            if byte == UInt8(ascii: "<") { state = .open; tagLine = line }
        case .open:
            switch byte {
            case UInt8(ascii: "!"): state = .bang(matched: 0)
            case UInt8(ascii: "?"): state = .instruction(question: false)
            case UInt8(ascii: "/"): state = .endTag
            case UInt8(ascii: "<"): tagLine = line
            default:
                // "a < b" or "I <3" in text is no tag, for libxml2 either.
                let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                if letter || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80 {
                    state = .name
                    attributes = 0
                    tagName.removeAll(keepingCapacity: true)
                    tagName.append(byte | 0x20)
                } else {
                    state = .text
                }
            }
        case .endTag, .declaration:
            if byte == UInt8(ascii: ">") { state = .text }
        case .name:
            if byte == UInt8(ascii: ">") || space {
                rawTextElement = refusesDoctype ? nil : Self.rawTextElements.first { $0 == tagName }
                if space { state = .inTag; startsAttribute = true } else { endTag() }
            } else if tagName.count <= 6 {
                tagName.append(byte | 0x20)
            }
        case .inTag:
            switch byte {
            case UInt8(ascii: ">"): endTag()
            case UInt8(ascii: "<"): state = .open; tagLine = line  // libxml2 ends the tag there too
            case UInt8(ascii: "\""), UInt8(ascii: "'"): state = .quoted(byte)
            case UInt8(ascii: "="): startsAttribute = false; state = .unquotedValue
            case UInt8(ascii: "/"): break
            default:
                if space {
                    startsAttribute = true
                } else if startsAttribute {
                    startsAttribute = false
                    attributes += 1
                    if attributes > Self.maxAttributes { return .tooManyAttributes(line: tagLine) }
                }
            }
        case .unquotedValue:
            // After "=": a quoted value, or an unquoted one up to a space.
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): state = .quoted(byte)
            case UInt8(ascii: ">"): endTag()
            default: if space { state = .inTag; startsAttribute = true }
            }
        case .rawText(let matched):
            // "</" then the element's name, in any case.
            let element = rawTextElement ?? []
            let expected = matched == 0 ? UInt8(ascii: "<") : matched == 1 ? UInt8(ascii: "/") : element[matched - 2]
            let next = (matched >= 2 ? byte | 0x20 : byte) == expected ? matched + 1 : (byte == UInt8(ascii: "<") ? 1 : 0)
            if next == element.count + 2 {
                state = .endTag
                rawTextElement = nil
            } else {
                state = .rawText(matched: next)
            }
        case .quoted(let quote):
            if byte == quote { state = .inTag; startsAttribute = true }
        case .bang(let matched):
            if matched == 0 && byte == UInt8(ascii: "-") {
                state = .comment(dashes: -1)  // the second dash of "<!--" still to come
            } else if matched == 0 && byte == UInt8(ascii: "[") {
                state = .cdata(brackets: 0)
            } else if matched < Self.doctype.count && byte & 0xDF == Self.doctype[matched] {
                if matched + 1 == Self.doctype.count {
                    if refusesDoctype { return .doctype(line: tagLine) }
                    state = .declaration
                } else {
                    state = .bang(matched: matched + 1)
                }
            } else {
                state = byte == UInt8(ascii: ">") ? .text : .declaration
            }
        case .comment(let dashes):
            if dashes == -1 {
                state = byte == UInt8(ascii: "-") ? .comment(dashes: 0) : .declaration
            } else if byte == UInt8(ascii: "-") {
                state = .comment(dashes: min(dashes + 1, 2))
            } else {
                state = byte == UInt8(ascii: ">") && dashes == 2 ? .text : .comment(dashes: 0)
            }
        case .cdata(let brackets):
            if byte == UInt8(ascii: "]") {
                state = .cdata(brackets: min(brackets + 1, 2))
            } else {
                state = byte == UInt8(ascii: ">") && brackets == 2 ? .text : .cdata(brackets: 0)
            }
        case .instruction(let question):
            state = byte == UInt8(ascii: ">") && question ? .text : .instruction(question: byte == UInt8(ascii: "?"))
        }
        return nil
    }

    /// The open tag ends: text follows, or the raw text of a script or style element.
    private mutating func endTag() {
        state = rawTextElement == nil ? .text : .rawText(matched: 0)
    }
}
