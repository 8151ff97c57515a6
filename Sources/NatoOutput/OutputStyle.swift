// How text reports are laid out: the width to wrap to and whether to use colour.
import NatoText

public struct OutputStyle: Sendable {
    public var width: Int
    public var color: Bool

    public init(width: Int = 80, color: Bool = false) {
        self.width = max(20, width)
        self.color = color
    }

    static let boldOn = "\u{1B}[1m", dimOn = "\u{1B}[2m", warnOn = "\u{1B}[1;33m", reset = "\u{1B}[0m"
    /// The only escape sequences the output gate lets through, and only for styled output.
    static let sequences = [boldOn, dimOn, warnOn, reset]

    func bold(_ s: String) -> String { color ? Self.boldOn + s + Self.reset : s }
    func dim(_ s: String) -> String { color ? Self.dimOn + s + Self.reset : s }
    func warn(_ s: String) -> String { color ? Self.warnOn + s + Self.reset : s }
}

/// Builds a text report line by line. Every piece of data text passes through `inert` here,
/// so nothing from a data file can reach the terminal as an escape sequence.
struct TextBuilder {
    let style: OutputStyle
    private(set) var lines: [String] = []

    init(style: OutputStyle) { self.style = style }

    mutating func line(_ s: String = "") { lines.append(s) }

    /// Data text wrapped to the width with a hanging indent.
    mutating func wrapped(_ text: String, indent: Int = 0, first: String? = nil) {
        let pad = String(repeating: " ", count: indent)
        let lead = first ?? pad
        let body = TextLayout.wrap(text.inert, width: style.width - indent)
        for (i, l) in body.enumerated() { lines.append((i == 0 ? lead : pad) + l) }
    }

    mutating func heading(_ s: String) {
        if !lines.isEmpty { lines.append("") }
        lines.append(style.bold(s.inert))
    }

    var text: String { lines.map { $0.trailingSpacesRemoved }.joined(separator: "\n") + "\n" }
}

extension String {
    var trailingSpacesRemoved: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

/// Aligned columns; the last column takes the remaining width and is cut with "…".
struct Table {
    var headers: [String]
    var rows: [[String]] = []

    func render(style: OutputStyle) -> [String] {
        guard !headers.isEmpty else { return [] }
        // A column other than the last is at most half the width (or 80 columns, the longest
        // id): longer cells are cut with "…", so one huge field cannot pad every row to its size.
        let maximumColumn = min(80, style.width / 2)
        var widths = headers.map(\.terminalWidth)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count - 1 {
                widths[i] = max(widths[i], Self.width(of: cell.inert, upTo: maximumColumn))
            }
        }
        let fixed = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
        let last = max(10, style.width - fixed)
        func format(_ cells: [String]) -> String {
            var out = ""
            for (i, cell) in cells.enumerated() {
                let text = cell.inert
                if i == cells.count - 1 {
                    out += TextLayout.truncate(text, width: last)
                } else {
                    out += TextLayout.pad(text, width: widths[i]) + "  "
                }
            }
            return out.trailingSpacesRemoved
        }
        return [style.bold(format(headers))] + rows.map(format)
    }

    /// The text's width in columns, or `limit` if it is at least that wide; only the first
    /// `limit` columns are measured.
    static func width(of text: String, upTo limit: Int) -> Int {
        var total = 0
        for character in text {
            total += character.terminalWidth
            if total >= limit { return limit }
        }
        return total
    }
}
