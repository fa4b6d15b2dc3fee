/// For each entity (registry index), the increasing sequence numbers of the windows
/// (documents, or paragraphs) it occurs in: an inverted index, as in a search engine.
///
/// Numbers are appended in fold order, so each list stays sorted without sorting. 4 bytes a
/// posting: a million news articles with ~30 entities each hold ~30 M document postings
/// (~120 MB), where the pairs those entities form in their documents (~435 a document, mostly
/// distinct across documents) would take gigabytes.
///
/// - Complexity: amortized O(1) per append; memory O(entities + postings).
struct PostingLists: Sendable {
    private(set) var lists: [[UInt32]] = []

    /// The list of `entity`; empty if it never occurred.
    subscript(entity: Int) -> [UInt32] { entity < lists.count ? lists[entity] : [] }

    /// Records that `entity` occurs in window `number`, which is not below any number appended
    /// to it before (an equal one is ignored).
    mutating func append(_ number: Int, to entity: Int) {
        if entity >= lists.count { lists += repeatElement([], count: entity + 1 - lists.count) }
        guard let value = UInt32(exactly: number) else {
            preconditionFailure("more than \(UInt32.max) windows in a corpus")
        }
        if lists[entity].last != value { lists[entity].append(value) }
    }

    /// The lists with entity n's list the list of entity `order[n]` here.
    func permuted(_ order: [Int]) -> PostingLists {
        PostingLists(lists: order.map { self[$0] })
    }
}

/// The postings of groups of entities (graph nodes): the union of their members' lists, made
/// once per merged group when first asked for; a group of one uses its member's list as it is.
struct GroupPostings {
    private let members: [[Int]]
    private let postings: PostingLists
    private var unions: [Int: [UInt32]] = [:]

    init(members: [[Int]], postings: PostingLists) {
        self.members = members
        self.postings = postings
    }

    /// The sorted windows some member of `group` occurs in.
    mutating func of(_ group: Int) -> [UInt32] {
        let own = members[group]
        if own.count == 1 { return postings[own[0]] }
        if let union = unions[group] { return union }
        let union = SortedIntersection.union(own.map { postings[$0] })
        unions[group] = union
        return union
    }
}
