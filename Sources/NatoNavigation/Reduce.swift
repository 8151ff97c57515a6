// The one place the explorer's state changes.
import NatoModel

/// Applies an action and returns what the terminal loop must do (quit, write the notes file,
/// switch the theme). Nothing else changes the state.
@discardableResult
public func reduce(_ state: inout AppState, _ action: Action, catalog: Catalog) -> [Effect] {
    switch action {
    case .resize, .tour(.tick): break
    default: state.message = nil
    }
    var effects: [Effect] = []
    switch action {
    case .moveUp: state.move(by: -1, catalog)
    case .moveDown: state.move(by: 1, catalog)
    case .pageUp: state.move(by: -state.pageSize, catalog)
    case .pageDown: state.move(by: state.pageSize, catalog)
    case .top: state.move(by: Int.min / 2, catalog)
    case .bottom: state.move(by: Int.max / 2, catalog)
    case .focusNext: state.cycleFocus(1, catalog)
    case .focusPrevious: state.cycleFocus(-1, catalog)
    case .focusLeft: state.focusSideways(left: true, catalog)
    case .focusRight: state.focusSideways(left: false, catalog)
    case .focus(let pane): state.setFocus(pane, catalog)
    case .open:
        if state.focus == .detail {
            state.followFocusedLink(catalog)
        } else {
            state.setFocus(.detail, catalog)
        }
    case .toggleDetail:
        state.setFocus(state.focus == .detail ? state.lastListPane : .detail, catalog)
    case .back: state.goBack(catalog)
    case .forward: state.goForward(catalog)
    case .toggleFilter: state.toggleFilter(catalog)
    case .startSearch:
        state.overlay = .search
        state.search = SearchState()
    case .searchInput(let c):
        guard state.overlay == .search, !c.isControlLike, state.search.query.count < 200 else { break }
        state.search.query.append(c)
        state.runSearch(catalog)
    case .searchBackspace:
        guard state.overlay == .search, !state.search.query.isEmpty else { break }
        state.search.query.removeLast()
        state.runSearch(catalog)
    case .searchNext: state.stepSearch(1, catalog)
    case .searchPrevious: state.stepSearch(-1, catalog)
    case .acceptSearch: state.acceptSearch(catalog)
    case .escape:
        if state.overlay != nil {
            state.overlay = nil
        } else if state.focus == .detail {
            state.setFocus(state.lastListPane, catalog)
        } else if state.filter != nil {
            state.toggleFilter(catalog)
        }
    case .toggleHelp:
        state.overlay = state.overlay == .help ? nil : .help
        state.helpScroll = 0
    case .nextLink: state.stepLink(1)
    case .previousLink: state.stepLink(-1)
    case .scrollDetail(let n): state.detailScroll += n
    case .jumpDecade(let n): state.jumpDecade(n, catalog)
    case .resize(let columns, let rows):
        state.columns = max(0, columns)
        state.rows = max(0, rows)
        state.updateCurrent(catalog, follow: false)
        for pane in Pane.lists { state.ensureVisible(pane) }
        state.ensureLinkVisible()
        if state.presenter { state.message = state.presenterFit(catalog) }
    case .click(let row, let column): effects = state.click(row: row, column: column, catalog)
    case .wheel(let row, let column, let delta): state.wheel(row: row, column: column, delta: delta, catalog)
    case .quit: effects = [.quit]
    case .startQuiz: effects = [.runQuiz]
    case .notesFileFailed(let reason): state.message = reason
    case .tour(let tourAction): effects = state.reduceTour(tourAction, catalog)
    }
    state.normalize()
    return effects
}

extension AppState {
    /// Rows a page key moves in the focused place.
    var pageSize: Int {
        let l = layout
        switch overlay {
        case .search: return max(1, l.searchResultRows - 1)
        case .help: return max(1, l.helpRows - 1)
        case .tourList, .tourSteps: return max(1, l.pickerRows - 1)
        case nil:
            if focus == .detail { return max(1, (l.content(.detail)?.height ?? rows) - 2) }
            return max(1, l.listRows(focus) - 1)
        }
    }

    var detailHeight: Int { layout.content(.detail)?.height ?? max(1, rows - 4) }

