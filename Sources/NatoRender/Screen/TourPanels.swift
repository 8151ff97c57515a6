// The tour: its caption panel and the two pickers (tours, steps).
import NatoModel
import NatoNavigation
import NatoText

extension Renderer {

    /// The caption panel: a rule with `Tour: TITLE · step 3/9`, then the caption.
    mutating func drawCaption(_ l: Layout) {
        guard let t = state.tour else { return }
        let panel = l.captionPanel
        guard panel.height > 0, panel.width > 0 else { return }
        canvas.fill(panel, role: .normal)
        canvas.fill(row: panel.row, column: panel.column, width: panel.width, role: .border, with: box.plain.h)
        var head = " " + t.counter + " "
        // A lesson step's heading names what the class is looking at.
        if let title = t.current.title, !title.isEmpty { head += "· " + title.inert + " " }
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
    mutating func drawPicker(_ l: Layout, title: String, choices: [String], selection: Int, scroll: Int, current: Int?, description: String) {
        let rect = l.pickerBox
        guard rect.width >= 12, rect.height >= 7 else { return }
        overlayFrame(rect, title: title)
        let inner = rect.inner
        let rows = l.pickerRows
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

    mutating func drawTourList(_ l: Layout, _ list: ListState<Tour>) {
        let tours = list.items
        let choices = tours.map { $0.title.inert + " (\($0.steps.count) steps)" }
        let current = state.tour.flatMap { t in tours.firstIndex { $0.name == t.tour.name } }
        drawPicker(l, title: "Guided tours", choices: choices, selection: list.selection, scroll: list.scroll, current: current,
                   description: list.selected.map { $0.description.inert + " (natoscope tour " + $0.name + ")" } ?? "")
    }

    mutating func drawTourSteps(_ l: Layout, _ list: ListState<TourStep>) {
        guard let t = state.tour else { return }
        let width = String(list.items.count).count
        let choices = list.items.enumerated().map { i, step in
            let number = String(i + 1)
            return String(repeating: " ", count: max(0, width - number.count)) + number + "  " + stepLabel(step) + " · " + step.caption.inert
        }
        drawPicker(l, title: "Steps: " + t.tour.title.inert, choices: choices, selection: list.selection, scroll: list.scroll, current: t.step,
                   description: list.selected?.caption.inert ?? "")
    }

    func stepLabel(_ step: TourStep) -> String {
        if let id = step.entity, let r = catalog.ref(for: id) { return shortName(r) }
        if let span = step.span { return DateFormat.years(span) }
        return ""
    }
}
