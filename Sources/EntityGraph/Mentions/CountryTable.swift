import Foundation

/// A sovereign state (or, for non-sovereign ISO 3166-1 entries, a territory).
public struct Country: Sendable, Equatable {
    /// ISO 3166-1 alpha-2 and alpha-3 codes.
    public let alpha2: String
    public let alpha3: String
    /// The name shown on the node ("Russia", "United States").
    public let label: String
    /// Every name the table matches for it, the label included.
    public let names: [String]
    public let isSovereign: Bool
    /// For a nation within a state (Scotland, ISO 3166-2 "GB-SCT"), the state's alpha-2 code;
    /// its `alpha2` is then the ISO 3166-2 code and `alpha3` is empty.
    public var parent: String? = nil

    /// Whether mentions of it are COUNTRY nodes: sovereign states and nations within them.
    public var isCountry: Bool { isSovereign || parent != nil }
}

/// Errors loading the ISO 3166-1 table.
public enum CountryTableError: Error, CustomStringConvertible, Equatable {
    case missing(path: String)
    case malformed(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): ISO 3166-1 table not found (install Debian's iso-codes package: make deps, or set ENTGRAPH_ISO_CODES)"
        case .malformed(let path, let reason):
            return "\(path): not a valid iso-codes iso_3166-1.json (\(reason))"
        }
    }
}

/// The countries of ISO 3166-1 from Debian's iso-codes package, with the short forms, demonyms
/// and seats of government news text uses (`CountryFacts`).
///
/// Loaded once per process from `/usr/share/iso-codes/json/iso_3166-1.json` (or the file named
/// by `ENTGRAPH_ISO_CODES`); the table is immutable afterwards and shared by all threads.
public struct CountryTable: Sendable {
    public static let defaultPath = "/usr/share/iso-codes/json/iso_3166-1.json"

    public let countries: [Country]
    private let byAlpha2: [String: Int]
    private let byName: [String: Int]
    private let byDemonym: [String: Int]

    /// The table from the system's iso-codes, loaded on first use.
    public static func shared() throws -> CountryTable {
        try sharedResult.get()
    }

    private static let sharedResult: Result<CountryTable, CountryTableError> = {
        let path = ProcessInfo.processInfo.environment["ENTGRAPH_ISO_CODES"] ?? defaultPath
        return Result { try CountryTable(contentsOf: path) }.mapError { $0 as! CountryTableError }
    }()

    public init(contentsOf path: String) throws(CountryTableError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .missing(path: path) }
        try self.init(isoJSON: data, path: path)
    }

    /// Builds the table from the bytes of an iso-codes `iso_3166-1.json`.
    public init(isoJSON data: Data, path: String = "iso_3166-1.json") throws(CountryTableError) {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw .malformed(path: path, reason: "not JSON")
        }
        guard let root = object as? [String: Any], let entries = root["3166-1"] as? [[String: String]] else {
            throw .malformed(path: path, reason: "no \"3166-1\" list")
        }
        var countries: [Country] = []
        for entry in entries {
            guard let alpha2 = entry["alpha_2"], let alpha3 = entry["alpha_3"], let name = entry["name"] else {
                throw .malformed(path: path, reason: "an entry lacks alpha_2, alpha_3 or name")
            }
            var names = [Self.readable(name)]
            if let common = entry["common_name"] { names.append(common) }
            if let official = entry["official_name"] { names.append(Self.readable(official)) }
            names += CountryFacts.aliases[alpha2] ?? []
            let label = CountryFacts.preferredLabels[alpha2] ?? entry["common_name"] ?? Self.readable(name)
            names.insert(label, at: 0)
            var seen = Set<String>()
            names = names.map(Self.withoutLeadingThe).filter { !$0.isEmpty && seen.insert($0).inserted }
            countries.append(Country(alpha2: alpha2, alpha3: alpha3, label: label, names: names,
                                     isSovereign: !CountryFacts.nonSovereign.contains(alpha2)))
        }
        for nation in CountryFacts.nations {
            countries.append(Country(alpha2: nation.code, alpha3: "", label: nation.label, names: nation.names,
                                     isSovereign: false, parent: nation.parent))
        }
        countries.sort { $0.alpha2 < $1.alpha2 }
        var byAlpha2: [String: Int] = [:], byName: [String: Int] = [:], byDemonym: [String: Int] = [:]
        for (index, country) in countries.enumerated() {
            byAlpha2[country.alpha2] = index
            // Sovereign states win a name shared with a territory.
            for name in country.names where byName[name] == nil || country.isSovereign {
                byName[name] = index
            }
            for demonym in Self.demonyms(of: country) { byDemonym[demonym] = index }
        }
        self.countries = countries
        self.byAlpha2 = byAlpha2
        self.byName = byName
        self.byDemonym = byDemonym
    }

    public func country(alpha2: String) -> Country? { byAlpha2[alpha2].map { countries[$0] } }

    /// The country a name stands for: exact names first, then an all-caps headline spelling.
    public func country(named name: String) -> Country? {
        if let index = byName[name] { return countries[index] }
        if name.count >= 4, name == name.uppercased(), let index = byName[Self.titleCased(name)] {
            return countries[index]
        }
        return nil
    }

    /// The country a demonym stands for, written as a name or in an all-caps headline ("KUWAITI").
    public func country(demonym: String) -> Country? {
        if let index = byDemonym[demonym] { return countries[index] }
        if demonym.count >= 4, demonym == demonym.uppercased(), let index = byDemonym[Self.titleCased(demonym)] {
            return countries[index]
        }
        return nil
    }

    private static func demonyms(of country: Country) -> [String] {
        CountryFacts.demonyms[country.alpha2] ?? CountryFacts.nations.first { $0.code == country.alpha2 }?.demonyms ?? []
    }

    /// Every name, demonym and seat of government with what it stands for, for phrase matching.
    public var phrases: [(phrase: String, code: String, form: Mention.CountryForm, kind: EntityKind)] {
        var result: [(String, String, Mention.CountryForm, EntityKind)] = []
        for country in countries {
            let kind: EntityKind = country.isCountry ? .country : .location
            for name in country.names where byName[name].map({ countries[$0].alpha2 }) == country.alpha2 {
                result.append((name, country.alpha2, .name, kind))
            }
            for demonym in Self.demonyms(of: country) {
                result.append((demonym, country.alpha2, .demonym, .country))
            }
        }
        for (seat, code) in CountryFacts.governmentSeats { result.append((seat, code, .metonym, .organization)) }
        for (capital, code) in CountryFacts.capitals { result.append((capital, code, .metonym, .location)) }
        for (place, code) in CountryFacts.places { result.append((place, code, .place, .location)) }
        return result.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// "Korea, Republic of" → "Republic of Korea"; "Holy See (Vatican City State)" → "Holy See".
    static func readable(_ isoName: String) -> String {
        var name = isoName
        if let paren = name.firstIndex(of: "(") {
            name = String(name[..<paren]).trimmingCharacters(in: .whitespaces)
        }
        let parts = name.components(separatedBy: ", ")
        if parts.count == 2, parts[1].hasSuffix(" of") || parts[1].hasSuffix(" of the") || parts[1] == "The Democratic Republic of the" {
            name = parts[1] + " " + parts[0]
        }
        return name
    }

    static func withoutLeadingThe(_ name: String) -> String {
        name.hasPrefix("the ") || name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
    }

    static func titleCased(_ upper: String) -> String {
        upper.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let lower = word.lowercased()
            if ["of", "and", "the"].contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }
}
