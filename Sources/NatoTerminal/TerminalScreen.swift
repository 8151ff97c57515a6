// The ncurses screen: start and stop, drawing grids, reading keys. The only code that
// touches ncurses, so everything above it stays pure and testable.
import CNcursesw
#if canImport(Glibc)
import Glibc
#endif
import NatoNavigation
import NatoRender
import NatoText

public enum TerminalError: Error, CustomStringConvertible {
    case unknownTerminal(String)
    /// A terminal type without cursor addressing (`TERM=dumb`): curses would start but could
    /// draw nothing but one line.
    case noCursorAddressing(String)

    public var description: String {
        switch self {
        case .unknownTerminal(let term):
            return "cannot use the terminal type '\(term)'; set TERM to one your system knows (for example TERM=xterm-256color)"
        case .noCursorAddressing(let term):
            return "the terminal type '\(term)' cannot move the cursor, which the explorer needs; set TERM to a full-screen terminal "
                + "(for example TERM=xterm-256color), or use the non-interactive subcommands (natoscope list, show, search, timeline)"
        }
    }
}

@MainActor
public final class TerminalScreen {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var theme: Theme
    private let useColor: Bool
    /// Whether colours are in use (false: the mono look; the map then draws patterns).
    public var hasColour: Bool { useColor }
    private var previous: Grid?
    private var stopped = false
    /// Whether the locale can show Unicode (otherwise draw ASCII lines).
    public let unicode: Bool

