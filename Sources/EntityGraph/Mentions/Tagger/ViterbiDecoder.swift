/// Best label sequence under a first-order model: per-token label scores plus label-to-label
/// transition scores, with BILOU's structural constraints (I/L only after B/I of the same type,
/// sentence ends only on O/L/U) enforced as forbidden transitions.
///
/// δ₀(y) = T[start, y] + E₀(y);  δᵢ(y) = maxᵧ' (δᵢ₋₁(y') + T[y', y]) + Eᵢ(y);
/// answer = argmaxᵧ δₙ₋₁(y) over labels allowed to end, followed back through the argmaxes
/// (Viterbi 1967, doi:10.1109/TIT.1967.1054010).
/// - Complexity: O(n·L²) time, O(n·L) space for n tokens and L labels.
struct ViterbiDecoder: Sendable {
    let labelCount: Int
    /// (L+1)×L: row L is the sentence start; true where the transition is allowed.
    let allowed: [Bool]
    let canEnd: [Bool]
    /// For each label y, the labels allowed before it (flattened; `predecessorStart[y]..<
    /// predecessorStart[y+1]`), so the inner loop skips forbidden pairs without testing them.
    let predecessors: [Int32]
    let predecessorStart: [Int]
    /// For each label y, the labels allowed after it, the same way (for `margins`).
    let successors: [Int32]
    let successorStart: [Int]

    init(labelCount: Int, allowed: (Int?, Int) -> Bool, canEnd: (Int) -> Bool) {
        self.labelCount = labelCount
        var a = [Bool](repeating: false, count: (labelCount + 1) * labelCount)
        for p in 0...labelCount {
            for y in 0..<labelCount { a[p * labelCount + y] = allowed(p == labelCount ? nil : p, y) }
        }
        self.allowed = a
        self.canEnd = (0..<labelCount).map(canEnd)
        (predecessors, predecessorStart) = Self.flattened(labelCount) { y, p in a[p * labelCount + y] }
        (successors, successorStart) = Self.flattened(labelCount) { y, z in a[y * labelCount + z] }
    }

    /// For each label y, the labels x with `related(y, x)`, flattened: those of y are
    /// `labels[start[y]..<start[y+1]]`.
    private static func flattened(_ count: Int, _ related: (Int, Int) -> Bool) -> (labels: [Int32], start: [Int]) {
        var labels: [Int32] = [], start = [0]
        for y in 0..<count {
            for x in 0..<count where related(y, x) { labels.append(Int32(x)) }
            start.append(labels.count)
        }
        return (labels, start)
    }

    static let bilou = ViterbiDecoder(labelCount: BILOU.count, allowed: BILOU.allowed, canEnd: BILOU.canEnd)

    /// Decodes `n` tokens. `emissions`: n×L; `transitions`: (L+1)×L (row L = start);
    /// `delta` and `back`: scratch of n×L; the labels go to `out`.
    func decode(n: Int, emissions: UnsafePointer<Float>, transitions: UnsafePointer<Float>,
                delta: UnsafeMutablePointer<Float>, back: UnsafeMutablePointer<Int32>, out: UnsafeMutablePointer<Int>) {
        guard n > 0 else { return }
        let L = labelCount
        let forbidden = -Float.greatestFiniteMagnitude
        allowed.withUnsafeBufferPointer { allowed in
            for y in 0..<L {
                delta[y] = allowed[L * L + y] ? transitions[L * L + y] + emissions[y] : forbidden
            }
        }
        predecessors.withUnsafeBufferPointer { preds in
            predecessorStart.withUnsafeBufferPointer { starts in
                var i = 1
                while i < n {
                    let prev = delta + (i - 1) * L
                    let cur = delta + i * L
                    let bp = back + i * L
                    for y in 0..<L {
                        var best = forbidden
                        var arg: Int32 = 0
                        for q in starts[y]..<starts[y + 1] {
                            let p = Int(preds[q])
                            let s = prev[p] + transitions[p * L + y]
                            if s > best { best = s; arg = Int32(p) }
                        }
                        cur[y] = best == forbidden ? forbidden : best + emissions[i * L + y]
                        bp[y] = arg
                    }
                    i += 1
                }
            }
        }
        var best = -Float.infinity
        var arg = 0
        let last = delta + (n - 1) * L
        for y in 0..<L where canEnd[y] && last[y] > best { best = last[y]; arg = y }
        out[n - 1] = arg
        var i = n - 1
        while i > 0 {
            out[i - 1] = Int(back[i * L + out[i]])
            i -= 1
        }
    }

    /// How sure the decoded `labels` are, token by token: the best sequence's score minus the
    /// best score of a sequence giving token i another label (its max-marginal, Koller &
    /// Friedman 2009, §13.3). `delta` must hold this sentence's forward scores from `decode`;
    /// the backward scores go to `beta` (n×L scratch):
    ///
    /// βₙ₋₁(y) = 0 where y may end a sentence;  βᵢ(y) = maxᵧ' (T[y, y'] + Eᵢ₊₁(y') + βᵢ₊₁(y')),
    /// so δᵢ(y) + βᵢ(y) is the best score of a sequence with label y at i. A margin is ≥ 0; +∞
    /// where no other label is allowed. Scores are perceptron scores, not probabilities: margins
    /// compare, they do not calibrate.
    /// - Complexity: O(n·L²), as `decode`.
    func margins(n: Int, emissions: UnsafePointer<Float>, transitions: UnsafePointer<Float>, delta: UnsafePointer<Float>,
                 labels: UnsafePointer<Int>, beta: UnsafeMutablePointer<Float>, out: UnsafeMutablePointer<Float>) {
        guard n > 0 else { return }
        let L = labelCount
        let forbidden = -Float.greatestFiniteMagnitude
        successors.withUnsafeBufferPointer { succs in
            successorStart.withUnsafeBufferPointer { starts in
                let last = beta + (n - 1) * L
                for y in 0..<L { last[y] = canEnd[y] ? 0 : forbidden }
                var i = n - 2
                while i >= 0 {
                    let next = beta + (i + 1) * L, cur = beta + i * L, e = emissions + (i + 1) * L
                    for y in 0..<L {
                        var best = forbidden
                        for q in starts[y]..<starts[y + 1] {
                            let z = Int(succs[q])
                            if next[z] > forbidden { best = max(best, transitions[y * L + z] + e[z] + next[z]) }
                        }
                        cur[y] = best
                    }
                    i -= 1
                }
            }
        }
        for i in 0..<n {
            let d = delta + i * L, b = beta + i * L
            let chosen = labels[i]
            let best = d[chosen] + b[chosen]
            var other = -Float.infinity
            for y in 0..<L where y != chosen && d[y] > forbidden && b[y] > forbidden { other = max(other, d[y] + b[y]) }
            out[i] = max(0, best - other)
        }
    }
}
