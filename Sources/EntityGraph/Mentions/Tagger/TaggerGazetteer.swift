import Foundation

/// Small, generic word lists the tagger uses as features and to turn LOC spans into
/// countries: country names and short forms (with ISO 3166-1 alpha-2 codes), demonyms,
/// personal titles and words that end organization names.
///
/// The lists are saved inside the model file, so tagging does not depend on files present on
/// the machine; `TaggerGazetteer.standard(isoCodesJSON:)` builds them at training time.
/// Phrases are matched case-insensitively (ASCII), token by token.
struct TaggerGazetteer: Sendable {
    /// What a phrase is.
    enum Category: UInt8, CaseIterable, Sendable {
        case country = 0
        case demonym
        case title
        case organizationHead
        // Name lists (gazetteers/, `TaggerFeatureSet.nameLists`): each gives its words a
        // B/I/L/U position in the longest match of the list.
        case givenName
        case location
        case company
        case sportsTeam
        case organization

        /// The name lists, in the order of their 3-bit fields in `TokenFacts.lists`.
        static let nameLists: [Category] = [.givenName, .location, .company, .sportsTeam, .organization]
        /// The file of each name list in the lists folder.
        var fileNames: [String] {
            switch self {
            case .givenName: ["given-names.txt"]
            case .location: ["locations.txt"]
            case .company: ["companies.txt"]
            case .sportsTeam: ["clubs.txt", "sports-teams.txt"]
            case .organization: ["organizations.txt"]
            default: []
            }
        }
    }

    /// One list entry: a phrase (space-separated tokens), its category and, for countries and
    /// demonyms, an ISO alpha-2 code.
    struct Entry: Sendable, Equatable {
        var phrase: String
        var category: Category
        var code: String
    }

    let entries: [Entry]
    /// Phrase hash → (flags: bit c = category c, bit 15 = "a longer phrase starts like this";
    /// bits 16… = entry index of the country or demonym + 1).
    private let table: HashTable64
    let maxTokens: Int

    static let prefixBit: UInt32 = 1 << 15
    static let indexShift: UInt32 = 16
    static let flagMask: UInt32 = 0xffff

    init(entries: [Entry]) {
        self.entries = entries
        var table = HashTable64(capacity: entries.count * 4)
        var maxTokens = 1
        // Accumulate flags first so that an entry and a prefix of another can share a key.
        var flags: [UInt64: UInt32] = [:]
        var order: [UInt64] = []
        func add(_ key: UInt64, _ value: UInt32) {
            if flags[key] == nil { order.append(key) }
            let old = flags[key] ?? 0
            // Keep the first entry index given for a key (countries come before demonyms).
            let index = (old >> Self.indexShift) != 0 ? (old & ~Self.flagMask) : (value & ~Self.flagMask)
            flags[key] = (old | value) & Self.flagMask | index
        }
        for (n, entry) in entries.enumerated() {
            let hashes = entry.phrase.split(separator: " ").map { FeatureHash.fnv1a(String($0), lowered: true) }
            maxTokens = max(maxTokens, hashes.count)
            var h: UInt64 = 0
            for (i, t) in hashes.enumerated() {
                h = Self.extend(h, t)
                if i < hashes.count - 1 { add(h, Self.prefixBit) }
            }
            let indexBits: UInt32 = (entry.category == .country || entry.category == .demonym) ? UInt32(n + 1) << Self.indexShift : 0
            add(h, 1 << UInt32(entry.category.rawValue) | indexBits)
        }
        for key in order { table.set(key, flags[key]!) }
        self.table = table
        self.maxTokens = maxTokens
    }

    /// Extends a phrase hash by one token's lowered FNV hash.
    @inline(__always) static func extend(_ h: UInt64, _ token: UInt64) -> UInt64 {
        FeatureHash.mix(h &+ token)
    }

    @inline(__always) func lookup(_ phraseHash: UInt64) -> UInt32? { table.get(phraseHash) }

    /// The country entry a token sequence names exactly, if any (`lowerHashes`: lowered
    /// FNV-1a of each token).
    func country(lowerHashes: some Collection<UInt64>) -> Entry? {
        var h: UInt64 = 0
        for t in lowerHashes { h = Self.extend(h, t) }
        guard let v = table.get(h), v & (1 << UInt32(Category.country.rawValue)) != 0, v >> Self.indexShift > 0 else { return nil }
        let entry = entries[Int(v >> Self.indexShift) - 1]
        return entry.category == .country ? entry : nil
    }

    /// Whether a token sequence is exactly a phrase of the place list (`Category.location`).
    func isPlace(lowerHashes: some Collection<UInt64>) -> Bool {
        var h: UInt64 = 0
        for t in lowerHashes { h = Self.extend(h, t) }
        return table.get(h).map { $0 & (1 << UInt32(Category.location.rawValue)) != 0 } ?? false
    }

