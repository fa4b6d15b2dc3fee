/// The version of EntityGraph and of `entgraph` (`entgraph --version`), kept in this one place.
///
/// Never written into exports: outputs stay byte-identical from one version to the next
/// when nothing they show has changed.
public enum EntityGraphVersion {
    /// Semantic version, "MAJOR.MINOR.PATCH". Raise it with every change to what a document
    /// gives (reading, furniture, tagger, refiner, document resolution): stores and partials
    /// keep it and are not reused by another version (0.33.0: an office named for its holder
    /// is no organization, "Garda Commissioner", nor its acronym, "Divisional Railway Manager
    /// (DRM)"; an analyst's employer is a firm, "JP Morgan analyst Harry Curtis"; an index named
    /// by its number is the index, "the S&P 500.", "the S&P retail index").
    public static let current = "0.33.0"
}
