import ArgumentParser
import EntityGraph
import Foundation

/// The options every command that reads a corpus shares.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders (recursed) to read; \"-\" reads standard input.")
    var paths: [String]

    @Option(help: "Window within which two entities count as co-mentioned: sentence, paragraph or document.")
    var window: CoMentionWindow = .sentence

    @Option(help: "Entity types that become nodes, comma-separated: person,country,organization (also location, misc).",
            transform: CorpusOptions.parseTypes)
    var types: Set<EntityKind> = Set(EntityKind.graphDefault)

    @Option(name: .customLong("min-weight"), help: "Leave out edges lighter than this.")
    var minWeight: Double = 1

    @Flag(help: "Count demonyms (\"Russian\", \"Ukrainians\") as mentions of their country.")
    var demonyms = false

    @Option(help: "Government seats and capitals used for governments (\"the Kremlin\", \"Moscow said\"): keep them separate, or merge them into their country.")
    var metonymy: Metonymy = .separate

    @Option(help: "How names are found: tagger (trained model) or rules (gazetteer and capitalization).")
    var recognizer: RecognizerKind = .tagger

    @Option(help: "Documents processed in parallel (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Treat a skipped input as a failure (exit status 3, nothing written).")
    var strict = false

    enum Metonymy: String, ExpressibleByArgument, CaseIterable {
        case separate, merge
    }

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard minWeight >= 0 else { throw ValidationError("--min-weight must not be negative") }
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder (or - for standard input)") }
    }

    var graphOptions: GraphOptions {
        var options = GraphOptions()
        options.window = window
        options.types = types
        options.minWeight = minWeight
        options.demonyms = demonyms
        options.mergeMetonyms = metonymy == .merge
        return options
    }

    static func parseTypes(_ text: String) throws -> Set<EntityKind> {
        var types = Set<EntityKind>()
        for name in text.split(separator: ",") {
            let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard let kind = EntityKind(rawValue: trimmed) else {
                throw ValidationError("unknown type '\(trimmed)'; use \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            types.insert(kind)
        }
        return types
    }

    func makePipeline() throws -> Pipeline {
        let countries: CountryTable
        let recognizer: any MentionRecognizer
        do {
            countries = try CountryTable.shared()
            recognizer = try self.recognizer.make(countries: countries)
        } catch { throw CommandFailure(message: "\(error)") }
        return Pipeline(options: graphOptions, threads: threads, recognizer: recognizer, countries: countries)
    }

    /// The inputs the paths name; problems expanding them are reported and counted.
    func collectInputs(_ report: inout ProblemReport) -> [Input] {
        let collection = InputCollector().collect(paths)
        collection.errors.forEach { report.add($0) }
        return collection.inputs
    }

    /// Reads the corpus into a graph builder, reporting skipped inputs and progress on stderr.
    func buildGraph() throws -> (builder: GraphBuilder, report: ProblemReport) {
        var report = ProblemReport()
        let inputs = collectInputs(&report)
        let pipeline = try makePipeline()
        var progress = ProgressLine(total: inputs.count)
        let builder = pipeline.buildGraph(inputs, problem: { report.add($0) }, progress: { progress.update($0) })
        progress.finish()
        try report.check(strict: strict)
        return (builder, report)
    }
}

extension CoMentionWindow: ExpressibleByArgument {}
extension RecognizerKind: ExpressibleByArgument {}

/// Inputs that could not be read: reported on standard error as they come, counted for the exit status.
struct ProblemReport {
    private(set) var count = 0

    mutating func add(_ error: any Error) {
        count += 1
        StandardError.write("entgraph: skipped \(error)\n")
    }

    /// With --strict, a skipped input fails the run before anything is written.
    func check(strict: Bool) throws {
        if strict && count > 0 { throw CommandFailure(message: "\(count) input(s) skipped and --strict is set; nothing written") }
    }

    /// The exit status for a run that otherwise succeeded.
    var exitCode: ExitCode { count == 0 ? .success : ExitCode(ExitStatus.inputsSkipped) }
}

/// "read 1200/3788 documents" on standard error, only when it is a terminal and the run is long.
struct ProgressLine {
    let total: Int
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private let enabled = isatty(2) != 0

    init(total: Int) { self.total = total }

    mutating func update(_ done: Int) {
        guard enabled, Date().timeIntervalSince(start) > 1, Date().timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = Date()
        drawn = true
        StandardError.write("\r\u{1B}[Kentgraph: read \(done)/\(total) inputs")
    }

    func finish() {
        if drawn { StandardError.write("\r\u{1B}[K") }
    }
}
