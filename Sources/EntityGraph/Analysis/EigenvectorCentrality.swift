/// Eigenvector centrality on the weighted graph: the leading eigenvector of the weight matrix
/// A (weight as strength), nonnegative, scaled to unit Euclidean norm (NetworkX's convention).
///
/// Convention where the leading eigenvalue is not simple (a disconnected graph whose components
/// share it, or a graph without edges): the vector is the orthogonal projection of the uniform
/// vector onto the leading eigenspace, normalized. That is the limit of NetworkX's power
/// iteration x ← (A + I)x / ‖(A + I)x‖₂ from x = 1/n, so the values are that iteration's
/// limit, not where NetworkX stops: with its tolerance of 1e-6 (Σ|Δx| < n·1e-6) NetworkX
/// stops up to ~1e-5 away from it, and on a graph with a small spectral gap it gives up.
///
/// Two ways to the same limit:
/// - Graphs of up to `denseLimit` nodes (default 300): the dense symmetric eigenproblem solved
///   by cyclic Jacobi rotations, to machine precision (off-diagonal mass below 1e-30 of the
///   matrix's), then the projection above; eigenvalues within 1e-10·max(1, λ₁) of the largest
///   λ₁ count as tied. Values are within ~1e-12 of the exact ones.
/// - Larger graphs: power iteration on A + I from x = 1/n (the shift keeps bipartite graphs
///   from oscillating) until Σ|Δx| < n · `tolerance` (default 1e-13), at most `maxIterations`;
///   the distance to the limit is then about that change divided by the spectral gap ratio
///   1 − |λ₂ + 1|/(λ₁ + 1).
///
/// References: P. Bonacich, "Power and centrality: a family of measures", American Journal of
/// Sociology 92(5), 1987, doi:10.1086/228631; G. H. Golub, C. F. Van Loan, Matrix
/// Computations, 4th ed., 2013, §8.5 (Jacobi methods) and §8.2.1 (power method).
/// - Complexity: dense: O(n³) per Jacobi sweep, typically 6–10 sweeps, O(n²) memory; power
///   iteration: O(iterations · (n + m)), O(n) memory.
public enum EigenvectorCentrality {
    /// Eigenvector centrality of every node.
    /// - Throws: `AnalysisError.notConverged` when power iteration (graphs above `denseLimit`
    ///   nodes) does not meet the tolerance in `maxIterations`.
    public static func values(_ adjacency: WeightedAdjacency, maxIterations: Int = 10_000,
                              tolerance: Double = 1e-13, denseLimit: Int = 300) throws -> [Double] {
        let n = adjacency.nodeCount
        guard n > 0 else { return [] }
        if n <= denseLimit { return dense(adjacency) }
        return try powerIteration(adjacency, maxIterations: maxIterations, tolerance: tolerance)
    }

    /// The leading eigenvector from the full eigendecomposition (cyclic Jacobi).
    static func dense(_ adjacency: WeightedAdjacency) -> [Double] {
        let n = adjacency.nodeCount
        var a = [Double](repeating: 0, count: n * n)
        for v in 0..<n {
            for e in adjacency.edgeRange(of: v) { a[v * n + adjacency.neighbours[e]] = adjacency.weights[e] }
        }
        let (eigenvalues, vectors) = jacobi(&a, n: n)
        let largest = eigenvalues.max()!
        let tied = eigenvalues.indices.filter { eigenvalues[$0] >= largest - 1e-10 * max(1, abs(largest)) }
        // Projection of the uniform vector onto the span of the tied eigenvectors (orthonormal columns).
        var x = [Double](repeating: 0, count: n)
        for k in tied {
            var dot = 0.0
            for i in 0..<n { dot += vectors[i * n + k] }
            for i in 0..<n { x[i] += dot * vectors[i * n + k] }
        }
        var norm = 0.0
        for value in x { norm += value * value }
        norm = norm.squareRoot()
        guard norm > 0 else { return [Double](repeating: 1 / Double(n).squareRoot(), count: n) }
        // Entries that are zero in exact arithmetic (nodes outside the leading component) come
        // out as ±1e-17 or so: write them as 0, never as negative centralities.
        return x.map { value in
            let scaled = value / norm
            return abs(scaled) < 1e-14 ? 0 : scaled
        }
    }

    /// Eigenvalues and eigenvectors (column k of the row-major n×n `vectors`) of the symmetric
    /// matrix `a`, which is destroyed. Cyclic-by-row Jacobi with the stable rotation formulas of
    /// Golub & Van Loan, Algorithm 8.5.1–8.5.3.
    static func jacobi(_ a: inout [Double], n: Int) -> (eigenvalues: [Double], vectors: [Double]) {
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        var total = 0.0
        for value in a { total += value * value }
        for _ in 0..<100 {
            var off = 0.0
            for p in 0..<n { for q in 0..<n where q != p { off += a[p * n + q] * a[p * n + q] } }
            if off <= 1e-30 * total || off == 0 { break }
            for p in 0..<(n - 1) {
                for q in (p + 1)..<n {
                    let apq = a[p * n + q]
                    if apq == 0 { continue }
                    let tau = (a[q * n + q] - a[p * n + p]) / (2 * apq)
                    let t = (tau >= 0 ? 1 : -1) / (abs(tau) + (1 + tau * tau).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = t * c
                    // A ← Jᵀ A J on rows and columns p and q.
                    for k in 0..<n {
                        let akp = a[k * n + p], akq = a[k * n + q]
                        a[k * n + p] = c * akp - s * akq
                        a[k * n + q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p * n + k], aqk = a[q * n + k]
                        a[p * n + k] = c * apk - s * aqk
                        a[q * n + k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let vkp = v[k * n + p], vkq = v[k * n + q]
                        v[k * n + p] = c * vkp - s * vkq
                        v[k * n + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        return ((0..<n).map { a[$0 * n + $0] }, v)
    }

    /// Power iteration on A + I (see the type's doc).
    static func powerIteration(_ adjacency: WeightedAdjacency, maxIterations: Int, tolerance: Double) throws -> [Double] {
        let n = adjacency.nodeCount
        var x = [Double](repeating: 1.0 / Double(n), count: n)
        var next = x
        for _ in 0..<maxIterations {
            for v in 0..<n {
                var sum = x[v]
                for e in adjacency.edgeRange(of: v) { sum += x[adjacency.neighbours[e]] * adjacency.weights[e] }
                next[v] = sum
            }
            var squares = 0.0
            for value in next { squares += value * value }
            var norm = squares.squareRoot()
            if norm == 0 { norm = 1 }
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw AnalysisError.notConverged(measure: "eigenvector", iterations: maxIterations)
    }
}
