// Clicks and the wheel. A click on a choice in an overlay chooses it through the same
// functions the keys use (never through `reduce` again), and returns their effects.
import NatoModel

extension AppState {
    /// A click selects what is under it; on a choice in an overlay it also chooses it.
    mutating func click(row: Int, column: Int, _ catalog: Catalog) -> [Effect] {
        let l = layout
        switch overlay {
        case .help:
            overlay = nil
            return []
        case .tourList(var list):
            guard let index = pickerIndex(row: row, column: column, list.scroll, list.items.count, l) else { return [] }
            list.select(index)
            overlay = .tourList(list)
            return reduceTour(.chooseTour, catalog)
        case .tourSteps(var list):
            guard let index = pickerIndex(row: row, column: column, list.scroll, list.items.count, l) else { return [] }
            list.select(index)
            overlay = .tourSteps(list)
            return reduceTour(.chooseStep, catalog)
        case .search:
            let box = l.searchBox
            guard box.contains(row: row, column: column) else {
                overlay = nil
                return []
            }
            let first = box.row + 3
            if row >= first, search.list.select(search.scroll + row - first) { acceptSearch(catalog) }
            return []
        case .quiz(let quiz):
            if let action = quiz.action(atRow: row, column: column, in: l, catalog) { reduceQuiz(action, catalog) }
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

    /// The picker choice under a click, or nil; a click outside the box closes it.
    private mutating func pickerIndex(row: Int, column: Int, _ scroll: Int, _ count: Int, _ l: Layout) -> Int? {
        let box = l.pickerBox
        guard box.contains(row: row, column: column) else {
            overlay = nil
            return nil
        }
        let index = scroll + row - box.row - 1
        guard row > box.row, index >= 0, index < count, row - box.row - 1 < l.pickerRows else { return nil }
        return index
    }

    mutating func wheel(row: Int, column: Int, delta: Int, _ catalog: Catalog) {
        switch overlay {
        case .help:
            move(by: delta, catalog)
            return
        case .tourList, .tourSteps:
            move(by: delta > 0 ? 1 : -1, catalog)
            return
        case .search:
            search.list.scroll(by: delta, rows: layout.searchResultRows)
            return
        case .quiz:
            return
        case nil:
            break
        }
        guard let pane = layout.pane(atRow: row, column: column) else { return }
        if pane == .detail {
            detailScroll = detailScroll.addingClamped(delta)
        } else {
            lists[pane.rawValue].setScroll(lists[pane.rawValue].scroll.addingClamped(delta))
        }
    }
}
