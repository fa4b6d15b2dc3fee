import ArgumentParser
import EntityGraph
import Foundation

/// Which co-mentions make edges: for the commands that build edges (build, centrality), not for
/// those that list what was found (mentions, aliases, text).
struct EdgeOptions: ParsableArguments {
    @Option(help: "Window within which two entities count as co-mentioned: sentence, paragraph or document.")
    var window: CoMentionWindow = .sentence

    @Option(name: .customLong("min-weight"), help: "Leave out edges lighter than this.")
    var minWeight: Double = 1

    func validate() throws {
        guard minWeight.isFinite && minWeight >= 0 else {
            throw ValidationError("--min-weight must be a number, 0 or more (got \(minWeight))")
        }
    }
}

/// Which documents count by their date: for the commands that build a graph.
struct DateOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Leave out documents dated before this day (YYYY-MM-DD); undated ones are left out too.", valueName: "date"),
            transform: DateOptions.parseDate)
    var since: DocumentDate?

    @Option(help: ArgumentHelp("Leave out documents dated after this day (YYYY-MM-DD); undated ones are left out too.", valueName: "date"),
            transform: DateOptions.parseDate)
    var until: DocumentDate?

    func validate() throws {
        if let since, let until, until < since { throw ValidationError("--until \(until) is before --since \(since)") }
    }

    static func parseDate(_ text: String) throws -> DocumentDate {
        guard let date = DocumentDate(parsing: text) else {
            throw ValidationError("'\(text)' is not a date; use YYYY-MM-DD")
        }
        return date
    }

    /// The filter these options ask for; `sliced` graphs leave undated documents out.
    func filter(sliced: Bool = false) -> DateFilter {
        DateFilter(since: since, until: until, requireDate: sliced)
    }
}

extension TimeSlice: ExpressibleByArgument {}

