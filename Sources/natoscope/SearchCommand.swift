import ArgumentParser
import NatoModel
import NatoOutput

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search names, summaries and sections of every record (case- and accent-insensitive).",
        discussion: "Every word must match. Name matches rank first. Example: natoscope search cyber defence"
    )

    @Argument(help: "Words to search for.")
    var words: [String]

    @Option(help: "Show at most this many results.")
    var limit = 50

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var formatOptions: FormatOptions

    func validate() throws {
        if words.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { throw ValidationError("give at least one word to search for") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let catalog = try dataOptions.catalog()
        let query = words.joined(separator: " ")
        let hits = catalog.search(query, limit: limit)
        switch formatOptions.format {
        case .text: Console.write(TextReports.search(query, hits: hits, catalog: catalog, style: formatOptions.style), styled: formatOptions.style.color)
        case .json: Console.write(JSONReports.search(hits, catalog: catalog))
        }
    }
}
