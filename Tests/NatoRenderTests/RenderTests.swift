import NatoModel
import NatoNavigation
import NatoRender
import NatoText
import Testing

func checkGrid(_ g: Grid, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(g.cells.count == g.columns * g.rows, "\(context): cell count", sourceLocation: sourceLocation)
    for r in 0..<g.rows {
        let row = g.row(r)
        let widths = row.reduce(0) { $0 + Int($1.width) }
        #expect(widths == g.columns, "\(context): row \(r) widths \(widths) != \(g.columns)", sourceLocation: sourceLocation)
        for (c, cell) in row.enumerated() {
            let controls = cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
            #expect(!controls, "\(context): control character at \(r),\(c)", sourceLocation: sourceLocation)
            if cell.width == 0 {
                #expect(c > 0 && row[c - 1].width == 2 && cell.text.isEmpty, "\(context): stray continuation at \(r),\(c)", sourceLocation: sourceLocation)
            } else {
                #expect(cell.text.count == 1 && cell.text.terminalWidth == Int(cell.width), "\(context): cell \(r),\(c) \(cell.text.debugDescription)",
                        sourceLocation: sourceLocation)
            }
            if cell.width == 2 {
                #expect(c + 1 < row.count && row[c + 1].width == 0, "\(context): wide char without its second half at \(r),\(c)", sourceLocation: sourceLocation)
            }
        }
    }
    if let cursor = g.cursor {
        #expect(cursor.row >= 0 && cursor.row < max(1, g.rows) && cursor.column >= 0 && cursor.column < max(1, g.columns), "\(context): cursor",
                sourceLocation: sourceLocation)
    }
}

/// Rows of the grid whose text contains `needle`.
func rows(_ g: Grid, containing needle: String) -> [Int] {
    (0..<g.rows).filter { r in g.row(r).map(\.text).joined().contains(needle) }
}

func roles(_ g: Grid, row: Int, containing needle: String) -> Set<StyleRole> {
    let cells = g.row(row)
    let text = cells.map(\.text)
    let joined = text.joined()
    guard let range = joined.range(of: needle) else { return [] }
    let startChars = joined.distance(from: joined.startIndex, to: range.lowerBound)
    var seen = 0
    var result: Set<StyleRole> = []
    for cell in cells {
        let n = cell.text.count
        if seen >= startChars && seen < startChars + needle.count { result.insert(cell.role) }
        seen += n
    }
    return result
}

