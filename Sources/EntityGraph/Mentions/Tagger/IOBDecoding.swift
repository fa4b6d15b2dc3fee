/// Spans from IOB tags (IOB1 or IOB2): a span starts at `B-X`, or at `I-X` when the previous
/// tag is not of type X, and runs while the tags are `I-X`.
///
/// This single rule reads CoNLL-2003's IOB1 and the IOB2 of later corpora alike
/// (Tjong Kim Sang & De Meulder 2003, doi:10.3115/1119176.1119195; conlleval semantics).
/// Tags other than `B-`/`I-`/`E-`/`S-` prefixed ones (`O`, `-X-`, empty) are outside.
/// `E-`/`S-` (IOBES) are read as I/B for robustness.
/// - Complexity: O(n).
public enum IOBDecoding {
    /// Typed spans of a tag sequence; the type is the text after the dash.
    public static func spans<S: StringProtocol>(_ tags: [S]) -> [TypedSpan<String>] {
        var spans: [TypedSpan<String>] = []
        var start = 0
        var current: String? = nil
        for (i, tag) in tags.enumerated() {
            let (prefix, type) = split(tag)
            let beginsNew = prefix == "B" || prefix == "S" || (prefix == "I" || prefix == "E") && type != current
            if let c = current, type == nil || beginsNew {
                spans.append(TypedSpan(tokens: start..<i, type: c))
                current = nil
            }
            if let type, current == nil {
                current = type
                start = i
            }
        }
        if let c = current { spans.append(TypedSpan(tokens: start..<tags.count, type: c)) }
        return spans
    }

    /// ("B", "PER") for "B-PER"; (nil, nil) for O and anything unprefixed.
    static func split<S: StringProtocol>(_ tag: S) -> (prefix: String?, type: String?) {
        guard tag.count > 2, let dash = tag.firstIndex(of: "-"),
              tag.distance(from: tag.startIndex, to: dash) == 1 else { return (nil, nil) }
        let prefix = String(tag[tag.startIndex..<dash])
        guard ["B", "I", "E", "S"].contains(prefix) else { return (nil, nil) }
        return (prefix, String(tag[tag.index(after: dash)...]))
    }

    /// IOB2 tags for spans over `count` tokens.
    public static func iob2(_ spans: [TypedSpan<String>], count: Int) -> [String] {
        var tags = [String](repeating: "O", count: count)
        for span in spans {
            for i in span.tokens { tags[i] = (i == span.tokens.lowerBound ? "B-" : "I-") + span.type }
        }
        return tags
    }
}
