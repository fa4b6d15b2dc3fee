import Foundation

/// The trained tagger: hashed feature weights, label transitions, and the word clusters and
/// gazetteer its features read. Immutable and shareable across threads.
public struct TaggerModel: Sendable {
    let features: TaggerFeatureSet
    let hashBits: Int
    let labelCount: Int
    /// Which of the 2^hashBits buckets have a weight row: bucket b's row is
    /// `RankedBitmap.row(b)`, and buckets that never got a weight share the all-zero row 0.
    /// Most buckets stay empty, so this is far smaller than a dense table (2²² × 17 floats
    /// would take 285 MB).
    let present: RankedBitmap
    /// The zero row, then one row per set bucket in bucket order.
    let rows: QuantizedRows
    /// (labelCount + 1) × labelCount; row labelCount is the sentence start.
    let transitions: [Float]
    let clusters: WordClusterTable
    let gazetteer: TaggerGazetteer

    /// A model from a dense table of 2^hashBits × labelCount weights, quantized as the model
    /// file stores them (`QuantizedRows.quantize`): rows that round to all zeros are dropped.
    init(features: TaggerFeatureSet, hashBits: Int, labelCount: Int, denseWeights weights: [Float], transitions: [Float],
         clusters: WordClusterTable, gazetteer: TaggerGazetteer) {
        precondition(weights.count == (1 << hashBits) * labelCount)
        var quantized: [(bucket: Int, scale: Float, weights: [Int8])] = []
        for b in 0..<(1 << hashBits) {
            if let q = QuantizedRows.quantize(weights[(b * labelCount)..<((b + 1) * labelCount)]) {
                quantized.append((b, q.scale, q.weights))
            }
        }
        var next = 0
        let present = RankedBitmap(size: 1 << hashBits) { b in
            guard next < quantized.count, quantized[next].bucket == b else { return false }
            next += 1
            return true
        }
        let rows = QuantizedRows(labelCount: labelCount, count: quantized.count + 1)
        for (i, q) in quantized.enumerated() { rows.set(i + 1, scale: q.scale, weights: q.weights) }
        self.init(features: features, hashBits: hashBits, labelCount: labelCount, present: present, rows: rows,
                  transitions: transitions, clusters: clusters, gazetteer: gazetteer)
    }

    init(features: TaggerFeatureSet, hashBits: Int, labelCount: Int, present: RankedBitmap, rows: QuantizedRows, transitions: [Float],
         clusters: WordClusterTable, gazetteer: TaggerGazetteer) {
        precondition(transitions.count == (labelCount + 1) * labelCount)
        precondition(present.words.count == (1 << hashBits) / 32 && rows.count == present.count + 1 && rows.labelCount == labelCount)
        self.features = features
        self.hashBits = hashBits
        self.labelCount = labelCount
        self.present = present
        self.rows = rows
        self.transitions = transitions
        self.clusters = clusters
        self.gazetteer = gazetteer
    }

    /// The weight of `label` in `bucket`'s row (0 for a bucket without a row).
    func weight(bucket: Int, label: Int) -> Float {
        present.words.withUnsafeBufferPointer { rows.weight(RankedBitmap.row(bucket, in: $0.baseAddress!), label) }
    }

    var extractor: FeatureExtractor {
        FeatureExtractor(hashBits: hashBits, labelCount: labelCount, features: features, clusters: clusters, gazetteer: gazetteer)
    }
}

/// Why a model file could not be read.
public struct TaggerModelError: Error, CustomStringConvertible {
    public var path: String
    public var problem: String
    public var description: String { "\(path): \(problem)" }
}

extension TaggerModel {
    static let magic: [UInt8] = Array("EGTAGGER".utf8)
    static let version: UInt32 = 1

    /// The model as bytes: a header, transitions as Float32, the bitmap of buckets with a row,
    /// the rows (a Float32 scale, then labelCount Int8 weights), then clusters and gazetteer.
    /// Little-endian throughout; the same model always gives the same bytes.
    public func serialized() -> [UInt8] {
        var w = ByteWriter()
        w.bytes(Self.magic)
        w.u32(Self.version)
        w.u32(features.rawValue)
        w.u32(UInt32(hashBits))
        w.u32(UInt32(labelCount))
        for t in transitions { w.f32(t) }
        for block in 0..<(present.words.count / 2) { w.u64(present.words[2 * block]) }
        for row in 1..<rows.count {
            w.f32(rows.scale(row))
            for l in 0..<labelCount { w.u8(UInt8(bitPattern: rows.quantized(row, l))) }
        }
        w.u32(UInt32(clusters.words.count))
        for c in clusters.words {
            w.u64(c.hash); w.u16(c.fine); w.u16(c.middle); w.u16(c.coarse)
        }
        w.u32(UInt32(gazetteer.entries.count + gazetteer.nameListCount))
        for e in gazetteer.entries {
            w.u8(e.category.rawValue)
            w.string(e.code)
            w.string(e.phrase)
        }
        w.bytes(gazetteer.nameListRecords)
        return w.data
    }

