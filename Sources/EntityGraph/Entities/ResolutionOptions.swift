import Foundation

/// What the user tells entity resolution: a thesaurus of aliases, names never to become nodes,
/// pairs of names never to merge (`--thesaurus`, `--delete`, `--no-merge`), and how sure the
/// tagger must have been of a name somewhere in the corpus for it to become a node
/// (`--min-confidence`).
public struct ResolutionOptions: Sendable {
    public var thesaurus = Thesaurus()
    public var deleted = DeleteList()
    public var noMerge = NoMergeList()
    /// A name becomes a node only if the tagger's margin (`Mention.confidence`) reached this in
    /// one of its mentions at least; 0 keeps every name. Names found by rules and gazetteers,
    /// and names the text describes ("oil giant Rosneft": `MentionRefiner.described`), are sure.
    /// The default, 25: on the development sets, person and organization spans under 15 are
    /// right 40–55 % of the time on CoNLL-2003 (eng.testa) and 29–49 % on GMB, 71–81 % and
    /// 50–58 % from 15 to 30, against 94–99 % and 72–88 % above 40 (`entgraph tag
    /// --confidence`, `scripts/margin_calibration.py`); a node's mentions are fewer than a
    /// test set's, and of the nodes of three held-out corpora whose surest mention is between
    /// 15 and 25, about 4 in 10 are right (README, "Names the tagger was never sure of"). Margins are in the built-in
    /// model's score units.
    public var minConfidence: Float = Self.defaultMinConfidence
    public static let defaultMinConfidence: Float = 25
    /// A person named in full with a known given name ("Jeb Bush") needs this share of
    /// `minConfidence` (15 by default): of such names whose surest margin is 15 to 25 on the
    /// held-out corpora, about 6 in 10 are right, against 4 in 10 of all names there.
    public static let givenNameShare: Float = 0.6
    /// An organization the corpus names in `rareDocuments` documents or fewer, in a corpus of
    /// `rareCorpusDocuments` or more, needs this multiple of `minConfidence` (45 by default):
    /// organizations are the least sure type, and the rare ones are the titles, events,
    /// products and cut spans the tagger takes for organizations. Of the organizations in one
    /// or two documents of the eight hand-judged samples (session 18), those whose surest margin
    /// is 25 to 45 were right 22 times in 58, against 72 % of all sampled organizations. In a
    /// small corpus every name is rare ("the Kremlin" of a single article), so the bar stays.
    public static let rareOrganizationFactor: Float = 1.8
    public static let rareDocuments = 2
    public static let rareCorpusDocuments = 100

    public init() {}
}

/// A problem in a user's resolution file, naming the file and, where it applies, the line.
public enum ResolutionFileError: Error, CustomStringConvertible, Equatable {
    case unreadable(path: String, reason: String)
    case malformed(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): \(reason)"
        case .malformed(let path, let line, let reason): return "\(path):\(line): \(reason)"
        }
    }
}

