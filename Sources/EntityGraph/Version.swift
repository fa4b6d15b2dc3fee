/// The version of EntityGraph and of `entgraph` (`entgraph --version`), kept in this one place.
///
/// Never written into exports: outputs stay byte-identical from one version to the next
/// when nothing they show has changed.
public enum EntityGraphVersion {
    /// Semantic version, "MAJOR.MINOR.PATCH". Raise it with every change to what a document
    /// gives (reading, furniture, tagger, refiner, document resolution): stores and partials
    /// keep it and are not reused by another version (0.27.0: bodies cut at "and" made
    /// whole, "National Institute of Allergy and Infectious Diseases"; names a story twice
    /// calls a programme, a law or a pipeline; no pronoun for the object of "told"; a "person"
    /// written only after "in" or "at" is a place; a country that is a person's given name).
    public static let current = "0.27.0"
}
