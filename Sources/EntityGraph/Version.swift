/// The version of EntityGraph and of `entgraph` (`entgraph --version`), kept in this one place.
///
/// Never written into exports: outputs stay byte-identical from one version to the next
/// when nothing they show has changed.
public enum EntityGraphVersion {
    /// Semantic version, "MAJOR.MINOR.PATCH". Raise it with every change to what a document
    /// gives (reading, furniture, tagger, refiner, document resolution): stores and partials
    /// keep it and are not reused by another version (0.32.0: a word that numbers what follows
    /// it names no one, "HB 509", "Rs 2.3 crore", "Formula 1"; more acronyms of things are no
    /// organizations, "VAT", "IVF", "LNG", unless the document spells one out after an
    /// organization's name; a headline "Name 2023:" names an event's edition).
    public static let current = "0.32.0"
}