    /// Reads a model written by `serialized()`; `path` names the source in errors.
    public init(bytes: [UInt8], path: String) throws {
        var r = ByteReader(bytes: bytes, path: path)
        guard Array(try r.bytes(8)) == Self.magic else { throw TaggerModelError(path: path, problem: "not an entgraph tagger model (bad magic)") }
        let version = try r.u32()
        guard version == Self.version else { throw TaggerModelError(path: path, problem: "model version \(version), this build reads \(Self.version)") }
        let features = TaggerFeatureSet(rawValue: try r.u32())
        let hashBits = Int(try r.u32())
        let L = Int(try r.u32())
        guard (8...26).contains(hashBits), L == BILOU.count else { throw TaggerModelError(path: path, problem: "unsupported model shape (hash bits \(hashBits), \(L) labels)") }
        var transitions = [Float](repeating: 0, count: (L + 1) * L)
        for i in 0..<transitions.count { transitions[i] = try r.f32() }
        let rows = 1 << hashBits
        let present = RankedBitmap(littleEndianBytes: try r.bytes(rows / 8))
        guard present.count * (4 + L) <= bytes.count - r.offset else { throw TaggerModelError(path: path, problem: "truncated at byte \(bytes.count)") }
        let weights = QuantizedRows(labelCount: L, count: present.count + 1)
        for row in 0..<present.count {
            let scale = try r.f32()
            weights.set(row + 1, scale: scale, weights: try r.bytes(L).map { Int8(bitPattern: $0) })
        }
        let clusterCount = try r.count(eachAtLeast: 14)
        var words: [WordClusterTable.Word] = []
        words.reserveCapacity(clusterCount)
        for _ in 0..<clusterCount {
            words.append(.init(hash: try r.u64(), fine: try r.u16(), middle: try r.u16(), coarse: try r.u16()))
        }
        let entryCount = try r.count(eachAtLeast: 5)
        var entries: [TaggerGazetteer.Entry] = []
        // Name-list records stay bytes (`TaggerGazetteer.nameListRecords`); runs of them are
        // copied at once.
        var nameListRecords: [UInt8] = []
        var nameListCount = 0
        var runStart = r.offset
        for _ in 0..<entryCount {
            let recordStart = r.offset
            guard let category = TaggerGazetteer.Category(rawValue: try r.u8()) else {
                throw TaggerModelError(path: path, problem: "unknown gazetteer category at byte \(r.offset - 1)")
            }
            if TaggerGazetteer.Category.nameLists.contains(category) {
                try r.skipString()
                try r.skipString()
                nameListCount += 1
            } else {
                nameListRecords.append(contentsOf: bytes[runStart..<recordStart])
                let code = try r.string()
                entries.append(.init(phrase: try r.string(), category: category, code: code))
                runStart = r.offset
            }
        }
        nameListRecords.append(contentsOf: bytes[runStart..<r.offset])
        guard r.offset == bytes.count else { throw TaggerModelError(path: path, problem: "\(bytes.count - r.offset) unexpected bytes after the model") }
        self.init(features: features, hashBits: hashBits, labelCount: L, present: present, rows: weights, transitions: transitions,
                  clusters: WordClusterTable(words: words),
                  gazetteer: TaggerGazetteer(entries: entries, nameListRecords: nameListRecords, nameListCount: nameListCount))
    }

    /// Reads a model file.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TaggerModelError(path: path, problem: "cannot read the model file")
        }
        try self.init(bytes: [UInt8](data), path: path)
    }

    /// Writes the model file, atomically as every output (`OutputFile`).
    public func write(to path: String) throws(OutputError) {
        try OutputFile.write(serialized(), to: path)
    }
}

/// Little-endian byte writer for the model format.
struct ByteWriter {
    var data: [UInt8] = []
    mutating func bytes(_ b: [UInt8]) { data.append(contentsOf: b) }
    mutating func u8(_ v: UInt8) { data.append(v) }
    mutating func u16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func f32(_ v: Float) { u32(v.bitPattern) }
    mutating func string(_ s: String) { u16(UInt16(s.utf8.count)); data.append(contentsOf: s.utf8) }
}

/// Little-endian byte reader that reports truncation with the byte offset.
struct ByteReader {
    let bytes: [UInt8]
    let path: String
    var offset = 0
    init(bytes: [UInt8], path: String) { self.bytes = bytes; self.path = path }

    mutating func bytes(_ n: Int) throws -> ArraySlice<UInt8> {
        guard offset + n <= bytes.count else { throw TaggerModelError(path: path, problem: "truncated at byte \(offset)") }
        defer { offset += n }
        return bytes[offset..<(offset + n)]
    }
    mutating func u8() throws -> UInt8 { try bytes(1).first! }
    mutating func u16() throws -> UInt16 {
        let b = try bytes(2)
        return UInt16(b[b.startIndex]) | UInt16(b[b.startIndex + 1]) << 8
    }
    mutating func u32() throws -> UInt32 { try bytes(4).reversed().reduce(0) { $0 << 8 | UInt32($1) } }
    mutating func u64() throws -> UInt64 { try bytes(8).reversed().reduce(0) { $0 << 8 | UInt64($1) } }
    mutating func f32() throws -> Float { Float(bitPattern: try u32()) }
    /// A u32 count of records, each at least `size` bytes: more than the rest of the file can
    /// hold is an error here, before anything is allocated for them.
    mutating func count(eachAtLeast size: Int) throws -> Int {
        let at = offset
        let count = Int(try u32())
        guard count <= (bytes.count - offset) / size else {
            throw TaggerModelError(path: path, problem: "a count of \(count) at byte \(at) exceeds what the file holds")
        }
        return count
    }
    mutating func skipString() throws {
        let n = Int(try u16())
        guard offset + n <= bytes.count else { throw TaggerModelError(path: path, problem: "truncated at byte \(offset)") }
        offset += n
    }
    mutating func string() throws -> String {
        let n = Int(try u16())
        return String(decoding: try bytes(n), as: UTF8.self)
    }
}
