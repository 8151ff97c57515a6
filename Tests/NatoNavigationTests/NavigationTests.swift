import NatoData
import NatoModel
import NatoNavigation
import Testing

let catalog: Catalog = {
    switch BuiltinData.load() {
    case .success(let c): return c
    case .failure(let problems): fatalError("built-in data set does not load: \(problems)")
    }
}()

func ref(_ id: String) -> EntityRef {
    guard let r = catalog.ref(for: id) else { fatalError("no \(id)") }
    return r
}

func make(_ columns: Int = 100, _ rows: Int = 30, tours: [Tour] = []) -> AppState {
    AppState(catalog: catalog, columns: columns, rows: rows, tours: tours)
}

func apply(_ s: inout AppState, _ actions: Action...) {
    for a in actions { reduce(&s, a, catalog: catalog) }
}

/// Selects a record in its pane by moving down from the top, as a user would.
func select(_ id: String, _ s: inout AppState) {
    let r = ref(id)
    guard let pane = Pane(kind: r.kind) else { Issue.record("no pane for \(id)"); return }
    apply(&s, .focus(pane), .top)
    guard let i = s.list(pane)?.items.firstIndex(of: r) else { Issue.record("\(id) not listed"); return }
    for _ in 0..<i { apply(&s, .moveDown) }
}

