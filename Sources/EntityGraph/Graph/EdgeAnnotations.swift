import Foundation

/// One supporting sentence of an edge: where both entities are mentioned together.
public struct Evidence: Sendable, Equatable, Hashable {
    public var documentID: String
    public var date: DocumentDate?
    /// UTF-8 byte offsets of the sentence in the document's text.
    public var sentence: Range<Int>

    public init(documentID: String, date: DocumentDate?, sentence: Range<Int>) {
        self.documentID = documentID
        self.date = date
        self.sentence = sentence
    }

    /// `DOCUMENT@START-END`, with `\`, `|` and `@` in the document id escaped by a backslash:
    /// one entry of the `evidence` attribute.
    public var attributeText: String {
        var escaped = ""
        for character in documentID {
            if character == "\\" || character == "|" || character == "@" { escaped.append("\\") }
            escaped.append(character)
        }
        return "\(escaped)@\(sentence.lowerBound)-\(sentence.upperBound)"
    }
}

/// Two node ids, the smaller first: the key of an edge by its ends.
public struct NodePair: Sendable, Hashable {
    public let first: String
    public let second: String

    public init(_ a: String, _ b: String) {
        (first, second) = a <= b ? (a, b) : (b, a)
    }
}

/// What a graph's options ask for beyond the counts, computed from the nodes' postings once
/// the graph is assembled: supporting sentences, per-period counts, normalized and fractional
/// weights.
///
/// For an edge (a, b) with n_ab shared windows of the chosen kind among the corpus's N windows,
/// and n_a, n_b windows that mention a and b:
/// - NPMI = ln(n_ab·N / (n_a·n_b)) / −ln(n_ab / N), 1 when n_ab = N (G. Bouma, "Normalized
///   (pointwise) mutual information in collocation extraction", Proc. GSCL 2009, pp. 31–40);
/// - Jaccard = n_ab / (n_a + n_b − n_ab) (P. Jaccard, Bull. Soc. Vaud. Sci. Nat. 37, 1901);
/// - P(target | source) = n_ab / n_source and P(source | target) = n_ab / n_target;
/// - fractional count = Σ over shared windows of 1/(k − 1) for a window with k graph nodes
///   (M. E. J. Newman, "Scientific collaboration networks. II.", Phys. Rev. E 64, 016132,
///   2001, doi:10.1103/PhysRevE.64.016132).
/// Per-period counts put each shared window (and for nodes, each document) in the period of
/// its document's date; they sum to the edge's weight and the node's `documents`.
/// Evidence is the first K sentences (in input order) that mention both ends.
///
/// - Complexity: O(W + Σ over edges of (m + n)) for W windows in the corpus and ends' postings
///   of lengths m and n, plus O(log D) per shared window to find its document among D; nothing
///   when no option asks for it.
enum EdgeAnnotations {
    struct Request {
        var evidence: Int
        var slice: TimeSlice?
        var normalized: Bool
        var fractional: Bool

        init(_ options: GraphOptions) {
            evidence = options.evidence
            slice = options.slice
            normalized = options.normalized
            fractional = options.fractional
        }

        var isEmpty: Bool { evidence == 0 && slice == nil && !normalized && !fractional }
    }

