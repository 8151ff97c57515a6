// A screen in memory: cells of one grapheme each, with their display width and a style role.
// The terminal adapter maps roles to colours and attributes; tests read the grid as text.
import NatoText

/// What a cell means; a theme turns it into colours and attributes.
public enum StyleRole: UInt8, Sendable, CaseIterable {
    case normal, muted, title, breadcrumb, border, borderFocused, paneTitle, paneTitleFocused
    case selected, selectedInactive, related, ally, partner, suspended, warning, link, linkFocused
    case heading, status, statusKey, searchMatch, overlay, overlayTitle, axis, axisMark, error
    /// The year shown in the title line.
    case year
    /// The map's countries by their relation to NATO (see NatoMap's `MapRole`) and its cursor.
    case mapUnrelated, mapAlly, mapPartner, mapMember, mapSuspended, mapFormer, mapSelected, mapCursor
}

public struct Cell: Sendable, Equatable {
    /// One grapheme cluster; "" for the second column of a wide character.
    public var text: String
    /// 1, 2 for a wide character, 0 for the column a wide character covers.
    public var width: UInt8
    public var role: StyleRole

    public init(_ text: String, width: UInt8 = 1, role: StyleRole = .normal) {
        self.text = text
        self.width = width
        self.role = role
    }

    public static let blank = Cell(" ")
}

public struct Grid: Sendable, Equatable {
    public let columns: Int
    public let rows: Int
    /// Row-major.
    public var cells: [Cell]
    /// Where the terminal cursor goes: the selected row of the focused pane.
    public var cursor: Position?

    public init(columns: Int, rows: Int, fill: Cell = .blank) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        cells = [Cell](repeating: fill, count: self.columns * self.rows)
        cursor = nil
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * columns + column] }
        set { cells[row * columns + column] = newValue }
    }

    public func row(_ r: Int) -> [Cell] {
        guard r >= 0 && r < rows else { return [] }
        return Array(cells[r * columns ..< (r + 1) * columns])
    }

    /// One line per row, trailing spaces trimmed.
    public func text() -> String {
        var out = ""
        out.reserveCapacity(cells.count + rows)
        for r in 0..<rows {
            var line = ""
            for c in 0..<columns { line += self[r, c].text }
            while line.last == " " { line.removeLast() }
            out += line
            if r < rows - 1 { out += "\n" }
        }
        return out
    }
}

extension StyleRole {
    /// One character per role for the style layer of snapshots: `.` for normal, then letters.
    public var code: Character {
        let codes = Array(".abcdefghijklmnopqrstuvwxyzABCDEFGHIJ")
        return codes[Int(rawValue) % codes.count]
    }
}

