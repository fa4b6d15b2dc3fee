/// The version of EntityGraph and of `entgraph` (`entgraph --version`), kept in this one place.
///
/// Never written into exports: outputs stay byte-identical from one version to the next
/// when nothing they show has changed.
public enum EntityGraphVersion {
    /// Semantic version, "MAJOR.MINOR.PATCH". Raise it with every change to what a document
    /// gives (reading, furniture, tagger, refiner, document resolution): stores and partials
    /// keep it and are not reused by another version (0.31.0: a relative noun a few lowercase
    /// words before a full name introduces a relative, "his elder daughter and senior adviser,
    /// Ivanka Trump"; a surname used five times before the document's full names by it is left
    /// to the corpus's namesakes; words glued without a space split, "TrumpGOP", "ReidThe",
    /// "Harris2020").
    public static let current = "0.31.0"
}
