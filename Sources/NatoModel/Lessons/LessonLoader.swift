// A lesson (Markdown, docs/LESSONS.md) checked against a data set and turned into a Tour,
// the one shape the explorer, the notes file and the handouts play. Every problem names its
// line (`lesson.md:12: unknown id "isreal"; did you mean "israel"?`), all of them at once.
import NatoText

enum LessonLoader {
    static let frontMatterKeys = ["title", "description", "interval"]
    static let directiveKeys = ["show", "filter", "focus", "span", "year", "map", "speaker_note"]
    /// Longest caption that still reads on a projector; the rest belongs in speaker notes.
    static let captionLimit = 320

    static func decode(_ file: DataFile, catalog: Catalog, _ log: inout ProblemLog) -> Tour? {
        var problems: [(Int, String)] = []
        guard let text = String(validating: file.bytes, as: UTF8.self) else {
            log.problems.append(DataProblem(file: file.name, location: "", message: "the file is not valid UTF-8", line: 1))
            return nil
        }
        let doc = LessonMarkdown.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        problems += doc.problems

        // Front matter.
        var title: String?
        var description: String?
        var interval: Double?
        if !doc.frontMatterFound {
            problems.append((1, "missing front matter: start the lesson with '---', 'title: ...' and '---'"))
        }
        for s in doc.settings {
            switch s.key {
            case "title": title = nonEmpty(s.value, line: s.line, what: "title", &problems)
            case "description": description = nonEmpty(s.value, line: s.line, what: "description", &problems)
            case "interval":
                if let seconds = Double(s.value), seconds >= 1, seconds <= 3600 {
                    interval = seconds
                } else {
                    problems.append((s.line, "interval must be a number of seconds from 1 to 3600, found \"\(s.value.inert)\""))
                }
            default:
                problems.append((s.line, unknown("setting", s.key, frontMatterKeys)))
            }
        }
        if doc.frontMatterFound && title == nil && !doc.settings.contains(where: { $0.key == "title" }) {
            problems.append((1, "missing title: add 'title: ...' to the front matter"))
        }
        if doc.steps.isEmpty {
            problems.append((max(1, doc.settings.last.map { $0.line + 1 } ?? 1), "the lesson has no steps: each '## heading' starts one"))
        }

        let steps = doc.steps.compactMap { step($0, catalog: catalog, &problems) }
        for (line, message) in problems.sorted(by: { $0.0 < $1.0 }) {
            log.problems.append(DataProblem(file: file.name, location: "", message: message, line: line))
        }
        guard problems.isEmpty, let title else { return nil }
        let about = description ?? doc.preamble.map(InlineMarkdown.plainText).joined(separator: " ")
        return Tour(name: TourLoader.name(forFile: file.name), title: InlineMarkdown.plainText(title),
                    description: about, steps: steps, interval: interval)
    }

