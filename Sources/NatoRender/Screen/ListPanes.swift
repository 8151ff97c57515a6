// The four list panes: rows, year headings, the timeline axis.
import NatoModel
import NatoNavigation
import NatoText

extension Renderer {
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
        let future = state.time.asOf.map { year > $0 } ?? false
        let role: StyleRole = state.time.asOf == year ? .year : (future ? .muted : .heading)
        let x = canvas.put(" " + label + " ", row: row, column: content.column + 1, limit: content.width - 1, role: role)
        canvas.fill(row: row, column: content.column + 1 + x, width: content.width - 1 - x, role: .muted, with: box.axisLine)
    }

    mutating func drawRow(_ pane: Pane, _ ref: EntityRef, row y: Int, content: Rect, selected: Bool, focused: Bool) {
        // As of a past year, what did not exist yet (or no longer) is greyed out and unmarked.
        let existed = state.existed(ref, catalog)
        let isMarked = existed && (state.marked.contains(ref) || state.highlighted.contains(ref))
        let base: StyleRole = selected ? (focused ? .selected : .selectedInactive) : (isMarked ? .related : (existed ? .normal : .muted))
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
            // As of a past year an Ally-to-be shows as the partner (or nothing) it was then.
            let ally = state.time.asOf.map { state.history.rules.isAlly(c, asOf: $0) } ?? (c.kind == .ally)
            let tag = !existed ? "-" : (ally ? "A" : (suspended ? "S" : "P"))
            let tagRole: StyleRole = selected ? base : (!existed ? .muted : (ally ? .ally : (suspended ? .suspended : .partner)))
            x += canvas.put(tag + " ", row: y, column: x, limit: room(), role: tagRole)
            if let cur = state.current, cur.kind == .framework, let m = catalog.membership(country: ref.index, framework: cur.index) {
                trailing = m.years(.compact)
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
                trailing = m.years(.compact) + (m.status == .suspended ? " susp" : "")
                trailingRole = selected ? base : (m.status == .suspended ? .suspended : .related)
            } else {
                trailing = String(f.founded)
            }
        case .timeline:
            let label = DateFormat.dayAndMonth(d.milestones[ref.index].date, alignDay: true)
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
        // The year shown, as of a past year: everything right of it is still to come.
        if let year = state.time.asOf, year >= first, year <= last {
            canvas.fill(row: y, column: column(year), width: 1, role: .year, with: box.yearMarker)
        }
    }
}
