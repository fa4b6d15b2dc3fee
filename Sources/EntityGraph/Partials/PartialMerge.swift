import Foundation

/// Merges partial files (`.egp`) as a stream: each file is read a batch of lines at a time,
/// and the documents of all of them are folded in the canonical key order by a k-way merge
/// of the files (each is sorted by key). Memory holds the graph being counted and a batch of
/// each file's documents, not the files' documents, so a merge of many large partials needs
/// little more than the graph they make. The graph is the one `PartialGraph.build` gives for
/// the in-memory merge of the same files, byte for byte.
///
/// A merged partial asked for (`keepPartial`) is built in memory as the bytes of its file: as
/// large as the file, a few times smaller than its decoded documents.
///
/// - Complexity: O(N log k) comparisons for N documents in k files, plus the decoding (on
///   `threads` threads) and the fold, resolution and assembly of `PartialGraph.build`.
public enum PartialMerge {
    public struct Result: Sendable {
        public var settings: PartialSettings
        /// Documents merged.
        public var documents: Int
        /// The graph, when one was asked for.
        public var built: BuiltGraph?
        /// The merged partial file's bytes, when asked for.
        public var partial: [UInt8]?
    }

    /// Merges the partials at `paths`. `graph`, when given, adjusts the graph options the
    /// partials' settings give (`minWeight`, `normalized`, `fractional`) and asks for the
    /// graph; `keepPartial` asks for the merged partial's bytes.
    ///
    /// Throws `PartialFileError` for a file that cannot be read, is not a partial, is cut short
    /// or has its documents out of order, and `PartialGraphError` when the files' settings
    /// differ or a document is in two of them (or twice in one).
    public static func merge(_ paths: [String], threads: Int = 1, graph: ((inout GraphOptions) -> Void)? = nil,
                             countries: CountryTable, keepPartial: Bool = false) throws -> Result {
        // Each file's batch: enough lines to keep the threads busy, fewer when there are many files.
        try merge(paths, threads: threads, graph: graph, countries: countries, keepPartial: keepPartial,
                  batch: max(16, min(1024, 8192 / max(1, paths.count))))
    }

    /// `merge` with `batch` lines decoded at a time from each file (tests use small batches).
    static func merge(_ paths: [String], threads: Int, graph: ((inout GraphOptions) -> Void)?, countries: CountryTable,
                      keepPartial: Bool, batch: Int) throws -> Result {
        guard !paths.isEmpty else { throw PartialGraphError.nothingToMerge }
        let cursors = try paths.map { path throws(PartialFileError) in try Cursor(path: path) }
        let settings = cursors[0].header.settings
        for cursor in cursors.dropFirst() {
            if let difference = settings.difference(from: cursor.header.settings) {
                throw PartialGraphError.settingsDiffer("\(paths[0]) and \(cursor.reader.path): \(difference)")
            }
        }
        var counter: CoMentionCounter?
        if let graph {
            var options = settings.graphOptions
            graph(&options)
            counter = CoMentionCounter(options: options)
        }
        let encoder = PartialFile.encoder()
        var partial = try keepPartial
            ? PartialFile.encodeHeader(documents: cursors.reduce(0) { $0 + $1.header.documents }, settings: settings, encoder: encoder) : nil
        var heap = KeyHeap()
        for (index, cursor) in cursors.enumerated() {
            try cursor.refill(batch: batch, threads: threads)
            if let key = cursor.head?.key { heap.push(key, index) }
        }
        var documents = 0, sources = 0
        var previous: (key: PartialGraph.OrderKey, file: Int)?
        while let (key, file) = heap.pop() {
            if let previous, previous.key == key {
                throw PartialGraphError.duplicateDocument(key, in: [paths[previous.file], paths[file]])
            }
            let record = cursors[file].head!
            counter?.add(record.tally)
            if partial != nil {
                partial! += try PartialFile.encodeLine(record, encoder: encoder)
                partial!.append(UInt8(ascii: "\n"))
            }
            if previous?.key.source != key.source { sources += 1 }
            documents += 1
            previous = (key, file)
            try cursors[file].advance(batch: batch, threads: threads)
            if let next = cursors[file].head?.key { heap.push(next, file) }
        }
        var built: BuiltGraph?
        if let counter {
            built = BuiltGraph(resolving: counter, countries: countries, threads: threads)
            built!.inputsRead = sources
            built!.documentsRead = documents
        }
        return Result(settings: settings, documents: documents, built: built, partial: partial)
    }

    /// One partial file being merged: its header, and the decoded batch its next document is in.
    private final class Cursor {
        let reader: PartialLineReader
        let header: PartialFile.Header
        private var batch: [PartialGraph.Record] = []
        private var next = 0
        /// The file line of `batch[0]`.
        private var batchLine = 2
        private var documentsRead = 0
        private var lastKey: PartialGraph.OrderKey?

        init(path: String) throws(PartialFileError) {
            reader = try PartialLineReader(path: path)
            header = try PartialFile.header(try reader.nextLine() ?? [], path: path)
        }

        /// The next document of the file, nil past the last.
        var head: PartialGraph.Record? { next < batch.count ? batch[next] : nil }

        func advance(batch size: Int, threads: Int) throws(PartialFileError) {
            next += 1
            if next == batch.count { try refill(batch: size, threads: threads) }
        }

        /// Reads and decodes the next `size` lines; at the end of the file, checks that it held
        /// as many documents as its header says.
        func refill(batch size: Int, threads: Int) throws(PartialFileError) {
            var lines: [[UInt8]] = []
            lines.reserveCapacity(size)
            while lines.count < size, let line = try reader.nextLine() { lines.append(line) }
            batchLine = reader.lineNumber - lines.count + 1
            documentsRead += lines.count
            if documentsRead > header.documents || lines.isEmpty && documentsRead < header.documents {
                throw PartialFile.truncated(path: reader.path, header: header, lines: documentsRead + 1)
            }
            batch = try PartialFile.records(lines, firstLine: batchLine, header: header, path: reader.path, threads: threads)
            next = 0
            for (offset, record) in batch.enumerated() {
                if let lastKey, !(lastKey < record.key) {
                    throw PartialFileError(path: reader.path, line: batchLine + offset,
                                           problem: lastKey == record.key ? "\(record.key) is in the file twice"
                                               : "documents out of order (\(record.key) after \(lastKey)); a partial's documents are sorted by key")
                }
                lastKey = record.key
            }
        }
    }

    /// A binary min-heap of (key, file): the file whose next document comes first.
    private struct KeyHeap {
        private var items: [(key: PartialGraph.OrderKey, file: Int)] = []

        private func less(_ a: Int, _ b: Int) -> Bool {
            items[a].key < items[b].key || items[a].key == items[b].key && items[a].file < items[b].file
        }

        mutating func push(_ key: PartialGraph.OrderKey, _ file: Int) {
            items.append((key, file))
            var child = items.count - 1
            while child > 0, less(child, (child - 1) / 2) {
                items.swapAt(child, (child - 1) / 2)
                child = (child - 1) / 2
            }
        }

        mutating func pop() -> (PartialGraph.OrderKey, Int)? {
            guard !items.isEmpty else { return nil }
            items.swapAt(0, items.count - 1)
            let top = items.removeLast()
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < items.count, less(left, smallest) { smallest = left }
                if right < items.count, less(right, smallest) { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
            return (top.key, top.file)
        }
    }
}
