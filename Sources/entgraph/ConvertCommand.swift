import ArgumentParser
import EntityGraph

extension ExportFormat: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}

/// `entgraph convert IN OUT`: reads a GraphML graph and writes it in another format.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a GraphML graph to GraphML, DOT, GEXF, JSON, CSV or an HTML view.",
        discussion: """
            IN is a GraphML file written by entgraph, NetworkX, igraph, Gephi or yEd ("-" reads \
            standard input). The output format comes from OUT's extension (\(ExportFormat.extensionList)) \
            or from --format. CSV writes two tables: OUT.nodes.csv and OUT.edges.csv. Files are \
            replaced atomically; "-" writes to standard output.

            Examples:
              entgraph convert graph.graphml graph.dot
              entgraph convert graph.graphml graph.gexf
              entgraph convert graph.graphml graph.html   # a self-contained view
              entgraph convert networkx.graphml out.csv   # out.nodes.csv and out.edges.csv
              entgraph convert graph.graphml out.csv --csv-dialect neo4j
              entgraph convert graph.graphml - --format dot | neato -Tsvg > graph.svg
            """
    )

    @Argument(help: "The GraphML file to read (\"-\" for standard input).")
    var input: String

    @Argument(help: "The file to write (\"-\" for standard output).")
    var output: String

    @Option(help: "The output format, when OUT's extension does not say it.")
    var format: ExportFormat?

    @Option(help: "Column headers of CSV output: gephi or neo4j.")
    var csvDialect: CSVDialect = .gephi

    @OptionGroup var csv: CSVFormulaOptions

    @OptionGroup var json: JSONEdgesOption

    @OptionGroup var html: HTMLViewOptionGroup

    @OptionGroup var dotPicture: DOTPictureOption

    func validate() throws {
        if format == nil && ExportFormat(path: output) == nil {
            throw ValidationError(
                "cannot tell the output format from \"\(output)\": use an extension (\(ExportFormat.extensionList)) or --format")
        }
    }

    func run() throws {
        let files = (ExportFormat(path: output) ?? format).map { $0.filePaths(for: output) } ?? [output]
        try refuseOverwritingInputs(files, input == OutputFile.standardOutput ? [.standardInput] : [.file(input)])
        do {
            let graph = try CoMentionGraph(graphMLFile: input)
            try graph.write(to: output, format: format, csvDialect: csvDialect, csvFormulas: csv.formulas, jsonEdges: json.key, html: html.options, dotLabels: dotPicture.labelled)
        } catch {
            throw CommandFailure(message: "\(error)")
        }
    }
}

extension ExportFormat {
    /// ".graphml .dot .gv …" for help texts.
    static var extensionList: String {
        allCases.flatMap(\.fileExtensions).map { "." + $0 }.joined(separator: " ")
    }
}
