// The explorer's screen as a pure function of the state: title line, four list panes, the
// detail, the status line and any overlay.
import NatoModel
import NatoNavigation
import NatoText

/// The whole screen for a state (its size is the state's).
public func render(_ state: AppState, catalog: Catalog, box: BoxStyle = .unicode) -> Grid {
    var r = Renderer(state: state, catalog: catalog, box: box, canvas: Canvas(columns: state.columns, rows: state.rows, ascii: box == .ascii))
    r.draw()
    return r.canvas.grid
}

struct Renderer {
    let state: AppState
    let catalog: Catalog
    let box: BoxStyle
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
        drawCaption(l)
        drawStatus(l)
        switch state.overlay {
        case .search: drawSearch(l)
        case .help: drawHelp(l)
        case .tourList: drawTourList(l)
        case .tourSteps: drawTourSteps(l)
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
        case nil: break
        }
        var right = ""
        if let anchor = state.filterAnchor { right = "filter: " + shortName(anchor) + " " }
        if !state.backStack.isEmpty || !state.forwardStack.isEmpty {
            right += "history \(state.backStack.count)\(box.separator)\(state.forwardStack.count) "
        }
        let rightWidth = right.terminalWidth
        let room = state.columns - x - rightWidth - 1
        let text = TextLayout.truncate(" " + crumbs.joined(separator: " " + box.separator + " "), width: max(0, room))
        x += canvas.put(text, row: 0, column: x, limit: max(0, room), role: .breadcrumb)
        if rightWidth > 0 && state.columns - rightWidth > x {
            canvas.put(right, row: 0, column: state.columns - rightWidth, role: .warning)
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

    // MARK: Lists

    mutating func drawList(_ pane: Pane, _ l: Layout) {
        guard let rect = l.rect(pane), let list = state.list(pane) else { return }
        var count = list.items.isEmpty ? "0/0" : "\(list.selection + 1)/\(list.items.count)"
        if let filterPane = state.filter, let anchor = state.filterAnchor {
            count += filterPane == pane ? " [filter]" : " of \(list.all.count) [" + shortName(anchor) + "]"
        }
        // Never cut the counts: fall back to a short pane name first.
        let full = pane.title + " " + count
        let prefixWidth = state.focus == pane ? 4 : 2
        let title = full.terminalWidth + prefixWidth + 1 <= rect.width - 4 || pane != .areas ? full : "Areas " + count
        frame(pane, rect, title: title)
        let content = rect.inner
        guard content.width > 0, content.height > 0 else { return }
        let height = l.listRows(pane)
        let focused = state.focus == pane
        if list.items.isEmpty {
            canvas.put(state.filter != nil ? " nothing related" : " empty", row: content.row, column: content.column, limit: content.width, role: .muted)
        }
        for i in 0..<height {
            let displayRow = list.scroll + i
            guard displayRow < state.displayCount(pane) else { break }
            let y = content.row + i
            if pane == .timeline, case .year(let year)? = state.timelineRows.indices.contains(displayRow) ? state.timelineRows[displayRow] : nil {
                drawYearHeading(year, row: y, content: content)
                continue
            }
            guard let item = state.item(atDisplayRow: displayRow, in: pane), list.items.indices.contains(item) else { continue }
            let isSelected = item == list.selection
            drawRow(pane, list.items[item], row: y, content: content, selected: isSelected, focused: focused)
            if isSelected && focused && state.overlay == nil {
                canvas.grid.cursor = Position(row: y, column: content.column)
            }
        }
        if pane == .timeline, let axis = l.timelineAxis { drawAxis(axis, list: list) }
        if state.displayCount(pane) > height { scrollbar(rect, offset: list.scroll, visible: height, total: state.displayCount(pane)) }
    }

    mutating func drawYearHeading(_ year: Int, row: Int, content: Rect) {
        let label = String(year)
        let x = canvas.put(" " + label + " ", row: row, column: content.column + 1, limit: content.width - 1, role: .heading)
        canvas.fill(row: row, column: content.column + 1 + x, width: content.width - 1 - x, role: .muted, with: box.axisLine)
    }

    mutating func drawRow(_ pane: Pane, _ ref: EntityRef, row y: Int, content: Rect, selected: Bool, focused: Bool) {
        let isMarked = state.marked.contains(ref) || state.highlighted.contains(ref)
        let base: StyleRole = selected ? (focused ? .selected : .selectedInactive) : (isMarked ? .related : .normal)
        let quiet: StyleRole = selected ? base : .muted
        canvas.fill(row: y, column: content.column, width: content.width, role: base)
        var x = content.column
        let end = content.right
        func room() -> Int { max(0, end - x) }
        x += canvas.put(selected ? box.selectionMarker : " ", row: y, column: x, limit: room(), role: base)
        x += canvas.put(isMarked ? box.relatedMarker : " ", row: y, column: x, limit: room(), role: selected ? base : .related)
        x += canvas.put(" ", row: y, column: x, limit: room(), role: base)
        let d = catalog.data
        let name = catalog.name(ref).inert
        var trailing = ""
        var trailingRole: StyleRole = quiet
        switch pane {
        case .countries:
            let c = d.countries[ref.index]
            let suspended = c.kind == .partner && !c.memberships.contains { !$0.isHistorical && $0.status == .active }
            let tag = c.kind == .ally ? "A" : (suspended ? "S" : "P")
            let tagRole: StyleRole = selected ? base : (c.kind == .ally ? .ally : (suspended ? .suspended : .partner))
            x += canvas.put(tag + " ", row: y, column: x, limit: room(), role: tagRole)
            if let cur = state.current, cur.kind == .framework, let m = catalog.membership(country: ref.index, framework: cur.index) {
                trailing = years(m)
                if m.status == .suspended {
                    trailing += " susp"
                    trailingRole = selected ? base : .suspended
                } else {
                    trailingRole = selected ? base : .related
                }
            }
        case .frameworks:
            let f = d.frameworks[ref.index]
            let abbreviation = TextLayout.pad((f.abbreviation ?? "").inert, width: 5)
            x += canvas.put(abbreviation + " ", row: y, column: x, limit: room(), role: selected ? base : .muted)
            if let cur = state.current, cur.kind == .country, let m = catalog.membership(country: cur.index, framework: ref.index) {
                trailing = years(m) + (m.status == .suspended ? " susp" : "")
                trailingRole = selected ? base : (m.status == .suspended ? .suspended : .related)
            } else {
                trailing = String(f.founded)
            }
        case .timeline:
            let date = d.milestones[ref.index].date
            var label = ""
            if let month = date.month {
                let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
                label = names[max(0, min(11, month - 1))]
                if let day = date.day { label = (day < 10 ? " " : "") + String(day) + " " + label }
            }
            x += canvas.put(TextLayout.pad(label, width: 6) + " ", row: y, column: x, limit: room(), role: selected ? base : .muted)
        case .areas, .detail:
            break
        }
        let trailingWidth = trailing.isEmpty ? 0 : trailing.terminalWidth + 1
        let nameRoom = room() - (trailingWidth <= room() / 2 ? trailingWidth : 0)
        canvas.put(TextLayout.truncate(name, width: max(0, nameRoom)), row: y, column: x, limit: max(0, nameRoom), role: base)
        if trailingWidth > 0 && trailingWidth <= room() / 2 {
            canvas.put(trailing, row: y, column: end - trailingWidth + 1, limit: trailingWidth, role: trailingRole)
        }
    }

    // MARK: Tour

    /// The caption panel: a rule with `Tour: TITLE · step 3/9`, then the caption.
    mutating func drawCaption(_ l: Layout) {
        guard let t = state.tour else { return }
        let panel = l.captionPanel
        guard panel.height > 0, panel.width > 0 else { return }
        canvas.fill(panel, role: .normal)
        canvas.fill(row: panel.row, column: panel.column, width: panel.width, role: .border, with: box.plain.h)
        var head = " " + t.counter + " "
        if t.autoAdvance { head += "· auto every " + seconds(t.interval) + " " }
        if !t.typed.isEmpty { head += "· go to step " + t.typed + " " }
        canvas.put(TextLayout.truncate(head, width: max(0, panel.width - 4)), row: panel.row, column: panel.column + 2, role: .paneTitleFocused)
        let indent = state.presenter ? 3 : 2
        for (i, line) in state.captionLines.enumerated() where i + 1 < panel.height {
            canvas.put(line, row: panel.row + 1 + i, column: panel.column + indent, limit: max(0, panel.width - indent - 1), role: .heading)
        }
    }

    func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\((s * 10).rounded() / 10) s"
    }

