// `natoscope map`: the world map of Allies and partners with its legend, for handouts and slides.
import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import NatoMap
import NatoModel
import NatoOutput

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Print a map of NATO's Allies and partners with a legend.",
        discussion: """
            Colour on a terminal; glyph patterns when piped or under NO_COLOR. \
            Examples: natoscope map --region europe; natoscope map --framework md --region mena; \
            natoscope map --as-of 1999 --region europe
            """
    )

    @Option(help: ArgumentHelp("The part of the world: \((MapRegion.names + ["fit"]).joined(separator: ", ")) (fit: the selected framework's members or country).", valueName: "region"))
    var region: String?

    @Option(help: ArgumentHelp("Colour this framework's members.", valueName: "id"))
    var framework: String?

    @Option(help: ArgumentHelp("Highlight this country (and fit the map to it unless --region is given).", valueName: "id"))
    var country: String?

    @OptionGroup var asOf: AsOfOption

    @Option(help: ArgumentHelp("Columns of the printout (20-1000; default: the terminal's width, or 80).", valueName: "columns"))
    var width: Int?

    @Option(help: ArgumentHelp("Lines of the printout, title and legend included (8-500; default: the terminal's height, or 24).", valueName: "lines"))
    var height: Int?

    @OptionGroup var dataOptions: DataOptions

    static let widths = 20...1000, heights = 8...500

    func run() throws {
        let tty = isatty(STDOUT_FILENO) == 1
        let columns = width ?? (tty ? Console.terminalWidth() ?? 80 : 80)
        let lines = height ?? (tty ? Console.terminalHeight() ?? 24 : 24)
        guard Self.widths.contains(columns) else { throw usage("--width", columns, Self.widths) }
        guard Self.heights.contains(lines) else { throw usage("--height", lines, Self.heights) }
        if let region, region != "fit", MapRegion(name: region) == nil {
            throw QueryError.invalidValue(option: "--region", value: region, expected: MapRegion.names + ["fit"]).exit()
        }
        let catalog = try dataOptions.catalog()
        let year = try asOf.resolve(catalog)
        let frameworkRef = try framework.map { try lookup($0, .framework, catalog) }
        let countryRef = try country.map { try lookup($0, .country, catalog) }
        let history = catalog.history
        let selection = MapSelection(framework: frameworkRef.map { catalog.id($0) }, country: countryRef.map { catalog.id($0) }, year: year)
        let roles = MapRoles(catalog: catalog, selection: selection, history: history)

        let mapRegion: MapRegion
        if let region, let named = MapRegion(name: region) {
            mapRegion = named
        } else if region == "fit" || (region == nil && countryRef != nil) {
            var isos = countryRef.flatMap { catalog.data.countries[$0.index].iso }.map { [$0] } ?? []
            if isos.isEmpty, let f = frameworkRef {
                isos = catalog.members(ofFramework: f.index, asOf: roles.year, history).compactMap { catalog.data.countries[$0.country].iso }
            }
            mapRegion = isos.isEmpty ? .world : .fit(isos)
        } else {
            mapRegion = .world
        }
        let legendLines = MapText.legendHeight(roles.legend, columns: columns)
        let rows = max(1, lines - 1 - legendLines)
        // A fit of countries the map lacks (a custom data set's codes) falls back to the world.
        guard let image = MapImage(roles: roles.byISO, region: mapRegion, columns: columns, rows: rows)
                ?? MapImage(roles: roles.byISO, region: .world, columns: columns, rows: rows) else {
            throw ExitCode(65)
        }
        var title = "natoscope map: \(region ?? (countryRef != nil ? "fit" : "world")), as of \(roles.year)"
        if let f = frameworkRef { title += ", framework \(catalog.id(f))" }
        if let c = countryRef { title += ", country \(catalog.id(c))" }
        let noColor = Console.environment("NO_COLOR").map { !$0.isEmpty } ?? false
        let style = OutputStyle(width: columns, color: tty && !noColor)
        Console.write(MapText.render(image, legend: roles.legend, title: title, colour: style.color))
    }

    private func lookup(_ id: String, _ kind: EntityKind, _ catalog: Catalog) throws -> EntityRef {
        if let r = catalog.ref(for: id) ?? catalog.ref(for: id.lowercased()), r.kind == kind { return r }
        let candidates = catalog.refs(kind).map { catalog.id($0) }
        throw QueryError.unknownID(id, expected: kind, suggestion: Suggest.nearest(to: id, among: candidates)).exit()
    }

    private func usage(_ option: String, _ value: Int, _ range: ClosedRange<Int>) -> ExitCode {
        QueryError.invalidValue(option: option, value: String(value), expected: ["\(range.lowerBound) to \(range.upperBound)"]).exit()
    }
}

extension Console {
    static func terminalHeight() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }
}