/// The options every command that reads a corpus shares.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders (recursed) to read; \"-\" reads standard input.")
    var paths: [String]

    @Option(help: "Entity types that become nodes, comma-separated: person,country,organization (also location, misc).",
            transform: CorpusOptions.parseTypes)
    var types: Set<EntityKind> = Set(EntityKind.graphDefault)

    @Flag(help: "Count demonyms (\"Russian\", \"Ukrainians\") as mentions of their country.")
    var demonyms = false

    @Option(help: "Government seats and capitals used for governments (\"the Kremlin\", \"Moscow said\"): keep them separate, or merge them into their country.")
    var metonymy: Metonymy = .separate

    @Flag(name: .customLong("fold-uk-nations"),
          help: "Count England, Scotland, Wales and Northern Ireland as the United Kingdom (by default each is a country node of its own).")
    var foldUKNations = false

    @Option(help: "How names are found: tagger (trained model) or rules (gazetteer and capitalization).")
    var recognizer: RecognizerKind = .tagger

    @Option(help: ArgumentHelp("Aliases of your own: a TSV file of alias, canonical name, type (person, country, organization…) per line.",
                               valueName: "file"))
    var thesaurus: String?

    @Option(name: .customLong("delete"),
            help: ArgumentHelp("Names that never become nodes: one per line, optionally a tab and a type.", valueName: "file"))
    var deleteList: String?

    @Option(name: .customLong("no-merge"),
            help: ArgumentHelp("Pairs of names never merged into one entity: two tab-separated names per line.", valueName: "file"))
    var noMergeList: String?

    @Option(name: .customLong("min-confidence"),
            help: ArgumentHelp("Leave out names the tagger was never at least this sure of (its margin, see 'entgraph tag --confidence'); a person's full name with a known given name needs 0.6 of it, an organization in one or two documents of a corpus of 100 or more 1.8 times it, a name a noun describes ('oil giant Rosneft') none; 0 keeps every name.",
                               valueName: "margin"))
    var minConfidence: Float = ResolutionOptions.defaultMinConfidence

    // Optional, so that --help says "all cores" once instead of this machine's count as well.
    @Option(name: .customLong("threads"), help: "Documents processed in parallel (default: all cores).")
    var threadCount: Int?

    /// The threads to use: `--threads`, else every core.
    var threads: Int { threadCount ?? ProcessInfo.processInfo.activeProcessorCount }

    @Flag(help: "Treat a skipped input as a failure (exit status 3, nothing written).")
    var strict = false

    @Option(name: .customLong("input-format"),
            help: ArgumentHelp("Read every input as this format, whatever its name or first bytes say (by default the extension decides, and standard input and unknown extensions are sniffed).",
                               valueName: "format"))
    var inputFormat: DocumentFormat?

    @Flag(name: .customLong("list-skipped"),
          help: "Name each file the folders hold that is not read (hidden, other extensions), one per line on standard error, not only their count.")
    var listSkipped = false

    @Option(name: .customLong("max-bytes"),
            help: ArgumentHelp("Skip any input larger than this: bytes, or with a K, M or G suffix, at most 2G - 1 (default: 64M).",
                               valueName: "size"),
            transform: CorpusOptions.parseByteCount)
    var maxBytes: Int = DocumentLoader.defaultMaxBytes

    @Flag(name: .customLong("keep-datelines"),
          help: "Keep a story's dateline (\"SEOUL (Reuters) -\") as content, in a paragraph of its own, instead of leaving it out.")
    var keepDatelines = false

    @Option(name: .customLong("text-field"),
            help: ArgumentHelp("CSV column or JSON Lines member holding the text (default: text, body or content).", valueName: "name"))
    var textField: String?

    @Option(name: .customLong("id-field"),
            help: ArgumentHelp("CSV column or JSON Lines member holding the document id (default: id or url).", valueName: "name"))
    var idField: String?

    @Option(name: .customLong("date-field"),
            help: ArgumentHelp("CSV column or JSON Lines member holding the date (default: date, published, published_at, publishedAt, pubDate, datetime or timestamp).", valueName: "name"))
    var dateField: String?

    @Option(name: .customLong("title-field"),
            help: ArgumentHelp("CSV column or JSON Lines member holding the title (default: title or headline).", valueName: "name"))
    var titleField: String?

    enum Metonymy: String, ExpressibleByArgument, CaseIterable {
        case separate, merge
    }

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard minConfidence >= 0, minConfidence.isFinite else { throw ValidationError("--min-confidence must be a number ≥ 0") }
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder (or - for standard input)") }
        guard (1...DocumentLoader.largestMaxBytes).contains(maxBytes) else {
            throw ValidationError("--max-bytes must be between 1 and \(DocumentLoader.largestMaxBytes) (2G - 1)")
        }
    }

    /// "1048576", "512K", "64M", "1G" (powers of 1024) as a number of bytes.
    static func parseByteCount(_ text: String) throws -> Int {
        let multipliers: [Character: Int] = ["k": 1 << 10, "m": 1 << 20, "g": 1 << 30]
        var digits = Substring(text.trimmingCharacters(in: .whitespaces))
        var multiplier = 1
        if let last = digits.last?.lowercased().first, let factor = multipliers[last] {
            multiplier = factor
            digits = digits.dropLast()
        }
        guard let count = Int(digits), count >= 0 else {
            throw ValidationError("not a size; use e.g. 1048576, 512K, 64M or 1G")
        }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: multiplier)
        return overflow ? Int.max : bytes
    }

    /// The graph's options; `edges` (build and centrality) say which co-mentions make edges.
    func graphOptions(edges: EdgeOptions? = nil) -> GraphOptions {
        var options = GraphOptions()
        options.window = edges?.window ?? .sentence
        options.types = types
        options.minWeight = edges?.minWeight ?? 1
        options.demonyms = demonyms
        options.mergeMetonyms = metonymy == .merge
        options.foldNations = foldUKNations
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

    func makePipeline(edges: EdgeOptions? = nil) throws -> Pipeline {
        do {
            let countries = try CountryTable.shared()
            var options = graphOptions(edges: edges)
            options.resolution = try resolutionOptions(countries: countries)
            var pipeline = try Pipeline(options: options, threads: threads, recognizer: recognizer, countries: countries)
            pipeline.loader = documentLoader
            return pipeline
        } catch { throw CommandFailure(message: "\(error)") }
    }

    /// The document loader these options ask for (input size limit, datelines).
    var documentLoader: DocumentLoader {
        var loader = DocumentLoader(classifier: FurnitureClassifier(textFurniture: TextFurnitureDetector(keepDatelines: keepDatelines)),
                                    maxBytes: maxBytes)
        loader.fields = recordFields
        loader.inputFormat = inputFormat
        return loader
    }

    /// The record fields these options name, the defaults for the others.
    var recordFields: RecordFields {
        var fields = RecordFields()
        if let textField { fields.text = [textField] }
        if let idField { fields.id = [idField] }
        if let dateField { fields.date = [dateField] }
        if let titleField { fields.title = [titleField] }
        return fields
    }

    /// The user's thesaurus, delete list and no-merge list, read from the files given.
    func resolutionOptions(countries: CountryTable) throws(ResolutionFileError) -> ResolutionOptions {
        var resolution = ResolutionOptions()
        resolution.minConfidence = minConfidence
        if let thesaurus { resolution.thesaurus = try Thesaurus(contentsOf: thesaurus, countries: countries) }
        if let deleteList { resolution.deleted = try DeleteList(contentsOf: deleteList) }
        if let noMergeList { resolution.noMerge = try NoMergeList(contentsOf: noMergeList) }
        return resolution
    }

    /// The inputs the paths name; problems expanding them are reported and counted, and what the
    /// folders leave out is summed up, after `check` accepted the inputs (a refusal is the only line).
    /// `leftOut: false` when the same paths were collected and reported once already.
    func collectInputs(_ report: inout ProblemReport, leftOut: Bool = true) -> [Input] {
        reported(InputCollector().collect(paths), to: &report, leftOut: leftOut)
    }

    /// `collectInputs`, refusing first (and then alone on standard error) outputs that would
    /// replace one of the inputs.
    func collectInputs(_ report: inout ProblemReport, refusing outputs: [String]) throws -> [Input] {
        let collection = InputCollector().collect(paths)
        try refuseOverwritingInputs(outputs, collection.inputs)
        return reported(collection, to: &report, leftOut: true)
    }

    private func reported(_ collection: InputCollection, to report: inout ProblemReport, leftOut: Bool) -> [Input] {
        collection.errors.forEach { report.add($0) }
        guard leftOut else { return collection.inputs }
        if listSkipped {
            for file in collection.leftOut {
                StandardError.write("entgraph: left out \(FileSystemPath.displayed(file.path)) (\(file.reason))\n")
            }
        }
        if let summary = collection.leftOutSummary {
            StandardError.write("entgraph: \(summary)\(listSkipped ? "" : " (--list-skipped names them)")\n")
        }
        return collection.inputs
    }

    /// Reads the corpus into a graph, reporting skipped inputs and progress on stderr; refuses
    /// before reading anything when one of `outputs` (files about to be written) is an input,
    /// or cannot be created where it is (a missing folder).
    func buildGraph(outputs: [String] = [], edges: EdgeOptions? = nil,
                    adjust: (inout Pipeline) -> Void = { _ in }) throws -> (built: BuiltGraph, report: ProblemReport) {
        for output in outputs {
            do { try OutputFile.checkDestination(output) } catch {
                throw CommandFailure(message: "\(error); nothing read")
            }
        }
        var report = ProblemReport()
        let inputs = try collectInputs(&report, refusing: outputs)
        var pipeline = try makePipeline(edges: edges)
        adjust(&pipeline)
        var progress = ProgressLine(total: inputs.count)
        let built = pipeline.buildGraph(inputs, problem: { report.add($0) }, progress: { progress.update($0) })
        progress.finish()
        report.inputsRead += built.inputsRead
        try report.check(strict: strict)
        return (built, report)
    }
}

