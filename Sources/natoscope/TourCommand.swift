import ArgumentParser
import NatoClassroom
import NatoModel
import NatoOutput
import NatoTerminal
import NatoText

struct Tour: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the guided tours, or start one in the explorer.",
        discussion: """
            natoscope tour lists the tours; natoscope tour NAME starts one. During a tour: Space, → or l \
            next step; ←, h or Backspace previous; a number then Enter or G goes to that step; Ctrl-P or i \
            lists the steps; a toggles auto-advance; Esc leaves the tour and keeps the explorer where it is. \
            Teachers write their own tours as Markdown lessons (docs/LESSONS.md): natoscope tour FILE.md runs \
            one, --check validates lessons without running them, and lessons in \
            $XDG_DATA_HOME/natoscope/lessons (~/.local/share/natoscope/lessons) appear beside the built-in tours.
            """
    )

    @Argument(help: ArgumentHelp("The tour to start (see 'natoscope tour'), or a lesson file (FILE.md).", valueName: "name"))
    var name: String?

    @Option(name: .customLong("check"), parsing: .upToNextOption,
            help: ArgumentHelp("Validate lesson files (or folders of them) without running them; every problem with its line.", valueName: "file"),
            completion: .file(extensions: ["md"]))
    var check: [String] = []

    @Option(name: .customLong("tour-file"), help: ArgumentHelp("A tour file or a folder of them, beside the built-in tours.", valueName: "path"),
            completion: .file(extensions: ["json"]))
    var tourFiles: [String] = []

    @Option(help: ArgumentHelp("Advance every SECONDS seconds and loop back to the first step after the last (for an unattended screen).", valueName: "seconds"))
    var interval: Double?

    @Option(help: ArgumentHelp("Rewrite FILE with the current step's speaker notes on every step (follow it with tail -F FILE).", valueName: "file"),
            completion: .file())
    var notes: String?

    @Option(help: ArgumentHelp("Write the tour as a handout instead of starting it (captions, what each step shows, notes, sources).", valueName: "format"))
    var export: TourExportFormat?

    @OptionGroup var screenOptions: ScreenOptions
    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if let interval, !(interval >= 1 && interval <= 3600) {
            throw ValidationError("--interval must be between 1 and 3600 seconds")
        }
        if !check.isEmpty && (name != nil || interval != nil || notes != nil || export != nil) {
            throw ValidationError("--check takes only lesson files: natoscope tour --check FILE.md...")
        }
        if name == nil && (interval != nil || notes != nil || screenOptions.present) {
            throw ValidationError("--interval, --notes and --present need a tour name: natoscope tour NAME")
        }
    }

    func run() throws {
        let catalog = try dataOptions.catalog()
        if !check.isEmpty {
            let checked = try TourFiles.loadFiles(check, catalog: catalog)
            let steps = checked.reduce(0) { $0 + $1.steps.count }
            Console.write("ok: \(checked.count) lesson\(checked.count == 1 ? "" : "s"), \(steps) step\(steps == 1 ? "" : "s")\n")
            return
        }
        // A name that looks like a file (FILE.md, a path) is a lesson to run from that file.
        let isFile = name.map { $0.contains("/") || $0.lowercased().hasSuffix(".md") || $0.lowercased().hasSuffix(".json") } ?? false
        var tours = try TourFiles.load(extra: tourFiles, catalog: catalog, builtinData: dataOptions.data.isEmpty)
        if isFile, let name {
            let own = try TourFiles.loadFiles([name], catalog: catalog)
            let names = Set(own.map(\.name))
            tours = tours.filter { !names.contains($0.name) } + own
        }
        guard let name else {
            Console.write(Self.listing(tours))
            return
        }
        let wanted = isFile ? TourLoader.name(forFile: name) : name.lowercased()
        guard let tour = tours.first(where: { $0.name == wanted }) else {
            var message = "natoscope: no tour '\(name)'"
            if let near = Suggest.nearest(to: name, among: tours.map(\.name)) { message += "; did you mean '\(near)'?" }
            Console.error(message)
            Console.error("'natoscope tour' lists the tours")
            throw ExitCode(1)
        }
        if export != nil {
            Console.write(Handout.markdown(tour: tour, catalog: catalog))
            return
        }
        try ScreenOptions.requireTerminal()
        try screenOptions.run(catalog: catalog, options: ExplorerOptions(tours: tours, startTour: tour, interval: interval ?? tour.interval,
                                                                        notesPath: notes, present: screenOptions.present))
    }

    static func listing(_ tours: [NatoModel.Tour]) -> String {
        guard !tours.isEmpty else { return "no tours\n" }
        let nameWidth = max(4, tours.map { $0.name.terminalWidth }.max() ?? 0)
        let titleWidth = max(5, tours.map { $0.title.inert.terminalWidth }.max() ?? 0)
        var out = TextLayout.pad("NAME", width: nameWidth) + "  " + TextLayout.pad("TITLE", width: titleWidth) + "  STEPS\n"
        for t in tours {
            out += TextLayout.pad(t.name, width: nameWidth) + "  " + TextLayout.pad(t.title.inert, width: titleWidth) + "  " + String(t.steps.count) + "\n"
        }
        out += "\(tours.count) tour\(tours.count == 1 ? "" : "s"); 'natoscope tour NAME' starts one\n"
        return out
    }
}

enum TourExportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown
}