    static func step(_ s: LessonDocument.Step, catalog: Catalog, _ problems: inout [(Int, String)]) -> TourStep? {
        let before = problems.count
        if s.heading.isEmpty { problems.append((s.line, "the step's heading is empty")) }
        var entity: String?, span: ClosedRange<Int>?, focus: TourFocus?, filter: Bool?, year: Int?, map: TourMapView?
        var notes: [String] = []
        var seen: Set<String> = []
        for d in s.directives {
            if d.key != "speaker_note" && !seen.insert(d.key).inserted {
                problems.append((d.line, "\"\(d.key.inert)\" is given twice in this step"))
                continue
            }
            switch d.key {
            case "show":
                if catalog.ref(for: d.value) != nil {
                    entity = d.value
                } else {
                    problems.append((d.line, "unknown id \"\(d.value.inert)\"" + suggestion(d.value, catalog.allIDs)))
                }
            case "filter":
                switch d.value {
                case "on": filter = true
                case "off": filter = false
                default: problems.append((d.line, "filter must be 'on' or 'off', found \"\(d.value.inert)\""))
                }
            case "focus":
                focus = TourFocus(rawValue: d.value)
                if focus == nil {
                    problems.append((d.line, unknown("pane", d.value, TourFocus.allCases.map(\.rawValue))))
                }
            case "span":
                span = self.span(d, catalog: catalog, &problems)
            case "year":
                year = self.year(d.value, line: d.line, catalog: catalog, &problems)
            case "map":
                map = TourMapView(rawValue: d.value)
                if map == nil {
                    problems.append((d.line, unknown("map region", d.value, TourMapView.allCases.map(\.rawValue))))
                }
            case "speaker_note":
                if d.value.isEmpty { problems.append((d.line, "the speaker note is empty")) } else { notes.append(d.value) }
            default:
                problems.append((d.line, unknown("directive", d.key, directiveKeys)))
            }
        }
        let caption = s.paragraphs.map(InlineMarkdown.plainText).joined(separator: " ")
        if caption.isEmpty {
            problems.append((s.line, "the step has no text: write a sentence or two under the heading"))
        } else if caption.count > captionLimit {
            problems.append((s.line, "the text is \(caption.count) characters long; keep it to one or two sentences (at most \(captionLimit)) and put the rest in speaker notes"))
        }
        for text in [s.heading, caption] + notes where text.hasUnsafeCharacters {
            problems.append((s.line, "the step holds control or format characters: \"\(TextLayout.truncate(text.inert, width: 40))\""))
            break
        }
        if entity == nil && span == nil && year == nil && (map == nil || map == .off) && problems.count == before {
            problems.append((s.line, "the step has nothing to show: add <!-- show: ID -->, a span, a year or a map"))
        }
        guard problems.count == before else { return nil }
        return TourStep(entity: entity, span: span, focus: focus, filter: filter, caption: caption, notes: notes,
                        title: InlineMarkdown.plainText(s.heading), year: year, map: map)
    }

    /// `1994-2004` or one year; some milestone of the data set must fall in it.
    static func span(_ d: LessonDocument.Directive, catalog: Catalog, _ problems: inout [(Int, String)]) -> ClosedRange<Int>? {
        let parts = d.value.split(separator: "-", omittingEmptySubsequences: false).map { LessonMarkdown.trimmed($0) }
        let years = parts.compactMap { Int($0) }
        guard (1...2).contains(parts.count), years.count == parts.count, years.allSatisfy(PartialDate.years.contains) else {
            problems.append((d.line, "span must be a year or two years like 1994-2004, found \"\(d.value.inert)\""))
            return nil
        }
        guard let a = years.first, let b = years.last, a <= b else {
            problems.append((d.line, "the span ends before it starts: \"\(d.value.inert)\""))
            return nil
        }
        guard catalog.data.milestones.contains(where: { (a...b).contains($0.date.year) }) else {
            problems.append((d.line, "no milestone of the data set falls in \(a)-\(b)"))
            return nil
        }
        return a...b
    }

    /// A year from NATO's founding to the latest year the data set records.
    static func year(_ value: String, line: Int, catalog: Catalog, _ problems: inout [(Int, String)]) -> Int? {
        let latest = catalog.data.milestones.map(\.date.year).max() ?? 1949
        guard let y = Int(value), (1949...latest).contains(y) else {
            problems.append((line, "year must be from 1949 to \(latest) (the data's latest year), found \"\(value.inert)\""))
            return nil
        }
        return y
    }

    static func nonEmpty(_ value: String, line: Int, what: String, _ problems: inout [(Int, String)]) -> String? {
        if value.isEmpty || value.hasUnsafeCharacters {
            problems.append((line, "the \(what) must be plain text on one line"))
            return nil
        }
        return value
    }

    /// `(did you mean "europe"?)` when a near word exists, else the list of what is allowed.
    static func unknown<S: Sequence>(_ what: String, _ word: String, _ allowed: S) -> String where S.Element == String {
        let list = Array(allowed)
        if let near = Suggest.nearest(to: word, among: list) { return "unknown \(what) \"\(word.inert)\"; did you mean \"\(near)\"?" }
        return "unknown \(what) \"\(word.inert)\"; expected one of \(list.joined(separator: ", "))"
    }

    static func suggestion<S: Sequence>(_ word: String, _ among: S) -> String where S.Element == String {
        Suggest.nearest(to: word, among: among).map { "; did you mean \"\($0)\"?" } ?? ""
    }
}