/// Refuses, as a usage error, outputs that would replace one of the inputs (`-o article.txt`).
func refuseOverwritingInputs(_ outputs: [String], _ inputs: [Input]) throws {
    if let (output, input) = OutputFile.overwrittenInput(by: outputs, among: inputs) {
        let same = output == input ? "" : " (\(input))"
        throw UsageFailure(message: "\(output) is one of the inputs\(same); refusing to overwrite it, nothing read")
    }
}

extension CoMentionWindow: ExpressibleByArgument {}

/// `--input-format jsonl`: the format's `name`, not its raw value.
extension DocumentFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { allCases.map(\.name) }
    public var defaultValueDescription: String { name }
}
extension RecognizerKind: ExpressibleByArgument {}

/// Inputs that could not be read: reported on standard error as they come, counted for the exit status.
struct ProblemReport {
    private(set) var count = 0
    /// Inputs that were read (at least one document each).
    var inputsRead = 0

    mutating func add(_ error: any Error) {
        count += 1
        StandardError.write("entgraph: skipped \(FileSystemPath.displayed("\(error)"))\n")
    }

    /// A run that read nothing (a mistyped path, an empty folder, every input skipped) fails
    /// before anything is written, so it never replaces an existing output with an empty one;
    /// with --strict, so does a run that skipped any input.
    func check(strict: Bool) throws {
        if inputsRead == 0 {
            let cause = count == 0 ? "no input found" : "\(count) input(s) skipped, none read"
            throw CommandFailure(message: "\(cause); nothing written")
        }
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

extension CorpusOptions {
    /// What the documents are read and recognized with, kept in partials and stores
    /// (`PartialSettings.reading`): the recognizer, datelines kept or not, the date filter, and
    /// the version of entgraph, whose rules and model make the per-document results (another
    /// version's would not add up to this version's build).
    func readingSettings(_ dates: DateOptions) -> [String: String] {
        ["entgraph": EntityGraphVersion.current, "recognizer": recognizer.rawValue, "keep-datelines": "\(keepDatelines)",
         "since": dates.since.map { "\($0)" } ?? "", "until": dates.until.map { "\($0)" } ?? ""]
    }
}
