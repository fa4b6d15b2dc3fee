/// The recognizers a pipeline can use: a registry, so `--help` lists them by themselves.
public enum RecognizerKind: String, Sendable, CaseIterable {
    /// The trained averaged-perceptron tagger (`Mentions/Tagger`), refined by the country table
    /// and document-level rules (`MentionRefiner`).
    case tagger
    /// Gazetteer and capitalization rules: no model needed.
    case rules

    /// A recognizer of this kind; `names` (a user thesaurus) are found wherever they occur.
    public func make(countries: CountryTable, names: [(phrase: String, kind: EntityKind)] = []) throws -> any MentionRecognizer {
        switch self {
        case .tagger: return try TaggerRecognizer(refiner: MentionRefiner(countries: countries, names: names))
        case .rules: return RuleBasedRecognizer(countries: countries, phrases: names)
        }
    }
}