/// User aliases, from a TSV file of `alias ⇥ canonical name ⇥ type` lines: every mention of the
/// alias (case, diacritics and punctuation aside) becomes the canonical entity, and the alias is
/// looked for in the text like a gazetteer name.
public struct Thesaurus: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var alias: String
        public var canonical: String
        public var kind: EntityKind
        /// The key the alias resolves to: the canonical key, or the ISO alpha-2 code of a country.
        public var key: EntityKey
    }

    /// Entries by the key of their alias.
    public private(set) var entries: [String: Entry] = [:]

    public init() {}

    /// Reads a thesaurus; country names are checked against `countries`.
    public init(contentsOf path: String, countries: CountryTable) throws(ResolutionFileError) {
        try self.init(text: UserListFile.read(path), path: path, countries: countries)
    }

    public init(text: String, path: String, countries: CountryTable) throws(ResolutionFileError) {
        var lines: [String: Int] = [:]
        for (number, fields) in UserListFile.lines(text) {
            guard fields.count == 3 else {
                throw .malformed(path: path, line: number,
                                 reason: "expected 3 tab-separated fields (alias, canonical name, type), found \(fields.count)")
            }
            let kind = try UserListFile.kind(fields[2], path: path, line: number)
            let aliasKey = NameCanonicalizer.key(fields[0])
            guard !aliasKey.isEmpty, !NameCanonicalizer.key(fields[1]).isEmpty else {
                throw .malformed(path: path, line: number, reason: "alias and canonical name must have letters or digits")
            }
            var key = EntityKey(kind: kind, name: NameCanonicalizer.key(fields[1]))
            if kind == .country {
                guard let country = countries.country(named: fields[1]) ?? countries.country(alpha2: fields[1].uppercased()) else {
                    throw .malformed(path: path, line: number, reason: "'\(fields[1])' is not a country name or code of ISO 3166-1")
                }
                key.name = country.alpha2
            }
            let entry = Entry(alias: fields[0], canonical: fields[1], kind: kind, key: key)
            if let previous = entries[aliasKey], previous.key != key {
                throw .malformed(path: path, line: number,
                                 reason: "'\(fields[0])' already maps to '\(previous.canonical)' on line \(lines[aliasKey]!)")
            }
            entries[aliasKey] = entry
            lines[aliasKey] = number
        }
    }

    public func entry(for name: String) -> Entry? { entries.isEmpty ? nil : entries[NameCanonicalizer.key(name)] }

    /// The entries as `[alias, canonical name, type, key]` rows in alias-key order: what a
    /// partial graph or a store records of the thesaurus it was made with (`PartialSettings`).
    public var records: [[String]] {
        entries.sorted { $0.key < $1.key }.map { [$0.value.alias, $0.value.canonical, $0.value.kind.rawValue, $0.value.key.name] }
    }

    /// The thesaurus `records` describe; nil if a row is not one of them.
    public init?(records: [[String]]) {
        for row in records {
            guard row.count == 4, let kind = EntityKind(rawValue: row[2]) else { return nil }
            entries[NameCanonicalizer.key(row[0])] = Entry(alias: row[0], canonical: row[1], kind: kind, key: EntityKey(kind: kind, name: row[3]))
        }
    }

    /// Aliases and canonical names with their types, for a recognizer to look for.
    public var phrases: [(phrase: String, kind: EntityKind)] {
        var seen = Set<String>()
        var result: [(String, EntityKind)] = []
        for entry in entries.values.sorted(by: { ($0.alias, $0.canonical) < ($1.alias, $1.canonical) }) {
            for phrase in [entry.alias, entry.canonical] where seen.insert(phrase).inserted { result.append((phrase, entry.kind)) }
        }
        return result
    }
}

/// Names that never become nodes, one per line, optionally followed by ⇥ type to delete only
/// that type. A name matches a mention's text or the name of the entity it resolved to.
public struct DeleteList: Sendable, Equatable {
    /// Keys of deleted names, each with the kinds it applies to (empty: every kind).
    public private(set) var names: [String: Set<EntityKind>] = [:]

    public init() {}

    public init(contentsOf path: String) throws(ResolutionFileError) {
        try self.init(text: UserListFile.read(path), path: path)
    }

    public init(text: String, path: String) throws(ResolutionFileError) {
        for (number, fields) in UserListFile.lines(text) {
            guard fields.count <= 2 else {
                throw .malformed(path: path, line: number, reason: "expected a name, optionally a tab and a type; found \(fields.count) fields")
            }
            let key = NameCanonicalizer.key(fields[0])
            guard !key.isEmpty else { throw .malformed(path: path, line: number, reason: "the name has no letters or digits") }
            guard fields.count == 2 else {
                names[key] = []
                continue
            }
            let kind = try UserListFile.kind(fields[1], path: path, line: number)
            if names[key]?.isEmpty != true { names[key, default: []].insert(kind) }
        }
    }

    public var isEmpty: Bool { names.isEmpty }

    /// The names as `[key, type…]` rows (no type: every type) in key order, for
    /// `PartialSettings`.
    public var records: [[String]] {
        names.sorted { $0.key < $1.key }.map { [$0.key] + $0.value.sorted().map(\.rawValue) }
    }

    /// The list `records` describe; nil if a row is not one of them.
    public init?(records: [[String]]) {
        for row in records {
            guard let key = row.first, !key.isEmpty else { return nil }
            var kinds = Set<EntityKind>()
            for text in row.dropFirst() {
                guard let kind = EntityKind(rawValue: text) else { return nil }
                kinds.insert(kind)
            }
            names[key] = kinds
        }
    }

