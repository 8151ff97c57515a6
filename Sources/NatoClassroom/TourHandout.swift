// A guided tour as a handout: its steps with their captions, what each shows, and the
// speaker notes, for a teacher to print or share after the lesson.
import NatoModel
import NatoText

extension Handout {
    public static func markdown(tour: Tour, catalog c: Catalog) -> String {
        var out: [String] = []
        out.append("# " + Markdown.escape(tour.title))
        out.append("")
        if !tour.description.isEmpty {
            out.append(Markdown.escape(tour.description))
            out.append("")
        }
        out.append("Tour `\(tour.name)`, \(tour.steps.count) steps. Start it with `natoscope tour \(tour.name)`."
                   + (c.data.checked.map { " Data checked \($0.description)." } ?? ""))
        var cited: [String] = []
        for (i, step) in tour.steps.enumerated() {
            out.append("")
            var shows: [String] = []
            if let id = step.entity, let r = c.ref(for: id) {
                shows.append(Markdown.escape(c.name(r)) + " (\(r.kind.label))")
                for s in c.sourceIDs(r) where !cited.contains(s) { cited.append(s) }
            }
            if let span = step.span { shows.append("the timeline from \(span.lowerBound) to \(span.upperBound)") }
            if let year = step.year { shows.append("NATO as of \(year)") }
            if let map = step.map, map != .off { shows.append("the map (\(map.rawValue))") }
            if let title = step.title {
                // A lesson's step has a heading of its own; what it shows follows on a line.
                out.append("## Step \(i + 1): " + Markdown.escape(title))
                if !shows.isEmpty {
                    out.append("")
                    out.append("*Shows " + shows.joined(separator: ", ") + ".*")
                }
            } else {
                out.append("## Step \(i + 1)" + (shows.isEmpty ? "" : ": " + shows.joined(separator: ", ")))
            }
            out.append("")
            out.append(Markdown.escape(step.caption))
            if let id = step.entity, let r = c.ref(for: id) {
                let notes = c.notes(r)
                for n in notes where n.kind == .correction {
                    out.append("")
                    out.append("> **Correction:** " + Markdown.escape(n.claim) + " — " + Markdown.escape(n.correction))
                }
            }
            if !step.notes.isEmpty {
                out.append("")
                out.append("**Speaker notes**")
                out.append("")
                for note in step.notes { out.append("- " + Markdown.escape(note)) }
            }
        }
        if !cited.isEmpty {
            out.append("")
            out.append("## Sources")
            out.append("")
            for id in cited {
                guard let r = c.ref(for: id), r.kind == .source else { continue }
                let s = c.data.sources[r.index]
                out.append("- " + Markdown.link(s.title, s.url))
            }
        }
        return out.map { $0.inert }.joined(separator: "\n") + "\n"
    }
}
