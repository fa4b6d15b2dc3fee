/// The version of EntityGraph and of `entgraph` (`entgraph --version`), kept in this one place.
///
/// Never written into exports: outputs stay byte-identical from one version to the next
/// when nothing they show has changed.
public enum EntityGraphVersion {
    /// Semantic version, "MAJOR.MINOR.PATCH". Raise it with every change to what a document
    /// gives (reading, furniture, tagger, refiner, document resolution): stores and partials
    /// keep it and are not reused by another version (0.29.0: a role before a name, "coach
    /// Zico", and an age after it, "Bordeaux, 23,", mark a person as titled; an age makes the
    /// story's organization mentions of that name people; a town outside sport is a town where
    /// the words around it write it as a place, "Swansea council"; a contest's first word alone
    /// is the contest; a name between a side's possessive and a noun for a contest, "England's
    /// Six Nations opener", is an event's; "Trail", "Canyon", "Coast" end places' names).
    public static let current = "0.29.0"
}
