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

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var formatOptions: FormatOptions

    func run() throws {
        let catalog = try dataOptions.catalog()
        let year = try asOf.resolve(catalog)
        // As of a year, a framework's members are those of that year: start from every member ever.
        // and a country's kind (ally, partner) is that of the year: query without it, filter below.
        let asOfKind = year != nil && what == .countries ? kind : nil
        if let k = asOfKind, Country.Kind(rawValue: k) == nil {
            throw QueryError.invalidValue(option: "--kind", value: k, expected: Country.Kind.allCases.map(\.rawValue)).exit()
        }
        let query = ListQuery(kind: what.kind, framework: framework, area: area, country: country, subkind: asOfKind == nil ? kind : nil,
                              region: region, from: from, to: to, includeFormer: former || year != nil)
        var refs: [EntityRef]
        do {
            refs = try catalog.list(query)
        } catch {
            throw error.exit()
        }
        if let year { refs = catalog.filter(refs, asOf: year, framework: framework, countryKind: asOfKind, includeFormer: former) }
        // A country list narrowed to a framework says when that framework's list is partial.
        let narrowedTo = what.kind == .country ? framework.flatMap { catalog.ref(for: $0) }.map(\.index) : nil
        switch formatOptions.format {
        case .text: Console.write(TextReports.list(refs, kind: what.kind, catalog: catalog, style: formatOptions.style, framework: narrowedTo, asOf: year), styled: formatOptions.style.color)
        case .json: Console.write(JSONReports.list(refs, catalog: catalog, framework: narrowedTo))
        }
    }
}