    mutating func move(by delta: Int, _ catalog: Catalog) {
        switch overlay {
        case .search:
            guard !search.results.isEmpty else { return }
            search.selection = clamp(search.selection.addingClamped(delta), 0, search.results.count - 1)
            let h = max(1, layout.searchResultRows)
            if search.selection < search.scroll { search.scroll = search.selection }
            if search.selection >= search.scroll + h { search.scroll = search.selection - h + 1 }
        case .help:
            helpScroll = max(0, helpScroll.addingClamped(delta))
        case .tourList:
            tourListSelection = clamp(tourListSelection.addingClamped(delta), 0, tours.count - 1)
        case .tourSteps:
            tourStepsSelection = clamp(tourStepsSelection.addingClamped(delta), 0, (tour?.tour.steps.count ?? 1) - 1)
        case nil:
            if focus == .detail {
                detailScroll = detailScroll.addingClamped(delta)
                return
            }
            guard let l = list(focus), !l.items.isEmpty else { return }
            select(clamp(l.selection.addingClamped(delta), 0, l.items.count - 1), in: focus, catalog)
        }
    }

    /// Selects an item of a list pane, makes it current and keeps it in view.
    mutating func select(_ index: Int, in pane: Pane, _ catalog: Catalog, makeCurrent: Bool = true) {
        guard pane != .detail else { return }
        let p = pane.rawValue
        guard lists[p].items.indices.contains(index) else { return }
        lists[p].selection = index
        ensureVisible(pane)
        if filter == pane { applyFilter(catalog) }
        if makeCurrent {
            current = lists[p].selected
            updateCurrent(catalog, follow: pane != .timeline)
        }
    }

    mutating func ensureVisible(_ pane: Pane) {
        guard let l = list(pane) else { return }
        let height = layout.listRows(pane)
        guard height > 0, !l.items.isEmpty else { return }
        var row = displayRow(ofItem: l.selection, in: pane)
        // Show the year heading above the first milestone of a year.
        if pane == .timeline, row > 0, case .year = timelineRows[row - 1], row - 1 < l.scroll { row -= 1 }
        var scroll = l.scroll
        if row < scroll { scroll = row }
        let bottom = displayRow(ofItem: l.selection, in: pane)
        if bottom >= scroll + height { scroll = bottom - height + 1 }
        lists[pane.rawValue].scroll = max(0, scroll)
    }

    var focusCycle: [Pane] {
        layout.mode == .split ? Pane.allCases : Pane.lists
    }

    mutating func cycleFocus(_ step: Int, _ catalog: Catalog) {
        let cycle = focusCycle
        guard let at = cycle.firstIndex(of: focus) else {
            setFocus(cycle[0], catalog)
            return
        }
        setFocus(cycle[(at + step + cycle.count) % cycle.count], catalog)
    }

    mutating func focusSideways(left: Bool, _ catalog: Catalog) {
        let l = layout
        guard let here = l.rect(focus) else { return }
        var best: (pane: Pane, overlap: Int, distance: Int)?
        for pane in l.visiblePanes where pane != focus {
            guard let r = l.rect(pane) else { continue }
            let beside = left ? r.right <= here.column : r.column >= here.right
            guard beside else { continue }
            let overlap = min(r.bottom, here.bottom) - max(r.row, here.row)
            let distance = left ? here.column - r.right : r.column - here.right
            guard overlap > 0 else { continue }
            // Prefer the nearest pane, then the one that overlaps most with this one's rows.
            if let b = best, (-b.distance, b.overlap) >= (-distance, overlap) { continue }
            best = (pane, overlap, distance)
        }
        if let best {
            setFocus(best.pane, catalog)
        } else if focus == .detail && left {
            setFocus(lastListPane, catalog)
        }
    }

    mutating func setFocus(_ pane: Pane, _ catalog: Catalog) {
        if pane == .detail {
            focus = .detail
            updateCurrent(catalog, follow: false)
            ensureLinkVisible()
            return
        }
        focus = pane
        lastListPane = pane
        if let selected = lists[pane.rawValue].selected, selected != current {
            current = selected
            updateCurrent(catalog, follow: pane != .timeline)
        } else {
            updateCurrent(catalog, follow: false)
        }
        ensureVisible(pane)
    }

    // MARK: Filter

