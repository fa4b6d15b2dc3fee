import ArgumentParser

@main
struct EntGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entgraph",
        abstract: "Turn news articles into a weighted graph of the people, countries and organizations they mention together.",
        subcommands: [TagCommand.self, EvalCommand.self, TrainCommand.self]
    )
}
