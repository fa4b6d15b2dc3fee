import Foundation

/// Word classes learned from unlabeled text: each frequent word gets a fine, a middle and a
/// coarse cluster id, which the tagger uses as features so that rare names share weight with
/// the frequent words that appear in the same contexts.
///
/// Method: each word is described by its positive pointwise mutual information with the
/// words just left and right of it (PPMI, Church & Hanks 1990, doi:10.3115/981623.981633),
/// randomly projected to `dimensions` (Achlioptas 2003, doi:10.1016/S0022-0000(03)00025-4)
/// and unit-normalized; spherical k-means (Dhillon & Modha 2001,
/// doi:10.1023/A:1007612920971) groups words into `fine` clusters, whose centroids are
/// k-means-clustered again into `middle` and `coarse` clusters — a cheap stand-in for the
/// hierarchy of Brown clusters (Brown et al. 1992; used for NER by Ratinov & Roth 2009).
/// Everything is seeded and ordered by (count, bytes), so the result is the same every run.
/// - Complexity: O(T log T) to count T tokens, O(I·V·K·D) for I iterations of k-means over V
///   words and K clusters in D dimensions.
struct WordClusterer {
    var minCount = 3
    var maxWords = 40_000
    var contextWords = 800
    var dimensions = 64
    var fine = 600
    var middle = 150
    var coarse = 40
    var iterations = 12
    var seed: UInt64 = 1

