// The explorer's screen as a pure function of the state: title line, four list panes, the
// detail, the status line and any overlay.
import NatoModel
import NatoNavigation
import NatoText

/// The whole screen for a state (its size is the state's).
/// `mapCache` keeps the map's drawn image between frames (the terminal loop passes one).
public func render(_ state: AppState, catalog: Catalog, box: BoxStyle = .unicode, mapCache: MapViewCache = MapViewCache()) -> Grid {
    var r = Renderer(state: state, catalog: catalog, box: box, mapCache: mapCache, canvas: Canvas(columns: state.columns, rows: state.rows, ascii: box == .ascii))
    r.draw()
    return r.canvas.grid
}

struct Renderer {
    let state: AppState
    let catalog: Catalog
    let box: BoxStyle
    let mapCache: MapViewCache
    var canvas: Canvas
    var layout: Layout { state.layout }

    mutating func draw() {
        let l = state.layout
        guard state.columns > 0, state.rows > 0 else { return }
        if l.mode == .tooSmall {
            drawTooSmall()
            return
        }
        drawTitle(l)
        for pane in Pane.lists where l.isVisible(pane) { drawList(pane, l) }
        if l.isVisible(.detail) { drawDetail(l) }
        if let rect = l.mapRect { drawMap(rect) }
        drawCaption(l)
        drawStatus(l)
        switch state.overlay {
        case .search: drawSearch(l)
        case .help(let list): drawHelp(l, list)
        case .tourList(let list): drawTourList(l, list)
        case .tourSteps(let list): drawTourSteps(l, list)
        case .quiz(let quiz): drawQuiz(l, quiz)
        case nil: break
        }
    }

    // MARK: Frame