    /// A list of choices in a box, with the selected one's description under a rule.
    mutating func drawPicker(_ l: Layout, title: String, choices: [String], selection: Int, current: Int?, description: String) {
        let rect = l.pickerBox
        guard rect.width >= 12, rect.height >= 7 else { return }
        overlayFrame(rect, title: title)
        let inner = rect.inner
        let rows = l.pickerRows
        let scroll = Layout.pickerScroll(selection: selection, count: choices.count, rows: rows)
        for i in 0..<rows {
            let index = scroll + i
            guard choices.indices.contains(index) else { break }
            let y = inner.row + i
            let selected = index == selection
            let base: StyleRole = selected ? .selected : .overlay
            canvas.fill(row: y, column: inner.column, width: inner.width, role: base)
            let marker = selected ? box.selectionMarker : (index == current ? box.relatedMarker : " ")
            let x = inner.column + canvas.put(marker + " ", row: y, column: inner.column, role: base)
            canvas.put(TextLayout.truncate(choices[index], width: max(0, inner.right - x - 1)), row: y, column: x, limit: max(0, inner.right - x - 1), role: base)
            if selected { canvas.grid.cursor = Position(row: y, column: inner.column) }
        }
        let ruleRow = inner.bottom - 3
        canvas.fill(row: ruleRow, column: inner.column, width: inner.width, role: .overlayTitle, with: box.plain.h)
        for (i, line) in TextLayout.wrap(description, width: max(1, inner.width - 2)).prefix(2).enumerated() {
            canvas.put(line, row: ruleRow + 1 + i, column: inner.column + 1, limit: inner.width - 2, role: .muted)
        }
    }

