#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Drops comments and processing instructions from an XML byte stream on its way to libxml2's
/// streaming reader, which keeps every comment and PI under a still-open element until that
/// element closes: 3,000,000 comments `<!---->` (24 MB) in a GraphML `<graph>` took 893 MB, a
/// 100 MB comment 249 MB. Neither carries data in GraphML. The XML declaration (a PI that opens
/// the document) passes; CDATA sections pass untouched (a "<!--" in one is text); a "<!-" that
/// is not a comment passes as it came.
///
/// Line numbers: libxml2 counts lines of what it is given, so the newlines dropped inside
/// comments are recorded per line of the output (`inputLine(_:)` maps a libxml2 line back to
/// the file's), in runs, at most `maxRuns` of them (16 MB); past that many multi-line comments,
/// lines reported after them may be early.
///
/// - Complexity: O(n) in the bytes filtered; O(1) memory besides the line runs.
struct XMLCommentFilter {
    static let maxRuns = 1 << 20

    private enum State {
        case text, lessThan, bang, bangDash, comment(dashes: Int), instruction(question: Bool), cdata(brackets: Int)
        /// Inside the XML declaration or another PI that passes.
        case keptInstruction(question: Bool)
    }

    private var state = State.text
    /// Whether a "<" has been seen yet: a PI before any other markup is the XML declaration.
    private var seenMarkup = false
    /// Newlines given to libxml2 so far, plus one: the line libxml2 is on.
    private var outputLine = 1
    /// (output line, newlines dropped before the end of that line, cumulative), ascending.
    private var runs: [(outputLine: Int, dropped: Int)] = []
    private var dropped = 0

    /// Bytes held back at the end of a chunk while they may open a comment ("<", "<!", "<!-"):
    /// at most 3, given before the next chunk's bytes.
    static let maxHeld = 3

    /// Filters `count` bytes at `buffer` in place, the bytes held back from the last chunk first
    /// (the buffer must have room for `maxHeld` more bytes than `count`); returns how many bytes
    /// to give libxml2.
    mutating func filter(_ buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        // Shift the new bytes right to make room for the held ones, then filter in place: the
        // write position never passes the read position.
        let held = heldBytes
        if !held.isEmpty {
            memmove(buffer + held.count, buffer, count)
            for (i, byte) in held.enumerated() { buffer[i] = byte }
        }
        heldBytes.removeAll(keepingCapacity: true)
        let total = count + held.count
        var write = 0
        var read = 0
        // Held bytes are replayed through the machine from `text`, which they left.
        if !held.isEmpty { state = .text }
        while read < total {
            let byte = buffer[read]
            read += 1
            switch state {
            case .text:
                if byte == UInt8(ascii: "<") {
                    state = .lessThan
                } else {
                    emit(byte, at: &write, in: buffer)
                }
            case .lessThan:
                switch byte {
                case UInt8(ascii: "!"): state = .bang
                case UInt8(ascii: "?") where !seenMarkup:
                    seenMarkup = true
                    emit(UInt8(ascii: "<"), at: &write, in: buffer)
                    emit(byte, at: &write, in: buffer)
                    state = .keptInstruction(question: false)
                case UInt8(ascii: "?"):
                    state = .instruction(question: false)
                default:
                    seenMarkup = true
                    emit(UInt8(ascii: "<"), at: &write, in: buffer)
                    if byte == UInt8(ascii: "<") { state = .lessThan } else { emit(byte, at: &write, in: buffer); state = .text }
                }
            case .bang:
                seenMarkup = true
                if byte == UInt8(ascii: "-") {
                    state = .bangDash
                } else {
                    for kept in [UInt8(ascii: "<"), UInt8(ascii: "!"), byte] { emit(kept, at: &write, in: buffer) }
                    state = byte == UInt8(ascii: "[") ? .cdata(brackets: 0) : .text
                }
            case .bangDash:
                if byte == UInt8(ascii: "-") {
                    state = .comment(dashes: 0)
                } else {
                    for kept in [UInt8(ascii: "<"), UInt8(ascii: "!"), UInt8(ascii: "-"), byte] { emit(kept, at: &write, in: buffer) }
                    state = .text
                }
            case .comment(let dashes):
                drop(byte)
                if byte == UInt8(ascii: "-") {
                    state = .comment(dashes: min(dashes + 1, 2))
                } else {
                    state = byte == UInt8(ascii: ">") && dashes == 2 ? .text : .comment(dashes: 0)
                }
            case .instruction(let question):
                drop(byte)
                state = byte == UInt8(ascii: ">") && question ? .text : .instruction(question: byte == UInt8(ascii: "?"))
            case .keptInstruction(let question):
                emit(byte, at: &write, in: buffer)
                state = byte == UInt8(ascii: ">") && question ? .text : .keptInstruction(question: byte == UInt8(ascii: "?"))
            case .cdata(let brackets):
                emit(byte, at: &write, in: buffer)
                if byte == UInt8(ascii: "]") {
                    state = .cdata(brackets: min(brackets + 1, 2))
                } else {
                    state = byte == UInt8(ascii: ">") && brackets == 2 ? .text : .cdata(brackets: 0)
                }
            }
        }
        // A chunk ending in what may open a comment keeps it for the next one.
        switch state {
        case .lessThan: heldBytes = [UInt8(ascii: "<")]
        case .bang: heldBytes = [UInt8(ascii: "<"), UInt8(ascii: "!")]
        case .bangDash: heldBytes = [UInt8(ascii: "<"), UInt8(ascii: "!"), UInt8(ascii: "-")]
        default: heldBytes = []
        }
        return write
    }

    /// The bytes held back at the end of the input, to give libxml2 last (a lone "<" is its to
    /// report).
    mutating func finish() -> [UInt8] {
        defer { heldBytes.removeAll() }
        return heldBytes
    }

    /// The file's line for a line libxml2 reported: the newlines dropped up to the end of that
    /// line count (what libxml2 reports on a line stands after the comments on it, as a rule).
    func inputLine(_ line: Int) -> Int {
        // The first run after `line`; the one before it holds the count.
        var low = 0, high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].outputLine <= line { low = middle + 1 } else { high = middle }
        }
        return line + (low > 0 ? runs[low - 1].dropped : 0)
    }

    private var heldBytes: [UInt8] = []

    private mutating func emit(_ byte: UInt8, at write: inout Int, in buffer: UnsafeMutablePointer<UInt8>) {
        buffer[write] = byte
        write += 1
        if byte == UInt8(ascii: "\n") { outputLine += 1 }
    }

    private mutating func drop(_ byte: UInt8) {
        guard byte == UInt8(ascii: "\n") else { return }
        dropped += 1
        if let last = runs.last, last.outputLine == outputLine {
            runs[runs.count - 1].dropped = dropped
        } else if runs.count < Self.maxRuns {
            runs.append((outputLine, dropped))
        }
    }
}
