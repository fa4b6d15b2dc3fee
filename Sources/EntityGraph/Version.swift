/// The version of EntityGraph and of `entgraph` (`entgraph --version`), kept in this one place.
///
/// Never written into exports: outputs stay byte-identical from one version to the next
/// when nothing they show has changed.
public enum EntityGraphVersion {
    /// Semantic version, "MAJOR.MINOR.PATCH". Raise it with every change to what a document
    /// gives (reading, furniture, tagger, refiner, document resolution): stores and partials
    /// keep it and are not reused by another version (0.28.0: a name ending a longer title after
    /// a work noun is a work, "album How to Dismantle an Atomic Bomb"; organizations written
    /// alone between quotation marks are counted, `Mention.quotedAlone`; a profile card glued after a
    /// name is cut off, "Mitch McConnell Addison (Mitch) Mitchell McConnell…"; a relative's full name is
    /// marked, `Mention.introducedAsRelative`, "his daughter Ivanka Trump"; a kingdom's own
    /// nations are no rivals for the country a story is about; outside sport, a company's name
    /// alone joins no joint venture whose other company the story names alone).
    public static let current = "0.28.0"
}