    /// The demonym entry a single token is, if any.
    func demonym(lowerHash: UInt64) -> Entry? {
        let h = Self.extend(0, lowerHash)
        guard let v = table.get(h), v & (1 << UInt32(Category.demonym.rawValue)) != 0, v >> Self.indexShift > 0 else { return nil }
        let entry = entries[Int(v >> Self.indexShift) - 1]
        return entry.category == .demonym ? entry : nil
    }
}

extension TaggerGazetteer {
    /// Reads a gazetteer-building error's context.
    struct LoadError: Error, CustomStringConvertible {
        var path: String
        var problem: String
        var description: String { "\(path): \(problem)" }
    }

    /// The standard lists: ISO 3166-1 names from Debian's iso-codes JSON (name without the
    /// "X, Republic of" inversions, common_name, official_name) plus the hand lists below, and
    /// with `nameLists` the name lists of that folder (one phrase a line, tokens separated by
    /// spaces; sources in its README.md).
    static func standard(isoCodesJSON path: String, nameLists: String? = nil) throws -> TaggerGazetteer {
        struct File: Decodable {
            struct Country: Decodable {
                var alpha_2: String
                var name: String
                var common_name: String?
                var official_name: String?
            }
            var countries: [Country]
            enum CodingKeys: String, CodingKey { case countries = "3166-1" }
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw LoadError(path: path, problem: "cannot read the ISO 3166-1 list (\(error.localizedDescription)); install Debian's iso-codes")
        }
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch {
            throw LoadError(path: path, problem: "not an iso-codes 3166-1 JSON file (\(error))")
        }
        var entries: [Entry] = []
        var seen = Set<String>()
        func add(_ phrase: String, _ category: Category, _ code: String) {
            let key = phrase.lowercased() + "\u{1}\(category.rawValue)"
            guard !phrase.isEmpty, !seen.contains(key) else { return }
            seen.insert(key)
            entries.append(Entry(phrase: phrase, category: category, code: code))
        }
        // Hand short forms first: they win over ISO names for the same phrase.
        for (phrase, code) in countryShortForms { add(phrase, .country, code) }
        for c in file.countries.sorted(by: { $0.alpha_2 < $1.alpha_2 }) {
            for name in [c.common_name, c.name, c.official_name].compactMap({ $0 })
            where !name.contains(",") && !name.contains("(") {
                add(name, .country, c.alpha_2)
            }
        }
        for (phrase, code) in demonyms { add(phrase, .demonym, code) }
        for word in titles { add(word, .title, "") }
        for word in organizationHeads { add(word, .organizationHead, "") }
        if let nameLists {
            for category in Category.nameLists {
                for file in category.fileNames {
                    let listPath = URL(fileURLWithPath: nameLists).appendingPathComponent(file).path
                    guard let text = try? String(contentsOfFile: listPath, encoding: .utf8) else {
                        throw LoadError(path: listPath, problem: "cannot read the name list")
                    }
                    for line in text.split(separator: "\n") {
                        let phrase = line.trimmingCharacters(in: .whitespaces)
                        if !phrase.isEmpty && !phrase.hasPrefix("#") { add(phrase, category, "") }
                    }
                }
            }
        }
        return TaggerGazetteer(entries: entries)
    }

    static let countryShortForms: [(String, String)] = [
        ("U.S.", "US"), ("US", "US"), ("USA", "US"), ("U.S.A.", "US"), ("America", "US"),
        ("United States", "US"), ("United States of America", "US"),
        ("Britain", "GB"), ("Great Britain", "GB"), ("UK", "GB"), ("U.K.", "GB"), ("United Kingdom", "GB"),
        ("England", "GB"), ("Scotland", "GB"), ("Wales", "GB"), ("Northern Ireland", "GB"),
        ("Russia", "RU"), ("Russian Federation", "RU"), ("South Korea", "KR"), ("North Korea", "KP"),
        ("Iran", "IR"), ("Syria", "SY"), ("Vietnam", "VN"), ("Taiwan", "TW"), ("Bolivia", "BO"),
        ("Venezuela", "VE"), ("Tanzania", "TZ"), ("Moldova", "MD"), ("Laos", "LA"),
        ("Czech Republic", "CZ"), ("Czechia", "CZ"), ("Holland", "NL"), ("The Netherlands", "NL"),
        ("Macedonia", "MK"), ("Ivory Coast", "CI"), ("Burma", "MM"), ("Vatican", "VA"),
        ("Palestine", "PS"), ("Congo", "CG"), ("Zaire", "CD"), ("Swaziland", "SZ"),
        ("Cape Verde", "CV"), ("East Timor", "TL"), ("Brunei", "BN"), ("Micronesia", "FM"),
        ("Soviet Union", "SU"), ("USSR", "SU"), ("Yugoslavia", "YU"), ("Czechoslovakia", "CS"),
        ("West Germany", "DE"), ("East Germany", "DD"), ("Turkey", "TR"), ("Kosovo", "XK"),
        ("UAE", "AE"), ("PRC", "CN"), ("Republic of China", "TW"), ("People's Republic of China", "CN"),
    ]

