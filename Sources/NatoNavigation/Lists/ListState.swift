// One list model for every list on screen: the four panes, the search results, the tour
// pickers and the help. Cursor, scroll and filter behave the same everywhere because they
// are written once, here.

public struct ListState<Item: Sendable & Equatable>: Sendable, Equatable {
    /// Every item the list can show, in order.
    public internal(set) var all: [Item]
    /// What the list shows now: `all`, or the items a filter keeps.
    public internal(set) var items: [Item]
    /// Index into `items`; 0 when `items` is empty.
    public internal(set) var selection: Int = 0
    /// First visible row.
    public internal(set) var scroll: Int = 0

    public init(_ all: [Item]) {
        self.all = all
        items = all
    }

    public var selected: Item? { items.indices.contains(selection) ? items[selection] : nil }

    /// Moves the cursor by `delta` items, stopping at the ends.
    mutating func move(by delta: Int) {
        guard !items.isEmpty else { return }
        selection = clamp(selection.addingClamped(delta), 0, items.count - 1)
    }

    /// Moves the cursor to an item; false when there is no such item.
    @discardableResult
    mutating func select(_ index: Int) -> Bool {
        guard items.indices.contains(index) else { return false }
        selection = index
        return true
    }

    /// Scrolls just enough for the selection to show in `rows` rows (one item a row).
    mutating func reveal(rows: Int) {
        let h = max(1, rows)
        if selection < scroll { scroll = selection }
        if selection >= scroll + h { scroll = selection - h + 1 }
    }

    /// Scrolls by `delta` rows of `total`, keeping a full page in view.
    mutating func scroll(by delta: Int, rows: Int, total: Int? = nil) {
        scroll = clamp(scroll.addingClamped(delta), 0, max(0, (total ?? items.count) - max(1, rows)))
    }

    mutating func setScroll(_ row: Int) { scroll = max(0, row) }

    /// Keeps only the items `keep` accepts (all of them when nil), holding on to the selected
    /// item when it stays. Returns whether what shows changed.
    @discardableResult
    mutating func filter(_ keep: ((Item) -> Bool)?) -> Bool {
        let kept = keep.map { all.filter($0) } ?? all
        guard kept != items else { return false }
        let was = selected
        items = kept
        selection = was.flatMap { kept.firstIndex(of: $0) } ?? 0
        scroll = 0
        return true
    }

    /// Replaces every item (a new search): the cursor goes back to the top.
    mutating func replace(_ all: [Item]) {
        self.all = all
        items = all
        selection = 0
        scroll = 0
    }

    /// Clamps the cursor and the scroll to what exists; `total` display rows (a list with
    /// headings shows more rows than items), `rows` visible.
    mutating func normalize(rows: Int, total: Int? = nil) {
        selection = items.isEmpty ? 0 : clamp(selection, 0, items.count - 1)
        scroll = clamp(scroll, 0, max(0, (total ?? items.count) - max(1, rows)))
    }
}

func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { min(max(v, lo), max(lo, hi)) }

extension Int {
    func addingClamped(_ other: Int) -> Int {
        let (r, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : r
    }
}