    /// Whether a name (already a key) of this kind is deleted.
    public func contains(key: String, kind: EntityKind) -> Bool {
        guard let kinds = names[key] else { return false }
        return kinds.isEmpty || kinds.contains(kind)
    }
}

/// Pairs of names that are never merged, one pair per line: `name ⇥ name`. It blocks every rule
/// but the user's own thesaurus, in a document and across the corpus.
public struct NoMergeList: Sendable, Equatable {
    private var pairs = Set<[String]>()

    public init() {}

    public init(contentsOf path: String) throws(ResolutionFileError) {
        try self.init(text: UserListFile.read(path), path: path)
    }

    public init(text: String, path: String) throws(ResolutionFileError) {
        for (number, fields) in UserListFile.lines(text) {
            guard fields.count == 2 else {
                throw .malformed(path: path, line: number, reason: "expected 2 tab-separated names, found \(fields.count) fields")
            }
            let a = NameCanonicalizer.key(fields[0]), b = NameCanonicalizer.key(fields[1])
            guard !a.isEmpty, !b.isEmpty else { throw .malformed(path: path, line: number, reason: "a name has no letters or digits") }
            guard a != b else { throw .malformed(path: path, line: number, reason: "'\(fields[0])' and '\(fields[1])' are the same name") }
            pairs.insert([min(a, b), max(a, b)])
        }
    }

    public var isEmpty: Bool { pairs.isEmpty }

    /// The pairs of keys, each in order, sorted, for `PartialSettings`.
    public var records: [[String]] { pairs.sorted { $0.lexicographicallyPrecedes($1) } }

    /// The list `records` describe; nil if a row is not a pair of two different keys.
    public init?(records: [[String]]) {
        for row in records {
            guard row.count == 2, row[0] != row[1] else { return nil }
            pairs.insert([min(row[0], row[1]), max(row[0], row[1])])
        }
    }

    /// Whether two names (keys) must stay apart.
    public func forbids(_ a: String, _ b: String) -> Bool {
        !pairs.isEmpty && pairs.contains([min(a, b), max(a, b)])
    }

    /// Whether any name of one set must stay apart from any name of the other.
    public func forbids(_ a: Set<String>, _ b: Set<String>) -> Bool {
        guard !pairs.isEmpty else { return false }
        for x in a { for y in b where forbids(x, y) { return true } }
        return false
    }
}

/// The user's lists are written into partial graphs and stores as their `records`, and read
/// back from them; a row that is not one is a corrupt file.
extension Thesaurus: Codable {
    public init(from decoder: any Decoder) throws {
        self = try UserListRecords.decode(from: decoder, Thesaurus.init(records:))
    }

    public func encode(to encoder: any Encoder) throws { try records.encode(to: encoder) }
}

extension DeleteList: Codable {
    public init(from decoder: any Decoder) throws {
        self = try UserListRecords.decode(from: decoder, DeleteList.init(records:))
    }

    public func encode(to encoder: any Encoder) throws { try records.encode(to: encoder) }
}

extension NoMergeList: Codable {
    public init(from decoder: any Decoder) throws {
        self = try UserListRecords.decode(from: decoder, NoMergeList.init(records:))
    }

    public func encode(to encoder: any Encoder) throws { try records.encode(to: encoder) }
}

enum UserListRecords {
    static func decode<List>(from decoder: any Decoder, _ make: ([[String]]) -> List?) throws -> List {
        let records = try [[String]](from: decoder)
        guard let list = make(records) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a list of \(List.self) rows"))
        }
        return list
    }
}

/// The shared line format of the user files: UTF-8 text, tab-separated fields, blank lines and
/// lines starting with # ignored, surrounding spaces trimmed.
enum UserListFile {
    static func read(_ path: String) throws(ResolutionFileError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .unreadable(path: path, reason: "not valid UTF-8") }
        return text
    }

    /// (1-based line number, fields) of each line that is not blank or a comment.
    static func lines(_ text: String) -> [(Int, [String])] {
        var result: [(Int, [String])] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            result.append((index + 1, fields))
        }
        return result
    }

    static func kind(_ text: String, path: String, line: Int) throws(ResolutionFileError) -> EntityKind {
        guard let kind = EntityKind(label: text) else {
            throw .malformed(path: path, line: line,
                             reason: "unknown type '\(text)'; use \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return kind
    }
}
