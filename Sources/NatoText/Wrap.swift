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