    mutating func drawTourList(_ l: Layout) {
        let tours = state.tours
        let choices = tours.map { $0.title.inert + " (\($0.steps.count) steps)" }
        let selected = tours.indices.contains(state.tourListSelection) ? tours[state.tourListSelection] : nil
        let current = state.tour.flatMap { t in tours.firstIndex { $0.name == t.tour.name } }
        drawPicker(l, title: "Guided tours", choices: choices, selection: state.tourListSelection, current: current,
                   description: selected.map { $0.description.inert + " (natoscope tour " + $0.name + ")" } ?? "")
    }

    mutating func drawTourSteps(_ l: Layout) {
        guard let t = state.tour else { return }
        let width = String(t.tour.steps.count).count
        let choices = t.tour.steps.enumerated().map { i, step in
            let number = String(i + 1)
            return String(repeating: " ", count: max(0, width - number.count)) + number + "  " + stepLabel(step) + " · " + step.caption.inert
        }
        let selected = t.tour.steps.indices.contains(state.tourStepsSelection) ? t.tour.steps[state.tourStepsSelection] : nil
        drawPicker(l, title: "Steps: " + t.tour.title.inert, choices: choices, selection: state.tourStepsSelection, current: t.step,
                   description: selected?.caption.inert ?? "")
    }

    func stepLabel(_ step: TourStep) -> String {
        if let id = step.entity, let r = catalog.ref(for: id) { return shortName(r) }
        if let span = step.span { return span.lowerBound == span.upperBound ? String(span.lowerBound) : "\(span.lowerBound)–\(span.upperBound)" }
        return ""
    }

    func years(_ m: Membership) -> String {
        var s = m.joined.map(String.init) ?? "?"
        if let until = m.until { s += "–" + String(until % 100 < 10 ? "0" + String(until % 100) : String(until % 100)) }
        return s
    }

