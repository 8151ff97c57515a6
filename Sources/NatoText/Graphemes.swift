// Grapheme clusters drawn so that the terminal and the grid agree on their width.
//
// ncurses and terminals add up code points, each with its wcwidth; a grapheme cluster is one
// cell of ncurses only when it is a base character followed by zero-width marks. Clusters
// whose look depends on the terminal (emoji ZWJ sequences, VS15/VS16, skin-tone modifiers,
// tag sequences, flags, U+200D or U+034F in plain text) are drawn in a form every terminal
// measures the same way, so that they can never shift the layout:
// - a cluster is drawn up to its first terminal-dependent scalar: a ZWJ family shows its first
//   person, "❤️" its heart without VS16, a skin-toned hand the plain hand, a tag flag its black flag;
// - regional indicators (flags) are drawn as their ASCII letters: 🇫🇷 shows as "FR";
// - a scalar glibc cannot print, or a control character, becomes U+FFFD (as `inert` does);
// - zero-width format characters (U+200B, bidirectional marks) are not drawn.

extension Character {
    /// Calls `body` with each terminal cell this cluster is drawn as: the text to send (one
    /// scalar with width 1 or 2, then at most four zero-width marks, as a curses cell holds
    /// five) and its width. A cluster that draws nothing (a lone mark) calls it never.
    public func forEachTerminalCell(_ body: (String, Int) -> Void) {
        var text = ""
        var width = 0
        var marks = 0
        var first = true
        for scalar in unicodeScalars {
            let v = scalar.value
            if Self.isRegionalIndicator(v) {
                if width > 0 { body(text, width) }
                text = String(Unicode.Scalar(UInt8(0x41 + v - 0x1F1E6)))
                width = 1
                marks = 0
                first = false
                continue
            }
            if !first && Self.isTerminalDependent(v) { break }
            first = false
            let w = TerminalWidth.wcwidth(v)
            if TerminalWidth.isUnprintable(scalar, width: w) {
                if width > 0 { body(text, width) }
                text = "\u{FFFD}"
                width = 1
                marks = 0
            } else if w == 0 {
                // A mark rides on the cell before it; with no cell, or a full one, it is dropped.
                if width == 0 || marks == 4 || scalar.properties.generalCategory == .format { continue }
                text.unicodeScalars.append(scalar)
                marks += 1
            } else {
                if width > 0 { body(text, width) }
                text = String(scalar)
                width = w
                marks = 0
            }
        }
        if width > 0 { body(text, width) }
    }

    /// Scalars whose rendering differs between terminals when they follow another.
    static func isTerminalDependent(_ v: UInt32) -> Bool {
        switch v {
        case 0x200D,  // zero width joiner
             0x034F,  // combining grapheme joiner
             0xFE0E, 0xFE0F,  // text and emoji presentation selectors
             0x1F3FB...0x1F3FF,  // skin-tone modifiers
             0xE0000...0xE007F:  // tags
            return true
        default:
            return false
        }
    }

    static func isRegionalIndicator(_ v: UInt32) -> Bool { (0x1F1E6...0x1F1FF).contains(v) }
}

extension StringProtocol {
    /// The text as the terminal gets it: each cluster replaced by the cells it is drawn as
    /// (see `forEachTerminalCell`), so that its `terminalWidth` is what every terminal shows.
    public var terminalSafe: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for ch in self {
            if ch.isASCII && !ch.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                out.append(ch)
                continue
            }
            ch.forEachTerminalCell { text, _ in out += text }
        }
        return out
    }
}

public enum TerminalCellText {
    /// What the terminal adapter sends for a grid cell of `width` columns: the cell's scalars
    /// when they are one printable scalar of exactly that width and at most four zero-width
    /// marks (as the grid makes them), otherwise U+FFFD padded to the width, so that a cell can
    /// never move the columns after it.
    public static func scalars(_ text: String, width: Int, into out: inout [UInt32]) {
        let utf8 = text.utf8
        if utf8.count == 1, width == 1, let a = utf8.first, a >= 0x20, a < 0x7F {  // fast path: printable ASCII
            out.append(UInt32(a))
            return
        }
        if text.isEmpty {  // an empty cell is blank
            for _ in 0..<max(0, width) { out.append(0x20) }
            return
        }
        var count = 0
        var valid = true
        for scalar in text.unicodeScalars {
            let w = TerminalWidth.wcwidth(scalar.value)
            let expected = count == 0 ? width : 0
            if w != expected || TerminalWidth.isUnprintable(scalar, width: w) || count == 5
                || (count > 0 && (Character.isTerminalDependent(scalar.value) || scalar.properties.generalCategory == .format)) {
                valid = false
                break
            }
            count += 1
        }
        if valid {
            for scalar in text.unicodeScalars { out.append(scalar.value) }
        } else if width > 0 {
            out.append(0xFFFD)
            if width == 2 { out.append(0x20) }
        }
    }
}
