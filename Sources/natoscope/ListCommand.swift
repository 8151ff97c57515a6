import ArgumentParser
import NatoModel
import NatoOutput

enum ListKind: String, ExpressibleByArgument, CaseIterable {
    case countries, frameworks, areas, milestones, institutions, exercises, organizations, sources

    var kind: EntityKind { EntityKind(collection: rawValue) ?? .country }
}

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List records of one kind, optionally filtered.",
        discussion: "Examples: natoscope list countries --framework md; natoscope list milestones --from 2000 --to 2010"
    )

    @Argument(help: ArgumentHelp("What to list: \(ListKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var what: ListKind

    @Option(help: ArgumentHelp("Only records tied to this framework (for countries: its current members).", valueName: "id"))
    var framework: String?

    @Flag(help: "With --framework on countries: include former members too.")
    var former = false

    @Option(help: ArgumentHelp("Only records tied to this cooperation area.", valueName: "id"))
    var area: String?

    @Option(help: ArgumentHelp("Only records tied to this country.", valueName: "id"))
    var country: String?

    @Option(help: ArgumentHelp("Countries: ally or partner; frameworks: programme, forum, ...; sources: document, official or other.", valueName: "kind"))
    var kind: String?

    @Option(help: "Only countries or frameworks of this region.")
    var region: String?

    @Option(help: ArgumentHelp("Only records from this year on (milestones by date, allies by accession).", valueName: "year"))
    var from: Int?

    @Option(help: ArgumentHelp("Only records up to this year.", valueName: "year"))
    var to: Int?

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var formatOptions: FormatOptions

    func run() throws {
        let catalog = try dataOptions.catalog()
        let query = ListQuery(kind: what.kind, framework: framework, area: area, country: country, subkind: kind,
                              region: region, from: from, to: to, includeFormer: former)
        let refs: [EntityRef]
        do {
            refs = try catalog.list(query)
        } catch {
            throw error.exit()
        }
        switch formatOptions.format {
        case .text: Console.write(TextReports.list(refs, kind: what.kind, catalog: catalog, style: formatOptions.style), styled: formatOptions.style.color)
        case .json: Console.write(JSONReports.list(refs, catalog: catalog))
        }
    }
}