    mutating func toggleFilter(_ catalog: Catalog) {
        if filter != nil {
            filter = nil
            message = "Filter off"
        } else {
            let pane = focus == .detail ? lastListPane : focus
            guard let anchor = lists[pane.rawValue].selected else {
                message = "Nothing selected to filter by"
                return
            }
            filter = pane
            message = "Showing only what is related to " + catalog.name(anchor).inertShort
        }
        applyFilter(catalog)
    }

    /// Narrows every pane except the filter's own to the records related to its selection.
    mutating func applyFilter(_ catalog: Catalog) {
        let related: Set<EntityRef>? = filterAnchor.map { Set(catalog.related($0)) }
        for pane in Pane.lists {
            let p = pane.rawValue
            let keep = lists[p].selected
            let items: [EntityRef]
            if let related, pane != filter {
                items = lists[p].all.filter { related.contains($0) }
            } else {
                items = lists[p].all
            }
            guard items != lists[p].items else { continue }
            lists[p].items = items
            lists[p].selection = keep.flatMap { items.firstIndex(of: $0) } ?? 0
            lists[p].scroll = 0
            if pane == .timeline { rebuildTimelineRows(catalog) }
            ensureVisible(pane)
        }
    }

    // MARK: Jumps and history

    /// Shows a record: selects it in its pane (turning the filter off if it hides it) and makes it current.
    mutating func show(_ target: EntityRef, focusDetail: Bool, _ catalog: Catalog) {
        if let pane = Pane(kind: target.kind) {
            let p = pane.rawValue
            if lists[p].items.firstIndex(of: target) == nil && filter != nil {
                filter = nil
                applyFilter(catalog)
                message = "Filter off (the record was hidden by it)"
            }
            if let index = lists[p].items.firstIndex(of: target) {
                select(index, in: pane, catalog, makeCurrent: false)
            }
            lastListPane = pane
            focus = focusDetail ? .detail : pane
        } else {
            focus = .detail
        }
        current = target
        updateCurrent(catalog, follow: true)
        if let pane = Pane(kind: target.kind) { ensureVisible(pane) }
    }

    /// Goes to a record and records the move in the history.
    mutating func jump(to target: EntityRef, _ catalog: Catalog, focusDetail: Bool = false) {
        if let c = current, c != target {
            backStack.append(c)
            if backStack.count > 500 { backStack.removeFirst(backStack.count - 500) }
            forwardStack.removeAll()
        }
        show(target, focusDetail: focusDetail, catalog)
    }

    mutating func followFocusedLink(_ catalog: Catalog) {
        guard let i = focusedLink, detail.links.indices.contains(i) else {
            message = detail.links.isEmpty ? "No links here" : "Tab to a link, then Enter to follow it"
            return
        }
        jump(to: detail.links[i].target, catalog, focusDetail: true)
    }

    mutating func goBack(_ catalog: Catalog) {
        travel(from: \.backStack, to: \.forwardStack, nothing: "Nothing to go back to", catalog)
    }

    mutating func goForward(_ catalog: Catalog) {
        travel(from: \.forwardStack, to: \.backStack, nothing: "Nothing to go forward to", catalog)
    }

    /// One step through the history: show the top of `from`, keeping the current record on `to`.
    private mutating func travel(from: WritableKeyPath<AppState, [EntityRef]>, to: WritableKeyPath<AppState, [EntityRef]>,
                                 nothing: String, _ catalog: Catalog) {
        guard let target = self[keyPath: from].popLast() else {
            message = nothing
            return
        }
        if let c = current { self[keyPath: to].append(c) }
        show(target, focusDetail: focus == .detail, catalog)
    }

    // MARK: Search

    mutating func runSearch(_ catalog: Catalog) {
        search.results = search.query.isEmpty ? [] : catalog.search(search.query).map(\.ref)
        search.selection = 0
        search.scroll = 0
    }

    mutating func acceptSearch(_ catalog: Catalog) {
        guard overlay == .search else { return }
        overlay = nil
        if search.results.indices.contains(search.selection) { jump(to: search.results[search.selection], catalog) }
    }

    mutating func stepSearch(_ step: Int, _ catalog: Catalog) {
        guard !search.results.isEmpty else {
            message = "No search results: press / to search"
            return
        }
        let n = search.results.count
        search.selection = ((search.selection + step) % n + n) % n
        message = "Result \(search.selection + 1) of \(n)"
        let keep = message
        jump(to: search.results[search.selection], catalog, focusDetail: focus == .detail)
        if message == nil { message = keep }
    }

