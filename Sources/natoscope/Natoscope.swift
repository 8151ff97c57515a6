// The natoscope command: the interactive explorer by default, plus non-interactive
// subcommands over the same data model.
import ArgumentParser

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
    static let string = "0.1.0"
}
