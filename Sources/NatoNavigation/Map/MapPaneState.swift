// The map pane's state and reducer: shown or hidden (`m`), its region (`r`), and a cursor that
// moves country to country while the map has the focus (`M`); Enter selects the cursor's
// country. Clicks on the map arrive as `.select` (the terminal loop asks the drawn image which
// country a cell shows).
import NatoMap
import NatoModel

/// The regions the pane cycles through; `fit` frames the current selection.
public enum MapArea: Int, Sendable, CaseIterable, Equatable {
    case world, euroAtlantic, europe, mena, indoPacific, fit

    public var name: String {
        switch self {
        case .world: return "world"
        case .euroAtlantic: return "euro-atlantic"
        case .europe: return "europe"
        case .mena: return "mena"
        case .indoPacific: return "indo-pacific"
        case .fit: return "fit"
        }
    }

    /// A lesson's `map:` value (nil for `off`).
    init?(_ view: TourMapView) {
        switch view {
        case .world: self = .world
        case .euroAtlantic: self = .euroAtlantic
        case .europe: self = .europe
        case .mena: self = .mena
        case .indoPacific: self = .indoPacific
        case .fit: self = .fit
        case .off: return nil
        }
    }
}

public struct MapPaneState: Sendable, Equatable {
    public internal(set) var shown = false
    public internal(set) var area: MapArea = .euroAtlantic
    /// The map has the focus: arrows and Tab move the cursor, Enter selects.
    public internal(set) var focused = false
    /// The country (index in the data) under the map cursor.
    public internal(set) var cursor: Int?
    /// Zoom steps into the region (0: the whole region) and pan steps (east and north positive).
    public internal(set) var zoom = 0
    public internal(set) var panX = 0
    public internal(set) var panY = 0

    public static let maximumZoom = 6
}

public enum MapAction: Sendable, Equatable {
    /// `m`: show or hide the pane.
    case toggle
    /// `r`/`R`: the next or previous region.
    case cycleRegion(Int)
    /// `M`: give the map the focus (showing it), or take it back.
    case toggleFocus
    /// Move the cursor: east (+1) or west (-1) along the countries ordered by longitude.
    case cursorEastWest(Int)
    /// Move the cursor to the nearest country north (-1) or south (+1).
    case cursorNorthSouth(Int)
    /// Enter: select the cursor's country.
    case choose
    /// A click on a country (index in the data).
    case select(country: Int)
    /// `z`/`Z`: zoom in (+1) or out (-1); out from the whole region resets the pan.
    case zoom(Int)
    /// `H J K L` on the map: pan west, south, north, east by a quarter of the view.
    case pan(x: Int, y: Int)
}

extension AppState {
    mutating func reduceMap(_ action: MapAction, _ catalog: Catalog) {
        switch action {
        case .toggle:
            map.shown.toggle()
            if !map.shown { map.focused = false }
            message = map.shown ? "Map: \(map.area.name) (r: region, M: map cursor)" : "Map hidden"
            relayout(catalog)
        case .cycleRegion(let d):
            let all = MapArea.allCases
            map.area = all[((map.area.rawValue + d) % all.count + all.count) % all.count]
            (map.zoom, map.panX, map.panY) = (0, 0, 0)
            if !map.shown {
                map.shown = true
                relayout(catalog)
            }
            message = "Map region: " + map.area.name
        case .toggleFocus:
            if map.focused {
                map.focused = false
            } else {
                if !map.shown {
                    map.shown = true
                    relayout(catalog)
                }
                map.focused = true
                if map.cursor == nil { map.cursor = current.flatMap { $0.kind == .country ? $0.index : nil } ?? Self.mapOrder(catalog).first }
            }
        case .cursorEastWest(let d):
            let order = Self.mapOrder(catalog)
            guard !order.isEmpty else { return }
            let at = map.cursor.flatMap { order.firstIndex(of: $0) } ?? (d > 0 ? -1 : order.count)
            map.cursor = order[((at + d) % order.count + order.count) % order.count]
            message = map.cursor.map { catalog.data.countries[$0].name }
        case .cursorNorthSouth(let d):
            map.cursor = Self.nearest(from: map.cursor, south: d > 0, catalog) ?? map.cursor
            message = map.cursor.map { catalog.data.countries[$0].name }
        case .choose:
            guard let c = map.cursor else { return }
            jump(to: EntityRef(.country, c), catalog, focusDetail: false)
        case .zoom(let d):
            map.zoom = clamp(map.zoom + d, 0, MapPaneState.maximumZoom)
            if map.zoom == 0 { (map.panX, map.panY) = (0, 0) }
            message = map.zoom == 0 ? "Map: the whole region" : "Map zoom \(map.zoom)"
        case .pan(let x, let y):
            // Each pan step is a quarter of the zoomed view; keep within a few views of the region.
            let limit = 2 * (map.zoom + 1)
            map.panX = clamp(map.panX + x, -limit, limit)
            map.panY = clamp(map.panY + y, -limit, limit)
        case .select(let c):
            guard catalog.data.countries.indices.contains(c) else { return }
            map.cursor = c
            jump(to: EntityRef(.country, c), catalog, focusDetail: false)
        }
    }

    /// After the map was shown or hidden: rewrap the detail and keep the selection in view in
    /// the lists that got shorter (the others keep their scroll).
    mutating func relayout(_ catalog: Catalog) {
        var without = self
        without.map.shown.toggle()
        let before = without.layout, after = layout
        updateCurrent(catalog, follow: false)
        for pane in Pane.lists where before.listRows(pane) != after.listRows(pane) { ensureVisible(pane) }
    }

    /// The data's countries the map can show, west to east by their marker (capital).
    static func mapOrder(_ catalog: Catalog) -> [Int] {
        let world = WorldMap.builtin
        let placed = catalog.data.countries.indices.compactMap { i -> (Int, Float)? in
            guard let iso = catalog.data.countries[i].iso, let m = world.shape(iso)?.marker else { return nil }
            return (i, m.x)
        }
        return placed.sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// The nearest country north or south of `from`, weighing sideways distance double.
    static func nearest(from: Int?, south: Bool, _ catalog: Catalog) -> Int? {
        let world = WorldMap.builtin
        func point(_ i: Int) -> (x: Float, y: Float)? { catalog.data.countries[i].iso.flatMap { world.shape($0)?.marker } }
        guard let from, let p = point(from) else { return mapOrder(catalog).first }
        var best: (Int, Float)?
        for i in catalog.data.countries.indices where i != from {
            guard let q = point(i) else { continue }
            let dy = south ? p.y - q.y : q.y - p.y  // projected y grows northward
            guard dy > 0 else { continue }
            let score = dy + 2 * abs(q.x - p.x)
            if best.map({ score < $0.1 }) ?? true { best = (i, score) }
        }
        return best?.0
    }
}
