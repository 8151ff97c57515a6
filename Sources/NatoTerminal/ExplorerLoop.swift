// The interactive main loop: read a key, map it to an action, reduce, render, draw. Every
// pass also sends the clock (`.tick`), which drives a tour's auto-advance, and rewrites the
// speaker notes file when the tour's step changes.
#if canImport(Glibc)
import Glibc
#endif
import NatoModel
import NatoNavigation
import NatoRender

/// How the explorer starts: tours on offer, a tour to start, presenter profile, notes file.
public struct ExplorerOptions: Sendable {
    public var tours: [Tour]
    /// The tour to start with (one of `tours` or another).
    public var startTour: Tour?
    /// Auto-advance every so many seconds (loops back to the first step after the last).
    public var interval: Double?
    /// A file rewritten with the current step's speaker notes on every step.
    public var notesPath: String?
    public var present: Bool
    /// Runs a quiz on standard input and output (the `Q` key), while the screen is suspended.
    public var quiz: (@Sendable () -> Void)?

    public init(tours: [Tour] = [], startTour: Tour? = nil, interval: Double? = nil, notesPath: String? = nil, present: Bool = false,
                quiz: (@Sendable () -> Void)? = nil) {
        self.quiz = quiz
        self.tours = tours
        self.startTour = startTour
        self.interval = interval
        self.notesPath = notesPath
        self.present = present
    }
}

public struct NotesFileError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot write the notes file \(path): \(reason)" }
}

/// Writes the speaker notes file atomically: a temporary file beside it, then a rename, so
/// that `tail -F` never sees a half-written file.
public struct NotesFile: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    public func write(_ text: String) throws(NotesFileError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw NotesFileError(path: path, reason: String(cString: strerror(errno))) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(temporary)
                throw NotesFileError(path: path, reason: reason)
            }
            bytes = bytes.dropFirst(n)
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw NotesFileError(path: path, reason: reason)
        }
    }
}

public enum Explorer {
    /// Seconds on a monotonic clock.
    static func seconds() -> Double { Double(Trace.now()) / 1_000_000_000 }

    /// Runs the explorer until the user quits or a stop signal arrives. Returns the exit status.
    /// Throws before the screen starts when the notes file cannot be written.
    @MainActor
    public static func run(catalog: Catalog, theme: ThemeName?, noColor: Bool, ascii: Bool,
                           options: ExplorerOptions = ExplorerOptions()) throws -> Int32 {
        let started = Trace.now()
        let notes = options.notesPath.map(NotesFile.init)
        func startingState(columns: Int, rows: Int) -> AppState {
            var state = AppState(catalog: catalog, columns: columns, rows: rows)
            state.tours = options.tours
            reduce(&state, .tick(now: seconds()), catalog: catalog)
            if let tour = options.startTour { state.startTour(tour, catalog: catalog, interval: options.interval) }
            return state
        }
        // Write the notes before the screen starts, so that a bad path is a plain error message.
        try notes?.write(startingState(columns: 80, rows: 24).speakerNotes(catalog: catalog))

        let trace = Trace()
        let terminal = try TerminalScreen(theme: theme, noColor: noColor)
        defer {
            terminal.stop()
            trace.close()
        }
        let box: BoxStyle = ascii || !terminal.unicode ? .ascii : .unicode
        let baseTheme = theme ?? (noColor ? .mono : .default)
        var state = startingState(columns: terminal.columns, rows: terminal.rows)
        if options.present { reduce(&state, .togglePresenter, catalog: catalog) }
        terminal.draw(render(state, catalog: catalog, box: box))
        trace.record("first-frame", since: started)
        var shownStep = stepKey(state)
        while !state.shouldQuit {
            if let signal = StopSignal.pending { return 128 + signal }
            let key = terminal.readKey()
            if terminal.hungUp { return 128 + SIGHUP }
            let keyStart = Trace.now()
            var changed = false
            if let key, let action = KeyMap.action(for: key, in: state) {
                let wasPresenting = state.presenter
                reduce(&state, action, catalog: catalog)
                if state.shouldQuit { break }
                changed = true
                if state.presenter != wasPresenting { terminal.setTheme(state.presenter ? .contrast : baseTheme) }
                if state.quizRequested {
                    state.quizRequested = false
                    if let quiz = options.quiz {
                        terminal.suspend(while: quiz)
                    } else {
                        state.message = "No quiz here: run 'natoscope quiz'"
                    }
                }
            }
            // The clock, after the key: auto-advance counts from when a step was shown.
            let before = (stepKey(state), state.message)
            reduce(&state, .tick(now: seconds()), catalog: catalog)
            if stepKey(state) != before.0 || state.message != before.1 { changed = true }
            if stepKey(state) != shownStep {
                shownStep = stepKey(state)
                // A failed rewrite must not stop the lesson: say it on the status line.
                do {
                    try notes?.write(state.speakerNotes(catalog: catalog))
                } catch {
                    state.message = error.description
                    changed = true
                }
            }
            guard changed else { continue }
            terminal.draw(render(state, catalog: catalog, box: box))
            if key != nil { trace.record("key", since: keyStart) }
        }
        return 0
    }

    /// Which tour and step are on screen (nil: no tour).
    static func stepKey(_ state: AppState) -> String? {
        state.tour.map { $0.tour.name + "#" + String($0.step) }
    }
}
