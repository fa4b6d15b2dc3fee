/// The version of EntityGraph and of `entgraph` (`entgraph --version`), kept in this one place.
///
/// Never written into exports: outputs stay byte-identical from one version to the next
/// when nothing they show has changed.
public enum EntityGraphVersion {
    /// Semantic version, "MAJOR.MINOR.PATCH". Raise it with every change to what a document
    /// gives (reading, furniture, tagger, refiner, document resolution): stores and partials
    /// keep it and are not reused by another version (0.23.0: invitations to follow an outlet,
    /// knights' short forms, acronyms as common nouns, stations named by a number or place,
    /// bills, competitions named by one word, no two-letter short forms, works beside works,
    /// cities after "in", firms joined by "&", countries' initials, projects, jubilees).
    public static let current = "0.23.0"
}