func checkInvariants(_ s: AppState, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for pane in Pane.lists {
        guard let l = s.list(pane) else { Issue.record("missing list \(pane)"); continue }
        if l.items.isEmpty {
            #expect(l.selection == 0, "\(context): \(pane) selection in empty list", sourceLocation: sourceLocation)
        } else {
            #expect(l.items.indices.contains(l.selection), "\(context): \(pane) selection \(l.selection) of \(l.items.count)", sourceLocation: sourceLocation)
        }
        #expect(l.scroll >= 0 && (l.scroll == 0 || l.scroll < s.displayCount(pane)), "\(context): \(pane) scroll \(l.scroll)", sourceLocation: sourceLocation)
        #expect(Set(l.items).isSubset(of: Set(l.all)), "\(context): \(pane) items not from the pane's kind", sourceLocation: sourceLocation)
    }
    let layout = s.layout
    if layout.mode != .tooSmall {
        #expect(layout.isVisible(s.focus), "\(context): focus \(s.focus) not visible in \(layout.mode)", sourceLocation: sourceLocation)
    }
    #expect(s.lastListPane != .detail, sourceLocation: sourceLocation)
    #expect(s.detailScroll >= 0 && (s.detailScroll == 0 || s.detailScroll < s.detail.lines.count), "\(context): detail scroll", sourceLocation: sourceLocation)
    if let f = s.focusedLink { #expect(s.detail.links.indices.contains(f), "\(context): focused link", sourceLocation: sourceLocation) }
    if !s.search.results.isEmpty { #expect(s.search.results.indices.contains(s.search.selection), sourceLocation: sourceLocation) }
    #expect(s.detail.entity == s.current, "\(context): detail shows another record", sourceLocation: sourceLocation)
    // The renderer draws the state's document as it is: it must be wrapped for this layout.
    #expect(s.detail.width == s.layout.detailTextWidth, "\(context): detail wrapped to \(s.detail.width), layout has \(s.layout.detailTextWidth)", sourceLocation: sourceLocation)
    if let c = s.current { #expect(s.marked == Set(catalog.related(c)), "\(context): marks", sourceLocation: sourceLocation) }
    if let f = s.filter, let anchor = s.filterAnchor {
        let related = Set(catalog.related(anchor))
        for pane in Pane.lists where pane != f {
            #expect(s.list(pane)?.items.allSatisfy(related.contains) ?? false, "\(context): filter leaks into \(pane)", sourceLocation: sourceLocation)
        }
    }
}

@Suite struct StartTests {
    @Test func startsOnTheFirstCountry() {
        let s = make()
        #expect(s.focus == .countries)
        #expect(s.current == s.list(.countries)?.items.first)
        #expect(s.list(.countries)?.items.count == catalog.count(.country))
        #expect(s.list(.timeline)?.items.map(\.index) == catalog.milestonesByDate)
        #expect(!s.detail.lines.isEmpty)
        #expect(s.mode == .normal)
        checkInvariants(s, "start")
    }

    @Test func timelineHasYearHeadingsInOrder() {
        let s = make()
        var last = Int.min
        var items = 0
        for row in s.timelineRows {
            switch row {
            case .year(let y):
                #expect(y > last)
                last = y
            case .item(let i):
                items += 1
                #expect(catalog.data.milestones[s.list(.timeline)?.items[i].index ?? 0].date.year == last)
            }
        }
        #expect(items == catalog.count(.milestone))
    }
}

@Suite struct MovementTests {
    @Test func upDownTopBottomPage() {
        var s = make()
        apply(&s, .moveDown, .moveDown)
        #expect(s.list(.countries)?.selection == 2)
        apply(&s, .moveUp)
        #expect(s.list(.countries)?.selection == 1)
        apply(&s, .moveUp, .moveUp, .moveUp)
        #expect(s.list(.countries)?.selection == 0)
        apply(&s, .bottom)
        #expect(s.list(.countries)?.selection == catalog.count(.country) - 1)
        #expect(s.current == s.list(.countries)?.items.last)
        apply(&s, .top, .pageDown)
        let page = s.layout.listRows(.countries) - 1
        #expect(s.list(.countries)?.selection == page)
        apply(&s, .pageUp)
        #expect(s.list(.countries)?.selection == 0)
    }

    @Test func selectionStaysVisible() {
        var s = make(80, 24)
        for _ in 0..<40 { apply(&s, .moveDown) }
        let l = s.list(.countries)
        let h = s.layout.listRows(.countries)
        #expect((l?.scroll ?? -1) <= 40 && 40 < (l?.scroll ?? 0) + h)
    }

    @Test func focusCycleAndNumbers() {
        var s = make(100, 30)
        apply(&s, .focusNext)
        #expect(s.focus == .frameworks)
        apply(&s, .focusNext, .focusNext, .focusNext)
        #expect(s.focus == .detail)
        apply(&s, .focusNext)
        #expect(s.focus == .countries)
        apply(&s, .focusPrevious)
        #expect(s.focus == .detail)
        apply(&s, .focus(.areas))
        #expect(s.focus == .areas)
        #expect(s.current?.kind == .area)
        var compact = make(80, 24)
        apply(&compact, .focusPrevious)
        #expect(compact.focus == .timeline, "the detail is not in the compact cycle")
    }

    @Test func focusSideways() {
        var s = make(100, 30)
        apply(&s, .focusRight)
        #expect(s.focus == .frameworks)
        apply(&s, .focusRight)
        #expect(s.focus == .detail)
        apply(&s, .focusLeft)
        #expect(s.focus == .frameworks || s.focus == .timeline)
        apply(&s, .focus(.areas), .focusRight)
        #expect(s.focus == .timeline)
        apply(&s, .focusLeft)
        #expect(s.focus == .areas)
    }

    @Test func decadeJumps() {
        var s = make()
        apply(&s, .jumpDecade(1))
        #expect(s.focus == .timeline)
        let first = catalog.data.milestones[s.current?.index ?? 0].date.year
        apply(&s, .jumpDecade(1))
        let next = catalog.data.milestones[s.current?.index ?? 0].date.year
        #expect(next / 10 > first / 10)
        apply(&s, .jumpDecade(-1))
        #expect(catalog.data.milestones[s.current?.index ?? 0].date.year / 10 == first / 10)
        apply(&s, .jumpDecade(-100))
        #expect(s.list(.timeline)?.selection == 0)
    }
}

@Suite struct LinkedPaneTests {
    @Test func frameworkMarksItsMembers() {
        var s = make()
        select("md", &s)
        #expect(s.current == ref("md"))
        #expect(s.marked.contains(ref("israel")))
        #expect(s.marked.contains(ref("algeria")))
        #expect(!s.marked.contains(ref("japan")))
    }

    @Test func countryMarksItsFrameworksAndMilestones() {
        var s = make()
        select("israel", &s)
        #expect(s.marked.contains(ref("md")))
        #expect(s.marked.contains { $0.kind == .milestone })
        // The timeline follows: one of Israel's milestones is in view.
        let t = s.list(.timeline)
        let h = s.layout.listRows(.timeline)
        let visible = (t?.scroll ?? 0)..<((t?.scroll ?? 0) + h)
        let rows = t?.items.indices.filter { s.marked.contains(t?.items[$0] ?? ref("md")) }.map { s.displayRow(ofItem: $0, in: .timeline) } ?? []
        #expect(rows.contains { visible.contains($0) })
    }

    @Test func filterNarrowsOtherPanesAndBack() {
        var s = make()
        select("md", &s)
        apply(&s, .toggleFilter)
        #expect(s.filter == .frameworks)
        let members = Set(catalog.members(ofFramework: ref("md").index).map { EntityRef(.country, $0.country) })
        #expect(Set(s.list(.countries)?.items ?? []) == members)
        #expect(s.list(.frameworks)?.items.count == catalog.count(.framework), "the filter's own pane keeps everything")
        checkInvariants(s, "filtered")
        // The filter follows the selection of its pane.
        apply(&s, .moveDown)
        let anchor = s.filterAnchor
        #expect(anchor != ref("md"))
        checkInvariants(s, "filter moved")
        apply(&s, .escape)
        #expect(s.filter == nil)
        #expect(s.list(.countries)?.items.count == catalog.count(.country))
        apply(&s, .toggleFilter, .toggleFilter)
        #expect(s.filter == nil)
    }
}

@Suite struct DetailTests {
    @Test func openAndLeaveInCompact() {
        var s = make(80, 24)
        apply(&s, .open)
        #expect(s.focus == .detail)
        #expect(s.mode == .detail)
        #expect(s.layout.isVisible(.detail) && !s.layout.isVisible(.countries))
        apply(&s, .escape)
        #expect(s.focus == .countries)
        #expect(!s.layout.isVisible(.detail))
        apply(&s, .toggleDetail)
        #expect(s.focus == .detail)
        apply(&s, .toggleDetail)
        #expect(s.focus == .countries)
    }

    @Test func scrollingIsClamped() {
        var s = make(80, 24)
        select("israel", &s)
        apply(&s, .open, .scrollDetail(3))
        #expect(s.detailScroll == 3)
        apply(&s, .scrollDetail(-10))
        #expect(s.detailScroll == 0)
        apply(&s, .bottom)
        #expect(s.detailScroll > 0 && s.detailScroll < s.detail.lines.count)
        let bottom = s.detailScroll
        apply(&s, .moveDown)
        #expect(s.detailScroll == bottom)
        apply(&s, .top)
        #expect(s.detailScroll == 0)
        apply(&s, .pageDown)
        #expect(s.detailScroll > 1)
    }

    @Test func documentHasSectionsNotesAndSources() {
        let doc = DetailDocument.build(catalog, entity: ref("israel"), width: 60)
        let text = doc.lines.map { $0.map(\.text).joined() }
        #expect(text.first == "Israel")
        #expect(text.contains("Memberships"))
        #expect(text.contains { $0.hasPrefix("Sources (") })
        #expect(text.contains { $0.contains("https://") })
        #expect(doc.lines.flatMap { $0 }.contains { $0.style == .warning && $0.text.contains("CORRECTION") })
        #expect(doc.lines.allSatisfy { $0.reduce(0) { $0 + $1.text.terminalWidth } <= 60 })
        #expect(doc.links.contains { $0.target == ref("md") })
        for l in doc.links { #expect(doc.lines[l.line].contains { $0.link != nil }) }
    }

    @Test func linksFollowBackAndForward() {
        var s = make()
        select("israel", &s)
        apply(&s, .open)
        apply(&s, .nextLink)
        #expect(s.focusedLink != nil)
        // Tab until the Mediterranean Dialogue link is focused, then follow it.
        for _ in 0..<s.detail.links.count where s.detail.links[s.focusedLink ?? 0].target != ref("md") { apply(&s, .nextLink) }
        #expect(s.detail.links[s.focusedLink ?? 0].target == ref("md"))
        apply(&s, .open)
        #expect(s.current == ref("md"))
        #expect(s.focus == .detail)
        #expect(s.list(.frameworks)?.selected == ref("md"), "following a link selects it in its pane")
        #expect(s.backStack == [ref("israel")])
        apply(&s, .back)
        #expect(s.current == ref("israel"))
        #expect(s.forwardStack == [ref("md")])
        apply(&s, .forward)
        #expect(s.current == ref("md"))
        apply(&s, .previousLink)
        #expect(s.focusedLink == s.detail.links.count - 1 || s.focusedLink != nil)
    }

    @Test func followingASourceShowsItWithoutAPane() {
        var s = make()
        select("israel", &s)
        apply(&s, .open)
        while let f = s.focusedLink ?? Optional(-1), f < s.detail.links.count - 1 {
            apply(&s, .nextLink)
            if let g = s.focusedLink, s.detail.links[g].target.kind == .source { break }
        }
        guard let g = s.focusedLink, s.detail.links[g].target.kind == .source else {
            Issue.record("no source link")
            return
        }
        apply(&s, .open)
        #expect(s.current?.kind == .source)
        #expect(s.focus == .detail)
        apply(&s, .back)
        #expect(s.current == ref("israel"))
    }

    @Test func historyButtonsWithNothingToDoSayIt() {
        var s = make()
        apply(&s, .back)
        #expect(s.message != nil)
        apply(&s, .forward)
        #expect(s.message != nil)
        apply(&s, .moveDown)
        #expect(s.message == nil)
    }

    @Test func enterWithoutLinkExplains() {
        var s = make()
        apply(&s, .open, .open)
        #expect(s.message?.contains("Tab") == true)
    }
}

@Suite struct SearchTests {
    @Test func typingSearchesEverything() {
        var s = make()
        apply(&s, .startSearch)
        #expect(s.mode == .search)
        for ch in "cyber" { apply(&s, .searchInput(ch)) }
        #expect(s.search.query == "cyber")
        #expect(s.search.results == catalog.search("cyber").map(\.ref))
        #expect(!s.search.results.isEmpty)
        apply(&s, .moveDown)
        #expect(s.search.selection == 1)
        apply(&s, .searchBackspace)
        #expect(s.search.query == "cybe")
        #expect(s.search.selection == 0)
        apply(&s, .escape)
        #expect(s.overlay == nil)
        #expect(s.search.query == "cybe", "Esc keeps the results for n/N")
    }

    @Test func acceptJumpsAndRecordsHistory() {
        var s = make()
        let start = s.current
        apply(&s, .startSearch)
        for ch in "israel" { apply(&s, .searchInput(ch)) }
        apply(&s, .acceptSearch)
        #expect(s.overlay == nil)
        #expect(s.current == ref("israel"))
        #expect(s.focus == .countries)
        #expect(s.list(.countries)?.selected == ref("israel"))
        #expect(s.backStack.last == start)
        apply(&s, .searchNext)
        #expect(s.search.selection == (s.search.results.count > 1 ? 1 : 0))
        apply(&s, .searchPrevious)
        #expect(s.current == ref("israel"))
    }

    @Test func jumpingIntoAFilteredPaneTurnsTheFilterOff() {
        var s = make()
        select("md", &s)
        apply(&s, .toggleFilter, .startSearch)
        for ch in "japan" { apply(&s, .searchInput(ch)) }
        apply(&s, .acceptSearch)
        #expect(s.current == ref("japan"))
        #expect(s.filter == nil)
        checkInvariants(s, "after jump")
    }

    @Test func nWithoutSearchExplains() {
        var s = make()
        apply(&s, .searchNext)
        #expect(s.message?.contains("/") == true)
    }
}

@Suite struct OverlayAndKeyTests {
    @Test func helpOpensScrollsAndCloses() {
        var s = make(60, 16)
        apply(&s, .toggleHelp)
        #expect(s.mode == .help)
        apply(&s, .moveDown, .moveDown)
        guard case .help(let list) = s.overlay else { Issue.record("no help"); return }
        #expect(list.scroll == 2)
        apply(&s, .escape)
        #expect(s.overlay == nil)
        apply(&s, .toggleHelp, .toggleHelp)
        #expect(s.overlay == nil)
    }

    @Test func keysMapPerMode() {
        var s = make()
        #expect(KeyMap.action(for: .character("j"), in: s) == .moveDown)
        #expect(KeyMap.action(for: .down, in: s) == .moveDown)
        #expect(KeyMap.action(for: .character("q"), in: s) == .quit)
        #expect(KeyMap.action(for: .control("c"), in: s) == .quit)
        #expect(KeyMap.action(for: .function(1), in: s) == .toggleHelp)
        #expect(KeyMap.action(for: .character("?"), in: s) == .toggleHelp)
        #expect(KeyMap.action(for: .character("3"), in: s) == .focus(.areas))
        #expect(KeyMap.action(for: .character("}"), in: s) == .jumpDecade(1))
        #expect(KeyMap.action(for: .character("["), in: s) == .back)
        #expect(KeyMap.action(for: .backspace, in: s) == .back)
        #expect(KeyMap.action(for: .character("]"), in: s) == .forward)
        #expect(KeyMap.action(for: .resize(columns: 10, rows: 5), in: s) == .resize(columns: 10, rows: 5))
        #expect(KeyMap.action(for: .mouse(MouseEvent(row: 3, column: 4, button: .left)), in: s) == .click(row: 3, column: 4))
        #expect(KeyMap.action(for: .mouse(MouseEvent(row: 3, column: 4, button: .wheelDown)), in: s) == .wheel(row: 3, column: 4, delta: 3))
        #expect(KeyMap.action(for: .character("x"), in: s) == nil)
        apply(&s, .open)
        #expect(KeyMap.action(for: .tab, in: s) == .nextLink)
        #expect(KeyMap.action(for: .backTab, in: s) == .previousLink)
        #expect(KeyMap.action(for: .enter, in: s) == .open)
        #expect(KeyMap.action(for: .character("j"), in: s) == .scrollDetail(1))
        apply(&s, .startSearch)
        #expect(KeyMap.action(for: .character("q"), in: s) == .searchInput("q"))
        #expect(KeyMap.action(for: .character("?"), in: s) == .searchInput("?"))
        #expect(KeyMap.action(for: .enter, in: s) == .acceptSearch)
        #expect(KeyMap.action(for: .escape, in: s) == .escape)
        #expect(KeyMap.action(for: .backspace, in: s) == .searchBackspace)
        #expect(KeyMap.action(for: .control("c"), in: s) == .quit)
        apply(&s, .escape, .toggleHelp)
        #expect(KeyMap.action(for: .character("q"), in: s) == .escape)
    }

    @Test func hintsComeFromTheBindings() {
        for mode in KeyMap.Mode.allCases {
            let descriptions = Set(KeyMap.bindings(for: mode).map(\.description))
            let hints = KeyMap.hints(for: mode)
            #expect(!hints.isEmpty)
            #expect(!descriptions.isEmpty)
            // Every hint's action is reachable from a key in the same table.
            for b in KeyMap.table(for: mode) where b.hint != nil { #expect(!b.keys.isEmpty, "\(b.label)") }
        }
        #expect(KeyMap.bindings(for: .normal).map(\.description) != KeyMap.bindings(for: .detail).map(\.description))
    }

    @Test func everyBoundKeyMapsToItsAction() {
        var states: [KeyMap.Mode: AppState] = [:]
        var s = make()
        states[.normal] = s
        apply(&s, .open)
        states[.detail] = s
        apply(&s, .startSearch)
        states[.search] = s
        apply(&s, .escape, .toggleHelp)
        states[.help] = s
        for mode in KeyMap.Mode.allCases {
            guard let st = states[mode] else { continue }
            #expect(st.mode == mode)
            for b in KeyMap.table(for: mode) {
                for key in b.keys {
                    // The first binding of a key wins; none is bound twice in a mode.
                    #expect(KeyMap.action(for: key, in: st) == b.action, "\(mode) \(key)")
                }
            }
        }
    }

    @Test func quitAndEscape() {
        var s = make()
        #expect(reduce(&s, .escape, catalog: catalog) == [])
        #expect(reduce(&s, .quit, catalog: catalog) == [.quit])
    }
}

@Suite struct ResizeAndMouseTests {
    @Test func tooSmallAndBack() {
        var s = make(100, 30)
        apply(&s, .focus(.detail))
        apply(&s, .resize(columns: 40, rows: 10))
        #expect(s.layout.mode == .tooSmall)
        apply(&s, .moveDown, .focusNext, .open)
        apply(&s, .resize(columns: 80, rows: 24))
        #expect(s.layout.mode == .compact)
        checkInvariants(s, "recovered")
        apply(&s, .resize(columns: 1, rows: 1), .resize(columns: 0, rows: 0), .resize(columns: -5, rows: 3), .resize(columns: 200, rows: 50))
        #expect(s.layout.mode == .split)
        checkInvariants(s, "after extremes")
    }

    @Test func resizeRewrapsTheDetail() {
        var s = make(100, 30)
        let narrow = s.detail.width
        apply(&s, .resize(columns: 200, rows: 50))
        #expect(s.detail.width > narrow)
        #expect(s.detail.width == s.layout.detailTextWidth)
    }

    @Test func layouts() {
        #expect(Layout(columns: 59, rows: 30, detailOpen: false).mode == .tooSmall)
        #expect(Layout(columns: 60, rows: 15, detailOpen: false).mode == .tooSmall)
        #expect(Layout(columns: 60, rows: 16, detailOpen: false).mode == .compact)
        #expect(Layout(columns: 80, rows: 24, detailOpen: false).mode == .compact)
        #expect(Layout(columns: 100, rows: 30, detailOpen: false).mode == .split)
        for (w, h) in [(60, 16), (80, 24), (100, 30), (200, 50), (143, 37)] {
            for open in [false, true] {
                let l = Layout(columns: w, rows: h, detailOpen: open)
                let rects = l.visiblePanes.compactMap { l.rect($0) }
                // Panes stay inside the body and never overlap.
                for (i, a) in rects.enumerated() {
                    #expect(a.row >= 1 && a.bottom <= h - 1 && a.column >= 0 && a.right <= w)
                    for b in rects[(i + 1)...] {
                        let apart = a.right <= b.column || b.right <= a.column || a.bottom <= b.row || b.bottom <= a.row
                        #expect(apart, "\(w)x\(h) \(a) \(b)")
                    }
                }
                let area = rects.reduce(0) { $0 + $1.width * $1.height }
                #expect(area == w * (h - 2), "\(w)x\(h) panes fill the body")
            }
        }
    }

    @Test func clickFocusesAndSelects() {
        var s = make(100, 30)
        guard let c = s.layout.content(.frameworks) else { Issue.record("no frameworks pane"); return }
        apply(&s, .click(row: c.row + 2, column: c.column + 3))
        #expect(s.focus == .frameworks)
        #expect(s.list(.frameworks)?.selection == 2)
        #expect(s.current == s.list(.frameworks)?.items[2])
        guard let d = s.layout.content(.detail) else { Issue.record("no detail"); return }
        apply(&s, .click(row: d.row, column: d.column + 2))
        #expect(s.focus == .detail)
        apply(&s, .click(row: 0, column: 0), .click(row: 29, column: 99), .click(row: -1, column: 500))
        checkInvariants(s, "after clicks")
    }

    @Test func clickOnALinkFocusesThenFollows() {
        var s = make(100, 30)
        select("israel", &s)
        apply(&s, .focus(.detail))
        guard let d = s.layout.content(.detail) else { Issue.record("no detail"); return }
        apply(&s, .nextLink)
        guard let f = s.focusedLink else { Issue.record("no link"); return }
        let link = s.detail.links[f]
        let line = s.detail.lines[link.line]
        var x = 0
        for span in line { if span.link == f { break }; x += span.text.terminalWidth }
        let target = link.target
        apply(&s, .click(row: d.row + link.line - s.detailScroll, column: d.column + 1 + x))
        #expect(s.current == target)
    }

    @Test func wheelScrolls() {
        var s = make(100, 30)
        guard let c = s.layout.content(.countries) else { Issue.record("no countries pane"); return }
        apply(&s, .wheel(row: c.row, column: c.column, delta: 3))
        #expect(s.list(.countries)?.scroll == 3)
        #expect(s.list(.countries)?.selection == 0)
        apply(&s, .wheel(row: c.row, column: c.column, delta: -30))
        #expect(s.list(.countries)?.scroll == 0)
        guard let d = s.layout.content(.detail) else { Issue.record("no detail"); return }
        apply(&s, .wheel(row: d.row, column: d.column, delta: 3))
        #expect(s.detailScroll == 3)
    }

    @Test func clickInSearchResultsAccepts() {
        var s = make(100, 30)
        apply(&s, .startSearch)
        for ch in "israel" { apply(&s, .searchInput(ch)) }
        let box = s.layout.searchBox
        apply(&s, .click(row: box.row + 3, column: box.column + 5))
        #expect(s.overlay == nil)
        #expect(s.current == s.search.results.first)
        apply(&s, .startSearch, .click(row: 0, column: 0))
        #expect(s.overlay == nil)
    }
}

@Suite struct RandomSequenceTests {
    static let actions: [Action] = [
        .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .focusNext, .focusPrevious, .focusLeft, .focusRight,
        .focus(.countries), .focus(.frameworks), .focus(.areas), .focus(.timeline), .focus(.detail), .open, .toggleDetail,
        .back, .forward, .toggleFilter, .startSearch, .searchInput("c"), .searchInput("y"), .searchInput("a"), .searchInput(" "),
        .searchBackspace, .searchNext, .searchPrevious, .acceptSearch, .escape, .toggleHelp, .nextLink, .previousLink,
        .scrollDetail(5), .scrollDetail(-5), .jumpDecade(1), .jumpDecade(-1), .quit,
        .startQuiz, .quiz(.answer(1)), .quiz(.answer(7)), .quiz(.next), .quiz(.close),
        .time(.step(-1)), .time(.step(-30)), .time(.step(100)), .time(.today), .time(.togglePlay), .time(.speed(1)),
        .map(.toggle), .map(.cycleRegion(1)), .map(.toggleFocus), .map(.cursorEastWest(-1)), .map(.cursorNorthSouth(1)),
        .map(.choose), .map(.select(country: 3)),
    ]

    @Test(arguments: [(1, 1), (40, 10), (60, 16), (80, 24), (100, 30), (200, 50)])
    func randomActionsKeepInvariants(size: (Int, Int)) {
        var rng = SplitMix64(seed: UInt64(size.0 * 1000 + size.1))
        var s = make(size.0, size.1)
        for step in 0..<3000 {
            let roll = Int.random(in: 0..<100, using: &rng)
            let action: Action
            if roll < 3 {
                action = .resize(columns: Int.random(in: 0...220, using: &rng), rows: Int.random(in: 0...60, using: &rng))
            } else if roll < 6 {
                action = .resize(columns: size.0, rows: size.1)
            } else if roll < 12 {
                action = .click(row: Int.random(in: -2...s.rows + 2, using: &rng), column: Int.random(in: -2...s.columns + 2, using: &rng))
            } else if roll < 15 {
                action = .wheel(row: Int.random(in: 0...max(0, s.rows), using: &rng), column: Int.random(in: 0...max(0, s.columns), using: &rng),
                                delta: Bool.random(using: &rng) ? 3 : -3)
            } else {
                action = Self.actions[Int.random(in: 0..<Self.actions.count, using: &rng)]
            }
            let before = s
            let effects = reduce(&s, action, catalog: catalog)
            checkInvariants(s, "\(size) step \(step) \(action)")
            #expect(effects.contains(.quit) == (action == .quit))
            // History is consistent: back then forward returns to where it was.
            if step % 97 == 0 && !s.backStack.isEmpty && s.overlay == nil {
                let here = s.current
                var t = s
                reduce(&t, .back, catalog: catalog)
                reduce(&t, .forward, catalog: catalog)
                #expect(t.current == here, "back then forward at step \(step)")
            }
            _ = before
        }
    }
}

@Suite struct EveryActionInEveryModeTests {
    static func stateIn(_ mode: KeyMap.Mode, _ columns: Int, _ rows: Int) -> AppState {
        var s = make(columns, rows)
        select("israel", &s)
        switch mode {
        case .normal: break
        case .detail: apply(&s, .open, .nextLink)
        case .search:
            apply(&s, .startSearch)
            for ch in "cyber" { apply(&s, .searchInput(ch)) }
        case .help: apply(&s, .toggleHelp)
        case .tour: apply(&s, .startTour(builtinTours[0]))
        case .tourList:
            s = make(columns, rows, tours: builtinTours)
            select("israel", &s)
            apply(&s, .openTours)
        case .tourSteps:
            apply(&s, .startTour(builtinTours[0]), .toggleStepIndex)
        case .quiz: apply(&s, .startQuiz)
        case .map: apply(&s, .map(.toggleFocus), .map(.cursorEastWest(1)))
        }
        return s
    }

    @Test(arguments: KeyMap.Mode.allCases)
    func everyAction(mode: KeyMap.Mode) {
        let all = RandomSequenceTests.actions + [.click(row: 5, column: 5), .wheel(row: 5, column: 5, delta: 3), .resize(columns: 50, rows: 12)]
        for (w, h) in [(80, 24), (100, 30)] {
            for action in all {
                var s = Self.stateIn(mode, w, h)
                #expect(s.mode == mode)
                let before = s
                let effects = reduce(&s, action, catalog: catalog)
                checkInvariants(s, "\(mode) \(action)")
                switch (mode, action) {
                case (.search, .searchInput(let c)):
                    #expect(s.search.query == before.search.query + String(c))
                case (.search, .escape), (.help, .escape), (.help, .toggleHelp):
                    #expect(s.overlay == nil)
                case (.search, .acceptSearch):
                    #expect(s.overlay == nil && s.current == before.search.results.first)
                case (.detail, .escape):
                    #expect(s.focus == .israelPane)
                case (.tourList, .escape), (.tourSteps, .escape), (.quiz, .escape), (.quiz, .quiz(.close)):
                    #expect(s.overlay == nil)
                case (_, .quit):
                    #expect(effects == [.quit])
                case (.normal, .startSearch), (.detail, .startSearch):
                    #expect(s.mode == .search)
                case (.normal, .toggleHelp), (.detail, .toggleHelp):
                    #expect(s.mode == .help && s.helpContext == mode)
                default:
                    break
                }
            }
        }
    }
}

extension Pane {
    static let israelPane = Pane.countries
}

@Suite struct ResizeKeepsPlaceTests {
    @Test func detailPositionSurvivesAResize() {
        var s = make(100, 30)
        select("israel", &s)
        apply(&s, .open, .scrollDetail(20), .nextLink)
        let link = s.focusedLink
        #expect(link != nil)
        apply(&s, .resize(columns: 200, rows: 50))
        #expect(s.current == ref("israel"))
        #expect(s.focusedLink == link)
        #expect(s.detailScroll > 0)
        checkInvariants(s, "resized")
    }
}
