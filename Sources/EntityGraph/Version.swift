/// The version of EntityGraph and of `entgraph` (`entgraph --version`), kept in this one place.
///
/// Never written into exports: outputs stay byte-identical from one version to the next
/// when nothing they show has changed.
public enum EntityGraphVersion {
    /// Semantic version, "MAJOR.MINOR.PATCH". Raise it with every change to what a document
    /// gives (reading, furniture, tagger, refiner, document resolution): stores and partials
    /// keep it and are not reused by another version (0.26.0: question words out of names;
    /// a town the tagger took for its club is the town in a story that writes it as a place
    /// and speaks of no sport; countries that name a person; quoted nicknames; businesses
    /// named with "'s").
    public static let current = "0.26.0"
}