    static let demonyms: [(String, String)] = [
        ("American", "US"), ("British", "GB"), ("English", "GB"), ("Scottish", "GB"), ("Welsh", "GB"),
        ("Russian", "RU"), ("Soviet", "SU"), ("Chinese", "CN"), ("French", "FR"), ("German", "DE"),
        ("Japanese", "JP"), ("Italian", "IT"), ("Spanish", "ES"), ("Portuguese", "PT"), ("Dutch", "NL"),
        ("Belgian", "BE"), ("Swiss", "CH"), ("Austrian", "AT"), ("Swedish", "SE"), ("Norwegian", "NO"),
        ("Danish", "DK"), ("Finnish", "FI"), ("Irish", "IE"), ("Polish", "PL"), ("Czech", "CZ"),
        ("Slovak", "SK"), ("Hungarian", "HU"), ("Romanian", "RO"), ("Bulgarian", "BG"), ("Greek", "GR"),
        ("Turkish", "TR"), ("Ukrainian", "UA"), ("Belarusian", "BY"), ("Serbian", "RS"), ("Croatian", "HR"),
        ("Bosnian", "BA"), ("Slovenian", "SI"), ("Albanian", "AL"), ("Israeli", "IL"), ("Palestinian", "PS"),
        ("Iranian", "IR"), ("Iraqi", "IQ"), ("Syrian", "SY"), ("Lebanese", "LB"), ("Jordanian", "JO"),
        ("Egyptian", "EG"), ("Saudi", "SA"), ("Afghan", "AF"), ("Pakistani", "PK"), ("Indian", "IN"),
        ("Bangladeshi", "BD"), ("Indonesian", "ID"), ("Malaysian", "MY"), ("Thai", "TH"), ("Vietnamese", "VN"),
        ("Korean", "KR"), ("Filipino", "PH"), ("Australian", "AU"), ("Canadian", "CA"), ("Mexican", "MX"),
        ("Brazilian", "BR"), ("Argentine", "AR"), ("Argentinian", "AR"), ("Chilean", "CL"), ("Colombian", "CO"),
        ("Peruvian", "PE"), ("Venezuelan", "VE"), ("Cuban", "CU"), ("Nigerian", "NG"), ("Kenyan", "KE"),
        ("Ethiopian", "ET"), ("Sudanese", "SD"), ("Libyan", "LY"), ("Algerian", "DZ"), ("Moroccan", "MA"),
        ("Tunisian", "TN"), ("South African", "ZA"), ("Zimbabwean", "ZW"), ("Rwandan", "RW"),
        ("Georgian", "GE"), ("Armenian", "AM"), ("Azerbaijani", "AZ"), ("Kazakh", "KZ"), ("Uzbek", "UZ"),
        ("Taiwanese", "TW"), ("Yugoslav", "YU"), ("New Zealand", "NZ"), ("Sri Lankan", "LK"),
    ]

    static let titles: [String] = [
        "President", "Minister", "Prime", "Secretary", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr",
        "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Gen.", "General", "Chancellor",
        "King", "Queen", "Prince", "Princess", "Pope", "Chairman", "Chairwoman", "Ambassador", "Judge",
        "Justice", "Lord", "Sir", "Lady", "Rev.", "Col.", "Capt.", "Lt.", "Sgt.", "Mayor", "Leader",
        "Premier", "Vice", "Deputy", "Spokesman", "Spokeswoman", "Director", "Chief", "Commissioner",
        "Speaker", "Sheikh", "Ayatollah", "Cardinal", "Bishop", "Archbishop", "Professor", "Prof.",
        "Coach", "Manager", "Emperor", "Dictator", "Colonel", "Captain", "Lieutenant", "Admiral",
    ]

    static let organizationHeads: [String] = [
        "Council", "Institute", "Center", "Centre", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd",
        "Ltd.", "Co", "Co.", "Group", "Agency", "Department", "Party", "Union", "Ministry", "Bank",
        "University", "College", "Times", "News", "Association", "Committee", "Commission", "Federation",
        "Organization", "Organisation", "Foundation", "Fund", "Society", "Club", "League", "Airlines",
        "Airways", "Press", "Post", "Journal", "Television", "Radio", "Exchange", "Court", "Army", "Navy",
        "Parliament", "Congress", "Assembly", "Board", "Authority", "Bureau", "Office", "Service",
        "Holdings", "Industries", "International", "Motors", "Securities", "Systems", "Trust", "FC",
        "AG", "SA", "NV", "PLC", "plc", "GmbH", "Alliance", "Front", "Movement", "Congress", "Senate",
        "Coalition", "Forces", "Police", "Church", "School", "Hospital", "Company", "Partners",
    ]
}
