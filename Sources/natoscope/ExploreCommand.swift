import ArgumentParser
import NatoModel
#if canImport(Glibc)
import Glibc
#endif
import NatoData
import NatoModel
import NatoTerminal

extension ThemeName: ExpressibleByArgument {}

struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the interactive explorer (the default).",
        discussion: """
            Four linked panes (countries, frameworks, cooperation areas, timeline) and a detail view. \
            Press ? or F1 inside for the keys, t for the guided tours, p for the presenter profile; q quits.
            """
    )

    @OptionGroup var screenOptions: ScreenOptions

    @Option(name: .customLong("tour-file"), help: ArgumentHelp("A tour file or a folder of them, offered beside the built-in tours (t).", valueName: "path"),
            completion: .file(extensions: ["json"]))
    var tourFiles: [String] = []

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        try ScreenOptions.requireTerminal()
        let catalog = try dataOptions.catalog()
        let tours = try TourFiles.load(extra: tourFiles, catalog: catalog, builtinData: dataOptions.data.isEmpty)
        try screenOptions.run(catalog: catalog, options: ExplorerOptions(tours: tours, present: screenOptions.present))
    }
}

/// How the explorer looks: theme, ASCII, presenter profile.
struct ScreenOptions: ParsableArguments {
    @Option(help: "Colour theme: default, contrast (for projectors) or mono. NO_COLOR selects mono unless a theme is given.")
    var theme: ThemeName?

    @Flag(help: "Draw lines and markers with ASCII characters only.")
    var ascii = false

    @Flag(help: "Presenter profile: the contrast theme, a quiet status line, more spacing, and a check of what fits the screen (p toggles it).")
    var present = false

    static func requireTerminal() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.error("""
                natoscope: the explorer needs a terminal, but standard \(isatty(STDIN_FILENO) == 1 ? "output" : "input") is not one.
                For scripts and pipes use the non-interactive subcommands: natoscope list, show, search, timeline, export (see natoscope --help).
                """)
            throw ExitCode(2)
        }
    }

    func run(catalog: Catalog, options: ExplorerOptions) throws {
        try Self.run(catalog: catalog, options: options, theme: theme, ascii: ascii, present: present)
    }

    /// The explorer with these settings; also what `natoscope` with no arguments runs
    /// (Natoscope.swift), without the argument parser.
    static func run(catalog: Catalog, options: ExplorerOptions, theme: ThemeName?, ascii: Bool, present: Bool) throws {
        let noColor = Console.environment("NO_COLOR").map { !$0.isEmpty } ?? false
        // The presenter profile brings the contrast theme unless a theme was asked for.
        let chosen = theme ?? (present ? .contrast : nil)
        let status: Int32
        do {
            status = try MainActor.assumeIsolated {
                try Explorer.run(catalog: catalog, theme: chosen, noColor: noColor, ascii: ascii, options: options)
            }
        } catch let error as NotesFileError {
            Console.error("natoscope: \(error)")
            throw ExitCode(73)
        } catch {
            Console.error("natoscope: \(error)")
            throw ExitCode(1)
        }
        if status != 0 { throw ExitCode(status) }
    }
}

enum TourFiles {
    /// The built-in tours and those of `extra` paths, validated against the catalog; problems
    /// are printed and exit with 65. With another data set (`builtinData` false), built-in
    /// tours that name records it lacks are left out.
    static func load(extra: [String], catalog: Catalog, builtinData: Bool) throws -> [NatoModel.Tour] {
        var tours: [NatoModel.Tour] = []
        // With the built-in data set, the built-in tours were checked when the program was built.
        if builtinData {
            switch BuiltinData.tours() {
            case .success(let t): tours = t
            case .failure(let problems): try fail(problems)
            }
        }
        // With another data set, the built-in tours that name records it lacks are left out.
        for file in builtinData ? [] : BuiltinData.tourFiles {
            if case .success(let t) = TourLoader.load([file], catalog: catalog) { tours += t }
        }
        // Lessons the user keeps in $XDG_DATA_HOME/natoscope/lessons join the list by themselves.
        var paths = extra
        if let folder = userLessonFolder(), DataLoader.isFolder(folder) { paths.insert(folder, at: 0) }
        guard !paths.isEmpty else { return tours }
        // A teacher's tour replaces a built-in one of the same name.
        let own = try loadFiles(paths, catalog: catalog)
        let names = Set(own.map(\.name))
        return tours.filter { !names.contains($0.name) } + own
    }

    /// Tours and lessons from files or folders; problems are printed and exit with 65.
    static func loadFiles(_ paths: [String], catalog: Catalog) throws -> [NatoModel.Tour] {
        let files: [DataFile]
        switch TourLoader.read(paths: paths) {
        case .success(let f): files = f
        case .failure(let problems): try fail(problems)
        }
        switch TourLoader.load(files, catalog: catalog) {
        case .success(let own): return own
        case .failure(let problems): try fail(problems)
        }
    }

    /// `$XDG_DATA_HOME/natoscope/lessons`, or `~/.local/share/natoscope/lessons` (XDG base directories).
    static func userLessonFolder() -> String? {
        if let data = Console.environment("XDG_DATA_HOME"), data.hasPrefix("/") { return data + "/natoscope/lessons" }
        guard let home = Console.environment("HOME"), home.hasPrefix("/") else { return nil }
        return home + "/.local/share/natoscope/lessons"
    }

    static func fail(_ problems: DataProblems) throws -> Never {
        Console.error(problems.description)
        Console.error("natoscope: the tours have \(problems.problems.count) problem\(problems.problems.count == 1 ? "" : "s") (see docs/LESSONS.md)")
        throw ExitCode(65)
    }
}