extension Grid {
    /// The style layer beside `text()`: a legend line, then one code (`StyleRole.code`) per
    /// cell, trailing normal cells trimmed. Snapshots compare it so that a wrong style fails.
    public func roles() -> String {
        var out = "# " + StyleRole.allCases.map { "\($0.code)=\($0)" }.joined(separator: " ") + "\n"
        for r in 0..<rows {
            var line = String(row(r).map(\.role.code))
            while line.last == "." { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}

/// Lines of boxes and the markers that differ between Unicode and ASCII.
public enum BoxStyle: Sendable, Equatable {
    case unicode, ascii

    struct Chars {
        let h, v, tl, tr, bl, br: String
    }

    var plain: Chars {
        self == .unicode ? Chars(h: "─", v: "│", tl: "┌", tr: "┐", bl: "└", br: "┘") : Chars(h: "-", v: "|", tl: "+", tr: "+", bl: "+", br: "+")
    }

    /// The focused pane: heavy lines, so focus shows without colour.
    var heavy: Chars {
        self == .unicode ? Chars(h: "━", v: "┃", tl: "┏", tr: "┓", bl: "┗", br: "┛") : Chars(h: "=", v: "#", tl: "#", tr: "#", bl: "#", br: "#")
    }

    var double: Chars {
        self == .unicode ? Chars(h: "═", v: "║", tl: "╔", tr: "╗", bl: "╚", br: "╝") : Chars(h: "=", v: "|", tl: "+", tr: "+", bl: "+", br: "+")
    }

    var focusMarker: String { self == .unicode ? "▶" : ">" }
    var selectionMarker: String { self == .unicode ? "▸" : ">" }
    var relatedMarker: String { self == .unicode ? "•" : "*" }
    var separator: String { self == .unicode ? "›" : ">" }
    var axisLine: String { self == .unicode ? "─" : "-" }
    var axisTick: String { self == .unicode ? "┼" : "+" }
    var axisMarked: String { self == .unicode ? "●" : "o" }
    var axisCurrent: String { self == .unicode ? "◆" : "#" }
    var yearMarker: String { self == .unicode ? "▼" : "v" }
    var scrollThumb: String { self == .unicode ? "█" : "#" }
    var ellipsisDown: String { self == .unicode ? "▼" : "v" }
}

/// Draws into a grid, clipping to it and never splitting a wide character.
struct Canvas {
    var grid: Grid
    /// ASCII mode: the program's own symbols (arrows, ellipsis, dashes, bullets) become ASCII too.
    var ascii = false

    init(columns: Int, rows: Int, ascii: Bool = false) {
        grid = Grid(columns: columns, rows: rows)
        self.ascii = ascii
    }

    /// The printable ASCII characters (0x20-0x7E) as strings, made once.
    static let asciiText: [String] = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }

    static let asciiSymbols: [Character: Character] = [
        "…": "~", "·": "-", "–": "-", "—": "-", "•": "*", "↑": "^", "↓": "v", "←": "<", "→": ">", "⌫": "<",
        "▸": ">", "▶": ">", "›": ">", "─": "-", "█": "#", "▼": "v",
    ]

    /// Makes the cell at (r, c) independent of a wide character it belongs to.
    private mutating func detach(_ r: Int, _ c: Int) {
        let cell = grid[r, c]
        if cell.width == 0 && c > 0 {
            grid[r, c - 1] = Cell(" ", role: grid[r, c - 1].role)
        }
        if cell.width == 2 && c + 1 < grid.columns {
            grid[r, c + 1] = Cell(" ", role: grid[r, c + 1].role)
        }
    }

    /// Writes `text` from (row, column) in at most `limit` columns; returns the columns used.
    /// Each cluster becomes the terminal cells NatoText draws it as (`forEachTerminalCell`):
    /// lone marks are dropped, control characters become U+FFFD, and terminal-dependent
    /// clusters (ZWJ sequences, flags, VS16) take a form whose width every terminal agrees on.
    @discardableResult
    mutating func put(_ text: String, row: Int, column: Int, limit: Int = Int.max, role: StyleRole) -> Int {
        guard row >= 0, row < grid.rows, column >= 0, column < grid.columns else { return 0 }
        let room = min(limit, grid.columns - column)
        var used = 0
        // Printable ASCII only (most of the screen): one cell per byte, no grapheme breaking.
        // Cluster by cluster, the first frame's text cost about 80 instructions a character.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            let utf8 = text.utf8
            let n = min(utf8.count, room)
            writeRun(row: row, column: column, count: n) { buffer, start in
                var i = start
                for byte in utf8.prefix(n) {
                    buffer[i] = Cell(Self.asciiText[Int(byte) - 0x20], width: 1, role: role)
                    i += 1
                }
            }
            return n
        }
        for ch in text {
            var ch = ch
            if ascii, !ch.isASCII, let plain = Self.asciiSymbols[ch] { ch = plain }
            if ch.isASCII, let a = ch.asciiValue, a >= 0x20, a < 0x7F {  // fast path: printable ASCII
                guard used < room else { break }
                detach(row, column + used)
                grid[row, column + used] = Cell(String(ch), width: 1, role: role)
                used += 1
                continue
            }
            var full = false
            ch.forEachTerminalCell { cell, w in
                guard !full else { return }
                if used + w > room { full = true; return }
                let c = column + used
                detach(row, c)
                if w == 2 {
                    detach(row, c + 1)
                    grid[row, c] = Cell(cell, width: 2, role: role)
                    grid[row, c + 1] = Cell("", width: 0, role: role)
                } else {
                    grid[row, c] = Cell(cell, width: 1, role: role)
                }
                used += w
            }
            if full { break }
        }
        return used
    }

    mutating func fill(row: Int, column: Int, width: Int, role: StyleRole, with char: String = " ") {
        guard row >= 0, row < grid.rows else { return }
        let start = max(0, column), end = min(grid.columns, column + width)
        guard start < end else { return }
        let cell = Cell(char, role: role)
        writeRun(row: row, column: start, count: end - start) { buffer, first in
            for i in first..<(first + end - start) { buffer[i] = cell }
        }
    }

    /// Writes the `count` cells from (row, column) of one row (in the grid) through `write`,
    /// given the cells and the run's first index: one uniqueness check of the grid for the
    /// run, not one per cell (rendering a frame writes about 20,000 cells). Only the run's two
    /// ends can cut a wide character the run does not overwrite whole, so only they are
    /// detached.
    private mutating func writeRun(row: Int, column: Int, count: Int, _ write: (inout UnsafeMutableBufferPointer<Cell>, Int) -> Void) {
        guard count > 0, column >= 0, column + count <= grid.columns, row >= 0, row < grid.rows else { return }
        detach(row, column)
        detach(row, column + count - 1)
        let start = row * grid.columns + column
        grid.cells.withUnsafeMutableBufferPointer { write(&$0, start) }
    }

    mutating func fill(_ rect: Rect, role: StyleRole) {
        for r in rect.row..<rect.bottom { fill(row: r, column: rect.column, width: rect.width, role: role) }
    }

    mutating func box(_ rect: Rect, _ chars: BoxStyle.Chars, role: StyleRole) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let top = rect.row, bottom = rect.bottom - 1, left = rect.column, right = rect.right - 1
        fill(row: top, column: left + 1, width: rect.width - 2, role: role, with: chars.h)
        fill(row: bottom, column: left + 1, width: rect.width - 2, role: role, with: chars.h)
        for r in (top + 1)..<bottom {
            fill(row: r, column: left, width: 1, role: role, with: chars.v)
            fill(row: r, column: right, width: 1, role: role, with: chars.v)
        }
        fill(row: top, column: left, width: 1, role: role, with: chars.tl)
        fill(row: top, column: right, width: 1, role: role, with: chars.tr)
        fill(row: bottom, column: left, width: 1, role: role, with: chars.bl)
        fill(row: bottom, column: right, width: 1, role: role, with: chars.br)
    }
}

