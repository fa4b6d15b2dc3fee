import ArgumentParser
import EntityGraph

/// `--keep-csv-formulas`, on every command that writes CSV.
struct CSVFormulaOptions: ParsableArguments {
    @Flag(name: .customLong("keep-csv-formulas"),
          help: "In CSV, write cells starting with = + - @ as they are (by default they get a leading ' so spreadsheets show them instead of running them).")
    var keep = false

    var formulas: CSVFormulas { keep ? .kept : .neutralized }
}