    mutating func drawAxis(_ axis: Rect, list: PaneList) {
        let milestones = catalog.data.milestones
        let years = list.all.map { milestones[$0.index].date.year }
        guard let first = years.min(), let last = years.max() else { return }
        let a = String(first), b = String(last)
        let barWidth = axis.width - a.count - b.count - 2
        guard barWidth >= 3 else { return }
        let y = axis.row
        var x = axis.column
        x += canvas.put(a + " ", row: y, column: x, role: .axis)
        canvas.fill(row: y, column: x, width: barWidth, role: .axis, with: box.axisLine)
        canvas.put(" " + b, row: y, column: x + barWidth, role: .axis)
        func column(_ year: Int) -> Int { x + (year - first) * (barWidth - 1) / max(1, last - first) }
        for r in list.items { canvas.fill(row: y, column: column(milestones[r.index].date.year), width: 1, role: .axis, with: box.axisTick) }
        for r in list.all where state.marked.contains(r) {
            canvas.fill(row: y, column: column(milestones[r.index].date.year), width: 1, role: .axisMark, with: box.axisMarked)
        }
        if let c = state.current, c.kind == .milestone {
            canvas.fill(row: y, column: column(milestones[c.index].date.year), width: 1, role: .axisMark, with: box.axisCurrent)
        }
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

    // MARK: Detail

    mutating func drawDetail(_ l: Layout) {
        guard let rect = l.rect(.detail) else { return }
        let content = rect.inner
        let width = l.detailTextWidth
        let doc = state.detail.width == width && state.detail.entity == state.current
            ? state.detail : DetailDocument.build(catalog, entity: state.current, width: width)
        var extra = ""
        if doc.lines.count > content.height, content.height > 0 {
            let maxScroll = doc.lines.count - content.height
            let scroll = min(state.detailScroll, maxScroll)
            extra = scroll == 0 ? "top" : (scroll >= maxScroll ? "end" : "\(scroll * 100 / maxScroll)%")
        }
        var title = "Detail" + (state.current.map { " · " + $0.kind.label } ?? "")
        if !extra.isEmpty { title += " · " + extra }
        if let f = state.focusedLink, doc.links.indices.contains(f) { title += " · link \(f + 1)/\(doc.links.count)" }
        frame(.detail, rect, title: title)
        guard content.width > 0, content.height > 0 else { return }
        let focused = state.focus == .detail
        for i in 0..<content.height {
            let n = state.detailScroll + i
            guard n < doc.lines.count else { break }
            var x = content.column + 1
            let end = content.right
            for span in doc.lines[n] {
                let role = self.role(span, focused: focused)
                if role == .linkFocused && focused && state.overlay == nil { canvas.grid.cursor = Position(row: content.row + i, column: x) }
                x += canvas.put(span.text, row: content.row + i, column: x, limit: max(0, end - x), role: role)
            }
        }
        if focused && canvas.grid.cursor == nil && state.overlay == nil {
            canvas.grid.cursor = Position(row: content.row, column: content.column)
        }
        scrollbar(rect, offset: state.detailScroll, visible: content.height, total: doc.lines.count)
    }

    func role(_ span: Span, focused: Bool) -> StyleRole {
        if let link = span.link {
            return link == state.focusedLink ? .linkFocused : .link
        }
        switch span.style {
        case .body: return .normal
        case .muted: return .muted
        case .title, .heading: return .heading
        case .warning: return .warning
        case .link: return .link
        case .ally: return .ally
        case .partner: return .partner
        case .suspended: return .suspended
        }
    }

    // MARK: Overlays

    mutating func overlayFrame(_ rect: Rect, title: String) {
        canvas.fill(rect, role: .overlay)
        canvas.box(rect, box.double, role: .overlayTitle)
        if rect.width > 6 {
            canvas.put(TextLayout.truncate(" " + title + " ", width: rect.width - 4), row: rect.row, column: rect.column + 2, role: .overlayTitle)
        }
    }

    mutating func drawSearch(_ l: Layout) {
        let rect = l.searchBox
        guard rect.width >= 8, rect.height >= 5 else { return }
        overlayFrame(rect, title: "Search")
        let inner = rect.inner
        let s = state.search
        let prompt = "/ "
        var x = inner.column + 1
        x += canvas.put(prompt, row: inner.row, column: x, role: .overlayTitle)
        let query = s.query.inert
        let room = inner.right - x - 1
        // Keep the end of a long query in view.
        var shown = query
        while shown.terminalWidth > room && !shown.isEmpty { shown.removeFirst() }
        x += canvas.put(shown, row: inner.row, column: x, limit: room, role: .overlay)
        canvas.grid.cursor = Position(row: inner.row, column: min(x, inner.right - 1))
        let count = s.query.isEmpty ? "" : (s.results.isEmpty ? "no results" : "\(s.results.count) result" + (s.results.count == 1 ? "" : "s"))
        canvas.fill(row: inner.row + 1, column: inner.column, width: inner.width, role: .overlayTitle, with: box.plain.h)
        if !count.isEmpty, count.count + 4 < inner.width {
            canvas.put(" " + count + " ", row: inner.row + 1, column: inner.right - count.count - 3, role: .overlayTitle)
        }
        let rows = l.searchResultRows
        if s.query.isEmpty {
            let hint = TextLayout.wrap("Type to search countries, frameworks, cooperation areas, milestones, institutions, exercises and sources.", width: inner.width - 2)
            for (i, line) in hint.prefix(rows).enumerated() {
                canvas.put(line, row: inner.row + 2 + i, column: inner.column + 1, role: .muted)
            }
            return
        }
        let folded = String(decoding: SearchFolding.fold(s.query), as: UTF8.self)
        let firstWord = folded.split(separator: " ").first.map(String.init) ?? folded
        for i in 0..<rows {
            let index = s.scroll + i
            guard s.results.indices.contains(index) else { break }
            let ref = s.results[index]
            let y = inner.row + 2 + i
            let selected = index == s.selection
            let base: StyleRole = selected ? .selected : .overlay
            canvas.fill(row: y, column: inner.column, width: inner.width, role: base)
            var x = inner.column
            x += canvas.put((selected ? box.selectionMarker : " ") + " ", row: y, column: x, role: base)
            x += canvas.put(TextLayout.pad(ref.kind == .area ? "area" : ref.kind.label, width: 12) + " ", row: y, column: x, limit: inner.right - x, role: selected ? base : .muted)
            var name = catalog.name(ref).inert
            if let a = catalog.abbreviation(ref), a != name { name += " (" + a.inert + ")" }
            if let year = catalog.year(ref), ref.kind == .milestone { name = String(year) + " " + name }
            let fitted = TextLayout.truncate(name, width: max(0, inner.right - x - 1))
            drawHighlighted(fitted, query: folded, fallback: firstWord, row: y, column: x, limit: inner.right - x - 1, base: base)
        }
    }

    /// Draws `text` with the first occurrence of the folded `query` (or else of `fallback`, the
    /// query's first word) in the match role. Matching folds case and accents like the search
    /// itself, so "turkiye" highlights "Türkiye".
    mutating func drawHighlighted(_ text: String, query: String, fallback: String, row: Int, column: Int, limit: Int, base: StyleRole) {
        let chars = Array(text)
        let foldedChars = chars.map { SearchFolding.fold(String($0)) }
        func find(_ q: String) -> Range<Int>? {
            let needle = Array(q.utf8)
            guard !needle.isEmpty else { return nil }
            for start in chars.indices {
                var folded: [UInt8] = []
                var end = start
                while end < chars.count && folded.count < needle.count {
                    folded += foldedChars[end]
                    end += 1
                }
                if folded.starts(with: needle) { return start..<end }
            }
            return nil
        }
        let match = find(query) ?? find(fallback)
        var x = column
        for (i, ch) in chars.enumerated() {
            let role: StyleRole = match?.contains(i) == true ? .searchMatch : base
            x += canvas.put(String(ch), row: row, column: x, limit: column + limit - x, role: role)
        }
    }

    mutating func drawHelp(_ l: Layout) {
        let rect = l.helpBox
        guard rect.width >= 8, rect.height >= 4 else { return }
        let context = state.helpContext
        overlayFrame(rect, title: "Keys: " + context.title)
        let inner = rect.inner
        let bindings = KeyMap.bindings(for: context)
        let keyWidth = min(12, max(4, inner.width / 3))
        for i in 0..<inner.height {
            let n = state.helpScroll + i
            guard n < bindings.count else { break }
            let y = inner.row + i
            let b = bindings[n]
            canvas.put(TextLayout.pad(b.keys, width: keyWidth), row: y, column: inner.column + 1, limit: keyWidth, role: .statusKey)
            canvas.put(b.description, row: y, column: inner.column + 2 + keyWidth, limit: max(0, inner.width - keyWidth - 3), role: .overlay)
        }
        if state.helpScroll + inner.height < bindings.count, rect.width > 12 {
            canvas.put(" " + box.ellipsisDown + " more ", row: rect.bottom - 1, column: rect.right - 11, role: .overlayTitle)
        }
        // How current the facts are, on the bottom border where it fits beside "more".
        if let checked = catalog.checkedNote, rect.width >= checked.count + 17 {
            canvas.put(" " + checked + " ", row: rect.bottom - 1, column: rect.column + 2, role: .overlayTitle)
        }
        canvas.grid.cursor = Position(row: inner.row, column: inner.column + 1)
    }

    func shortName(_ r: EntityRef) -> String {
        TextLayout.truncate((catalog.abbreviation(r) ?? catalog.name(r)).inert, width: 24)
    }
}

extension String {
    var capitalizedFirst: String {
        guard let f = first else { return self }
        return f.uppercased() + dropFirst()
    }
}
