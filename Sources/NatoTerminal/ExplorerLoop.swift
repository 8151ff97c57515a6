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

    public init(tours: [Tour] = [], startTour: Tour? = nil, interval: Double? = nil, notesPath: String? = nil, present: Bool = false) {
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
        /// The first state, and the notes it asks to write.
        func startingState(columns: Int, rows: Int) -> (AppState, [Effect]) {
            // The quizzes' seeds start at the launch time: a new quiz every session.
            var state = AppState(catalog: catalog, columns: columns, rows: rows, tours: options.tours, quizSeed: UInt64(max(0, time(nil))))
            reduce(&state, .tick(now: seconds()), catalog: catalog)
            var effects = [Effect.writeNotes(state.speakerNotes(catalog: catalog))]
            if let tour = options.startTour { effects += reduce(&state, .startTour(tour, interval: options.interval), catalog: catalog) }
            return (state, effects)
        }
        // Write the notes before the screen starts, so that a bad path is a plain error message.
        if let notes, case .writeNotes(let text)? = startingState(columns: 80, rows: 24).1.last { try notes.write(text) }

        let trace = Trace()
        let terminal = try TerminalScreen(theme: theme, noColor: noColor)
        defer {
            terminal.stop()
            trace.close()
        }
        let box: BoxStyle = ascii || !terminal.unicode ? .ascii : .unicode
        let baseTheme = theme ?? (noColor ? .mono : .default)
        // The map's drawn image, kept between frames; patterns where there is no colour.
        let mapCache = MapViewCache(patterns: baseTheme == .mono || !terminal.hasColour)
        var (state, _) = startingState(columns: terminal.columns, rows: terminal.rows)

        /// Carries out the reducer's effects; returns false when the explorer must stop.
        func perform(_ effects: [Effect]) -> Bool {
            for effect in effects {
                switch effect {
                case .quit:
                    return false
                case .writeNotes(let text):
                    // A failed rewrite must not stop the lesson: say it on the status line.
                    do {
                        try notes?.write(text)
                    } catch {
                        reduce(&state, .notesFileFailed(error.description), catalog: catalog)
                    }
                case .switchTheme(let presenter):
                    terminal.setTheme(presenter ? .contrast : baseTheme)
                case .redraw:
                    break  // the loop redraws after any effect
                }
            }
            return true
        }

        if options.present { _ = perform(reduce(&state, .togglePresenter, catalog: catalog)) }
        terminal.draw(render(state, catalog: catalog, box: box, mapCache: mapCache))
        trace.record("first-frame", since: started)
        while true {
            if let signal = StopSignal.pending { return 128 + signal }
            let key = terminal.readKey()
            if terminal.hungUp { return 128 + SIGHUP }
            let keyStart = Trace.now()
            var changed = false
            // A click on the map selects the country drawn there (only the drawn image knows).
            var action = key.flatMap { KeyMap.action(for: $0, in: state) }
            if case .click(let row, let column)? = action, let country = mapCache.country(atRow: row, column: column),
               state.layout.mapRect?.inner.contains(row: row, column: column) == true {
                action = .map(.select(country: country))
            }
            if let action {
                guard perform(reduce(&state, action, catalog: catalog)) else { break }
                changed = true
            }
            // The clock, after the key: auto-advance counts from when a step was shown. A tick
            // changes the screen only when it moves the tour on, which always rewrites the notes.
            let tickEffects = reduce(&state, .tick(now: seconds()), catalog: catalog)
            if !tickEffects.isEmpty {
                changed = true
                guard perform(tickEffects) else { break }
            }
            guard changed else { continue }
            terminal.draw(render(state, catalog: catalog, box: box, mapCache: mapCache))
            if key != nil { trace.record("key", since: keyStart) }
        }
        return 0
    }
}
