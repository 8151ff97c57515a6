// `--as-of YEAR`, shared by list, show, timeline and map: the data at the end of that year.
import ArgumentParser
import NatoModel

struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Show the data as it stood at the end of this year (1949 to the data's latest year).", valueName: "year"))
    var year: Int?

    /// The checked year, or a usage error (exit 64) naming the valid range.
    func resolve(_ catalog: Catalog) throws -> Int? {
        guard let year else { return nil }
        if let problem = catalog.history.check(year) { throw problem.exit() }
        return year
    }
}
