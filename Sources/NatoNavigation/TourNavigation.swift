// Guided tours in the explorer: stepping, auto-advance on an injected clock, the caption,
// the speaker notes, and the presenter profile's fit check. All of it changes state only
// through `reduce`.
import NatoModel
import NatoText

/// A tour that is running: which step shows, and the auto-advance timer.
public struct TourState: Sendable, Equatable {
    public var tour: Tour
    /// Zero-based index of the step on screen.
    public var step: Int
    public var autoAdvance: Bool
    /// Seconds a step stays before auto-advance moves on.
    public var interval: Double
    /// The clock when the current step was shown (or auto-advance was switched on).
    public var stepStartedAt: Double
    /// Digits of a step number typed so far ("3" then Enter goes to step 3).
    public var typed: String = ""

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

    /// Starts a tour at its first step. `interval` switches auto-advance on (for an unattended
    /// screen; it loops back to the first step after the last).
    public mutating func startTour(_ tour: Tour, catalog: Catalog, interval: Double? = nil) {
        guard !tour.steps.isEmpty else {
            message = "The tour has no steps"
            return
        }
        overlay = nil
        self.tour = TourState(tour: tour, step: 0, autoAdvance: interval != nil,
                              interval: max(0.5, interval ?? TourState.defaultInterval), stepStartedAt: clock)
        showStep(catalog)
        normalize()
    }

    /// Speaker notes for the --notes file: the tour, the step, its caption and notes.
    public func speakerNotes(catalog: Catalog) -> String {
        guard let t = tour else { return "No tour is running.\n" }
        let step = t.current
        var out = t.counter + "\n"
        var shows: [String] = []
        if let id = step.entity, let r = catalog.ref(for: id) { shows.append(catalog.name(r)) }
        if let span = step.span { shows.append(span.lowerBound == span.upperBound ? "\(span.lowerBound)" : "\(span.lowerBound)-\(span.upperBound)") }
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

    mutating func reduceTour(_ action: Action, _ catalog: Catalog) {
        switch action {
        case .openTours:
            guard !tours.isEmpty else {
                message = "No tours loaded"
                return
            }
            overlay = .tourList
            if let t = tour, let i = tours.firstIndex(where: { $0.name == t.tour.name }) { tourListSelection = i }
        case .chooseTour:
            guard overlay == .tourList, tours.indices.contains(tourListSelection) else { return }
            let interval = tour.flatMap { $0.autoAdvance ? $0.interval : nil }
            startTour(tours[tourListSelection], catalog: catalog, interval: interval)
        case .chooseStep:
            guard overlay == .tourSteps else { return }
            overlay = nil
            goToStep(tourStepsSelection, catalog)
        case .nextStep:
            guard let t = tour else { return }
            if t.step + 1 < t.tour.steps.count {
                goToStep(t.step + 1, catalog)
            } else {
                message = "Last step: Esc leaves the tour"
                tour?.typed = ""
            }
        case .previousStep:
            guard let t = tour else { return }
            if t.step > 0 {
                goToStep(t.step - 1, catalog)
            } else {
                message = "First step"
                tour?.typed = ""
            }
        case .stepDigit(let d):
            guard var t = tour, (0...9).contains(d) else { return }
            if t.typed.count < 3 { t.typed += String(d) }
            tour = t
            message = "Step " + t.typed + ": Enter or G to go"
        case .goToTypedStep:
            guard let t = tour else { return }
            if let n = Int(t.typed) {
                guard n >= 1 && n <= t.tour.steps.count else {
                    message = "No step \(n): the tour has \(t.tour.steps.count)"
                    tour?.typed = ""
                    return
                }
                goToStep(n - 1, catalog)
            }
        case .goToStep(let n):
            goToStep(n, catalog)
        case .toggleStepIndex:
            guard let t = tour else {
                message = "No tour is running: press t to pick one"
                return
            }
            if overlay == .tourSteps {
                overlay = nil
            } else {
                overlay = .tourSteps
                tourStepsSelection = t.step
            }
        case .toggleAutoAdvance:
            guard var t = tour else { return }
            t.autoAdvance.toggle()
            t.stepStartedAt = clock
            tour = t
            message = t.autoAdvance ? "Auto-advance on: a new step every \(Self.seconds(t.interval))" : "Auto-advance off"
        case .leaveTour:
            guard let t = tour else { return }
            if !t.typed.isEmpty {
                tour?.typed = ""
                return
            }
            tour = nil
            highlighted = []
            if overlay == .tourSteps { overlay = nil }
            message = "Left the tour \"" + t.tour.title.inertShort + "\""
        case .tick(let now):
            clock = now
            guard let t = tour, t.autoAdvance, overlay == nil else { return }
            if now - t.stepStartedAt >= t.interval {
                goToStep(t.step + 1 < t.tour.steps.count ? t.step + 1 : 0, catalog)
            } else if now < t.stepStartedAt {
                tour?.stepStartedAt = now  // the clock went back: restart the timer
            }
        case .togglePresenter:
            presenter.toggle()
            updateCurrent(catalog, follow: false)
            for pane in Pane.lists { ensureVisible(pane) }
            message = presenter ? presenterFit(catalog) : "Presenter profile off"
        default:
            break
        }
    }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\((s * 10).rounded() / 10) s"
    }

