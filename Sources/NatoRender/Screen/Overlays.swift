// The search and help overlays, and the frame every overlay shares.
import NatoModel
import NatoNavigation
import NatoText

extension Renderer {
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

    mutating func drawHelp(_ l: Layout, _ list: ListState<KeyMap.Binding>) {
        let rect = l.helpBox
        guard rect.width >= 8, rect.height >= 4 else { return }
        let context = state.helpContext
        overlayFrame(rect, title: "Keys: " + context.title)
        let inner = rect.inner
        let bindings = list.items.map { (keys: $0.label, description: $0.description) }
        let keyWidth = min(12, max(4, inner.width / 3))
        for i in 0..<inner.height {
            let n = list.scroll + i
            guard n < bindings.count else { break }
            let y = inner.row + i
            let b = bindings[n]
            canvas.put(TextLayout.pad(b.keys, width: keyWidth), row: y, column: inner.column + 1, limit: keyWidth, role: .statusKey)
            canvas.put(b.description, row: y, column: inner.column + 2 + keyWidth, limit: max(0, inner.width - keyWidth - 3), role: .overlay)
        }
        if list.scroll + inner.height < bindings.count, rect.width > 12 {
            canvas.put(" " + box.ellipsisDown + " more ", row: rect.bottom - 1, column: rect.right - 11, role: .overlayTitle)
        }
        // How current the facts are, on the bottom border where it fits beside "more".
        if let checked = catalog.checkedNote, rect.width >= checked.count + 17 {
            canvas.put(" " + checked + " ", row: rect.bottom - 1, column: rect.column + 2, role: .overlayTitle)
        }
        canvas.grid.cursor = Position(row: inner.row, column: inner.column + 1)
    }
}
