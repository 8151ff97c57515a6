// Word wrapping and truncation measured in terminal columns.

public enum TextLayout {
    /// Breaks `text` into lines of at most `width` columns at spaces; a word longer than a
    /// line is split between grapheme clusters. Always returns at least one line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            var wordWidth = word.terminalWidth
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while wordWidth > width {
                let (head, rest) = split(word, at: width)
                lines.append(String(head))
                word = rest
                // Subtract rather than measure the rest again: re-measuring made a long word
                // cost its length squared over the width (minutes for a 2 MB word).
                wordWidth = max(0, wordWidth - head.terminalWidth)
            }
            line = String(word)
            lineWidth = wordWidth
        }
        lines.append(line)
        return lines
    }

    /// The longest prefix of `text` that fits in `width` columns, and the rest.
    public static func split(_ text: Substring, at width: Int) -> (Substring, Substring) {
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let w = text[index].terminalWidth
            if used + w > width { break }
            used += w
            index = text.index(after: index)
        }
        if index == text.startIndex && index < text.endIndex && width > 0 {
            // A single cluster wider than the line: take it anyway so wrapping progresses.
            index = text.index(after: index)
        }
        return (text[..<index], text[index...])
    }

    /// `text` cut to `width` columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        // Printable ASCII (most names and titles): a byte is a column and a boundary, so the
        // cut needs no cluster measuring (which cost about 10,000 instructions a list row on
        // the explorer's first frame). Only the first `width + 1` bytes are looked at: all
        // ASCII and no more than `width` of them fits; `width + 1` ASCII columns must be cut
        // (fewer, followed by other text, such as a combining accent, take the general path).
        let utf8 = text.utf8
        var plain = 0
        for b in utf8.prefix(width + 1) {
            guard b >= 0x20 && b < 0x7F else { break }
            plain += 1
        }
        if plain == utf8.count && plain <= width { return text }
        if plain == width + 1 { return String(decoding: utf8.prefix(width - 1), as: UTF8.self) + "…" }
        // Only the first `width` columns are looked at, so a huge field costs no more than a short one.
        let (fitting, rest) = split(Substring(text), at: width)
        if rest.isEmpty && fitting.terminalWidth <= width { return text }
        let (head, _) = split(Substring(text), at: width - 1)
        let fitted = head.terminalWidth > width - 1 ? "" : String(head)
        return fitted + "…"
    }

    /// `text` padded with spaces (or cut) to exactly `width` columns.
    public static func pad(_ text: String, width: Int) -> String {
        let t = truncate(text, width: width)
        let w = t.terminalWidth
        return w >= width ? t : t + String(repeating: " ", count: width - w)
    }
}