    mutating func drawTooSmall() {
        let need = "need \(Layout.minimumColumns)x\(Layout.minimumRows), have \(state.columns)x\(state.rows)"
        let text = "terminal too small: " + need
        var lines = text.terminalWidth <= state.columns ? [text]
            : TextLayout.wrap("terminal too small:", width: state.columns) + TextLayout.wrap(need, width: state.columns)
        if state.rows >= lines.count + 2 { lines += [""] + TextLayout.wrap("enlarge it, or press q to quit", width: state.columns) }
        let top = max(0, (state.rows - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < state.rows {
            let w = line.terminalWidth
            let role: StyleRole = i == 0 || line.hasPrefix("need") || line.contains("have") ? .error : .muted
            canvas.put(line, row: top + i, column: max(0, (state.columns - w) / 2), role: role)
        }
        canvas.grid.cursor = Position(row: 0, column: 0)
    }

    mutating func drawTitle(_ l: Layout) {
        canvas.fill(row: 0, column: 0, width: state.columns, role: .breadcrumb)
        var x = canvas.put(" natoscope ", row: 0, column: 0, role: .title)
        var crumbs: [String] = []
        let pane = state.focus == .detail ? state.lastListPane : state.focus
        crumbs.append(pane.title)
        if let c = state.current {
            if Pane(kind: c.kind) != pane { crumbs.append(c.kind.label.capitalizedFirst) }
            crumbs.append(catalog.name(c).inert)
        }
        if state.focus == .detail { crumbs.append("detail") }
        switch state.overlay {
        case .search: crumbs.append("search")
        case .help: crumbs.append("help")
        case .tourList: crumbs.append("tours")
        case .tourSteps: crumbs.append("tour steps")
        case .quiz: crumbs.append("quiz")
        case nil: break
        }
        // The year is always in view: "as of 1999" (playing: "▶ 1999"), or today's.
        let yearText: String
        if let y = state.time.asOf {
            yearText = (state.time.playing ? (box == .unicode ? " ▶ " : " > ") : " ") + "as of \(y) "
        } else {
            yearText = " \(state.year) today "
        }
        var right = ""
        if let anchor = state.filterAnchor { right = "filter: " + shortName(anchor) + " " }
        if !state.backStack.isEmpty || !state.forwardStack.isEmpty {
            right += "history \(state.backStack.count)\(box.separator)\(state.forwardStack.count) "
        }
        let yearWidth = yearText.terminalWidth
        let rightWidth = right.terminalWidth + yearWidth
        let room = state.columns - x - rightWidth - 1
        // Joined by hand: the standard library's generic `joined(separator:)` looked up its
        // associated types at run time, about 170,000 instructions on the first frame.
        var trail = " "
        for (i, crumb) in crumbs.enumerated() {
            if i > 0 { trail += " " + box.separator + " " }
            trail += crumb
        }
        let text = TextLayout.truncate(trail, width: max(0, room))
        x += canvas.put(text, row: 0, column: x, limit: max(0, room), role: .breadcrumb)
        if rightWidth > 0 && state.columns - rightWidth > x {
            canvas.put(right, row: 0, column: state.columns - rightWidth, role: .warning)
        }
        if state.columns - yearWidth >= 0 {
            canvas.put(yearText, row: 0, column: state.columns - yearWidth, role: .year)
        }
    }

    mutating func drawStatus(_ l: Layout) {
        let row = state.rows - 1
        guard row > 0 else { return }
        canvas.fill(row: row, column: 0, width: state.columns, role: .status)
        let message = state.message.map { " " + $0.inert + " " } ?? ""
        var x = 1
        if state.presenter {
            // Presenter: the step counter and messages only, no key hints.
            var left = ""
            if let t = state.tour {
                left = t.counter
                if t.autoAdvance { left += " · auto" }
                if !t.typed.isEmpty { left += " · go to " + t.typed }
            }
            let messageWidth = min(message.terminalWidth, max(0, state.columns - left.terminalWidth - 3))
            x += canvas.put(left, row: row, column: x, limit: max(0, state.columns - messageWidth - 2), role: .statusKey)
            if messageWidth > 0 {
                canvas.put(TextLayout.truncate(message, width: messageWidth), row: row, column: state.columns - messageWidth, role: .status)
            }
            return
        }
        let messageWidth = min(message.terminalWidth, state.columns / 2)
        let limit = state.columns - messageWidth - 1
        for hint in KeyMap.hints(for: state.mode) {
            let need = hint.keys.terminalWidth + 1 + hint.description.terminalWidth + 2
            if x + need > limit { break }
            x += canvas.put(hint.keys, row: row, column: x, role: .statusKey)
            x += canvas.put(" " + hint.description + "  ", row: row, column: x, role: .status)
        }
        if messageWidth > 0 {
            canvas.put(TextLayout.truncate(message, width: messageWidth), row: row, column: state.columns - messageWidth, role: .statusKey)
        }
    }

    /// A pane's border with its title; returns the content rectangle.
    mutating func frame(_ pane: Pane, _ rect: Rect, title: String) {
        let focused = state.focus == pane
        canvas.box(rect, focused ? box.heavy : box.plain, role: focused ? .borderFocused : .border)
        let prefix = focused ? " " + box.focusMarker + " " : " "
        let room = rect.width - 4
        guard room > 0 else { return }
        let x = rect.column + 1
        let head = TextLayout.truncate(prefix + title + " ", width: room)
        canvas.put(head, row: rect.row, column: x, limit: room, role: focused ? .paneTitleFocused : .paneTitle)
    }

    mutating func scrollbar(_ rect: Rect, offset: Int, visible: Int, total: Int) {
        let track = rect.height - 2
        guard track >= 2, total > visible, visible > 0 else { return }
        let size = max(1, track * visible / total)
        let maxOffset = max(1, total - visible)
        let start = (track - size) * min(offset, maxOffset) / maxOffset
        for i in 0..<size {
            canvas.fill(row: rect.row + 1 + start + i, column: rect.right - 1, width: 1,
                        role: state.focus == .detail || true ? .borderFocused : .border, with: box.scrollThumb)
        }
    }

    func shortName(_ r: EntityRef) -> String {
        TextLayout.truncate((catalog.abbreviation(r) ?? catalog.name(r)).inert, width: 24)
    }
}

