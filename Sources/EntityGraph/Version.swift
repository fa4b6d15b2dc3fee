/// The version of EntityGraph and of `entgraph` (`entgraph --version`), kept in this one place.
///
/// Never written into exports: outputs stay byte-identical from one version to the next
/// when nothing they show has changed.
public enum EntityGraphVersion {
    /// Semantic version, "MAJOR.MINOR.PATCH". Raise it with every change to what a document
    /// gives (reading, furniture, tagger, refiner, document resolution): stores and partials
    /// keep it and are not reused by another version (0.25.0: a sentence's first word
    /// that is no given name out of people's names, one-word "people" owned by a company are
    /// products, organizations named by a title before a person's name are the person's).
    public static let current = "0.25.0"
}
