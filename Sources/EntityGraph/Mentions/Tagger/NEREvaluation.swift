import Foundation


/// Precision, recall and F1 of predicted entity spans against gold spans, by exact
/// (start, end, type) match, micro-averaged over a chosen set of types — the semantics of the
/// CoNLL shared tasks' `conlleval` (Tjong Kim Sang & De Meulder 2003,
/// doi:10.3115/1119176.1119195).
///
/// P = correct / predicted, R = correct / gold, F1 = 2PR / (P + R).
/// - Complexity: O(g + p) per sentence with hashing.
public struct NEREvaluation: Sendable {
    /// Counts for one type.
    public struct Counts: Sendable, Equatable {
        public var gold = 0
        public var predicted = 0
        public var correct = 0
        public init(gold: Int = 0, predicted: Int = 0, correct: Int = 0) {
            self.gold = gold; self.predicted = predicted; self.correct = correct
        }
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        static func + (a: Counts, b: Counts) -> Counts {
            Counts(gold: a.gold + b.gold, predicted: a.predicted + b.predicted, correct: a.correct + b.correct)
        }
    }

    public private(set) var byType: [String: Counts] = [:]

    public init() {}

    /// Adds one document's (or sentence's) spans; spans are token ranges in one index space.
    public mutating func add(gold: [TypedSpan<String>], predicted: [TypedSpan<String>]) {
        let goldSet = Set(gold)
        for g in gold { byType[g.type, default: Counts()].gold += 1 }
        for p in predicted {
            byType[p.type, default: Counts()].predicted += 1
            if goldSet.contains(p) { byType[p.type, default: Counts()].correct += 1 }
        }
    }

    /// Micro-averaged counts over `types`.
    public func micro(_ types: [String]) -> Counts {
        types.reduce(Counts()) { $0 + (byType[$1] ?? Counts()) }
    }

    /// Types seen, sorted.
    public var types: [String] { byType.keys.sorted() }

    /// A plain-text report: one row per type, the headline micro score over `scored`, and the
    /// micro score over all types.
    public func report(scored: [String], note: String) -> String {
        func pct(_ x: Double) -> String { String(format: "%6.2f", x * 100) }
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
        func lpad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }
        func row(_ name: String, _ c: Counts) -> String {
            pad(name, 22) + lpad(String(c.gold), 7) + lpad(String(c.predicted), 7) + lpad(String(c.correct), 8)
                + "   " + pct(c.precision) + "   " + pct(c.recall) + "   " + pct(c.f1)
        }
        var out = pad("type", 22) + lpad("gold", 7) + lpad("pred", 7) + lpad("correct", 8) + "        P        R       F1\n"
        for t in types { out += row(t, byType[t]!) + "\n" }
        out += row("micro " + scored.joined(separator: "+"), micro(scored)) + "\n"
        out += row("micro all types", micro(types)) + "\n"
        out += note + "\n"
        return out
    }
}

extension TagScheme {
    /// The label a gold corpus type has under this scheme; nil for types not scored at all
    /// (GMB's `tim`). `isCountry` tells whether the span's text names a country.
    public func goldLabel(_ corpusType: String, isCountry: () -> Bool) -> String? {
        let t = corpusType.lowercased()
        switch self {
        case .conll:
            return NERType(corpusLabel: corpusType)?.conllLabel
        case .entgraph:
            switch t {
            case "person", "politician", "per": return "PERSON"
            case "organisation", "organization", "politicalparty", "org": return "ORGANIZATION"
            case "country": return "COUNTRY"
            case "location": return "LOCATION"
            case "loc", "geo": return isCountry() ? "COUNTRY" : "LOCATION"
            case "tim", "": return nil
            default: return "MISC"
            }
        }
    }

    /// The label of a predicted span under this scheme.
    public func predictedLabel(_ type: NERType, isCountry: () -> Bool) -> String {
        switch self {
        case .conll: type.conllLabel
        case .entgraph:
            switch type {
            case .person: "PERSON"
            case .organization: "ORGANIZATION"
            case .location: isCountry() ? "COUNTRY" : "LOCATION"
            case .misc: "MISC"
            }
        }
    }

