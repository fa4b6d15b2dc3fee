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

    /// The phrases of the small lists (countries, demonyms, titles, organization heads), whose
    /// entries are looked up by index (a country's code).
    let entries: [Entry]
    /// The name lists' phrases exactly as the model file stores them, one record each: the
    /// category byte, an empty code and the phrase (u16 length, UTF-8), as `ByteWriter.string`
    /// writes them. Kept as bytes: the lists hold hundreds of thousands of phrases, and a
    /// `String` each cost 0.7 s and 120 MB at every start (measured with the Wikipedia lists).
    let nameListRecords: [UInt8]
    /// How many records `nameListRecords` holds.
    let nameListCount: Int
    /// Phrase hash → (flags: bit c = category c, bit 15 = "a longer phrase starts like this";
    /// bits 16… = entry index of the country or demonym + 1).
    private let table: HashTable64
    let maxTokens: Int

    static let prefixBit: UInt32 = 1 << 15
    static let indexShift: UInt32 = 16
    static let flagMask: UInt32 = 0xffff

    /// A gazetteer of `entries` (any categories) and name-list records (`nameListRecords`).
    /// Entries of name-list categories are moved into the records.
    init(entries: [Entry], nameListRecords: [UInt8] = [], nameListCount: Int = 0) {
        var records = ByteWriter()
        var count = 0
        for entry in entries where Category.nameLists.contains(entry.category) {
            Self.appendRecord(entry.phrase, entry.category, to: &records)
            count += 1
        }
        records.bytes(nameListRecords)
        self.entries = entries.filter { !Category.nameLists.contains($0.category) }
        self.nameListRecords = records.data
        self.nameListCount = nameListCount + count
        var tokenCount = 0
        for entry in self.entries { tokenCount += entry.phrase.split(separator: " ").count }
        tokenCount += self.nameListRecords.count(where: { $0 == 0x20 }) + self.nameListCount
        // One key per phrase prefix at most, so `tokenCount` keys at most: load factor ≤ 0.5.
        var table = HashTable64(capacity: max(tokenCount, 16))
        var maxTokens = 1
        // An entry and a prefix of another can share a key: flags accumulate; the first entry
        // index given for a key stays (countries come before demonyms).
        func add(_ key: UInt64, _ value: UInt32) {
            let old = table.get(key) ?? 0
            let index = (old >> Self.indexShift) != 0 ? (old & ~Self.flagMask) : (value & ~Self.flagMask)
            table.set(key, (old | value) & Self.flagMask | index)
        }
        func addPhrase(_ tokenHashes: [UInt64], _ value: UInt32) {
            maxTokens = max(maxTokens, tokenHashes.count)
            var h: UInt64 = 0
            for (i, t) in tokenHashes.enumerated() {
                h = Self.extend(h, t)
                if i < tokenHashes.count - 1 { add(h, Self.prefixBit) }
            }
            add(h, value)
        }
        for (n, entry) in self.entries.enumerated() {
            let hashes = entry.phrase.split(separator: " ").map { FeatureHash.fnv1a(String($0), lowered: true) }
            let indexBits: UInt32 = (entry.category == .country || entry.category == .demonym) ? UInt32(n + 1) << Self.indexShift : 0
            addPhrase(hashes, 1 << UInt32(entry.category.rawValue) | indexBits)
        }
        self.nameListRecords.withUnsafeBufferPointer { bytes in
            var hashes: [UInt64] = []
            Self.forEachRecord(bytes) { category, phrase in
                hashes.removeAll(keepingCapacity: true)
                var start = phrase.lowerBound
                for i in phrase where bytes[i] == 0x20 {
                    if i > start { hashes.append(FeatureHash.fnv1aLower(bytes, start..<i)) }
                    start = i + 1
                }
                if phrase.upperBound > start { hashes.append(FeatureHash.fnv1aLower(bytes, start..<phrase.upperBound)) }
                if !hashes.isEmpty { addPhrase(hashes, 1 << UInt32(category)) }
            }
        }
        self.table = table
        self.maxTokens = maxTokens
    }

    /// Appends one name-list record (category, empty code, phrase) in the model file's layout.
    static func appendRecord(_ phrase: String, _ category: Category, to writer: inout ByteWriter) {
        writer.u8(category.rawValue)
        writer.string("")
        writer.string(phrase)
    }

    /// Calls `body` with each record's category byte and phrase byte range. The records were
    /// checked when read (`TaggerModel.init(bytes:path:)`) or written here.
    static func forEachRecord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt8, Range<Int>) -> Void) {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        var at = 0
        while at < bytes.count {
            let category = bytes[at]
            let phraseAt = at + 3 + u16(at + 1)
            let end = phraseAt + 2 + u16(phraseAt)
            body(category, (phraseAt + 2)..<end)
            at = end
        }
    }

    /// The name lists' phrases with their categories, in stored order (for tests and tools).
    var nameListEntries: [Entry] {
        var out: [Entry] = []
        nameListRecords.withUnsafeBufferPointer { bytes in
            Self.forEachRecord(bytes) { category, phrase in
                out.append(Entry(phrase: String(decoding: bytes[phrase], as: UTF8.self), category: Category(rawValue: category)!, code: ""))
            }
        }
        return out
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

    /// Whether a token sequence is exactly a phrase of the place list (`Category.location`) and,
    /// with `onlyPlace`, of no company or organization list ("Liverpool", not "Toyota" or
    /// "Commonwealth"; a club named after its town is still a place).
    func isPlace(lowerHashes: some Collection<UInt64>, onlyPlace: Bool = false) -> Bool {
        var h: UInt64 = 0
        for t in lowerHashes { h = Self.extend(h, t) }
        guard let value = table.get(h), value & (1 << UInt32(Category.location.rawValue)) != 0 else { return false }
        let bodies: UInt32 = 1 << UInt32(Category.company.rawValue) | 1 << UInt32(Category.organization.rawValue)
        return !onlyPlace || value & bodies == 0
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