    /// Adds the attributes `counter.options` ask for to `graph` (nodes sorted, edges by ends),
    /// whose node i gathers the registry entries `members[group[i]]`; returns the evidence.
    static func annotate(_ graph: inout CoMentionGraph, counter: CoMentionCounter,
                         groupOfNode: [Int], sentences: inout GroupPostings, paragraphs: inout GroupPostings,
                         documents: inout GroupPostings) -> [NodePair: [Evidence]] {
        let request = Request(counter.options)
        guard !request.isEmpty else { return [:] }
        let window = counter.options.window
        func postings(_ node: Int) -> [UInt32] {
            switch window {
            case .sentence: return sentences.of(groupOfNode[node])
            case .paragraph: return paragraphs.of(groupOfNode[node])
            case .document: return documents.of(groupOfNode[node])
            }
        }
        let windowCount: Int
        switch window {
        case .sentence: windowCount = counter.sentencesFolded
        case .paragraph: windowCount = counter.paragraphsFolded
        case .document: windowCount = counter.documentsFolded
        }
        // Graph nodes per window, for fractional counts.
        var nodesInWindow: [Int32] = []
        if request.fractional {
            nodesInWindow = [Int32](repeating: 0, count: windowCount)
            for node in graph.nodes.indices {
                for number in postings(node) { nodesInWindow[Int(number)] += 1 }
            }
        }
        var periodOfDocument: [TimeSlice.Period?] = []
        if let slice = request.slice {
            periodOfDocument = counter.documentDates.map { $0.map(slice.period(of:)) }
            for node in graph.nodes.indices {
                var counts: [TimeSlice.Period: Double] = [:]
                for document in documents.of(groupOfNode[node]) {
                    if let period = periodOfDocument[Int(document)] { counts[period, default: 0] += 1 }
                }
                graph.nodes[node].attributes["periods"] = .string(PeriodCounts(counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }).attributeText)
            }
        }
        var evidence: [NodePair: [Evidence]] = [:]
        for index in graph.edges.indices {
            let (a, b) = (graph.edges[index].source, graph.edges[index].target)
            var attributes = graph.edges[index].attributes
            let shared = (request.fractional || request.slice != nil) ? SortedIntersection.common(postings(a), postings(b)) : []
            if request.fractional {
                var sum = 0.0
                for number in shared {
                    let k = Double(nodesInWindow[Int(number)])
                    sum += 1 / (k - 1)
                }
                attributes["count"] = .double(graph.edges[index].weight)
                graph.edges[index].weight = sum
            }
            if request.slice != nil {
                var counts: [TimeSlice.Period: Double] = [:]
                for number in shared {
                    let document = counter.document(ofWindow: Int(number), window)
                    guard let period = periodOfDocument[document] else { continue }
                    counts[period, default: 0] += request.fractional ? 1 / (Double(nodesInWindow[Int(number)]) - 1) : 1
                }
                attributes["periods"] = .string(PeriodCounts(counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }).attributeText)
            }
            if request.normalized {
                let na = Double(postings(a).count), nb = Double(postings(b).count), nab = Double(rawCount(graph.edges[index], window))
                let n = Double(windowCount)
                attributes["npmi"] = .double(nab >= n ? 1 : log(nab * n / (na * nb)) / -log(nab / n))
                attributes["jaccard"] = .double(nab / (na + nb - nab))
                attributes["p_target_given_source"] = .double(nab / na)
                attributes["p_source_given_target"] = .double(nab / nb)
            }
            if request.evidence > 0 {
                let common = SortedIntersection.common(sentences.of(groupOfNode[a]), sentences.of(groupOfNode[b]))
                let kept = common.prefix(request.evidence).map { number -> Evidence in
                    let document = counter.document(ofWindow: Int(number), .sentence)
                    let range = counter.sentenceRanges[Int(number)]
                    return Evidence(documentID: counter.documentIDs[document], date: counter.documentDates[document],
                                    sentence: Int(range.lowerBound)..<Int(range.upperBound))
                }
                attributes["evidence"] = .string(kept.map(\.attributeText).joined(separator: "|"))
                evidence[NodePair(graph.nodes[a].id, graph.nodes[b].id)] = kept
            }
            graph.edges[index].attributes = attributes
        }
        describe(&graph, request, window: window, windowCount: windowCount)
        return evidence
    }

    /// The edge's raw count in `window`.
    private static func rawCount(_ edge: CoMentionGraph.Edge, _ window: CoMentionWindow) -> Int {
        switch window {
        case .sentence: return edge.sentences
        case .paragraph: return edge.paragraphs
        case .document: return edge.documents
        }
    }

    /// Graph attributes that say which weight is which.
    private static func describe(_ graph: inout CoMentionGraph, _ request: Request, window: CoMentionWindow, windowCount: Int) {
        let unit = window.rawValue
        if request.fractional {
            graph.attributes["weight"] = .string("fractional co-mentions: each \(unit) that mentions k entities adds 1/(k - 1) to each of its pairs")
            graph.attributes["count"] = .string("number of \(unit)s in which both entities are mentioned")
        }
        if request.normalized {
            graph.attributes["windows"] = .int(windowCount)
            graph.attributes["npmi"] = .string("normalized pointwise mutual information over the corpus's \(unit)s: ln(p(a,b) / (p(a) p(b))) / -ln p(a,b), from -1 to 1")
            graph.attributes["jaccard"] = .string("\(unit)s with both entities / \(unit)s with either")
            graph.attributes["p_target_given_source"] = .string("share of the source's \(unit)s that also mention the target")
            graph.attributes["p_source_given_target"] = .string("share of the target's \(unit)s that also mention the source")
        }
        if let slice = request.slice {
            graph.attributes["slice"] = .string(slice.rawValue)
            graph.attributes["periods"] = .string("PERIOD:COUNT|... in period order: for edges the weight in each period, for nodes the documents in each period")
        }
        if request.evidence > 0 {
            graph.attributes["evidence"] = .string("the first \(request.evidence) sentences that mention both entities, as DOCUMENT@START-END|... (UTF-8 byte offsets into the document text; \\ escapes \\, | and @ in ids)")
        }
    }
}
