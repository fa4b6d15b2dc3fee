import ArgumentParser
import EntityGraph

/// `build --store FILE`: the store brought up to date with the inputs, then the graph of what
/// it holds (`Pipeline.update`, `CorpusStore.build`).
struct StoreBuild {
    var corpus: CorpusOptions
    var dates: DateOptions
    var quiet: Bool

    func run(store path: String, outputs: [String], edges: EdgeOptions,
             adjust: (inout Pipeline) -> Void) throws -> (built: BuiltGraph, report: ProblemReport) {
        for output in outputs {
            do { try OutputFile.checkDestination(output) } catch { throw CommandFailure(message: "\(error); nothing read") }
        }
        var report = ProblemReport()
        let inputs = corpus.collectInputs(&report)
        try refuseOverwritingInputs(outputs + [path], inputs)
        if outputs.contains(path) { throw UsageFailure(message: "\(path) is both the store and an output") }
        var pipeline = try corpus.makePipeline(edges: edges)
        adjust(&pipeline)
        let reading = corpus.readingSettings(dates)
        var progress = ProgressLine(total: inputs.count)
        let (update, built) = try CommandFailure.reporting {
            let store = try CorpusStore(path: path)
            let update = try pipeline.update(store, inputs: inputs, reading: reading, problem: { report.add($0) },
                                             progress: { progress.update($0) })
            let built = try store.build(options: pipeline.options, countries: pipeline.countries, threads: pipeline.threads)
            return (update, built)
        }
        progress.finish()
        report.inputsRead += built.inputsRead
        try report.check(strict: corpus.strict)
        if !quiet { StandardError.write("entgraph: store \(FileSystemPath.displayed(path)): \(update.read) input(s) read, \(update.unchanged) unchanged, \(update.removed) forgotten\n") }
        return (built, report)
    }
}
