// Jumps between records and the history that back and forward walk.
import NatoModel

extension AppState {
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
}