    mutating func goToStep(_ index: Int, _ catalog: Catalog) {
        guard var t = tour, t.tour.steps.indices.contains(index) else { return }
        t.step = index
        t.typed = ""
        t.stepStartedAt = clock
        tour = t
        showStep(catalog)
    }

    /// Puts the explorer where the current step says: its record or span, filter and focus.
    mutating func showStep(_ catalog: Catalog) {
        guard let t = tour else { return }
        let step = t.current
        if overlay == .tourSteps { overlay = nil }
        highlighted = []
        if step.filter == false && filter != nil {
            filter = nil
            applyFilter(catalog)
        }
        if let id = step.entity, let target = catalog.ref(for: id) {
            jump(to: target, catalog, focusDetail: false)
        } else if let span = step.span {
            showSpan(span, catalog)
        }
        if step.filter == true {
            if filter != nil {
                filter = nil
                applyFilter(catalog)
            }
            let pane = focus == .detail ? lastListPane : focus
            if lists[pane.rawValue].selected != nil {
                filter = pane
                applyFilter(catalog)
            }
        }
        if let f = step.focus {
            let pane: Pane
            switch f {
            case .countries: pane = .countries
            case .frameworks: pane = .frameworks
            case .areas: pane = .areas
            case .timeline: pane = .timeline
            case .detail: pane = .detail
            }
            if pane != focus { setFocus(pane, catalog) }
        }
        if let span = step.span {
            let milestones = catalog.data.milestones
            highlighted = Set(lists[Pane.timeline.rawValue].all.filter { span.contains(milestones[$0.index].date.year) })
        }
        for pane in Pane.lists { ensureVisible(pane) }
    }

    /// Selects the first milestone of a span of years in the timeline and scrolls it to the top.
    mutating func showSpan(_ span: ClosedRange<Int>, _ catalog: Catalog) {
        let milestones = catalog.data.milestones
        func inSpan(_ r: EntityRef) -> Bool { span.contains(milestones[r.index].date.year) }
        let t = Pane.timeline.rawValue
        if !lists[t].items.contains(where: inSpan) && filter != nil {
            filter = nil
            applyFilter(catalog)
        }
        guard let first = lists[t].items.firstIndex(where: inSpan) else { return }
        jump(to: lists[t].items[first], catalog, focusDetail: false)
        let row = displayRow(ofItem: first, in: .timeline)
        lists[t].scroll = max(0, row - 1)
    }

    // MARK: Presenter fit check

    /// Which panes would be cut at the current size, and a size that shows everything.
    public func presenterFit(_ catalog: Catalog) -> String {
        let here = fitProblems(columns: columns, rows: rows, catalog)
        let size = "\(columns)x\(rows)"
        if here.isEmpty { return "presenter: at \(size) everything fits" }
        var suggestion: String?
        let rowsNeeded = max(rows, Layout.splitRows + (tour == nil ? 0 : 4))
        var c = max(columns, Layout.splitColumns)
        while c <= 400 {
            if fitProblems(columns: c, rows: rowsNeeded, catalog).isEmpty {
                suggestion = "\(c)x\(rowsNeeded) shows everything"
                break
            }
            c += 10
        }
        return "presenter: at \(size) " + here.joined(separator: " and ") + (suggestion.map { "; " + $0 } ?? "")
    }

    /// What is cut at a size: hidden panes, and panes where more than a quarter of the names
    /// do not fit their row.
    func fitProblems(columns: Int, rows: Int, _ catalog: Catalog) -> [String] {
        let captionRows = tour == nil ? 0 : 1 + min(rows >= 24 ? 3 : 2, max(1, captionLines.count))
        let l = Layout(columns: columns, rows: rows, detailOpen: false, frameworkCount: frameworkCount, captionRows: captionRows, presenter: true)
        switch l.mode {
        case .tooSmall: return ["the screen is too small for the explorer"]
        case .compact, .split: break
        }
        var problems: [String] = []
        if l.mode == .compact { problems.append("the detail pane is hidden") }
        var cut: [String] = []
        for pane in Pane.lists {
            guard let content = l.content(pane) else { continue }
            // Markers, tags and dates before the name; the years after a framework.
            let decoration: Int
            switch pane {
            case .countries: decoration = 5
            case .frameworks: decoration = 9 + 5
            case .timeline: decoration = 10
            case .areas, .detail: decoration = 3
            }
            let all = lists[pane.rawValue].all
            guard !all.isEmpty else { continue }
            let tooLong = all.filter { catalog.name($0).terminalWidth + decoration > content.width }.count
            if tooLong * 4 > all.count { cut.append(pane == .areas ? "areas" : pane.title.lowercased()) }
        }
        if !cut.isEmpty {
            let list = cut.count == 1 ? cut[0] : cut.dropLast().joined(separator: ", ") + " and " + (cut.last ?? "")
            problems.append("titles are cut in " + list)
        }
        return problems
    }
}