@Suite struct StyleTests {
    @Test func selectedAndRelatedRows() {
        let c = Fixtures.builtin
        var s = AppState(catalog: c, columns: 100, rows: 30)
        Fixtures.select(c, id: "md", in: .frameworks, &s)
        let g = render(s, catalog: c)
        let md = rows(g, containing: "MD    Mediterrane")
        #expect(md.count == 1)
        if let r = md.first { #expect(roles(g, row: r, containing: "Mediterrane") == [.selected]) }
        let algeria = rows(g, containing: "Algeria")
        #expect(!algeria.isEmpty)
        if let r = algeria.first {
            #expect(roles(g, row: r, containing: "Algeria") == [.related])
            #expect(roles(g, row: r, containing: "2000") == [.related], "the year the member joined")
        }
        let allies = rows(g, containing: "A Albania")
        if let r = allies.first { #expect(roles(g, row: r, containing: "A Albania").contains(.ally)) }
        // The focused pane's border and title stand out, with a marker for monochrome screens.
        let title = rows(g, containing: "▶ Frameworks")
        #expect(title.count == 1)
        if let r = title.first {
            #expect(roles(g, row: r, containing: "▶ Frameworks") == [.paneTitleFocused])
            #expect(roles(g, row: r, containing: "Countries").contains(.paneTitle))
        }
        #expect(g.cells.contains { $0.role == .borderFocused })
        #expect(g.cursor?.row == md.first)
    }

    @Test func unfocusedSelectionIsInactive() {
        let c = Fixtures.builtin
        var s = AppState(catalog: c, columns: 100, rows: 30)
        reduce(&s, .focus(.frameworks), catalog: c)
        let g = render(s, catalog: c)
        if let r = rows(g, containing: "Afghanistan").first {
            #expect(roles(g, row: r, containing: "Afghanistan") == [.selectedInactive])
        } else {
            Issue.record("no Afghanistan row")
        }
    }

    @Test func correctionNotesAreWarnings() {
        let c = Fixtures.small
        var s = AppState(catalog: c, columns: 100, rows: 30)
        Fixtures.select(c, id: "turkiye", in: .countries, &s)
        reduce(&s, .open, catalog: c)
        let g = render(s, catalog: c)
        guard let r = rows(g, containing: "[CORRECTION]").first else {
            Issue.record("no correction note")
            return
        }
        #expect(roles(g, row: r, containing: "[CORRECTION]") == [.warning])
        reduce(&s, .nextLink, catalog: c)
        let linked = render(s, catalog: c)
        #expect(linked.cells.contains { $0.role == .linkFocused })
        #expect(linked.cells.contains { $0.role == .link })
    }

    @Test func suspendedPartnersAreMarked() {
        let c = Fixtures.small
        var s = AppState(catalog: c, columns: 100, rows: 30)
        Fixtures.select(c, id: "pfp", in: .frameworks, &s)
        let g = render(s, catalog: c)
        guard let r = rows(g, containing: "Ruritania").first else {
            Issue.record("no Ruritania row")
            return
        }
        #expect(roles(g, row: r, containing: "S Ruritania").contains(.suspended))
        #expect(roles(g, row: r, containing: "susp") == [.suspended])
    }

    @Test func searchOverlayHighlightsMatches() {
        let c = Fixtures.builtin
        var s = AppState(catalog: c, columns: 100, rows: 30)
        reduce(&s, .startSearch, catalog: c)
        for ch in "cyber" { reduce(&s, .searchInput(ch), catalog: c) }
        let g = render(s, catalog: c)
        #expect(g.cells.contains { $0.role == .searchMatch })
        #expect(g.cells.contains { $0.role == .overlay })
        #expect(g.cells.contains { $0.role == .selected })
        #expect(g.cursor.map { g.row($0.row).map(\.text).joined().contains("/ cyber") } == true)
    }

    @Test func searchHighlightFoldsAccentsLikeTheSearch() {
        let c = Fixtures.small
        var s = AppState(catalog: c, columns: 100, rows: 30)
        reduce(&s, .startSearch, catalog: c)
        for ch in "turkiye" { reduce(&s, .searchInput(ch), catalog: c) }
        let g = render(s, catalog: c)
        let highlighted = g.cells.filter { $0.role == .searchMatch }.map(\.text).joined()
        #expect(highlighted == "Türkiye", "highlighted: '\(highlighted)'")
    }

    @Test func statusLineHintsFollowTheMode() {
        let c = Fixtures.builtin
        var s = AppState(catalog: c, columns: 120, rows: 30)
        func status() -> String { render(s, catalog: c).row(29).map(\.text).joined() }
        for hint in KeyMap.hints(for: .normal).prefix(4) { #expect(status().contains(hint.keys + " " + hint.description)) }
        reduce(&s, .open, catalog: c)
        for hint in KeyMap.hints(for: .detail).prefix(4) { #expect(status().contains(hint.keys + " " + hint.description)) }
        reduce(&s, .toggleHelp, catalog: c)
        let g = render(s, catalog: c)
        for b in KeyMap.bindings(for: .detail).prefix(5) { #expect(!rows(g, containing: b.description).isEmpty, "\(b.description)") }
    }

    @Test func asciiBoxes() {
        let c = Fixtures.builtin
        let s = AppState(catalog: c, columns: 100, rows: 30)
        let g = render(s, catalog: c, box: .ascii)
        let lineChars: Set<String> = ["─", "│", "┌", "┐", "└", "┘", "━", "┃", "┏", "┓", "┗", "┛", "▶", "▸", "•", "█", "┼", "●", "◆", "›", "…", "↑", "↓", "·", "–"]
        #expect(!g.cells.contains { lineChars.contains($0.text) })
        #expect(g.text().contains("> Countries"))
        var t = s
        reduce(&t, .open, catalog: c)
        let detail = render(t, catalog: c, box: .ascii)
        #expect(!detail.cells.contains { lineChars.contains($0.text) })
        #expect(detail.text().contains("| * "), "bullets in ASCII")
        reduce(&t, .toggleHelp, catalog: c)
        let help = render(t, catalog: c, box: .ascii)
        #expect(!help.cells.contains { lineChars.contains($0.text) })
    }
}

@Suite struct WidthTests {
    @Test func wideAndCombiningNamesLineUp() {
        let c = Fixtures.small
        let s = AppState(catalog: c, columns: 100, rows: 30)
        let g = render(s, catalog: c)
        checkGrid(g, "small")
        // Each country row ends its pane at the same column: the border is where it belongs.
        let border = g.layoutBorderColumn(for: "Türkiye")
        #expect(border != nil)
        #expect(g.layoutBorderColumn(for: "日本") == border)
        #expect(g.layoutBorderColumn(for: "Côte d'Ivoire") == border)
        let text = g.text()
        #expect(text.contains("日本"))
        #expect(text.contains("Côte d'Ivoire"))
    }

    @Test func wideCharactersAreNeverSplit() {
        let c = Fixtures.small
        var s = AppState(catalog: c, columns: 60, rows: 16)
        Fixtures.select(c, id: "japan", in: .countries, &s)
        reduce(&s, .open, catalog: c)
        for w in 60...75 {
            reduce(&s, .resize(columns: w, rows: 16), catalog: c)
            checkGrid(render(s, catalog: c), "japan \(w)")
        }
    }

    @Test func tooSmallSaysWhatItNeeds() {
        let c = Fixtures.builtin
        let s = AppState(catalog: c, columns: 59, rows: 20)
        let text = render(s, catalog: c).text()
        #expect(text.contains("terminal too small: need 60x16, have 59x20"))
        for (w, h) in [(1, 1), (2, 1), (1, 2), (0, 0), (5, 3), (20, 5), (59, 15), (60, 15)] {
            let g = render(AppState(catalog: c, columns: w, rows: h), catalog: c)
            #expect(g.columns == max(0, w) && g.rows == max(0, h))
            checkGrid(g, "\(w)x\(h)")
        }
    }
}

@Suite struct GridInvariantTests {
    static let actions: [Action] = [
        .moveUp, .moveDown, .pageDown, .bottom, .focusNext, .focusPrevious, .focusRight, .focus(.detail), .focus(.timeline),
        .open, .toggleDetail, .back, .forward, .toggleFilter, .startSearch, .searchInput("e"), .searchInput("日"), .searchInput("r"),
        .searchBackspace, .acceptSearch, .escape, .toggleHelp, .nextLink, .previousLink, .scrollDetail(7), .jumpDecade(1), .jumpDecade(-1),
    ]

    @Test(arguments: [false, true])
    func randomStatesAndSizes(small: Bool) {
        let c = small ? Fixtures.small : Fixtures.builtin
        var rng = SplitMix64(seed: small ? 7 : 11)
        var s = AppState(catalog: c, columns: 80, rows: 24)
        for step in 0..<400 {
            let action: Action
            if Int.random(in: 0..<5, using: &rng) == 0 {
                action = .resize(columns: Int.random(in: 1...210, using: &rng), rows: Int.random(in: 1...55, using: &rng))
            } else {
                action = Self.actions[Int.random(in: 0..<Self.actions.count, using: &rng)]
            }
            reduce(&s, action, catalog: c)
            let box: BoxStyle = step % 3 == 0 ? .ascii : .unicode
            checkGrid(render(s, catalog: c, box: box), "step \(step) \(action) at \(s.columns)x\(s.rows)")
        }
    }

    @Test func everySizeFromOneByOne() {
        let c = Fixtures.small
        var s = AppState(catalog: c, columns: 1, rows: 1)
        reduce(&s, .open, catalog: c)
        for w in stride(from: 1, through: 130, by: 3) {
            for h in stride(from: 1, through: 40, by: 3) {
                reduce(&s, .resize(columns: w, rows: h), catalog: c)
                checkGrid(render(s, catalog: c), "\(w)x\(h)")
            }
        }
    }
}

extension Grid {
    /// The column of the first pane border after `name` on its row.
    func layoutBorderColumn(for name: String) -> Int? {
        for r in 0..<rows {
            let cells = row(r)
            let text = cells.map(\.text).joined()
            guard text.contains(name) else { continue }
            var column = 0
            var passed = false
            var seen = ""
            for cell in cells {
                seen += cell.text
                if !passed && seen.contains(name) { passed = true }
                if passed && (cell.text == "│" || cell.text == "┃" || cell.text == "█") { return column }
                column += 1
            }
        }
        return nil
    }
}
