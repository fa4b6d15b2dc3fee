/// The four entity types the tagger learns (CoNLL-2003's), from which both output schemes
/// are derived.
public enum NERType: Int, Sendable, CaseIterable, Comparable {
    case person = 0
    case organization
    case location
    case misc

    /// CoNLL spelling: PER, ORG, LOC, MISC.
    public var conllLabel: String {
        switch self {
        case .person: "PER"
        case .organization: "ORG"
        case .location: "LOC"
        case .misc: "MISC"
        }
    }

    public static func < (a: NERType, b: NERType) -> Bool { a.rawValue < b.rawValue }
}

/// The label set the tagger decodes: BILOU over the four types plus O
/// (Ratinov & Roth 2009, doi:10.3115/1596374.1596399, found BILOU better than BIO).
///
/// Label index 0 is O; type `t` has B = 1+4t, I = 2+4t, L = 3+4t, U = 4+4t.
enum BILOU {
    static let count = 1 + 4 * NERType.allCases.count

    enum Position: Int { case begin = 0, inside, last, unit }

    @inline(__always) static func label(_ type: NERType, _ position: Position) -> Int {
        1 + 4 * type.rawValue + position.rawValue
    }
    @inline(__always) static func type(of label: Int) -> NERType? {
        label == 0 ? nil : NERType(rawValue: (label - 1) / 4)
    }
    @inline(__always) static func position(of label: Int) -> Position? {
        label == 0 ? nil : Position(rawValue: (label - 1) % 4)
    }

    /// Whether `next` may follow `previous` (nil = sentence start).
    static func allowed(_ previous: Int?, _ next: Int) -> Bool {
        let open = previous.map { p in
            let pos = position(of: p)
            return pos == .begin || pos == .inside
        } ?? false
        if open {
            let pos = position(of: next)
            return type(of: next) == type(of: previous!) && (pos == .inside || pos == .last)
        }
        let pos = position(of: next)
        return next == 0 || pos == .begin || pos == .unit
    }

    /// Whether a sentence may end on `label`.
    static func canEnd(_ label: Int) -> Bool {
        let pos = position(of: label)
        return label == 0 || pos == .last || pos == .unit
    }

    /// BILOU labels for spans over `count` tokens.
    static func encode(_ spans: [TypedSpan<NERType>], count: Int) -> [Int] {
        var labels = [Int](repeating: 0, count: count)
        for span in spans {
            if span.tokens.count == 1 {
                labels[span.tokens.lowerBound] = label(span.type, .unit)
            } else {
                labels[span.tokens.lowerBound] = label(span.type, .begin)
                for i in span.tokens.dropFirst().dropLast() { labels[i] = label(span.type, .inside) }
                labels[span.tokens.upperBound - 1] = label(span.type, .last)
            }
        }
        return labels
    }

    /// Spans of a label sequence; tolerant of ill-formed sequences (a span runs while the type
    /// stays the same and no B/U starts a new one).
    static func decode(_ labels: UnsafeBufferPointer<Int>) -> [TypedSpan<NERType>] {
        var spans: [TypedSpan<NERType>] = []
        var start = -1
        var current: NERType? = nil
        for i in 0..<labels.count {
            let t = type(of: labels[i])
            let pos = position(of: labels[i])
            if current != nil && (t != current || pos == .begin || pos == .unit) {
                spans.append(TypedSpan(tokens: start..<i, type: current!))
                current = nil
            }
            if let t, current == nil { current = t; start = i }
            if current != nil && (pos == .last || pos == .unit) {
                spans.append(TypedSpan(tokens: start..<(i + 1), type: current!))
                current = nil
            }
        }
        if let current { spans.append(TypedSpan(tokens: start..<labels.count, type: current)) }
        return spans
    }

    static func decode(_ labels: [Int]) -> [TypedSpan<NERType>] {
        labels.withUnsafeBufferPointer { decode($0) }
    }
}

/// A typed token range inside one sentence (or document).
public struct TypedSpan<T: Hashable & Sendable>: Hashable, Sendable {
    public var tokens: Range<Int>
    public var type: T
    public init(tokens: Range<Int>, type: T) {
        self.tokens = tokens
        self.type = type
    }
}

/// Output schemes of `entgraph tag`/`eval`: one model, two ways of naming what it finds.
public enum TagScheme: String, Sendable, CaseIterable {
    /// PER / ORG / LOC / MISC, as CoNLL-2003.
    case conll
    /// PERSON / COUNTRY / ORGANIZATION / LOCATION / MISC: a LOC span that names a country
    /// becomes COUNTRY (gazetteer lookup after tagging).
    case entgraph

    /// Types counted in the headline micro score.
    public var scoredTypes: [String] {
        switch self {
        case .conll: ["PER", "ORG", "LOC"]
        case .entgraph: ["PERSON", "COUNTRY", "ORGANIZATION"]
        }
    }
}
