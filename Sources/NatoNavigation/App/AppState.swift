// Everything the explorer shows, as a value. Only `reduce` changes it.
import NatoModel

/// One row of the timeline: a year heading or a milestone (index into the pane's items).
public enum TimelineRow: Sendable, Equatable {
    case year(Int)
    case item(Int)
}

/// A list pane: the records of its kind (`all`), those the filter leaves (`items`), the
/// selection and the scroll.
public typealias PaneList = ListState<EntityRef>

/// The search: the query and its results (kept after the overlay closes, for n and N).
public struct SearchState: Sendable, Equatable {
    public internal(set) var query: String = ""
    public internal(set) var list = ListState<EntityRef>([])

    public var results: [EntityRef] { list.items }
    /// Index into `results`.
    public var selection: Int { list.selection }
    public var scroll: Int { list.scroll }
}

public struct AppState: Sendable, Equatable {
    public internal(set) var columns: Int
    public internal(set) var rows: Int
    public internal(set) var focus: Pane = .countries
    /// The list pane that had the focus last (where Esc returns from the detail).
    public internal(set) var lastListPane: Pane = .countries
    /// The four list panes, indexed by `Pane.rawValue` (0...3).
    public internal(set) var lists: [PaneList]
    /// Display rows of the timeline: year headings and milestones.
    public internal(set) var timelineRows: [TimelineRow] = []
    /// Display row of each timeline item.
    public internal(set) var timelineRowOfItem: [Int] = []
    /// The record shown in the detail and whose relations are marked in the panes.
    public internal(set) var current: EntityRef?
    /// Records related to `current` (marked in the panes).
    public internal(set) var marked: Set<EntityRef> = []
    /// The pane whose selection narrows the other panes, when the filter is on.
    public internal(set) var filter: Pane?
    public internal(set) var overlay: Overlay?
    public internal(set) var search = SearchState()
    public internal(set) var detail = DetailDocument()
    public internal(set) var detailScroll: Int = 0
    /// Index into `detail.links` of the focused link.
    public internal(set) var focusedLink: Int?
    public internal(set) var backStack: [EntityRef] = []
    public internal(set) var forwardStack: [EntityRef] = []
    public internal(set) var message: String?
    /// The tours `t` offers.
    public internal(set) var tours: [Tour] = []
    /// The running tour, if any.
    public internal(set) var tour: TourState?
    /// Milestones of the current tour step's span of years (marked in the timeline).
    public internal(set) var highlighted: Set<EntityRef> = []
    /// Presenter profile: contrast theme (in the terminal layer), quiet status line, more spacing.
    public internal(set) var presenter: Bool = false
    /// The latest time the terminal loop reported (`.tick`), in seconds.
    public internal(set) var clock: Double = 0
    /// Where the quizzes' seeds start (the runtime passes its launch time; tests a constant).
    public let quizSeed: UInt64
    /// The year shown and its player (Time/TimeState.swift).
    public internal(set) var time = TimeState()
    /// The map pane: shown or not, its region, its cursor (Map/MapPaneState.swift).
    public internal(set) var map = MapPaneState()
    /// The as-of rules, built once for the catalog.
    public let history: HistoryRules
    /// Quizzes opened so far: each one gets the next seed.
    public internal(set) var quizzesTaken: Int = 0
    let frameworkCount: Int

    /// `tours`: the tours `t` offers. `quizSeed`: the seed of the first quiz (`Q`).
    public init(catalog: Catalog, columns: Int, rows: Int, tours: [Tour] = [], quizSeed: UInt64 = 0) {
        self.tours = tours
        self.quizSeed = quizSeed
        history = HistoryRules(catalog)
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        var lists: [PaneList] = []
        for pane in Pane.lists {
            let all: [EntityRef]
            if pane == .timeline {
                all = catalog.milestonesByDate.map { EntityRef(.milestone, $0) }
            } else if let kind = pane.kind {
                all = catalog.listingOrder(kind)
            } else {
                all = []
            }
            lists.append(PaneList(all))
        }
        self.lists = lists
        frameworkCount = catalog.count(.framework)
        rebuildTimelineRows(catalog)
        current = lists[0].selected ?? lists.first(where: { !$0.items.isEmpty })?.selected
        updateCurrent(catalog, follow: true)
    }

