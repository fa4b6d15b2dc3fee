/// Intersections and unions of strictly increasing lists of sequence numbers (postings).
///
/// `count` and `intersects` look each element of the shorter list up in the longer one by
/// galloping (exponential then binary search, resuming where the previous lookup ended), so a
/// rare entity against a hub ("United States", in most documents) costs O(m log(n/m)) and not
/// O(n); lists of similar length are merged in one linear pass instead, which is cheaper there.
///
/// - Complexity: O(min(m + n, m log(n/m + 1))) for lists of lengths m ≤ n.
/// - Reference: J. L. Bentley, A. C.-C. Yao, "An almost optimal algorithm for unbounded
///   searching", Information Processing Letters 5(3), 1976, doi:10.1016/0020-0190(76)90071-5;
///   E. D. Demaine, A. López-Ortiz, J. I. Munro, "Adaptive set intersections, unions, and
///   differences", Proc. 11th ACM-SIAM SODA, 2000, pp. 743–752.
enum SortedIntersection {
    /// Below this length ratio a linear merge beats galloping (fewer branches per element).
    private static let gallopRatio = 8

    /// The number of values in both `a` and `b`.
    static func count(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var found = 0
        visitCommon(a, b) { _ in found += 1; return true }
        return found
    }

    /// The values in both `a` and `b`, increasing.
    static func common(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var values: [UInt32] = []
        visitCommon(a, b) { values.append($0); return true }
        return values
    }

    /// Whether `a` and `b` have a value in common.
    static func intersects(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        var found = false
        visitCommon(a, b) { _ in found = true; return false }
        return found
    }

    /// The sorted union of sorted lists, without duplicates.
    ///
    /// - Complexity: O(n log n) for n values in all; one list is returned as it is.
    static func union(_ lists: [[UInt32]]) -> [UInt32] {
        if lists.count == 1 { return lists[0] }
        var all = Array(lists.joined())
        sortDistinct(&all)
        return all
    }

    /// Sorts `values` and keeps one of each.
    ///
    /// - Complexity: O(n log n).
    static func sortDistinct<T: Comparable>(_ values: inout [T]) {
        values.sort()
        var kept = 0
        for value in values where kept == 0 || values[kept - 1] != value {
            values[kept] = value
            kept += 1
        }
        values.removeLast(values.count - kept)
    }

    /// Calls `found` for each common value in increasing order until it returns false.
    private static func visitCommon(_ a: [UInt32], _ b: [UInt32], _ found: (UInt32) -> Bool) {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        guard let first = small.first, let last = small.last, !large.isEmpty,
              first <= large[large.count - 1], large[0] <= last else { return }
        small.withUnsafeBufferPointer { small in
            large.withUnsafeBufferPointer { large in
                if small.count * gallopRatio >= large.count {
                    var i = 0, j = 0
                    while i < small.count && j < large.count {
                        if small[i] < large[j] {
                            i += 1
                        } else if small[i] > large[j] {
                            j += 1
                        } else {
                            guard found(small[i]) else { return }
                            i += 1
                            j += 1
                        }
                    }
                    return
                }
                var start = 0
                for value in small {
                    start = firstIndex(notBelow: value, in: large, from: start)
                    guard start < large.count else { return }
                    if large[start] == value {
                        guard found(value) else { return }
                        start += 1
                    }
                }
            }
        }
    }

    /// The first index at or after `start` whose value is ≥ `value` (`list.count` if none):
    /// probe start+1, +2, +4, … until past `value`, then bisect the last step.
    private static func firstIndex(notBelow value: UInt32, in list: UnsafeBufferPointer<UInt32>, from start: Int) -> Int {
        guard start < list.count, list[start] < value else { return start }
        // Invariant: list[low] < value, and high == list.count or list[high] ≥ value.
        var low = start, step = 1, high = start + 1
        while high < list.count && list[high] < value {
            low = high
            step &<<= 1
            high = low + step
        }
        high = min(high, list.count)
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if list[middle] < value { low = middle } else { high = middle }
        }
        return high
    }
}
