import Foundation
import GRDB

/// A corpus's per-document results in SQLite (through GRDB), so a build reads only the inputs
/// that are new or changed since the last run (`build --store FILE`).
///
/// Schema, version 7 (`PRAGMA application_id` = 0x45475354 "EGST", `PRAGMA user_version` = 7;
/// 6 kept no file stamps, 5 held tallies as JSON, 4 without quoted-name counts, 3 in an earlier,
/// slower JSON coding; 2 and 1 without possessive and pronoun counts):
///
/// ```sql
/// CREATE TABLE settings (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL);
/// CREATE TABLE inputs (source TEXT PRIMARY KEY, hash TEXT NOT NULL, size INTEGER NOT NULL,
///                      stamp TEXT NOT NULL, read_at INTEGER NOT NULL) WITHOUT ROWID;
/// CREATE TABLE documents (source TEXT NOT NULL REFERENCES inputs(source) ON DELETE CASCADE,
///                         record INTEGER NOT NULL, tally BLOB NOT NULL,
///                         PRIMARY KEY (source, record)) WITHOUT ROWID;
/// ```
///
/// `settings` holds the `PartialSettings` the tallies were made with (JSON); `inputs` each input
/// file read, by path as given, with the hash of its content (`ContentHash`), its size, its
/// `FileStamp` taken before it was read ("" where none could be had) and when it was read;
/// `documents` each document of those inputs with its tally (`DocumentCoMentions`) in the binary
/// coding of `TallyCoding` (a partial file holds the same fields as JSON). The database runs in WAL mode and every input's results are written in one
/// transaction, so a run killed at any point leaves a store that opens, holding whole inputs
/// only; the next run reads what is missing.
public final class CorpusStore: Sendable {
    /// The schema version this build reads and writes; bump it when the schema or a tally changes.
    public static let version = 7
    static let applicationID: Int32 = 0x4547_5354
    public let path: String
    private let pool: DatabasePool

