import ArgumentParser
import NatoModel
import NatoOutput

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one record in full: text, memberships, links, milestones, corrections and sources.",
        discussion: "Any id works: natoscope show israel; natoscope show pfp; natoscope show cyber-defence"
    )

    @Argument(help: ArgumentHelp("The record's id (see 'natoscope list' or 'natoscope search').", valueName: "id"))
    var id: String

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var formatOptions: FormatOptions

    func run() throws {
        let catalog = try dataOptions.catalog()
        guard let ref = catalog.ref(for: id) ?? catalog.ref(for: id.lowercased()) else {
            var message = "natoscope: no entity '\(id)'"
            if let near = Suggest.nearest(to: id, among: catalog.allIDs) { message += "; did you mean '\(near)'?" }
            Console.error(message)
            Console.error("ids name \(EntityKind.allCases.map(\.collection).joined(separator: ", ")); see 'natoscope list KIND' or 'natoscope search TEXT'")
            throw ExitCode(1)
        }
        let year = try asOf.resolve(catalog)
        switch formatOptions.format {
        case .text:
            if let year { Console.write(TextReports.asOf(ref, year: year, catalog: catalog, style: formatOptions.style), styled: formatOptions.style.color) }
            Console.write(TextReports.show(ref, catalog: catalog, style: formatOptions.style), styled: formatOptions.style.color)
        case .json: Console.write(JSONReports.show(ref, catalog: catalog))
        }
    }
}
