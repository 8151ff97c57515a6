// The natoscope command: the interactive explorer by default, plus non-interactive
// subcommands over the same data model.
import ArgumentParser
import NatoData

@main
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
        subcommands: [Explore.self, List.self, Show.self, Search.self, Timeline.self, MapCommand.self, Quiz.self, Tour.self, Validate.self, Export.self],
        defaultSubcommand: Explore.self
    )
}

enum NatoscopeVersion {
    static let number = "0.1.0"
    /// `natoscope 0.1.0 (data checked 2026-12-01)`: the built-in data's check date tells a
    /// class how current the facts are.
    static var string: String {
        "natoscope \(number)" + (BuiltinData.checked.map { " (data checked \($0.description))" } ?? "")
    }
}
