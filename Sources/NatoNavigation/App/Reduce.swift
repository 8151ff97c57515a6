// The one place the explorer's state changes: `reduce` applies an action and returns the
// effects the terminal loop carries out. The tour and the quiz are child features with their
// own actions and reducers; every switch here is exhaustive, so a new action must be handled.
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
    case .searchInput(let c): state.typeInSearch(c, catalog)
    case .searchBackspace: state.searchBackspace(catalog)
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
    case .toggleHelp: state.toggleHelp()
    case .nextLink: state.stepLink(1)
    case .previousLink: state.stepLink(-1)
    case .scrollDetail(let n): state.detailScroll = state.detailScroll.addingClamped(n)
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
    case .notesFileFailed(let reason): state.message = reason
    case .tour(let tourAction):
        effects = state.reduceTour(tourAction, catalog)
        if case .tick = tourAction, state.playTick(catalog) { effects.append(.redraw) }
    case .time(let timeAction): effects = state.reduceTime(timeAction, catalog)
    case .map(let mapAction): state.reduceMap(mapAction, catalog)
    case .quiz(let quizAction): state.reduceQuiz(quizAction, catalog)
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
        case .quiz: return 1
        case nil:
            if focus == .detail { return max(1, (l.content(.detail)?.height ?? rows) - 2) }
            return max(1, l.listRows(focus) - 1)
        }
    }

    var detailHeight: Int { layout.content(.detail)?.height ?? max(1, rows - 4) }

    /// Moves the cursor of whatever list is in front: an overlay's, the detail's scroll, or the focused pane's.
    mutating func move(by delta: Int, _ catalog: Catalog) {
        switch overlay {
        case .search:
            search.list.move(by: delta)
            search.list.reveal(rows: layout.searchResultRows)
        case .help(var list):
            list.scroll(by: delta, rows: layout.helpRows)
            overlay = .help(list)
        case .tourList(var list):
            list.move(by: delta)
            overlay = .tourList(list)
        case .tourSteps(var list):
            list.move(by: delta)
            overlay = .tourSteps(list)
        case .quiz:
            return
        case nil:
            if focus == .detail {
                detailScroll = detailScroll.addingClamped(delta)
                return
            }
            guard let list = list(focus), !list.items.isEmpty else { return }
            select(clamp(list.selection.addingClamped(delta), 0, list.items.count - 1), in: focus, catalog)
        }
    }

    /// `?`: the help for the context under it, or closes it.
    mutating func toggleHelp() {
        if case .help = overlay {
            overlay = nil
        } else {
            overlay = .help(ListState(KeyMap.table(for: helpContext)))
        }
    }

    /// The mode whose keys the help overlay lists (the one under the overlay).
    public var helpContext: KeyMap.Mode { map.focused && map.shown ? .map : (tour != nil ? .tour : (focus == .detail ? .detail : .normal)) }
}
