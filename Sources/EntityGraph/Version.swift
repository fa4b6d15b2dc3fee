/// The version of EntityGraph and of `entgraph` (`entgraph --version`), kept in this one place.
///
/// Never written into exports: outputs stay byte-identical from one version to the next
/// when nothing they show has changed.
public enum EntityGraphVersion {
    /// Semantic version, "MAJOR.MINOR.PATCH". Raise it with every change to what a document
    /// gives (reading, furniture, tagger, refiner, document resolution): stores and partials
    /// keep it and are not reused by another version (0.39.0: an office before a surname keeps it
    /// from the story's relative of that name, "President Trump" after "his daughter Ivanka
    /// Trump"; 0.38.0: "MLAs of the Grand Alliance" is the
    /// alliance, as "Congress MLAs" is Congress; 0.37.0: a country's long name wins over
    /// the smaller names the tagger cut it into, a body's portfolios go on over "and" after a
    /// comma list or a "place" the tagger typed, and a long form defined by its acronym is one
    /// name; 0.36.0: a generic body right after a US
    /// state, a territory or a capital is that state's, "Senate (Puerto Rico)").
    public static let current = "0.39.0"
}
