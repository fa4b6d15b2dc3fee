import Foundation

/// The trained tagger: hashed feature weights, label transitions, and the word clusters and
/// gazetteer its features read. Immutable and shareable across threads.
public struct TaggerModel: Sendable {
    let features: TaggerFeatureSet
    let hashBits: Int
    let labelCount: Int
    /// Where each of the 2^hashBits buckets' weights start in `rows`; buckets that never got
    /// a weight share the all-zero row at offset 0. Most buckets stay empty, so this is far
    /// smaller than a dense table (the dense table of 2²² × 17 floats would take 285 MB).
    let rowOffsets: [UInt32]
    /// Weight rows of labelCount floats, the zero row first.
    let rows: [Float]
    /// (labelCount + 1) × labelCount; row labelCount is the sentence start.
    let transitions: [Float]
    let clusters: WordClusterTable
    let gazetteer: TaggerGazetteer

    /// A model from a dense table of 2^hashBits × labelCount weights.
    init(features: TaggerFeatureSet, hashBits: Int, labelCount: Int, denseWeights weights: [Float], transitions: [Float],
         clusters: WordClusterTable, gazetteer: TaggerGazetteer) {
        precondition(weights.count == (1 << hashBits) * labelCount)
        var offsets = [UInt32](repeating: 0, count: 1 << hashBits)
        var rows = [Float](repeating: 0, count: labelCount)
        for b in 0..<(1 << hashBits) {
            let row = weights[(b * labelCount)..<((b + 1) * labelCount)]
            guard row.contains(where: { $0 != 0 }) else { continue }
            offsets[b] = UInt32(rows.count)
            rows.append(contentsOf: row)
        }
        self.init(features: features, hashBits: hashBits, labelCount: labelCount, rowOffsets: offsets, rows: rows,
                  transitions: transitions, clusters: clusters, gazetteer: gazetteer)
    }

    init(features: TaggerFeatureSet, hashBits: Int, labelCount: Int, rowOffsets: [UInt32], rows: [Float], transitions: [Float],
         clusters: WordClusterTable, gazetteer: TaggerGazetteer) {
        precondition(transitions.count == (labelCount + 1) * labelCount)
        self.features = features
        self.hashBits = hashBits
        self.labelCount = labelCount
        self.rowOffsets = rowOffsets
        self.rows = rows
        self.transitions = transitions
        self.clusters = clusters
        self.gazetteer = gazetteer
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

    /// The model as bytes: a header, transitions as Float32, weight rows quantized to Int8 with
    /// one Float32 scale per row (all-zero rows skipped via a bitmap), then clusters and
    /// gazetteer. Little-endian throughout; the same model always gives the same bytes.
    public func serialized() -> [UInt8] {
        var w = ByteWriter()
        w.bytes(Self.magic)
        w.u32(Self.version)
        w.u32(features.rawValue)
        w.u32(UInt32(hashBits))
        w.u32(UInt32(labelCount))
        for t in transitions { w.f32(t) }
        let rows = 1 << hashBits
        var bitmap = [UInt8](repeating: 0, count: rows / 8)
        var body = ByteWriter()
        for r in 0..<rows where rowOffsets[r] != 0 {
            let base = Int(rowOffsets[r])
            var m: Float = 0
            for l in 0..<labelCount { m = max(m, abs(self.rows[base + l])) }
            guard m > 0 else { continue }
            let scale = m / 127
            var q = [Int8](repeating: 0, count: labelCount)
            var any = false
            for l in 0..<labelCount {
                q[l] = Int8((self.rows[base + l] / scale).rounded())
                if q[l] != 0 { any = true }
            }
            guard any else { continue }
            bitmap[r >> 3] |= 1 << UInt8(r & 7)
            body.f32(scale)
            for v in q { body.u8(UInt8(bitPattern: v)) }
        }
        w.bytes(bitmap)
        w.bytes(body.data)
        w.u32(UInt32(clusters.words.count))
        for c in clusters.words {
            w.u64(c.hash); w.u16(c.fine); w.u16(c.middle); w.u16(c.coarse)
        }
        w.u32(UInt32(gazetteer.entries.count))
        for e in gazetteer.entries {
            w.u8(e.category.rawValue)
            w.string(e.code)
            w.string(e.phrase)
        }
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
        let bitmap = Array(try r.bytes(rows / 8))
        var offsets = [UInt32](repeating: 0, count: rows)
        var weights = [Float](repeating: 0, count: L)
        for row in 0..<rows where bitmap[row >> 3] & (1 << UInt8(row & 7)) != 0 {
            let scale = try r.f32()
            offsets[row] = UInt32(weights.count)
            for b in try r.bytes(L) { weights.append(Float(Int8(bitPattern: b)) * scale) }
        }
        let clusterCount = Int(try r.u32())
        var words: [WordClusterTable.Word] = []
        words.reserveCapacity(clusterCount)
        for _ in 0..<clusterCount {
            words.append(.init(hash: try r.u64(), fine: try r.u16(), middle: try r.u16(), coarse: try r.u16()))
        }
        let entryCount = Int(try r.u32())
        var entries: [TaggerGazetteer.Entry] = []
        for _ in 0..<entryCount {
            guard let category = TaggerGazetteer.Category(rawValue: try r.u8()) else {
                throw TaggerModelError(path: path, problem: "unknown gazetteer category at byte \(r.offset - 1)")
            }
            let code = try r.string()
            entries.append(.init(phrase: try r.string(), category: category, code: code))
        }
        guard r.offset == bytes.count else { throw TaggerModelError(path: path, problem: "\(bytes.count - r.offset) unexpected bytes after the model") }
        self.init(features: features, hashBits: hashBits, labelCount: L, rowOffsets: offsets, rows: weights, transitions: transitions,
                  clusters: WordClusterTable(words: words), gazetteer: TaggerGazetteer(entries: entries))
    }

    /// Reads a model file.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TaggerModelError(path: path, problem: "cannot read the model file")
        }
        try self.init(bytes: [UInt8](data), path: path)
    }

    /// Writes the model file.
    public func write(to path: String) throws {
        do { try Data(serialized()).write(to: URL(fileURLWithPath: path)) } catch {
            throw TaggerModelError(path: path, problem: "cannot write the model (\(error.localizedDescription))")
        }
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
    mutating func u16() throws -> UInt16 { try bytes(2).reversed().reduce(0) { $0 << 8 | UInt16($1) } }
    mutating func u32() throws -> UInt32 { try bytes(4).reversed().reduce(0) { $0 << 8 | UInt32($1) } }
    mutating func u64() throws -> UInt64 { try bytes(8).reversed().reduce(0) { $0 << 8 | UInt64($1) } }
    mutating func f32() throws -> Float { Float(bitPattern: try u32()) }
    mutating func string() throws -> String {
        let n = Int(try u16())
        return String(decoding: try bytes(n), as: UTF8.self)
    }
}
