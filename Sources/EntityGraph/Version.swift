/// The version of EntityGraph and of `entgraph` (`entgraph --version`), kept in this one place.
///
/// Never written into exports: outputs stay byte-identical from one version to the next
/// when nothing they show has changed.
public enum EntityGraphVersion {
    /// Semantic version, "MAJOR.MINOR.PATCH". Raise it with every change to what a document
    /// gives (reading, furniture, tagger, refiner, document resolution): stores and partials
    /// keep it and are not reused by another version (0.34.0: a lowercase word between two
    /// capitalized ones, no name particle, is outside every name, "Jack reminds Rebecca", and
    /// so is a subheading word in capitals, "LOSERS Apple"; a firm's kind before its name
    /// makes it the firm throughout the story, "lender Northern Rock").
    public static let current = "0.34.0"
}
