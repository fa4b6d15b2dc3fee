import ArgumentParser
import EntityGraph
import Foundation

/// `entgraph partial PATH... -o PART.egp`: what a set of documents contributes to the graph.
struct PartialCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partial",
        abstract: "Write what a set of documents contributes to the graph, for 'entgraph merge'.",
        discussion: """
        A partial graph (.egp, format version \(PartialFile.version)) holds each document's tally: \
        its entities with their names and counts, pair counts per window and where the entities \
        occur. Nothing is resolved across documents until 'entgraph merge', so partials of any \
        split of a corpus merge into the graph 'entgraph build' makes of the whole, byte for byte, \
        when build reads the documents in the canonical order: by path (UTF-8 bytes), then by \
        record within a file, the order build reads one folder in.

        "-" reads JSON Lines documents from standard input (one object per line, as in a .jsonl \
        file), ordered as the records of a file named --source; with --stdin-paths, standard \
        input is a list of paths instead, one per line.

        Examples:
          entgraph partial corpus/part1/ -o part1.egp
          find corpus -name '*.txt' | entgraph partial - --stdin-paths -o all.egp
          cat news.jsonl | entgraph partial - --source news.jsonl -o news.egp
          entgraph merge part1.egp part2.egp -o graph.graphml
        """
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Window within which two entities count as co-mentioned: sentence, paragraph or document.")
    var window: CoMentionWindow = .sentence

    @OptionGroup var dates: DateOptions

    @Option(help: "Keep dates for counting per period: day, week, month or year (undated documents are left out). Merge with the same option.")
    var slice: TimeSlice?

    @Option(name: .customLong("evidence"), help: ArgumentHelp("Keep the sentence ranges for the first K supporting sentences of each edge.", valueName: "K"))
    var evidence: Int = 0

    @Flag(help: "Count the verbs joining entities in their shared sentences (attribute 'relations').")
    var relations = false

    @Flag(name: .customLong("stdin-paths"), help: "Standard input (\"-\") is a list of paths, one per line, not a document.")
    var stdinPaths = false

    @Option(help: ArgumentHelp("The name of the file the JSON Lines on standard input come from: their ids (\"NAME:LINE\" without an id member) and their place in the merged order (default: stdin).", valueName: "name"))
    var source: String = Input.standardInputID

    @Option(name: .shortAndLong, help: "The partial graph to write (.egp); \"-\" is standard output.")
    var output: String

    @Flag(name: .shortAndLong, help: "Print no summary line on standard error.")
    var quiet = false

    func validate() throws {
        if evidence < 0 { throw ValidationError("--evidence must be 0 or more") }
        if stdinPaths && !corpus.paths.contains("-") { throw ValidationError("--stdin-paths needs \"-\" among the paths") }
        if source.isEmpty { throw ValidationError("--source must not be empty") }
    }

    func run() throws {
        let started = ContinuousClock.now
        do { try OutputFile.checkDestination(output) } catch { throw CommandFailure(message: "\(error); nothing read") }
        var report = ProblemReport()
        var inputs = corpus.collectInputs(&report)
        if stdinPaths {
            let listed = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                .split(separator: "\n", omittingEmptySubsequences: true).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            let collection = InputCollector().collect(listed.filter { $0 != "-" })
            collection.errors.forEach { report.add($0) }
            inputs = inputs.flatMap { $0 == .standardInput ? collection.inputs : [$0] }
        }
        try refuseOverwritingInputs([output], inputs)
        var pipeline = try corpus.makePipeline()
        pipeline.loader.standardInputFormat = .jsonLines
        pipeline.loader.standardInputID = source
        pipeline.options.window = window
        pipeline.options.slice = slice
        pipeline.options.evidence = evidence
        pipeline.options.relations = relations
        pipeline.dates = dates.filter(sliced: slice != nil)
        let reading = corpus.readingSettings(dates)
        var progress = ProgressLine(total: inputs.count)
        let made = try CommandFailure.reporting {
            try pipeline.partial(inputs, source: { $0 == .standardInput ? source : $0.id }, reading: reading,
                                 problem: { report.add($0) }, progress: { progress.update($0) })
        }
        progress.finish()
        report.inputsRead += made.inputsRead
        try report.check(strict: corpus.strict)
        try CommandFailure.reporting { try PartialFile.write(made.partial, to: output) }
        if !quiet {
            let seconds = Double((ContinuousClock.now - started).components.attoseconds) / 1e18 + Double((ContinuousClock.now - started).components.seconds)
            StandardError.write("entgraph: \(made.partial.records.count) document(s) read, \(report.count) skipped; partial written; \(String(format: "%.2f", seconds)) s\n")
        }
        throw report.exitCode
    }
}
