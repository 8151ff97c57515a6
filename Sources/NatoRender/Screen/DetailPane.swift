// The detail pane: the record's document, its links and scroll position.
import NatoModel
import NatoNavigation
import NatoText

extension Renderer {
    mutating func drawDetail(_ l: Layout) {
        guard let rect = l.rect(.detail) else { return }
        let content = rect.inner
        // The reducer keeps the document wrapped to this layout's width (see `updateCurrent`);
        // the renderer only draws it.
        let doc = state.detail
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
        case .right: return .related
        case .wrong: return .warning
        }
    }
}
