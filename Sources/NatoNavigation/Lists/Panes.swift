// The four list panes: selecting, keeping the selection in view, moving the focus and the
// filter that narrows the other panes to what is related.
import NatoModel
import NatoText

extension AppState {
    mutating func select(_ index: Int, in pane: Pane, _ catalog: Catalog, makeCurrent: Bool = true) {
        guard pane != .detail else { return }
        let p = pane.rawValue
        guard lists[p].select(index) else { return }
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
        lists[pane.rawValue].setScroll(scroll)
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
            let keep: ((EntityRef) -> Bool)? = pane != filter ? related.map { r in { r.contains($0) } } : nil
            guard lists[pane.rawValue].filter(keep) else { continue }
            if pane == .timeline { rebuildTimelineRows(catalog) }
            ensureVisible(pane)
        }
    }
}

extension String {
    /// A catalog string made safe for the status line and cut short.
    var inertShort: String { TextLayout.truncate(inert, width: 40) }
}
