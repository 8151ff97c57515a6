// Reading the detail (links, scrolling) and jumping through the timeline by decades.
import NatoModel
import NatoText

extension AppState {
    mutating func stepLink(_ step: Int) {
        let links = detail.links
        guard !links.isEmpty else {
            message = "No links here"
            return
        }
        if let f = focusedLink {
            focusedLink = ((f + step) % links.count + links.count) % links.count
        } else if step > 0 {
            focusedLink = links.firstIndex { $0.line >= detailScroll } ?? 0
        } else {
            let bottom = detailScroll + detailHeight
            focusedLink = links.lastIndex { $0.line < bottom } ?? links.count - 1
        }
        ensureLinkVisible()
    }

    mutating func ensureLinkVisible() {
        guard let f = focusedLink, detail.links.indices.contains(f) else { return }
        let line = detail.links[f].line
        let h = detailHeight
        if line < detailScroll { detailScroll = max(0, line - 1) }
        if line >= detailScroll + h { detailScroll = line - h + 2 }
    }

    // MARK: Timeline

    mutating func jumpDecade(_ step: Int, _ catalog: Catalog) {
        if focus != .timeline { setFocus(.timeline, catalog) }
        let l = lists[Pane.timeline.rawValue]
        guard let selected = l.selected, step != 0 else { return }
        let milestones = catalog.data.milestones
        func decade(_ r: EntityRef) -> Int {
            let y = milestones[r.index].date.year
            return y - ((y % 10) + 10) % 10
        }
        var decades: [Int] = []
        for r in l.items where decades.last != decade(r) { decades.append(decade(r)) }
        guard let at = decades.firstIndex(of: decade(selected)) else { return }
        let target = decades[clamp(at + step, 0, decades.count - 1)]
        if let index = l.items.firstIndex(where: { decade($0) == target }) {
            select(index, in: .timeline, catalog)
            message = "\(target)s"
        }
    }
    func linkAt(line: Int, column: Int) -> Int? {
        guard detail.lines.indices.contains(line), column >= 0 else { return nil }
        var x = 0
        for span in detail.lines[line] {
            let w = span.text.terminalWidth
            if column < x + w { return span.link }
            x += w
        }
        return nil
    }
}