    /// Opens the store at `path`, creating it when the file does not exist. Throws when the file
    /// is not a store of this version.
    public init(path: String) throws(StoreError) {
        self.path = path
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            // Another process holding the lock for a moment (a second run, the sqlite3 shell,
            // a test polling the store) makes this one wait, not fail with "database is locked".
            configuration.busyMode = .timeout(10)
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError(path: path, problem: Self.describe(error))
        }
        try check()
    }

    /// Creates the schema in a new store, or refuses a database that is not ours or another version.
    private func check() throws(StoreError) {
        do {
            try pool.write { db in
                let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                if application == 0 && version == 0 && tables == 0 {
                    try db.execute(sql: """
                        CREATE TABLE settings (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL);
                        CREATE TABLE inputs (source TEXT PRIMARY KEY, hash TEXT NOT NULL, size INTEGER NOT NULL,
                                             stamp TEXT NOT NULL, read_at INTEGER NOT NULL) WITHOUT ROWID;
                        CREATE TABLE documents (source TEXT NOT NULL REFERENCES inputs(source) ON DELETE CASCADE,
                                                record INTEGER NOT NULL, tally BLOB NOT NULL,
                                                PRIMARY KEY (source, record)) WITHOUT ROWID;
                        PRAGMA application_id = \(Self.applicationID);
                        PRAGMA user_version = \(Self.version);
                        """)
                    return
                }
                guard application == Self.applicationID else {
                    throw StoreError(path: path, problem: "not an entgraph store (an SQLite database with application id \(application) and \(tables) table(s)); not changed")
                }
                guard version == Self.version else {
                    throw StoreError(path: path, problem: "store version \(version); this entgraph reads version \(Self.version) only (delete the file to rebuild the store with this entgraph); not changed")
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, problem: Self.describe(error))
        }
    }

    /// Runs `body`, turning any error into a `StoreError` naming the store.
    private func guarded<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do { return try body() } catch let error as StoreError { throw error } catch {
            throw StoreError(path: path, problem: Self.describe(error))
        }
    }

    private static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error)" }
        return "\(error)"
    }

    /// The settings the stored tallies were made with; nil in a new store.
    public func settings() throws(StoreError) -> PartialSettings? {
        try guarded {
            try pool.read { db in
                try String.fetchOne(db, sql: "SELECT json FROM settings WHERE id = 1")
            }.map { try PartialFile.decoder().decode(PartialSettings.self, from: Data($0.utf8)) }
        }
    }

    /// Records the settings of a new store.
    public func setSettings(_ settings: PartialSettings) throws(StoreError) {
        try guarded {
            let json = String(decoding: try PartialFile.encoder().encode(settings), as: UTF8.self)
            try pool.write { db in try db.execute(sql: "INSERT OR REPLACE INTO settings (id, json) VALUES (1, ?)", arguments: [json]) }
        }
    }

    /// What the store knows of a stored input: its content hash (`ContentHash.hex`), its
    /// `FileStamp.text` and when it was read for that hash (nanoseconds since the epoch).
    public struct StoredInput: Sendable, Equatable {
        public var hash: String
        public var stamp: String
        public var readAt: Int64
    }

    /// Each stored input, by source.
    public func inputs() throws(StoreError) -> [String: StoredInput] {
        try guarded {
            try pool.read { db in
                Dictionary(try Row.fetchAll(db, sql: "SELECT source, hash, stamp, read_at FROM inputs").map {
                    ($0["source"] as String, StoredInput(hash: $0["hash"], stamp: $0["stamp"], readAt: $0["read_at"]))
                }, uniquingKeysWith: { a, _ in a })
            }
        }
    }

    /// Replaces what the store holds of `source` with `tallies`, in one transaction.
    ///
    /// - Complexity: O(size of the tallies) plus O(log n) per row for the B-tree inserts.
    public func replace(source: String, hash: ContentHash, stamp: String, readAt: Int64, tallies: [DocumentCoMentions]) throws(StoreError) {
        try guarded {
            let encoded = tallies.map { Data(TallyCoding.encode($0)) }
            try pool.write { db in
                try db.execute(sql: "DELETE FROM inputs WHERE source = ?", arguments: [source])
                try db.execute(sql: "INSERT INTO inputs (source, hash, size, stamp, read_at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [source, hash.hex, hash.size, stamp, readAt])
                for (record, tally) in encoded.enumerated() {
                    try db.execute(sql: "INSERT INTO documents (source, record, tally) VALUES (?, ?, ?)", arguments: [source, record, tally])
                }
            }
        }
    }

    /// Records new stamps of stored inputs whose content was read and found unchanged, in one
    /// transaction.
    public func restamp(_ stamps: [(source: String, stamp: String, readAt: Int64)]) throws(StoreError) {
        guard !stamps.isEmpty else { return }
        try guarded {
            try pool.write { db in
                for entry in stamps {
                    try db.execute(sql: "UPDATE inputs SET stamp = ?, read_at = ? WHERE source = ?", arguments: [entry.stamp, entry.readAt, entry.source])
                }
            }
        }
    }

    /// Forgets `sources` and their documents, in one transaction.
    public func remove(_ sources: [String]) throws(StoreError) {
        guard !sources.isEmpty else { return }
        try guarded {
            try pool.write { db in
                for source in sources { try db.execute(sql: "DELETE FROM inputs WHERE source = ?", arguments: [source]) }
            }
        }
    }

    /// The graph of every stored document: the tallies are read in the canonical order
    /// (`PartialGraph.OrderKey`: SQLite orders the sources' text by its bytes), a batch at a
    /// time decoded on `threads` threads and folded, then the corpus is resolved and the graph
    /// assembled, as `PartialGraph.build` does for the same documents. Memory holds the graph
    /// being counted and one batch of tallies, not the store's.
    ///
    /// - Complexity: O(size of the store) to read and decode, plus the fold, resolution and
    ///   assembly of `PartialGraph.build`.
    public func build(options: GraphOptions, countries: CountryTable, threads: Int = 1) throws(StoreError) -> BuiltGraph {
        try build(options: options, countries: countries, threads: threads, batch: 1024)
    }

    /// `build`, decoding and folding `batch` tallies at a time (tests use small batches).
    func build(options: GraphOptions, countries: CountryTable, threads: Int, batch size: Int) throws(StoreError) -> BuiltGraph {
        guard let settings = try settings() else { throw StoreError(path: path, problem: "holds no settings yet (no build finished with it)") }
        if let difference = settings.difference(from: PartialSettings(options)) {
            throw StoreError.otherOptions(path: path, difference)
        }
        var counter = CoMentionCounter(options: options)
        var sources = 0, documents = 0
        try guarded {
            try pool.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT source, record, tally FROM documents ORDER BY source, record")
                var batch: [(source: String, record: Int, tally: [UInt8])] = []
                var lastSource: String?
                func fold() throws {
                    let decoded = ParallelMap.map(batch.map(\.tally), threads: threads, chunk: PartialFile.chunk(batch.count, threads: threads)) { bytes in
                        Result { () throws(TallyCodingError) in try TallyCoding.decode(bytes) }
                    }
                    for (row, tally) in zip(batch, decoded) {
                        do {
                            counter.add(try tally.get())
                        } catch {
                            throw StoreError(path: path, problem: "\(PartialGraph.OrderKey(source: row.source, record: row.record)): stored tally does not decode (\(error)); delete the store to rebuild it")
                        }
                        if row.source != lastSource { sources += 1 }
                        lastSource = row.source
                        documents += 1
                    }
                    batch.removeAll(keepingCapacity: true)
                }
                while let row = try rows.next() {
                    batch.append((row["source"], row["record"], [UInt8](row["tally"] as Data)))
                    if batch.count == size { try fold() }
                }
                try fold()
            }
        }
        var built = BuiltGraph(resolving: counter, countries: countries, threads: threads)
        built.inputsRead = sources
        built.documentsRead = documents
        return built
    }
}

/// A store that cannot be opened, read or written: which file, what is wrong.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(FileSystemPath.displayed(path)): \(problem)" }

    /// A store whose tallies were made with other options than the run's (`difference`, as
    /// `PartialSettings.difference` says it).
    static func otherOptions(path: String, _ difference: String) -> StoreError {
        StoreError(path: path, problem: "was made with other options (\(difference)); use the same options or another store")
    }
}

/// What tells a changed input from an unchanged one: its size and the 64-bit FNV-1a hash of its
/// bytes (Fowler, Noll, Vo; http://www.isthe.com/chongo/tech/comp/fnv/). Not cryptographic: it
/// detects edits, not an adversary crafting a collision.
///
/// - Complexity: O(n) for n bytes.
public struct ContentHash: Sendable, Equatable {
    public var size: Int
    public var value: UInt64

    public init(_ bytes: [UInt8]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        size = bytes.count
        value = hash
    }

    /// "fnv1a64:<16 hex digits>:<size>", as stored.
    public var hex: String {
        let digits = String(value, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - digits.count) + digits + ":\(size)"
    }
}