    // MARK: Detail

    mutating func stepLink(_ step: Int) {
        let links = detail.links
        guard !links.isEmpty else {
            message = "No links here"
            return
        }
        if let f = focusedLink {
            focusedLink = ((f + step) % links.count + links.count) % links.count
        } else if step > 0 {
            focusedLink = links.firstIndex { $0.line >= detailScroll } ?? 0
        } else {
            let bottom = detailScroll + detailHeight
            focusedLink = links.lastIndex { $0.line < bottom } ?? links.count - 1
        }
        ensureLinkVisible()
    }

    mutating func ensureLinkVisible() {
        guard let f = focusedLink, detail.links.indices.contains(f) else { return }
        let line = detail.links[f].line
        let h = detailHeight
        if line < detailScroll { detailScroll = max(0, line - 1) }
        if line >= detailScroll + h { detailScroll = line - h + 2 }
    }

    // MARK: Timeline

    mutating func jumpDecade(_ step: Int, _ catalog: Catalog) {
        if focus != .timeline { setFocus(.timeline, catalog) }
        let l = lists[Pane.timeline.rawValue]
        guard let selected = l.selected, step != 0 else { return }
        let milestones = catalog.data.milestones
        func decade(_ r: EntityRef) -> Int {
            let y = milestones[r.index].date.year
            return y - ((y % 10) + 10) % 10
        }
        var decades: [Int] = []
        for r in l.items where decades.last != decade(r) { decades.append(decade(r)) }
        guard let at = decades.firstIndex(of: decade(selected)) else { return }
        let target = decades[clamp(at + step, 0, decades.count - 1)]
        if let index = l.items.firstIndex(where: { decade($0) == target }) {
            select(index, in: .timeline, catalog)
            message = "\(target)s"
        }
    }

    // MARK: Mouse

    /// A click selects what is under it; on a choice in an overlay it also chooses it.
    mutating func click(row: Int, column: Int, _ catalog: Catalog) -> [Effect] {
        let l = layout
        switch overlay {
        case .help:
            overlay = nil
            return []
        case .tourList, .tourSteps:
            let box = l.pickerBox
            guard box.contains(row: row, column: column) else {
                overlay = nil
                return []
            }
            let count = overlay == .tourList ? tours.count : (tour?.tour.steps.count ?? 0)
            let selection = overlay == .tourList ? tourListSelection : tourStepsSelection
            let index = Layout.pickerScroll(selection: selection, count: count, rows: l.pickerRows) + row - box.row - 1
            guard row > box.row, index >= 0, index < count, row - box.row - 1 < l.pickerRows else { return [] }
            if overlay == .tourList {
                tourListSelection = index
                return reduceTour(.chooseTour, catalog)
            }
            tourStepsSelection = index
            return reduceTour(.chooseStep, catalog)
        case .search:
            let box = l.searchBox
            guard box.contains(row: row, column: column) else {
                overlay = nil
                return []
            }
            let first = box.row + 3
            let index = search.scroll + row - first
            if row >= first, search.results.indices.contains(index) {
                search.selection = index
                acceptSearch(catalog)
            }
            return []
        case nil:
            break
        }
        guard let pane = l.pane(atRow: row, column: column) else { return [] }
        if pane == .detail {
            let wasFocused = focus == .detail
            if !wasFocused { setFocus(.detail, catalog) }
            guard let c = l.content(.detail), c.contains(row: row, column: column) else { return [] }
            if let link = linkAt(line: detailScroll + row - c.row, column: column - c.column - 1) {
                if wasFocused && focusedLink == link {
                    followFocusedLink(catalog)
                } else {
                    focusedLink = link
                }
            }
            return []
        }
        if focus != pane { setFocus(pane, catalog) }
        guard let c = l.content(pane), c.contains(row: row, column: column), row - c.row < l.listRows(pane) else { return [] }
        if let item = item(atDisplayRow: lists[pane.rawValue].scroll + row - c.row, in: pane) {
            select(item, in: pane, catalog)
        }
        return []
    }

    func linkAt(line: Int, column: Int) -> Int? {
        guard detail.lines.indices.contains(line), column >= 0 else { return nil }
        var x = 0
        for span in detail.lines[line] {
            let w = span.text.terminalWidth
            if column < x + w { return span.link }
            x += w
        }
        return nil
    }

