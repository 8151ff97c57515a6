import ArgumentParser
import NatoModel

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the whole data set in the documented file format (docs/DATA.md).",
        discussion: "The output loads again with --data, and exporting that gives the same bytes."
    )

    @Option(help: "Export format.") var format: ExportFormat = .json
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let catalog = try dataOptions.catalog()
        Console.write(catalog.data.exportJSON())
    }
}
