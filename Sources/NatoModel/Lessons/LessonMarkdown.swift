// The Markdown subset of a lesson, read line by line so that every problem can name its line.
// Written by hand rather than with a Markdown library: the one on this machine (Ink) renders
// HTML and keeps no source positions, and a lesson needs only front matter, level-2
// headings, paragraphs and HTML comments (see docs/LESSONS.md).

/// A lesson file as written, before its ids and years are checked against a data set.
struct LessonDocument: Equatable {
    struct Setting: Equatable {
        var key: String
        var value: String
        var line: Int
    }

    /// One `key: value` instruction from an HTML comment.
    struct Directive: Equatable {
        var key: String
        var value: String
        var line: Int
    }

    struct Step: Equatable {
        var heading: String
        var line: Int
        var directives: [Directive] = []
        /// Paragraphs of the caption, each the joined lines of one Markdown paragraph.
        var paragraphs: [String] = []
    }

    /// Front matter, in file order; `frontMatterFound` is false when the file has none.
    var settings: [Setting] = []
    var frontMatterFound = false
    /// Paragraphs between the front matter and the first step.
    var preamble: [String] = []
    var steps: [Step] = []
    /// Problems of form alone (an unclosed comment or front matter), with their lines.
    var problems: [(line: Int, message: String)] = []

    static func == (a: LessonDocument, b: LessonDocument) -> Bool {
        a.settings == b.settings && a.preamble == b.preamble && a.steps == b.steps
            && a.problems.map(\.line) == b.problems.map(\.line) && a.problems.map(\.message) == b.problems.map(\.message)
    }
}

enum LessonMarkdown {
    /// Splits the text into lines (LF or CRLF), numbering from 1.
    static func parse(_ text: String) -> LessonDocument {
        var doc = LessonDocument()
        var lines: [Substring] = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        var i = 0
        // Front matter: `---` on the first line, `key: value` lines, `---`.
        if lines.first.map(trimmed) == "---" {
            doc.frontMatterFound = true
            i = 1
            var closed = false
            while i < lines.count {
                let line = trimmed(lines[i])
                i += 1
                if line == "---" { closed = true; break }
                if line.isEmpty || line.hasPrefix("#") { continue }
                guard let colon = line.firstIndex(of: ":") else {
                    doc.problems.append((i, "expected 'key: value' in the front matter"))
                    continue
                }
                doc.settings.append(.init(key: trimmed(line[..<colon]), value: unquoted(trimmed(line[line.index(after: colon)...])), line: i))
            }
            if !closed { doc.problems.append((1, "the front matter opened on line 1 is never closed with '---'")) }
        }
        var paragraph: [String] = []
        func flush(_ doc: inout LessonDocument) {
            guard !paragraph.isEmpty else { return }
            let text = paragraph.joined(separator: " ")
            if doc.steps.isEmpty { doc.preamble.append(text) } else { doc.steps[doc.steps.count - 1].paragraphs.append(text) }
            paragraph = []
        }
        while i < lines.count {
            let number = i + 1
            let line = trimmed(lines[i])
            i += 1
            if line.hasPrefix("<!--") {
                flush(&doc)
                // A comment may span lines; everything up to `-->` belongs to it.
                var body = String(line.dropFirst(4))
                var end = body.firstRange(of: "-->")
                var lastLine = number
                while end == nil && i < lines.count {
                    body += "\n" + lines[i]
                    i += 1
                    lastLine = i
                    end = body.firstRange(of: "-->")
                }
                guard let close = end else {
                    doc.problems.append((number, "the comment opened here is never closed with '-->'"))
                    break
                }
                if !trimmed(body[close.upperBound...]).isEmpty {
                    doc.problems.append((lastLine, "text after '-->' on the same line; put it on a line of its own"))
                }
                let directives = self.directives(String(body[..<close.lowerBound]), line: number)
                if doc.steps.isEmpty {
                    if !directives.isEmpty {
                        doc.problems.append((number, "a directive before the first step ('## heading'): move it under a step"))
                    }
                } else {
                    doc.steps[doc.steps.count - 1].directives += directives
                }
            } else if line.hasPrefix("## ") || line == "##" {
                flush(&doc)
                doc.steps.append(.init(heading: trimmed(line.dropFirst(2)), line: number))
            } else if line.isEmpty {
                flush(&doc)
            } else {
                paragraph.append(line)
            }
        }
        flush(&doc)
        return doc
    }

    /// `show: md; year: 1995` or one `key: value` per line. A `speaker_note` takes the rest of
    /// the comment, semicolons included, since notes are prose.
    static func directives(_ body: String, line: Int) -> [LessonDocument.Directive] {
        var out: [LessonDocument.Directive] = []
        // A comment may open and close on lines of their own: skip the blank edges.
        var edge = Substring(body)
        var line = line
        while let f = edge.first, f == "\n" || f == " " || f == "\t" {
            if f == "\n" { line += 1 }
            edge.removeFirst()
        }
        while let l = edge.last, l == "\n" || l == " " || l == "\t" { edge.removeLast() }
        let text = String(edge)
        guard !text.isEmpty else { return [] }
        if text.hasPrefix("speaker_note:") || text.hasPrefix("speaker_notes:") {
            let value = text.drop(while: { $0 != ":" }).dropFirst()
            return [.init(key: "speaker_note", value: collapse(value), line: line)]
        }
        var offset = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { offset += 1 }
            for part in rawLine.split(separator: ";") {
                let item = trimmed(part)
                if item.isEmpty { continue }
                if let colon = item.firstIndex(of: ":") {
                    out.append(.init(key: trimmed(item[..<colon]).lowercased(), value: trimmed(item[item.index(after: colon)...]), line: line + offset))
                } else {
                    out.append(.init(key: item, value: "", line: line + offset))
                }
            }
        }
        return out
    }

    static func trimmed<S: StringProtocol>(_ s: S) -> String {
        var sub = Substring(s)
        while let f = sub.first, f == " " || f == "\t" { sub.removeFirst() }
        while let l = sub.last, l == " " || l == "\t" { sub.removeLast() }
        return String(sub)
    }

    /// Joins the lines of a multi-line value with single spaces.
    static func collapse(_ s: Substring) -> String {
        s.split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// `"A title"` or `'A title'` without its quotes.
    static func unquoted(_ s: String) -> String {
        if s.count >= 2, let f = s.first, f == s.last, f == "\"" || f == "'" { return String(s.dropFirst().dropLast()) }
        return s
    }
}