    mutating func wheel(row: Int, column: Int, delta: Int, _ catalog: Catalog) {
        switch overlay {
        case .help:
            helpScroll = max(0, helpScroll + delta)
            return
        case .tourList, .tourSteps:
            move(by: delta > 0 ? 1 : -1, catalog)
            return
        case .search:
            guard !search.results.isEmpty else { return }
            search.scroll = clamp(search.scroll + delta, 0, max(0, search.results.count - layout.searchResultRows))
            return
        case nil:
            break
        }
        guard let pane = layout.pane(atRow: row, column: column) else { return }
        if pane == .detail {
            detailScroll += delta
        } else {
            lists[pane.rawValue].scroll += delta
        }
    }

    // MARK: Invariants

    /// Clamps every index and scroll to what exists, after any action.
    mutating func normalize() {
        let l = layout
        if l.mode != .tooSmall && !l.isVisible(focus) { focus = lastListPane }
        for pane in Pane.lists {
            let p = pane.rawValue
            let n = lists[p].items.count
            lists[p].selection = n == 0 ? 0 : clamp(lists[p].selection, 0, n - 1)
            let height = max(1, l.listRows(pane))
            lists[p].scroll = clamp(lists[p].scroll, 0, max(0, displayCount(pane) - height))
        }
        detailScroll = clamp(detailScroll, 0, max(0, detail.lines.count - detailHeight))
        if let f = focusedLink, !detail.links.indices.contains(f) { focusedLink = nil }
        let n = search.results.count
        search.selection = n == 0 ? 0 : clamp(search.selection, 0, n - 1)
        search.scroll = clamp(search.scroll, 0, max(0, n - max(1, l.searchResultRows)))
        tourListSelection = tours.isEmpty ? 0 : clamp(tourListSelection, 0, tours.count - 1)
        if let t = tour {
            tourStepsSelection = clamp(tourStepsSelection, 0, t.tour.steps.count - 1)
        } else {
            tourStepsSelection = 0
            if overlay == .tourSteps { overlay = nil }
        }
        if overlay == .tourList && tours.isEmpty { overlay = nil }
        let helpLines = KeyMap.table(for: helpContext).count
        helpScroll = clamp(helpScroll, 0, max(0, helpLines - max(1, l.helpRows)))
    }

    /// The mode whose keys the help overlay lists (the one under the overlay).
    public var helpContext: KeyMap.Mode { tour != nil ? .tour : (focus == .detail ? .detail : .normal) }
}

extension Layout {
    /// The search overlay: an input line, a rule, then the results.
    public var searchBox: Rect {
        let width = min(columns - 4, 76)
        let height = min(rows - 4, 22)
        return Rect(row: max(1, (rows - height) / 2), column: max(0, (columns - width) / 2), width: width, height: height)
    }

    /// Result rows the search overlay shows.
    public var searchResultRows: Int { max(0, searchBox.height - 4) }

    /// The help overlay.
    public var helpBox: Rect {
        let width = min(columns - 4, 64)
        let height = rows - 4
        return Rect(row: max(1, (rows - height) / 2), column: max(0, (columns - width) / 2), width: width, height: height)
    }

    /// Binding rows the help overlay shows.
    public var helpRows: Int { max(0, helpBox.height - 2) }

    /// The tour list and the step index overlays.
    public var pickerBox: Rect {
        let width = min(columns - 4, 76)
        let height = min(rows - 4, 20)
        return Rect(row: max(1, (rows - height) / 2), column: max(0, (columns - width) / 2), width: width, height: height)
    }

    /// Rows of choices the picker shows (its last inner rows hold a description).
    public var pickerRows: Int { max(0, pickerBox.height - 2 - 3) }

    /// First visible choice, so that the selection stays in view.
    public static func pickerScroll(selection: Int, count: Int, rows: Int) -> Int {
        guard rows > 0, count > rows else { return 0 }
        return min(max(0, selection - rows / 2), count - rows)
    }
}

func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { min(max(v, lo), max(lo, hi)) }

extension Int {
    func addingClamped(_ other: Int) -> Int {
        let (r, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : r
    }
}

extension String {
    /// A catalog string made safe for the status line and cut short.
    var inertShort: String { TextLayout.truncate(inert, width: 40) }
}

import NatoText
