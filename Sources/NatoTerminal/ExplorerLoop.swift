// The interactive main loop: read a key, map it to an action, reduce, render, draw.
import NatoModel
import NatoNavigation
import NatoRender

public enum Explorer {
    /// Runs the explorer until the user quits or a stop signal arrives. Returns the exit status.
    @MainActor
    public static func run(catalog: Catalog, theme: ThemeName?, noColor: Bool, ascii: Bool) throws -> Int32 {
        let started = Trace.now()
        let trace = Trace()
        let terminal = try TerminalScreen(theme: theme, noColor: noColor)
        defer {
            terminal.stop()
            trace.close()
        }
        let box: BoxStyle = ascii || !terminal.unicode ? .ascii : .unicode
        var state = AppState(catalog: catalog, columns: terminal.columns, rows: terminal.rows)
        terminal.draw(render(state, catalog: catalog, box: box))
        trace.record("first-frame", since: started)
        while !state.shouldQuit {
            if let signal = StopSignal.pending { return 128 + signal }
            guard let key = terminal.readKey() else { continue }
            let keyStart = Trace.now()
            guard let action = KeyMap.action(for: key, in: state) else { continue }
            reduce(&state, action, catalog: catalog)
            if state.shouldQuit { break }
            terminal.draw(render(state, catalog: catalog, box: box))
            trace.record("key", since: keyStart)
        }
        return 0
    }
}
