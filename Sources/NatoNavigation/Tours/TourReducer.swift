// The tour feature's reducer: stepping, auto-advance on an injected clock, the pickers and
// the presenter profile. It changes the app state only when `reduce` hands it a `TourAction`,
// and returns the effects (the notes file, the theme).
import NatoModel
import NatoText

extension AppState {
    mutating func reduceTour(_ action: TourAction, _ catalog: Catalog) -> [Effect] {
        switch action {
        case .openList:
            guard !tours.isEmpty else {
                message = "No tours loaded"
                return []
            }
            var list = ListState(tours)
            if let t = tour, let i = tours.firstIndex(where: { $0.name == t.tour.name }) { list.select(i) }
            overlay = .tourList(list)
        case .chooseTour:
            guard case .tourList(let list) = overlay, let chosen = list.selected else { return [] }
            let interval = tour.flatMap { $0.autoAdvance ? $0.interval : nil }
            return startTour(chosen, catalog, interval: interval)
        case .start(let t, let interval):
            return startTour(t, catalog, interval: interval)
        case .chooseStep:
            guard case .tourSteps(let list) = overlay else { return [] }
            overlay = nil
            return goToStep(list.selection, catalog)
        case .next:
            guard let t = tour else { return [] }
            if t.step + 1 < t.tour.steps.count { return goToStep(t.step + 1, catalog) }
            message = "Last step: Esc leaves the tour"
            tour?.typed = ""
        case .previous:
            guard let t = tour else { return [] }
            if t.step > 0 { return goToStep(t.step - 1, catalog) }
            message = "First step"
            tour?.typed = ""
        case .digit(let d):
            guard var t = tour, (0...9).contains(d) else { return [] }
            if t.typed.count < 3 { t.typed += String(d) }
            tour = t
            message = "Step " + t.typed + ": Enter or G to go"
        case .goToTyped:
            guard let t = tour, let n = Int(t.typed) else { return [] }
            guard n >= 1 && n <= t.tour.steps.count else {
                message = "No step \(n): the tour has \(t.tour.steps.count)"
                tour?.typed = ""
                return []
            }
            return goToStep(n - 1, catalog)
        case .goTo(let n):
            return goToStep(n, catalog)
        case .toggleIndex:
            guard let t = tour else {
                message = "No tour is running: press t to pick one"
                return []
            }
            if case .tourSteps = overlay {
                overlay = nil
            } else {
                var list = ListState(t.tour.steps)
                list.select(t.step)
                overlay = .tourSteps(list)
            }
        case .toggleAutoAdvance:
            guard var t = tour else { return [] }
            t.autoAdvance.toggle()
            t.stepStartedAt = clock
            tour = t
            message = t.autoAdvance ? "Auto-advance on: a new step every \(Self.seconds(t.interval))" : "Auto-advance off"
        case .leave:
            guard let t = tour else { return [] }
            if !t.typed.isEmpty {
                tour?.typed = ""
                return []
            }
            tour = nil
            highlighted = []
            if case .tourSteps = overlay { overlay = nil }
            message = "Left the tour \"" + t.tour.title.inertShort + "\""
            return [.writeNotes(speakerNotes(catalog: catalog))]
        case .tick(let now):
            clock = now
            guard let t = tour, t.autoAdvance, overlay == nil else { return [] }
            if now - t.stepStartedAt >= t.interval {
                return goToStep(t.step + 1 < t.tour.steps.count ? t.step + 1 : 0, catalog)
            } else if now < t.stepStartedAt {
                tour?.stepStartedAt = now  // the clock went back: restart the timer
            }
        case .togglePresenter:
            presenter.toggle()
            updateCurrent(catalog, follow: false)
            for pane in Pane.lists { ensureVisible(pane) }
            message = presenter ? presenterFit(catalog) : "Presenter profile off"
            return [.switchTheme(presenter: presenter)]
        }
        return []
    }

    /// Starts a tour at its first step. `interval` switches auto-advance on (for an unattended
    /// screen; it loops back to the first step after the last).
    mutating func startTour(_ tour: Tour, _ catalog: Catalog, interval: Double?) -> [Effect] {
        guard !tour.steps.isEmpty else {
            message = "The tour has no steps"
            return []
        }
        overlay = nil
        self.tour = TourState(tour: tour, step: 0, autoAdvance: interval != nil,
                              interval: max(0.5, interval ?? TourState.defaultInterval), stepStartedAt: clock)
        showStep(catalog)
        return [.writeNotes(speakerNotes(catalog: catalog))]
    }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\((s * 10).rounded() / 10) s"
    }

    /// Shows a step; the notes file follows.
    mutating func goToStep(_ index: Int, _ catalog: Catalog) -> [Effect] {
        guard var t = tour, t.tour.steps.indices.contains(index) else { return [] }
        t.step = index
        t.typed = ""
        t.stepStartedAt = clock
        tour = t
        showStep(catalog)
        return [.writeNotes(speakerNotes(catalog: catalog))]
    }

    /// Puts the explorer where the current step says: its record or span, filter and focus.
    mutating func showStep(_ catalog: Catalog) {
        guard let t = tour else { return }
        let step = t.current
        if case .tourSteps = overlay { overlay = nil }
        highlighted = []
        if step.filter == false && filter != nil {
            filter = nil
            applyFilter(catalog)
        }
        // A lesson step sets the year and the map before its record shows.
        if let y = step.year { setYear(y, catalog) }
        if let view = step.map {
            let shown = map.shown
            if let area = MapArea(view) {
                map.shown = true
                map.area = area
            } else {
                map.shown = false
                map.focused = false
            }
            if shown != map.shown { relayout(catalog) }
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
        lists[t].setScroll(row - 1)
    }
}
