import ArgumentParser
import EntityGraph

struct TrendsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trends",
        abstract: "List the entities and pairs that rose or fell most between two periods.",
        discussion: """
        The corpus is read as `build --slice` reads it (undated documents are left out). An \
        entity counts the documents that mention it in a period, a pair its weight there. \
        --from and --to take a period (2024-03, 2024-W10, 2024) or any day in one; by default \
        the first and the last period of the corpus.

        Examples:
          entgraph trends examples/dated-news/ --slice month \\
              --from 2024-01 --to 2024-04
          entgraph trends news.csv --slice week --top 20 --format csv > trends.csv
        """
    )

    @OptionGroup var corpus: CorpusOptions

    @OptionGroup var edges: EdgeOptions

    @OptionGroup var dates: DateOptions

    @Option(help: "Period length: day, week, month or year.")
    var slice: TimeSlice = .month

    @Option(help: ArgumentHelp("The earlier period (a label such as 2024-03 or 2024-W10, or a day in it).", valueName: "period"))
    var from: String?

    @Option(help: ArgumentHelp("The later period.", valueName: "period"))
    var to: String?

    @Option(help: "How many rising and falling entities and pairs to list (text format).")
    var top: Int = 10

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv }

    @Option(help: "Output format: text, or csv with every entity and pair.")
    var format: Format = .text

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, period(value) == nil {
                throw ValidationError("\(name) '\(value)' is neither a \(slice.rawValue) (e.g. \(slice.period(of: DocumentDate(daysSinceEpoch: 19_800)).label)) nor a date")
            }
        }
    }

    func period(_ text: String) -> TimeSlice.Period? {
        slice.period(labelled: text) ?? DocumentDate(parsing: text).map(slice.period(of:))
    }

    func run() throws {
        let (built, report) = try corpus.buildGraph(edges: edges) { pipeline in
            pipeline.options.slice = slice
            pipeline.dates = dates.filter(sliced: true)
        }
        let periods = Trends.periods(of: built.graph, slice: slice)
        guard let first = from.flatMap(period) ?? periods.first, let last = to.flatMap(period) ?? periods.last else {
            throw CommandFailure(message: "no dated document was read; nothing to compare")
        }
        let trends = Trends(built.graph, slice: slice, from: first, to: last)
        try StandardOutput.write(format == .text ? trends.text(top: top) : trends.csv())
        throw report.exitCode
    }
}
