// The invariants every action leaves: indexes and scrolls within what exists.
import NatoModel

extension AppState {
    /// Clamps every index and scroll to what exists, after any action.
    mutating func normalize() {
        let l = layout
        if l.mode != .tooSmall && !l.isVisible(focus) { focus = lastListPane }
        for pane in Pane.lists {
            lists[pane.rawValue].normalize(rows: l.listRows(pane), total: displayCount(pane))
        }
        detailScroll = clamp(detailScroll, 0, max(0, detail.lines.count - detailHeight))
        if let f = focusedLink, !detail.links.indices.contains(f) { focusedLink = nil }
        search.list.normalize(rows: l.searchResultRows)
        switch overlay {
        case .help(var list):
            list.normalize(rows: l.helpRows)
            overlay = .help(list)
        case .tourList(var list):
            // The pickers keep their selection near the middle (see `Layout.pickerScroll`).
            list.setScroll(Layout.pickerScroll(selection: list.selection, count: list.items.count, rows: l.pickerRows))
            overlay = list.items.isEmpty ? nil : .tourList(list)
        case .tourSteps(var list):
            list.setScroll(Layout.pickerScroll(selection: list.selection, count: list.items.count, rows: l.pickerRows))
            overlay = tour == nil ? nil : .tourSteps(list)
        case .search, .quiz, nil:
            break
        }
    }
}
