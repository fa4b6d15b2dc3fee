/// The distinct texts of some tokens of one document, for exact membership tests without a
/// String per token.
///
/// ASCII tokens go into an open-addressing hash table (linear probing) of token byte ranges into
/// the document's bytes: inserting a token hashes its bytes (FNV-1a) and compares bytes on a
/// hash match, so the answer is exact, with no false positives from hash collisions. Tokens with
/// other characters go into a `Set<String>`, so they compare as Swift Strings do (canonical
/// equivalence: a decomposed "é" equals a precomposed one). An ASCII text can equal a non-ASCII
/// one only through compatibility singletons such as the Kelvin sign, which are not told apart
/// here. Building a `Set<String>` of all of a document's lowercase words made a String per
/// token and was the recognizer's largest cost.
///
/// - Complexity: O(b) to build over the b bytes of the tokens taken, O(l) expected per lookup
///   of l bytes; memory O(tokens taken).
struct TokenTextSet: Sendable {
    private let bytes: [UInt8]
    /// Per slot: the token's start and length; length 0 marks an empty slot.
    private var starts: [Int32]
    private var lengths: [Int32]
    private var hashes: [UInt32]
    private let mask: Int
    private var nonASCII = Set<String>()

    /// The set of the texts of the tokens of `document` whose shape passes `include`.
    init(_ document: TokenizedDocument, where include: (Token.Shape) -> Bool) {
        bytes = document.bytes
        var capacity = 16
        while capacity < document.tokens.count * 2 { capacity <<= 1 }
        starts = [Int32](repeating: 0, count: capacity)
        lengths = [Int32](repeating: 0, count: capacity)
        hashes = [UInt32](repeating: 0, count: capacity)
        mask = capacity - 1
        let documentBytes = document.bytes
        documentBytes.withUnsafeBufferPointer { buffer in
            for token in document.tokens where token.end > token.start && include(token.shape) {
                if buffer[token.byteRange].contains(where: { $0 >= 0x80 }) {
                    nonASCII.insert(String(decoding: buffer[token.byteRange], as: UTF8.self))
                } else {
                    insert(UnsafeBufferPointer(rebasing: buffer[token.byteRange]), start: token.start, in: buffer)
                }
            }
        }
    }

    /// Whether one of the tokens taken spells exactly `text`.
    func contains(_ text: String) -> Bool {
        var bytes = text
        let isASCII = bytes.withUTF8 { word in !word.contains(where: { $0 >= 0x80 }) }
        guard isASCII else { return nonASCII.contains(text) }
        return bytes.withUTF8 { containsASCII($0) }
    }

    private func containsASCII(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !word.isEmpty else { return false }
        let hash = Self.hash(word)
        return bytes.withUnsafeBufferPointer { buffer in
            var slot = Int(hash) & mask
            while lengths[slot] != 0 {
                if hashes[slot] == hash, Self.equal(buffer, start: starts[slot], length: lengths[slot], word) { return true }
                slot = (slot + 1) & mask
            }
            return false
        }
    }

    private mutating func insert(_ word: UnsafeBufferPointer<UInt8>, start: Int32, in buffer: UnsafeBufferPointer<UInt8>) {
        let hash = Self.hash(word)
        var slot = Int(hash) & mask
        while lengths[slot] != 0 {
            if hashes[slot] == hash, Self.equal(buffer, start: starts[slot], length: lengths[slot], word) { return }
            slot = (slot + 1) & mask
        }
        starts[slot] = start
        lengths[slot] = Int32(word.count)
        hashes[slot] = hash
    }

    @inline(__always)
    private static func equal(_ buffer: UnsafeBufferPointer<UInt8>, start: Int32, length: Int32,
                              _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(length) == word.count else { return false }
        var i = 0, b = Int(start)
        while i < word.count {
            if buffer[b] != word[i] { return false }
            i += 1; b += 1
        }
        return true
    }

    /// FNV-1a, folded to 32 bits.
    @inline(__always)
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}
