// The tour feature's state: the running tour, its caption and its speaker notes.
import NatoModel
import NatoText

/// A tour that is running: which step shows, and the auto-advance timer.
public struct TourState: Sendable, Equatable {
    public internal(set) var tour: Tour
    /// Zero-based index of the step on screen.
    public internal(set) var step: Int
    public internal(set) var autoAdvance: Bool
    /// Seconds a step stays before auto-advance moves on.
    public internal(set) var interval: Double
    /// The clock when the current step was shown (or auto-advance was switched on).
    public internal(set) var stepStartedAt: Double
    /// Digits of a step number typed so far ("3" then Enter goes to step 3).
    public internal(set) var typed: String = ""

    /// The auto-advance interval when none was given on the command line.
    public static let defaultInterval: Double = 10

    public var current: TourStep { tour.steps[min(max(0, step), tour.steps.count - 1)] }

    /// `Tour: TITLE · step 3/9`
    public var counter: String { "Tour: " + tour.title.inert + " · step \(step + 1)/\(tour.steps.count)" }
}

extension AppState {
    /// The caption's lines as the caption panel shows them (empty without a tour).
    public var captionLines: [String] {
        guard let t = tour, columns >= Layout.minimumColumns, rows >= Layout.minimumRows else { return [] }
        let width = max(10, columns - (presenter ? 6 : 4))
        let lines = TextLayout.wrap(t.current.caption.inert, width: width)
        let most = rows >= 24 ? 3 : 2
        guard lines.count > most else { return lines }
        var kept = Array(lines.prefix(most))
        kept[most - 1] = TextLayout.truncate(kept[most - 1] + " " + lines[most...].joined(separator: " "), width: width)
        return kept
    }

    /// Speaker notes for the --notes file: the tour, the step, its caption and notes.
    public func speakerNotes(catalog: Catalog) -> String {
        guard let t = tour else { return "No tour is running.\n" }
        let step = t.current
        var out = t.counter + "\n"
        var shows: [String] = []
        if let id = step.entity, let r = catalog.ref(for: id) { shows.append(catalog.name(r)) }
        if let span = step.span { shows.append(DateFormat.years(span, dash: "-")) }
        if !shows.isEmpty { out += "Shows: " + shows.joined(separator: ", ") + "\n" }
        out += "\n" + TextLayout.wrap(step.caption, width: 72).joined(separator: "\n") + "\n"
        if !step.notes.isEmpty {
            out += "\nNotes:\n"
            for p in step.notes { out += TextLayout.wrap(p, width: 72).joined(separator: "\n") + "\n\n" }
        }
        if t.step + 1 < t.tour.steps.count {
            out += "\nNext: " + TextLayout.truncate(t.tour.steps[t.step + 1].caption, width: 66) + "\n"
        } else {
            out += "\nThis is the last step.\n"
        }
        return out
    }
}
