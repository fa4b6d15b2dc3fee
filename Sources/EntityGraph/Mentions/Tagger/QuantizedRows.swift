/// The tagger's weight rows, quantized to Int8 with one Float32 scale per row
/// (weight = Int8 × scale), each row in a 32-byte slot of a 64-byte-aligned buffer.
///
/// Why: scoring a token reads ~40 rows at scattered places, and those reads were the tagger's
/// main cost. A row of 17 Float32 spans two or three cache lines and the table 4.7 MB; a
/// quantized row sits in one cache line and the table in 2.2 MB, which stays in cache. The
/// model file has always stored Int8 rows, so the weights (and the tags) are exactly those of
/// the file: `Float(q) × scale` is the same product whether taken at load time or while scoring.
/// - Complexity: O(1) per row read; 32 bytes per row.
final class QuantizedRows: @unchecked Sendable {
    static let stride = 32
    static let maxLabels = stride - 4
    let labelCount: Int
    /// Rows, including the all-zero row 0.
    let count: Int
    private let base: UnsafeMutableRawPointer

    /// `count` all-zero rows; fill them with `set` before sharing the table (it is immutable
    /// once built, which is what makes it Sendable).
    init(labelCount: Int, count: Int) {
        precondition(labelCount <= Self.maxLabels)
        self.labelCount = labelCount
        self.count = count
        base = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * Self.stride, alignment: 64)
        base.initializeMemory(as: UInt8.self, repeating: 0, count: max(count, 1) * Self.stride)
    }

    deinit { base.deallocate() }

    func set(_ row: Int, scale: Float, weights: some Collection<Int8>) {
        precondition(weights.count == labelCount && row > 0 && row < count)
        let slot = base + row * Self.stride
        slot.storeBytes(of: scale, as: Float.self)
        for (l, w) in weights.enumerated() { (slot + 4 + l).storeBytes(of: w, as: Int8.self) }
    }

    func scale(_ row: Int) -> Float { (base + row * Self.stride).load(as: Float.self) }
    func quantized(_ row: Int, _ label: Int) -> Int8 { (base + row * Self.stride + 4 + label).load(as: Int8.self) }
    func weight(_ row: Int, _ label: Int) -> Float { Float(quantized(row, label)) * scale(row) }

    /// The start of the buffer, for the scoring loop (valid as long as `self` is alive).
    var bytes: UnsafeRawPointer { UnsafeRawPointer(base) }

    /// Int8 weights and their scale for a row of Float weights: scale = max |w| / 127, q = w /
    /// scale rounded to nearest; nil when every weight rounds to 0.
    static func quantize(_ row: some Collection<Float>) -> (scale: Float, weights: [Int8])? {
        let m = row.reduce(Float(0)) { max($0, abs($1)) }
        guard m > 0 else { return nil }
        let scale = m / 127
        let q = row.map { Int8(($0 / scale).rounded()) }
        return q.contains { $0 != 0 } ? (scale, q) : nil
    }
}
