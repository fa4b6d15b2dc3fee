extension CoMentionGraph {
    /// Writes the graph to `path` in the format its extension names, else in `format`.
    ///
    /// `"-"` writes to standard output (a format must then be given); CSV's two tables go to
    /// `out.nodes.csv` and `out.edges.csv` for `-o out.csv`, and to standard output one after
    /// the other, separated by an empty line. Every file is replaced atomically (`OutputFile`).
    /// Throws `OutputError` (no format, or the file cannot be written) or `ExportError`.
    public func write(to path: String, format: ExportFormat? = nil, csvDialect: CSVDialect = .gephi,
                      csvFormulas: CSVFormulas = .neutralized, jsonEdges: NodeLinkJSONExporter.EdgesKey = .links,
                      html: HTMLViewOptions = HTMLViewOptions(), dotLabels: Int? = nil, threads: Int = 1) throws {
        guard let format = ExportFormat(path: path) ?? format else {
            let known = ExportFormat.allCases.flatMap(\.fileExtensions).map { "." + $0 }
            throw OutputError(
                path: path,
                message: "cannot tell the format from the name; use \(known.joined(separator: " ")) or give a format")
        }
        let files = try format.exporter(csvDialect: csvDialect, csvFormulas: csvFormulas, jsonEdges: jsonEdges,
                                    html: html, dotLabels: dotLabels, threads: threads).files(for: self)
        if path == OutputFile.standardOutput {
            let separator: [UInt8] = files.count > 1 ? Array("\n".utf8) : []
            try OutputFile.write(Array(files.map(\.bytes).joined(separator: separator)), to: path)
            return
        }
        for file in files {
            try OutputFile.write(file.bytes, to: OutputFile.path(for: path, part: file.part, format: format))
        }
    }
}
