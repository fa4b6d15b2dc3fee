/// The version of EntityGraph and of `entgraph` (`entgraph --version`), kept in this one place.
///
/// Never written into exports: outputs stay byte-identical from one version to the next
/// when nothing they show has changed.
public enum EntityGraphVersion {
    /// Semantic version, "MAJOR.MINOR.PATCH". Raise it with every change to what a document
    /// gives (reading, furniture, tagger, refiner, document resolution): stores and partials
    /// keep it and are not reused by another version (0.30.0: two spaces or a tab before a
    /// capital end a sentence; an office's rest the tagger cut off, "Chief of [Staff Reince
    /// Priebus]", and offices of several people, "Justices Alito", are titles; "Team Obama" is an
    /// organization; a hyphenated given name between two tagged names is one name, "Carl-Henric
    /// Svanberg"; a party's member ends no person's name; a place's noun first, "River Thames",
    /// "Camp David", makes a place).
    public static let current = "0.30.0"
}