    /// Clusters the words of `sentences` (each a list of token byte strings).
    func cluster(_ sentences: [[ArraySlice<UInt8>]]) -> WordClusterTable {
        // 1. Vocabulary by count, ties by bytes.
        var counts: [ArraySlice<UInt8>: Int] = [:]
        for s in sentences { for w in s { counts[w, default: 0] += 1 } }
        var vocab = counts.filter { $0.value >= minCount }.map { ($0.key, $0.value) }
        vocab.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.lexicographicallyPrecedes($1.0) }
        if vocab.count > maxWords { vocab.removeLast(vocab.count - maxWords) }
        var index: [ArraySlice<UInt8>: Int] = [:]
        for (i, (w, _)) in vocab.enumerated() { index[w] = i }
        let V = vocab.count
        let C = min(contextWords, V)
        // Context ids: 0..<C frequent words, C = other word, C+1 = sentence boundary; left
        // contexts first, right contexts shifted by C+2.
        let side = C + 2
        var pairs: [UInt64] = []
        pairs.reserveCapacity(sentences.reduce(0) { $0 + 2 * $1.count })
        for s in sentences {
            let ids = s.map { index[$0] ?? -1 }
            for (i, w) in ids.enumerated() where w >= 0 {
                let left = i == 0 ? C + 1 : (ids[i - 1] >= 0 && ids[i - 1] < C ? ids[i - 1] : C)
                let right = i == ids.count - 1 ? C + 1 : (ids[i + 1] >= 0 && ids[i + 1] < C ? ids[i + 1] : C)
                pairs.append(UInt64(w) << 32 | UInt64(left))
                pairs.append(UInt64(w) << 32 | UInt64(side + right))
            }
        }
        pairs.sort()
        // 2. PPMI over (word, context) counts.
        var wordTotal = [Double](repeating: 0, count: V)
        var contextTotal = [Double](repeating: 0, count: 2 * side)
        for p in pairs {
            wordTotal[Int(p >> 32)] += 1
            contextTotal[Int(p & 0xffff_ffff)] += 1
        }
        let total = Double(pairs.count)
        // 3. Random ±1 projection of each context id.
        var rng = SplitMix64(seed: seed)
        let D = dimensions
        var projection = [Float](repeating: 0, count: 2 * side * D)
        for i in 0..<projection.count { projection[i] = rng.next() & 1 == 0 ? 1 : -1 }
        var vectors = [Float](repeating: 0, count: V * D)
        var p = 0
        while p < pairs.count {
            var q = p
            while q < pairs.count && pairs[q] == pairs[p] { q += 1 }
            let w = Int(pairs[p] >> 32), c = Int(pairs[p] & 0xffff_ffff)
            let pmi = log(Double(q - p) * total / (wordTotal[w] * contextTotal[c]))
            if pmi > 0 {
                let weight = Float(pmi)
                for d in 0..<D { vectors[w * D + d] += weight * projection[c * D + d] }
            }
            p = q
        }
        Self.normalizeRows(&vectors, D)
        // 4. Fine clusters over words, then middle and coarse over fine centroids.
        let (fineOf, fineCentroids) = Self.kMeans(vectors, D, k: min(fine, V), iterations: iterations)
        let (middleOfFine, middleCentroids) = Self.kMeans(fineCentroids, D, k: min(middle, fine), iterations: iterations)
        let (coarseOfMiddle, _) = Self.kMeans(middleCentroids, D, k: min(coarse, middle), iterations: iterations)
        var words: [(hash: UInt64, fine: Int, middle: Int, coarse: Int)] = []
        for (i, (w, _)) in vocab.enumerated() {
            let f = fineOf[i], m = middleOfFine[f]
            let h = w.withUnsafeBufferPointer { FeatureHash.fnv1a($0, 0..<$0.count) }
            words.append((h, f, m, coarseOfMiddle[m]))
        }
        return WordClusterTable(words: words.map { WordClusterTable.Word(hash: $0.hash, fine: UInt16($0.fine), middle: UInt16($0.middle), coarse: UInt16($0.coarse)) })
    }

    static func normalizeRows(_ v: inout [Float], _ D: Int) {
        let n = v.count / D
        v.withUnsafeMutableBufferPointer { v in
            for r in 0..<n {
                var s: Float = 0
                for d in 0..<D { s += v[r * D + d] * v[r * D + d] }
                let inv: Float = s > 0 ? 1 / s.squareRoot() : 0
                for d in 0..<D { v[r * D + d] *= inv }
            }
        }
    }

    /// Spherical k-means seeded with the first `k` rows (the most frequent words, since rows
    /// are sorted by count): deterministic and spread over the vocabulary.
    static func kMeans(_ rows: [Float], _ D: Int, k: Int, iterations: Int) -> (assignment: [Int], centroids: [Float]) {
        let n = rows.count / D
        var centroids = Array(rows[0..<(k * D)])
        var assignment = [Int](repeating: 0, count: n)
        for _ in 0..<iterations {
            rows.withUnsafeBufferPointer { rows in
                centroids.withUnsafeBufferPointer { cent in
                    for r in 0..<n {
                        var best = 0
                        var bestScore: Float = -.infinity
                        for c in 0..<k {
                            var s: Float = 0
                            for d in 0..<D { s += rows[r * D + d] * cent[c * D + d] }
                            if s > bestScore { bestScore = s; best = c }
                        }
                        assignment[r] = best
                    }
                }
            }
            var sums = [Float](repeating: 0, count: k * D)
            var sizes = [Int](repeating: 0, count: k)
            for r in 0..<n {
                let c = assignment[r]
                sizes[c] += 1
                for d in 0..<D { sums[c * D + d] += rows[r * D + d] }
            }
            normalizeRows(&sums, D)
            for c in 0..<k where sizes[c] > 0 {
                for d in 0..<D { centroids[c * D + d] = sums[c * D + d] }
            }
        }
        return (assignment, centroids)
    }
}

/// The learned word clusters, looked up by the FNV-1a hash of a word's exact bytes.
struct WordClusterTable: Sendable {
    /// One vocabulary word and its three cluster ids.
    struct Word: Sendable, Equatable {
        var hash: UInt64
        var fine: UInt16
        var middle: UInt16
        var coarse: UInt16
    }

    let words: [Word]
    private let table: HashTable64

    init(words: [Word]) {
        self.words = words
        var table = HashTable64(capacity: words.count)
        for (i, w) in words.enumerated() { table.set(w.hash, UInt32(i)) }
        self.table = table
    }

    /// The cluster ids of a word hash, packed as fine | middle << 16 | coarse << 32, plus 1 so
    /// that 0 means "not in the vocabulary".
    @inline(__always) func packed(_ hash: UInt64) -> UInt64 {
        guard let i = table.get(hash) else { return 0 }
        let w = words[Int(i)]
        return (UInt64(w.fine) | UInt64(w.middle) << 16 | UInt64(w.coarse) << 32) &+ 1
    }
}