    /// The entgraph label of a pipeline mention: demonyms are MISC (adjectives, not names of the
    /// country), seats of government ORGANIZATION, capitals LOCATION.
    static func entgraphLabel(of mention: Mention) -> String {
        if mention.country?.form == .demonym { return "MISC" }
        return mention.kind.label
    }

    /// What the headline score counts, for the report.
    public var scoreNote: String {
        switch self {
        case .conll: "headline: micro over PER, ORG, LOC (MISC shown separately); exact (start, end, type) match"
        case .entgraph: "headline: micro over PERSON, COUNTRY, ORGANIZATION only (LOCATION, MISC shown separately); exact (start, end, type) match"
        }
    }
}

extension SequenceTagger {
    /// Tags every document of a CoNLL file and scores it against the file's own gold column.
    public func evaluate(_ corpus: CoNLLCorpus, scheme: TagScheme, refiner: MentionRefiner? = nil) -> NEREvaluation {
        var evaluation = NEREvaluation()
        for doc in corpus.documents {
            let predicted = labeledSpans(doc, scheme: scheme, refiner: refiner)
            let gold = CoNLLCorpus.goldSpans(doc).compactMap { span -> TypedSpan<String>? in
                scheme.goldLabel(span.type, isCountry: { country(bytes: doc.bytes, tokens: doc.tokens[span.tokens]) != nil })
                    .map { TypedSpan(tokens: span.tokens, type: $0) }
            }
            evaluation.add(gold: gold, predicted: predicted)
        }
        return evaluation
    }

    /// Predicted spans of a CoNLL document, labelled in `scheme`. With a refiner and the
    /// entgraph scheme, spans go through `TaggerRecognizer` and `MentionRefiner` exactly as in
    /// the pipeline, so the score is the score of what builds the graph.
    public func labeledSpans(_ doc: CoNLLCorpus.Document, scheme: TagScheme, refiner: MentionRefiner? = nil) -> [TypedSpan<String>] {
        labeledScoredSpans(doc, scheme: scheme, refiner: refiner).map(\.span)
    }

    /// `labeledSpans` with each span's confidence (`Mention.confidence`).
    func labeledScoredSpans(_ doc: CoNLLCorpus.Document, scheme: TagScheme, refiner: MentionRefiner?) -> [(span: TypedSpan<String>, confidence: Float)] {
        if let refiner, scheme == .entgraph {
            let document = doc.tokenized()
            return TaggerRecognizer(tagger: self, refiner: refiner).recognize(document).map { mention in
                (TypedSpan(tokens: mention.tokens, type: TagScheme.entgraphLabel(of: mention)), mention.confidence)
            }
        }
        return scoredSpans(bytes: doc.bytes, tokens: doc.tokens, sentences: doc.sentences).map { span, margin in
            (TypedSpan(tokens: span.tokens, type: scheme.predictedLabel(span.type, isCountry: { country(bytes: doc.bytes, tokens: doc.tokens[span.tokens]) != nil })),
             margin)
        }
    }

    /// The lines of a CoNLL file with the predicted IOB2 tag appended to every token line.
    /// With `confidence`, the span's confidence follows the tag on every token line of a span
    /// ("-" outside spans, "inf" for names the tagger did not find).
    public func taggedLines(_ corpus: CoNLLCorpus, scheme: TagScheme, refiner: MentionRefiner? = nil, confidence: Bool = false) -> [String] {
        var tags = [String?](repeating: nil, count: corpus.lines.count)
        for doc in corpus.documents {
            let spans = labeledScoredSpans(doc, scheme: scheme, refiner: refiner)
            var iob = IOBDecoding.iob2(spans.map(\.span), count: doc.tokens.count)
            if confidence {
                var margins = [String](repeating: "-", count: doc.tokens.count)
                for (span, margin) in spans {
                    for i in span.tokens { margins[i] = margin.isFinite ? String(format: "%.2f", margin) : "inf" }
                }
                for i in iob.indices { iob[i] += "\t" + margins[i] }
            }
            for (i, line) in doc.lineNumbers.enumerated() { tags[line] = iob[i] }
        }
        return corpus.lines.enumerated().map { n, line in
            guard let tag = tags[n] else { return String(line) }
            return line + (line.contains("\t") ? "\t" : " ") + tag
        }
    }
}
