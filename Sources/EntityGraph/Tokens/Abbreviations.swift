/// Words that keep their period: titles, months, company suffixes and the like.
///
/// Titles never end a sentence (a name follows them); the others end one when a typical
/// sentence opener follows ("…to the U.S. The talks…").
struct Abbreviations: Sendable {
    enum Kind { case title, other }

    static let shared = Abbreviations()

    private let byLength: [Int: [([UInt8], Kind)]]

    private init() {
        let titles = ["Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt",
                      "Adm", "Cmdr", "Cdr", "Gov", "Sen", "Rep", "Rev", "St", "Mt", "Ft", "Pres", "Supt",
                      "Amb", "Hon", "Messrs", "Mme", "Mlle", "Fr", "Sec", "Atty", "Brig", "Cpl", "Pvt", "Insp"]
        let others = ["Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "Bros", "Plc", "No", "Nos", "vs", "v", "etc", "al",
                      "approx", "Dept", "dept", "est", "fig", "Fig", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
                      "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur",
                      "Thurs", "Fri", "Sat", "Sun", "Ave", "Blvd", "Rd", "Ph", "Univ", "Assn", "Intl",
                      "i.e", "e.g", "p", "pp", "vol", "Vol", "ca", "cf", "Op", "ed", "Ed"]
        var table: [Int: [([UInt8], Kind)]] = [:]
        for word in titles { table[word.utf8.count, default: []].append((Array(word.utf8), .title)) }
        for word in others { table[word.utf8.count, default: []].append((Array(word.utf8), .other)) }
        byLength = table
    }

    /// The kind of abbreviation `bytes` (without its period) is, if it is one.
    func kind<C: Collection>(of bytes: C) -> Kind? where C.Element == UInt8 {
        guard let candidates = byLength[bytes.count] else { return nil }
        for (word, kind) in candidates where word.elementsEqual(bytes) { return kind }
        return nil
    }
}
