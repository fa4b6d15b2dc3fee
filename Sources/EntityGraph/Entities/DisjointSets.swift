/// Disjoint sets over 0..<n (union–find) that also list each set's members, so merges can be
/// checked against every member of both sides before they are made.
///
/// `find` halves paths; `union` links the smaller set under the larger (by member count) and
/// keeps the members of the new root.
///
/// - Complexity: `find` amortized O(α(n)); `union` O(α(n)) plus moving the smaller member list,
///   O(n log n) over all unions.
/// - Reference: R. E. Tarjan, "Efficiency of a good but not linear set union algorithm",
///   JACM 22(2), 1975, doi:10.1145/321879.321884.
struct DisjointSets {
    private var parent: [Int]
    private var memberLists: [[Int]]

    init(count: Int) {
        parent = Array(0..<count)
        memberLists = (0..<count).map { [$0] }
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// The members of `x`'s set, in no particular order.
    mutating func members(of x: Int) -> [Int] { memberLists[find(x)] }

    /// Joins the sets of `a` and `b`; returns the new root.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Int {
        var ra = find(a), rb = find(b)
        guard ra != rb else { return ra }
        if memberLists[ra].count < memberLists[rb].count { swap(&ra, &rb) }
        parent[rb] = ra
        memberLists[ra] += memberLists[rb]
        memberLists[rb] = []
        return ra
    }
}
