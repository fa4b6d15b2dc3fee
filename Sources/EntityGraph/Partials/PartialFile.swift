import Foundation

/// Reads and writes partial graphs (`PartialGraph`) as `.egp` files, format version 5 (1 before the
/// tallies counted the pronouns after names, session 5; 2 before they counted the "'s" after
/// organization names, session 6; 3 before entities were flat arrays and lowercase words base64,
/// session 8; 4 before they counted quoted organization names, session 19).
///
/// An `.egp` file is UTF-8 JSON Lines:
///
/// ```
/// {"format":"entgraph-partial","version":5,"documents":N,"settings":{…}}
/// {"key":{"record":0,"source":"corpus/a.txt"},"tally":{…}}
/// …                                     one line per document, sorted by key
/// ```
///
/// The first line's first bytes, `{"format":"entgraph-partial","version":`, are the magic; a
/// file with another version is refused, naming both versions. `settings` are the
/// `PartialSettings`; each `tally` is a `DocumentCoMentions` as its `Codable` conformance writes
/// it (entities with their aliases and counts, pair counts per window, postings, acronyms,
/// lowercase-word hashes, sentence ranges and dates when kept). Members are written in sorted
/// order and infinite numbers as the strings "inf" and "-inf", so the same documents give the
/// same bytes. Files are written through a temporary file and a rename (`OutputFile`).
public enum PartialFile {
    /// The version this build reads and writes; bump it whenever a tally's fields change.
    public static let version = 5
    /// The first bytes of every partial file, before the version number.
    static let magic = Array(#"{"format":"entgraph-partial","version":"#.utf8)

    struct Header: Codable {
        var format: String
        var version: Int
        var documents: Int
        var settings: PartialSettings
    }

    struct Line: Codable {
        var key: PartialGraph.OrderKey
        var tally: DocumentCoMentions
    }

    /// The JSON coding of settings and tallies, shared with `CorpusStore` (which keeps the same
    /// records): sorted keys, and non-finite numbers as "inf"/"-inf"/"nan" strings.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }

    /// The bytes of `partial`'s file.
    ///
    /// - Complexity: O(size of the tallies).
    public static func encode(_ partial: PartialGraph) throws -> [UInt8] {
        let encoder = encoder()
        var bytes = try encodeHeader(documents: partial.records.count, settings: partial.settings, encoder: encoder)
        for record in partial.records {
            bytes += try encodeLine(record, encoder: encoder)
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    /// Writes `partial` to `path` ("-" for standard output), replacing it atomically.
    public static func write(_ partial: PartialGraph, to path: String) throws {
        try OutputFile.write(encode(partial), to: path)
    }

    /// The partial in `bytes`, read from `path` (for messages); the document lines are decoded
    /// on `threads` threads, and the first bad one (by line) is the one reported.
    ///
    /// - Complexity: O(size of the file) to split and decode, O(n log n) to check the order.
    public static func decode(_ bytes: [UInt8], path: String, threads: Int = 1) throws(PartialFileError) -> PartialGraph {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        let header = try Self.header(lines.first ?? [], path: path)
        guard header.documents == lines.count - 1 else { throw truncated(path: path, header: header, lines: lines.count) }
        let records = try Self.records(Array(lines.dropFirst()), firstLine: 2, header: header, path: path, threads: threads)
        do { return try PartialGraph(settings: header.settings, records: records) } catch {
            throw PartialFileError(path: path, line: nil, problem: error.description)
        }
    }

    /// The header of a partial file: its first line, checked for the magic and the version.
    static func header(_ line: some Collection<UInt8>, path: String) throws(PartialFileError) -> Header {
        guard line.starts(with: magic) else {
            throw PartialFileError(path: path, line: 1, problem: "not an entgraph partial (it does not start with \(String(decoding: magic, as: UTF8.self)))")
        }
        let found = line.dropFirst(magic.count).prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        guard Int(String(decoding: found, as: UTF8.self)) == version else {
            throw PartialFileError(path: path, line: 1, problem: "partial format version \(String(decoding: found, as: UTF8.self)); this entgraph reads version \(version) only (make the partial again with this entgraph)")
        }
        do { return try decoder().decode(Header.self, from: Data(line)) } catch {
            throw PartialFileError(path: path, line: 1, problem: "bad header: \(Self.reason(error))")
        }
    }

    /// The error for a file of `lines` lines (the header's among them) that is not as long as
    /// its header says.
    static func truncated(path: String, header: Header, lines: Int) -> PartialFileError {
        PartialFileError(path: path, line: lines, problem: "truncated: the header announces \(header.documents) document(s), the file has \(lines - 1)")
    }

    /// Document lines decoded on `threads` threads, the first of them line `firstLine` of the
    /// file; the first bad one (by line) is the one reported.
    static func records(_ lines: [some Collection<UInt8> & Sendable], firstLine: Int, header: Header, path: String,
                        threads: Int) throws(PartialFileError) -> [PartialGraph.Record] {
        let decodedLines = ParallelMap.map(lines, threads: threads, chunk: Self.chunk(lines.count, threads: threads)) { line in
            Result { try Self.decoder().decode(Line.self, from: Data(line)) }
        }
        var records: [PartialGraph.Record] = []
        records.reserveCapacity(lines.count)
        for (offset, result) in decodedLines.enumerated() {
            let number = firstLine + offset
            do {
                let decoded = try result.get()
                guard decoded.tally.window == header.settings.window else {
                    throw PartialFileError(path: path, line: number, problem: "tallied for the \(decoded.tally.window.rawValue) window, the header says \(header.settings.window.rawValue)")
                }
                records.append(PartialGraph.Record(key: decoded.key, tally: decoded.tally))
            } catch let error as PartialFileError {
                throw error
            } catch {
                throw PartialFileError(path: path, line: number, problem: "bad document record: \(Self.reason(error))")
            }
        }
        return records
    }

    /// The bytes of one document line of `record`, without its "\n".
    static func encodeLine(_ record: PartialGraph.Record, encoder: JSONEncoder) throws -> Data {
        try encoder.encode(Line(key: record.key, tally: record.tally))
    }

    /// The header line of a partial of `documents` documents, with its "\n".
    static func encodeHeader(documents: Int, settings: PartialSettings, encoder: JSONEncoder) throws -> [UInt8] {
        var bytes = magic
        bytes += Array("\(version),\"documents\":\(documents),\"settings\":".utf8)
        bytes += try encoder.encode(settings)
        bytes += Array("}\n".utf8)
        return bytes
    }

    /// Records handed to a decoding thread at a time: 64, fewer for small inputs so that every
    /// thread gets some.
    static func chunk(_ count: Int, threads: Int) -> Int { max(1, min(64, count / max(1, 4 * threads))) }

    /// Reads the partial at `path`, decoding on `threads` threads.
    public static func read(_ path: String, threads: Int = 1) throws(PartialFileError) -> PartialGraph {
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path: path) } catch {
            throw PartialFileError(path: path, line: nil, problem: error.problem)
        }
        return try decode(bytes, path: path, threads: threads)
    }

    /// A decoding error in a few words.
    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        case DecodingError.keyNotFound(let key, _): return "no \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: return "\(error)"
        }
    }
}

/// A partial file that cannot be read: which file, which line, what is wrong.
public struct PartialFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var problem: String

    public var description: String {
        "\(FileSystemPath.displayed(path))\(line.map { ": line \($0)" } ?? ""): \(problem)"
    }
}
