// The map as printable text: colour half-blocks on a terminal, glyph patterns otherwise, so it
// reads on a projector, in print and under NO_COLOR; the legend follows.
import NatoText

extension MapRole {
    /// Okabe-Ito colours (safe for the common colour-vision deficiencies) as xterm-256 indexes;
    /// nil for the sea, which keeps the terminal's background.
    public var colour256: Int? {
        switch self {
        case .sea: return nil
        case .unrelated: return 244     // grey
        case .ally: return 25           // blue #0072B2
        case .partner: return 214       // orange #E69F00
        case .member: return 36         // bluish green #009E73
        case .suspended: return 166     // vermillion #D55E00
        case .former: return 175        // reddish purple #CC79A7
        case .selected: return 227      // yellow #F0E442
        }
    }

    /// Glyphs of different densities for monochrome output, darkest for the strongest tie.
    public var pattern: Character {
        switch self {
        case .sea: return " "
        case .unrelated: return "·"
        case .partner: return "▒"
        case .ally: return "█"
        case .member: return "▓"
        case .suspended: return "░"
        case .former: return "+"
        case .selected: return "@"
        }
    }

    /// Markers for countries too small to draw, one shape per role in monochrome.
    public var markerPattern: Character {
        switch self {
        case .sea, .unrelated: return "·"
        case .partner: return "○"
        case .ally: return "●"
        case .member: return "◆"
        case .suspended: return "×"
        case .former: return "◇"
        case .selected: return "@"
        }
    }
}

public enum MapText {
    /// The map's rows, then the legend wrapped to `columns`. `title` is data-free text.
    public static func render(_ image: MapImage, legend: [LegendEntry], title: String, colour: Bool) -> String {
        var out = title + "\n"
        for row in 0..<image.rows {
            var line = ""
            var current: [Int?]? = nil  // the colours (fg, bg) last set on this line
            for col in 0..<image.columns {
                let cell = image.cell(col, row)
                if colour {
                    let glyph = cell.halfBlock
                    let want = [glyph.foreground.colour256, glyph.background.colour256]
                    if current != want {
                        line += sgr(fg: want[0], bg: want[1])
                        current = want
                    }
                    line += String(glyph.character)
                } else {
                    line += String(cell.marker ? cell.dominant.markerPattern : cell.dominant.pattern)
                }
            }
            if colour { line += "\u{1B}[0m" }
            out += trimmed(line) + "\n"
        }
        out += legendLines(legend, columns: image.columns, colour: colour).joined(separator: "\n") + "\n"
        return out
    }

    /// "█ Allies 32   ▒ Partners 38 ...", wrapped; labels pass through `inert`.
    public static func legendLines(_ legend: [LegendEntry], columns: Int, colour: Bool) -> [String] {
        var lines: [String] = []
        var line = "", width = 0
        for entry in legend {
            let text = TextLayout.truncate(entry.label.inert, width: max(10, columns - 4)) + (entry.count.map { " \($0)" } ?? "")
            let swatch = colour ? sgr(fg: entry.role.colour256, bg: nil) + "██" + "\u{1B}[0m" : String(repeating: entry.role.pattern, count: 2)
            let w = 3 + text.terminalWidth
            if width > 0 && width + 3 + w > columns {
                lines.append(line)
                line = ""; width = 0
            }
            if width > 0 { line += "   "; width += 3 }
            line += swatch + " " + text
            width += w
        }
        if width > 0 { lines.append(line) }
        return lines
    }

    /// Lines the legend takes at this width, so a caller can size the map to fit a screen.
    public static func legendHeight(_ legend: [LegendEntry], columns: Int) -> Int {
        legendLines(legend, columns: columns, colour: false).count
    }

    private static func sgr(fg: Int?, bg: Int?) -> String {
        "\u{1B}[" + (fg.map { "38;5;\($0)" } ?? "39") + ";" + (bg.map { "48;5;\($0)" } ?? "49") + "m"
    }

    private static func trimmed(_ s: String) -> String {
        var t = Substring(s)
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }
}
