// The natoscope command: the interactive explorer by default, plus non-interactive
// subcommands over the same data model.
import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import NatoData
import NatoTerminal

@main
enum Entry {
    static func main() {
        // `natoscope` alone opens the explorer with its defaults, and `--version` prints the
        // version, as the argument parser would, without running it: parsing cost a fifth of
        // start-up (protocol-conformance lookups and dynamic casts over every option).
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.elementsEqual(["--version"]) { return Console.write(NatoscopeVersion.string + "\n") }
        guard arguments.isEmpty else { return Natoscope.main() }
        do {
            try ScreenOptions.requireTerminal()
            let catalog = try DataOptions.builtinCatalog()
            let tours = try TourFiles.load(extra: [], catalog: catalog, builtinData: true)
            try ScreenOptions.run(catalog: catalog, options: ExplorerOptions(tours: tours), theme: nil, ascii: false, present: false)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            Natoscope.exit(withError: error)
        }
    }
}

struct Natoscope: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "natoscope",
        abstract: "Explore NATO's partnerships: countries, frameworks, cooperation areas and milestones.",
        discussion: """
            With no subcommand, natoscope opens the interactive explorer. The subcommands print \
            lists, records, search results and the timeline as text or JSON.

            Data errors exit with status 65, unknown ids with status 1, usage errors with 64.
            """,
        version: NatoscopeVersion.string,
        subcommands: [Explore.self, List.self, Show.self, Search.self, Timeline.self, Quiz.self, Tour.self, Validate.self, Export.self],
        defaultSubcommand: Explore.self
    )
}

enum NatoscopeVersion {
    static let string = "0.1.0"
}
