// Wrapping styled spans into the detail's lines: paragraphs, headings, bullets, links.
import NatoModel
import NatoText

struct Builder {
    let catalog: Catalog
    let width: Int
    var lines: [[Span]] = []
    var links: [DetailLink] = []

    init(catalog: Catalog, width: Int) {
        self.catalog = catalog
        self.width = width
    }

    mutating func blank() {
        if let last = lines.last, last.isEmpty { return }
        if !lines.isEmpty { lines.append([]) }
    }

    mutating func link(_ target: EntityRef, _ text: String? = nil) -> Span {
        links.append(DetailLink(target: target, line: -1))
        return Span(text ?? catalog.name(target), .link, link: links.count - 1)
    }

    /// Wraps spans (separated by single spaces) to the width: the first line starts with
    /// `first`, the following lines are indented by its width.
    mutating func paragraph(_ spans: [Span], first: String = "", firstStyle: TextStyle = .body) {
        let indent = min(first.terminalWidth, max(0, width - 1))
        var line: [Span] = first.isEmpty ? [] : [Span(first, firstStyle)]
        var used = indent
        var atLineStart = true
        func emit(_ l: inout [Span], _ used: inout Int) {
            lines.append(l)
            l = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
            used = indent
        }
        func append(_ l: inout [Span], _ word: Substring, _ span: Span, space: Bool) {
            if let last = l.last, last.style == span.style, last.link == span.link {
                // Appended in place: `" " + word` went through the generic `+` of a String
                // and a Substring (its associated types looked up at run time).
                if space { l[l.count - 1].text.append(" ") }
                l[l.count - 1].text.append(contentsOf: word)
                return
            }
            if space {
                if let last = l.last, last.style == .body, last.link == nil {
                    l[l.count - 1].text += " "
                } else {
                    l.append(Span(" "))
                }
            }
            l.append(Span(String(word), span.style, link: span.link))
        }
        for span in spans {
            let text = span.text.inert
            for w in text.split(separator: " ", omittingEmptySubsequences: true) {
                var word = w
                var ww = Self.width(word)
                let space = !atLineStart
                if space && used + 1 + ww <= width {
                    append(&line, word, span, space: true)
                    used += 1 + ww
                    continue
                }
                if !atLineStart { emit(&line, &used) }
                let room = max(1, width - indent)
                while ww > room {
                    let (head, rest) = TextLayout.split(word, at: room)
                    append(&line, head, span, space: false)
                    emit(&line, &used)
                    word = rest
                    ww = word.terminalWidth
                }
                append(&line, word, span, space: false)
                used += ww
                atLineStart = false
            }
        }
        if !line.isEmpty && (!atLineStart || !first.isEmpty) { lines.append(line) }
    }

    /// `terminalWidth` of a word, computed the same way here: the generic `terminalWidth` of
    /// a Substring, called from this module, walked the text through witness tables (about
    /// 17,000 instructions a word with an accent), a third of the detail pane's first frame.
    static func width(_ word: Substring) -> Int {
        var narrow = 0
        for scalar in word.unicodeScalars {
            guard scalar.value < 0x300 else { return word.reduce(0) { $0 + $1.terminalWidth } }
            narrow += 1  // below U+0300 nothing combines or is wide: one column a scalar
        }
        return narrow
    }

    mutating func heading(_ text: String) {
        blank()
        paragraph([Span(text, .heading)])
    }

    mutating func bullet(_ spans: [Span]) { paragraph(spans, first: "• ") }
}
