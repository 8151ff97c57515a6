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
        Console.holdClosedDescriptors()
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
        } catch {
            Natoscope.finish(error)
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

            Data errors exit with status 65, unknown ids with status 1, usage errors with 64, \
            output that cannot be written with 74.
            """,
        version: NatoscopeVersion.string,
        subcommands: [Explore.self, List.self, Show.self, Search.self, Timeline.self, MapCommand.self, Quiz.self, Tour.self, Validate.self, Export.self],
        defaultSubcommand: Explore.self
    )

    /// Replaces ArgumentParser's `main` so that its messages too (usage errors that echo an
    /// argument, help, completion scripts) pass the output gate and checked writes.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            finish(error)
        }
    }

    /// Prints what an error says (through the gate, checked) and exits with its status.
    static func finish(_ error: Error) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if !message.isEmpty {
            if code == .success { Console.write(message + "\n") } else { Console.error(message) }
        }
        Glibc.exit(code.rawValue)
    }
}

enum NatoscopeVersion {
    static let number = "0.1.0"
    /// `natoscope 0.1.0 (data checked 2026-12-01)`: the built-in data's check date tells a
    /// class how current the facts are.
    static var string: String {
        "natoscope \(number)" + (BuiltinData.checked.map { " (data checked \($0.description))" } ?? "")
    }
}
