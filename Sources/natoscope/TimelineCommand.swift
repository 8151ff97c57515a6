import ArgumentParser
import NatoModel
import NatoOutput

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the milestones in date order, grouped by year.")

    @Option(help: ArgumentHelp("From this year on.", valueName: "year")) var from: Int?
    @Option(help: ArgumentHelp("Up to this year.", valueName: "year")) var to: Int?
    @Option(help: ArgumentHelp("Only milestones tied to this framework.", valueName: "id")) var framework: String?
    @Option(help: ArgumentHelp("Only milestones tied to this country.", valueName: "id")) var country: String?
    @Option(help: ArgumentHelp("Only milestones tied to this cooperation area.", valueName: "id")) var area: String?

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var formatOptions: FormatOptions

    func run() throws {
        let catalog = try dataOptions.catalog()
        // As of a year: the milestones up to its end, and those whose disputed date may fall by
        // then (marked (?) in the report), so that none is silently said not to have happened.
        let year = try asOf.resolve(catalog)
        var refs: [EntityRef]
        do {
            refs = try catalog.list(ListQuery(kind: .milestone, framework: framework, area: area, country: country, from: from, to: to))
        } catch {
            throw error.exit()
        }
        if let year {
            let shown = Set(catalog.milestones(asOf: year, catalog.history))
            refs = refs.filter { shown.contains($0.index) }
        }
        switch formatOptions.format {
        case .text: Console.write(TextReports.timeline(refs, catalog: catalog, style: formatOptions.style), styled: formatOptions.style.color)
        case .json: Console.write(JSONReports.timeline(refs, catalog: catalog))
        }
    }
}
