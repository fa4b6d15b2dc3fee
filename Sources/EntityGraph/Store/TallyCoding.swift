/// The store's binary coding of a document's tally (`DocumentCoMentions`): the same fields as its
/// JSON in a partial file, as LEB128 varints (zigzag for signed values), length-prefixed UTF-8
/// strings, fixed little-endian words for the lowercase-word hashes and the confidence. A
/// store re-run decodes every stored tally: with Foundation's JSON decoder that was half of a
/// re-run's time at 37,880 articles, with this coding it is a tenth of a re-run that takes half
/// as long (perf, session 26), and the store is a quarter smaller.
///
/// Layout (store schemas 6 and 7): the byte `version`, then id, date (0, or 1 and the day), window,
/// sentence ranges, relation words (by pair, each pair's words sorted), ambiguities, acronyms
/// (sorted), lowercase words, entities (kind, name, eight counts, confidence, label, aliases),
/// sentence pairs, paragraph pairs, paragraph postings, sentence postings, paragraph count,
/// sentence count. Enumerations are their index in `allCases`. The coding is deterministic:
/// equal tallies give equal bytes.
///
/// - Complexity: O(size of the tally) both ways.
enum TallyCoding {
    static let version: UInt8 = 1

    static func encode(_ tally: DocumentCoMentions) -> [UInt8] {
        var out = Writer()
        out.bytes.append(version)
        tally.encode(into: &out)
        return out.bytes
    }

    /// Decodes `bytes`; throws for bytes that are not a whole tally of this coding, or whose
    /// counts point outside the tally (what the fold indexes with must not crash it).
    static func decode(_ bytes: some Collection<UInt8>) throws(TallyCodingError) -> DocumentCoMentions {
        try Array(bytes).withUnsafeBufferPointer { buffer throws(TallyCodingError) in
            var input = Reader(buffer)
            guard try input.byte() == version else { throw TallyCodingError("coding version \(buffer[0]), not \(version)") }
            let tally = try DocumentCoMentions(decoding: &input)
            guard input.isAtEnd else { throw TallyCodingError("\(buffer.count - input.offset) bytes after the tally") }
            return tally
        }
    }

    struct Writer {
        var bytes: [UInt8] = []

        mutating func unsigned(_ value: UInt64) {
            var value = value
            while value >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
                value >>= 7
            }
            bytes.append(UInt8(value))
        }

        mutating func count(_ value: Int) { unsigned(UInt64(value)) }

        /// Zigzag: small negative numbers stay short.
        mutating func signed(_ value: Int) { unsigned(UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)) }

        mutating func fixed(_ value: UInt64, bytes width: Int) {
            for shift in stride(from: 0, to: 8 * width, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
        }

        mutating func string(_ value: String) {
            count(value.utf8.count)
            bytes.append(contentsOf: value.utf8)
        }

        mutating func optionalString(_ value: String?) {
            if let value { bytes.append(1); string(value) } else { bytes.append(0) }
        }

        mutating func choice<T: CaseIterable & Equatable>(_ value: T) {
            bytes.append(UInt8(Array(T.allCases).firstIndex(of: value)!))
        }
    }

    struct Reader {
        private let buffer: UnsafeBufferPointer<UInt8>
        private(set) var offset = 0

        init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

        var isAtEnd: Bool { offset == buffer.count }

        mutating func byte() throws(TallyCodingError) -> UInt8 {
            guard offset < buffer.count else { throw TallyCodingError("cut short at byte \(offset)") }
            defer { offset += 1 }
            return buffer[offset]
        }

        mutating func unsigned() throws(TallyCodingError) -> UInt64 {
            var value: UInt64 = 0
            for shift in stride(from: 0, to: 64, by: 7) {
                let next = try byte()
                guard shift < 63 || next <= 1 else { break }
                value |= UInt64(next & 0x7F) << UInt64(shift)
                if next < 0x80 { return value }
            }
            throw TallyCodingError("a number longer than 64 bits at byte \(offset)")
        }

        /// A count or index: non-negative and fitting in `Int`.
        mutating func count() throws(TallyCodingError) -> Int {
            let value = try unsigned()
            guard value <= UInt64(Int.max) else { throw TallyCodingError("count \(value) out of range at byte \(offset)") }
            return Int(value)
        }

        /// The length of a list whose items take at least one byte each: never more than the
        /// bytes left, so corrupt bytes cannot make the decoder reserve gigabytes.
        mutating func length() throws(TallyCodingError) -> Int {
            let value = try count()
            guard value <= buffer.count - offset else { throw TallyCodingError("a list of \(value) items in \(buffer.count - offset) bytes") }
            return value
        }

        mutating func signed() throws(TallyCodingError) -> Int {
            let value = try unsigned()
            return Int(truncatingIfNeeded: Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
        }

        mutating func fixed(bytes width: Int) throws(TallyCodingError) -> UInt64 {
            guard width <= buffer.count - offset else { throw TallyCodingError("cut short at byte \(offset)") }
            var value: UInt64 = 0
            for i in 0..<width { value |= UInt64(buffer[offset + i]) << UInt64(8 * i) }
            offset += width
            return value
        }

        mutating func string() throws(TallyCodingError) -> String {
            let length = try length()
            let slice = UnsafeBufferPointer(rebasing: buffer[offset..<(offset + length)])
            guard let value = String(validating: slice, as: UTF8.self) else { throw TallyCodingError("a string that is not UTF-8 at byte \(offset)") }
            offset += length
            return value
        }

        mutating func optionalString() throws(TallyCodingError) -> String? {
            switch try byte() {
            case 0: return nil
            case 1: return try string()
            case let flag: throw TallyCodingError("flag \(flag) at byte \(offset - 1)")
            }
        }

        mutating func choice<T: CaseIterable>(_: T.Type) throws(TallyCodingError) -> T {
            let index = Int(try byte()), cases = Array(T.allCases)
            guard index < cases.count else { throw TallyCodingError("\(T.self) number \(index) at byte \(offset - 1)") }
            return cases[index]
        }

        mutating func list<T>(_ item: (inout Reader) throws(TallyCodingError) -> T) throws(TallyCodingError) -> [T] {
            let length = try length()
            var items: [T] = []
            items.reserveCapacity(length)
            for _ in 0..<length { items.append(try item(&self)) }
            return items
        }
    }
}

/// Stored tally bytes that do not decode: what is wrong with them.
struct TallyCodingError: Error, Sendable, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
