import ArgumentParser
import Foundation
import NatoTerminal

extension ThemeName: ExpressibleByArgument {}

struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the interactive explorer (the default).",
        discussion: """
            Four linked panes (countries, frameworks, cooperation areas, timeline) and a detail view. \
            Press ? or F1 inside for the keys; q quits.
            """
    )

    @Option(help: "Colour theme: default, contrast (for projectors) or mono. NO_COLOR selects mono unless a theme is given.")
    var theme: ThemeName?

    @Flag(help: "Draw lines and markers with ASCII characters only.")
    var ascii = false

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.error("""
                natoscope: the explorer needs a terminal, but standard \(isatty(STDIN_FILENO) == 1 ? "output" : "input") is not one.
                For scripts and pipes use the non-interactive subcommands: natoscope list, show, search, timeline, export (see natoscope --help).
                """)
            throw ExitCode(2)
        }
        let catalog = try dataOptions.catalog()
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let status: Int32
        do {
            status = try MainActor.assumeIsolated {
                try Explorer.run(catalog: catalog, theme: theme, noColor: noColor, ascii: ascii)
            }
        } catch {
            Console.error("natoscope: \(error)")
            throw ExitCode(1)
        }
        if status != 0 { throw ExitCode(status) }
    }
}