    /// Sets the locale, starts curses on the controlling terminal, and installs the signal
    /// handlers. `theme` nil means: the default theme, or mono under NO_COLOR or without colours.
    public init(theme requested: ThemeName?, noColor: Bool) throws {
        unicode = Self.setUpLocale()
        guard let out = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r") else {
            throw TerminalError.unknownTerminal("(no terminal)")
        }
        guard let screen = newterm(nil, out, input) else {
            throw TerminalError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        set_term(screen)
        // tigetstr answers nil for a missing capability and -1 for a name that is not a string one.
        let cup = tigetstr("cup")
        if cup == nil || Int(bitPattern: cup) == -1 {
            endwin()
            delscreen(screen)
            throw TerminalError.noCursorAddressing(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        guard let window = nato_stdscr() else { throw TerminalError.unknownTerminal("(no screen)") }
        self.window = window
        Signals.install()
        Signals.terminal(active: true)
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        wtimeout(window, 100)
        curs_set(1)
        mousemask(nato_mouse_mask(), nil)
        mouseinterval(0)
        var color = has_colors() && requested != .mono && !(noColor && requested == nil)
        if color {
            start_color()
            use_default_colors()
            color = nato_colors() >= 8
        }
        useColor = color
        theme = Theme(color ? (requested ?? .default) : .mono)
        if color {
            for c in 0..<8 { init_pair(Int16(c + 1), Int16(c), -1) }
        }
    }

    /// UTF-8 if the environment's locale or C.UTF-8 provides it; false means ASCII only.
    private static func setUpLocale() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8() { return true }
        if setlocale(LC_CTYPE, "C.UTF-8") != nil, isUTF8() { return true }
        return false
    }

    private static func isUTF8() -> Bool {
        guard let codeset = nato_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    public var columns: Int { Int(getmaxx(window)) }
    public var rows: Int { Int(getmaxy(window)) }

    /// Draws the cells that changed since the last frame; ncurses then sends only the
    /// difference to the terminal. A new size (or the first frame) draws every cell.
    public func draw(_ grid: Grid) {
        let full = previous.map { $0.columns != grid.columns || $0.rows != grid.rows } ?? true
        if full { werase(window) }
        // Local arrays, indexed directly: comparing through the optional previous grid cell by
        // cell cost a retain and release per cell. Changed cells of one style are written as one
        // run (one attribute change and one call), not cell by cell.
        let cells = grid.cells
        let old: [Cell] = full ? [] : previous?.cells ?? []
        let width = grid.columns
        let maxRow = min(grid.rows, rows), maxColumn = min(grid.columns, columns)
        var run: [wchar_t] = []
        run.reserveCapacity(maxColumn * 2 + 1)
        var cellScalars: [UInt32] = []
        // The last cell text that needed the full check, and what it gave: box lines and
        // markers repeat along a row.
        var lastText = "", lastWidth: UInt8 = 0
        for r in 0..<maxRow {
            let base = r * width
            var c = 0
            while c < maxColumn {
                let cell = cells[base + c]
                if cell.width == 0 || isUnchanged(c, base, width, cells, old) { c += 1; continue }
                // A run: consecutive changed cells of the same role.
                let role = cell.role
                let start = c
                run.removeAll(keepingCapacity: true)
                while c < maxColumn {
                    let x = cells[base + c]
                    if x.width == 0 { c += 1; continue }  // covered by the wide character before it
                    if x.role != role || isUnchanged(c, base, width, cells, old) { break }
                    if x.width == 2 && c + 1 >= maxColumn { break }  // a wide character cut by the edge
                    // Only a printable scalar of the cell's width and its marks reach ncurses
                    // (U+FFFD otherwise), so no cell can shift the columns after it.
                    let utf8 = x.text.utf8
                    if x.width == 1, utf8.count == 1, let a = utf8.first, a >= 0x20, a < 0x7F {  // printable ASCII
                        run.append(wchar_t(a))
                        c += 1
                        continue
                    }
                    if x.width != lastWidth || x.text != lastText {
                        cellScalars.removeAll(keepingCapacity: true)
                        TerminalCellText.scalars(x.text, width: Int(x.width), into: &cellScalars)
                        lastText = x.text
                        lastWidth = x.width
                    }
                    for v in cellScalars { run.append(wchar_t(bitPattern: v)) }
                    c += 1
                }
                if run.isEmpty { c = max(c, start + 1); continue }
                let look = theme.look(role)
                wattr_set(window, attributes(look), useColor ? pair(look) : 0, nil)
                run.append(0)
                mvwaddnwstr(window, Int32(r), Int32(start), run, Int32(run.count - 1))
            }
        }
        wattr_set(window, nato_attr_normal(), 0, nil)
        if let cursor = grid.cursor, cursor.row < maxRow, cursor.column < maxColumn {
            curs_set(1)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wrefresh(window)
        previous = grid
    }

    /// Whether the cell at column `c` (and the column its wide character covers) is the same
    /// as in the last frame.
    @inline(__always)
    private func isUnchanged(_ c: Int, _ base: Int, _ width: Int, _ cells: [Cell], _ old: [Cell]) -> Bool {
        guard !old.isEmpty, old[base + c] == cells[base + c] else { return false }
        return cells[base + c].width < 2 || c + 1 >= width || old[base + c + 1] == cells[base + c + 1]
    }

    private func attributes(_ look: CellLook) -> attr_t {
        var a = nato_attr_normal()
        if look.bold { a |= nato_attr_bold() }
        if look.dim { a |= nato_attr_dim() }
        if look.reverse { a |= nato_attr_reverse() }
        if look.underline { a |= nato_attr_underline() }
        return a
    }

    private func pair(_ look: CellLook) -> Int16 {
        look.foreground.map { $0.rawValue + 1 } ?? 0
    }

    /// The next key, or nil after the 100 ms timeout (so the caller can check for signals).
    public func readKey() -> Key? {
        var ch: wint_t = 0
        let status = wget_wch(window, &ch)
        switch status {
        case OK:
            return KeyDecoder.character(ch)
        case KEY_CODE_YES:
            if Int32(ch) == KEY_RESIZE { previous = nil }
            return KeyDecoder.keyCode(Int32(ch), columns: columns, rows: rows) {
                var event = MEVENT()
                guard getmouse(&event) == OK else { return nil }
                let button: MouseButton
                if nato_mouse_wheel_up(event.bstate) != 0 {
                    button = .wheelUp
                } else if nato_mouse_wheel_down(event.bstate) != 0 {
                    button = .wheelDown
                } else if nato_mouse_button1(event.bstate) != 0 {
                    button = .left
                } else {
                    return nil
                }
                return MouseEvent(row: Int(event.y), column: Int(event.x), button: button)
            }
        default:
            if terminalHungUp() { hungUp = true }
            return nil
        }
    }

    /// Set when the terminal went away (its window closed): reads then fail at once instead
    /// of waiting, so the loop must stop rather than spin.
    public private(set) var hungUp = false

    private func terminalHungUp() -> Bool {
        var fd = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&fd, 1, 0) >= 0 else { return false }
        return fd.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Switches the theme (the presenter profile brings the contrast theme); the next frame
    /// is drawn in full. Without colours the theme stays mono.
    public func setTheme(_ name: ThemeName) {
        let effective = useColor ? name : .mono
        guard effective != theme.name else { return }
        theme = Theme(effective)
        previous = nil
    }

    /// Restores the terminal: cursor, echo, cooked mode, the normal screen. Safe to call twice.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        Signals.terminal(active: false)
        curs_set(1)
        endwin()
        delscreen(screen)
    }
}