    /// Compact layout: the detail replaces the lists while it has the focus.
    public var detailOpen: Bool { focus == .detail }

    public var layout: Layout {
        Layout(columns: columns, rows: rows, detailOpen: detailOpen, frameworkCount: frameworkCount,
               captionRows: captionLines.count + (tour == nil ? 0 : 1), presenter: presenter, mapShown: map.shown)
    }

    public func list(_ pane: Pane) -> PaneList? {
        lists.indices.contains(pane.rawValue) && pane != .detail ? lists[pane.rawValue] : nil
    }

    /// The input mode, which decides what keys do.
    public var mode: KeyMap.Mode {
        switch overlay {
        case .search: return .search
        case .help: return .help
        case .tourList: return .tourList
        case .tourSteps: return .tourSteps
        case .quiz: return .quiz
        case nil: return map.focused && map.shown ? .map : (tour != nil ? .tour : (focus == .detail ? .detail : .normal))
        }
    }

    /// The selected record that drives the filter (nil when the filter is off).
    public var filterAnchor: EntityRef? {
        guard let f = filter else { return nil }
        return list(f)?.selected
    }

    /// Number of display rows in a list pane (the timeline has year headings).
    public func displayCount(_ pane: Pane) -> Int {
        pane == .timeline ? timelineRows.count : (list(pane)?.items.count ?? 0)
    }

    public func displayRow(ofItem item: Int, in pane: Pane) -> Int {
        if pane == .timeline { return timelineRowOfItem.indices.contains(item) ? timelineRowOfItem[item] : 0 }
        return item
    }

    /// The item at a display row (a year heading gives the item after it).
    public func item(atDisplayRow row: Int, in pane: Pane) -> Int? {
        if pane == .timeline {
            guard timelineRows.indices.contains(row) else { return nil }
            switch timelineRows[row] {
            case .item(let i): return i
            case .year:
                return timelineRows.indices.contains(row + 1) ? item(atDisplayRow: row + 1, in: pane) : nil
            }
        }
        guard let l = list(pane), l.items.indices.contains(row) else { return nil }
        return row
    }

    mutating func rebuildTimelineRows(_ catalog: Catalog) {
        var rows: [TimelineRow] = []
        var rowOf: [Int] = []
        var year = Int.min
        for (i, r) in lists[Pane.timeline.rawValue].items.enumerated() {
            let y = catalog.data.milestones[r.index].date.year
            if y != year {
                rows.append(.year(y))
                year = y
            }
            rowOf.append(rows.count)
            rows.append(.item(i))
        }
        timelineRows = rows
        timelineRowOfItem = rowOf
    }

    /// Recomputes what depends on `current`: the marks and the detail document.
    mutating func updateCurrent(_ catalog: Catalog, follow: Bool) {
        if let c = current {
            marked = Set(catalog.related(c))
        } else {
            marked = []
        }
        let width = layout.detailTextWidth
        if detail.entity != current || detail.lines.isEmpty {
            detail = DetailDocument.build(catalog, entity: current, width: width)
            detailScroll = 0
            focusedLink = nil
        } else if detail.width != width {
            // Same record, new width (a resize): keep the reading position and the focused link.
            let oldCount = max(1, detail.lines.count)
            detail = DetailDocument.build(catalog, entity: current, width: width)
            detailScroll = detailScroll * detail.lines.count / oldCount
            if let f = focusedLink, !detail.links.indices.contains(f) { focusedLink = nil }
        }
        if follow { followTimeline() }
    }

    /// The timeline follows the selection: when the current record is not a milestone and none of
    /// its milestones is in view, scroll to the first one.
    mutating func followTimeline() {
        guard let c = current, c.kind != .milestone else { return }
        let t = Pane.timeline.rawValue
        let height = layout.listRows(.timeline)
        guard height > 0 else { return }
        let items = lists[t].items
        let markedRows = items.indices.filter { marked.contains(items[$0]) }.map { displayRow(ofItem: $0, in: .timeline) }
        guard let first = markedRows.first else { return }
        let top = lists[t].scroll
        if markedRows.contains(where: { $0 >= top && $0 < top + height }) { return }
        lists[t].setScroll(min(first - 1, timelineRows.count - height))
    }
}
