// The map pane: NatoMap's image of the current selection as of the year shown, with a
// one-line legend. The image is cached (by selection, year, region and size) in a
// `MapViewCache` the terminal loop keeps, so only a change of those redraws the countries.
import NatoMap
import NatoModel
import NatoNavigation
import NatoText

/// The map's view data, computed in one place and reused while its key is unchanged. The
/// terminal loop owns one (main actor); tests make their own. It also answers which country a
/// screen cell shows, for clicks.
public final class MapViewCache {
    /// Glyph patterns instead of colour (the mono theme, NO_COLOR): set by the terminal loop.
    public var patterns: Bool

    struct Key: Equatable {
        var framework: String?, country: String?, milestone: Int?, year: Int?
        var area: MapArea, zoom: Int, panX: Int, panY: Int, columns: Int, rows: Int
    }

    struct View {
        let image: MapImage?
        let roles: [String: MapRole]
        let legend: [(role: MapRole, text: String)]
        let countryByISO: [String: Int]
    }

    private var key: Key?
    private var view: View?
    /// Where the last image was drawn on screen (row, column of its first cell).
    private var origin: (row: Int, column: Int) = (0, 0)
    /// How many times the countries were drawn (tests check the cache works).
    public private(set) var draws = 0

    public init(patterns: Bool = false) { self.patterns = patterns }

    /// The view for a state at this size: the cached one when nothing it depends on changed.
    func view(_ state: AppState, _ catalog: Catalog, columns: Int, rows: Int, at origin: (row: Int, column: Int)) -> View {
        self.origin = origin
        let c = state.current
        let d = catalog.data
        let k = Key(framework: c.flatMap { $0.kind == .framework ? d.frameworks[$0.index].common.id : nil },
                    country: c.flatMap { $0.kind == .country ? d.countries[$0.index].common.id : nil },
                    milestone: c.flatMap { $0.kind == .milestone ? $0.index : nil },
                    year: state.time.asOf, area: state.map.area, zoom: state.map.zoom, panX: state.map.panX, panY: state.map.panY,
                    columns: columns, rows: rows)
        if k == key, let view { return view }
        draws += 1
        let v = Self.make(k, state, catalog)
        key = k
        view = v
        return v
    }

    /// The country (index in the data) a screen cell shows in the last drawn map, if any.
    public func country(atRow row: Int, column: Int) -> Int? {
        guard let v = view, let image = v.image else { return nil }
        let r = row - origin.row, c = column - origin.column
        guard r >= 0, r < image.rows, c >= 0, c < image.columns else { return nil }
        for lower in [false, true] {
            if let iso = image.iso(column: c, row: r, lower: lower), let i = v.countryByISO[iso] ?? v.countryByISO[WorldMap.roleISO(iso)] { return i }
        }
        return nil
    }

    private static func make(_ k: Key, _ state: AppState, _ catalog: Catalog) -> View {
        let selection = MapSelection(framework: k.framework, country: k.country, year: k.year)
        let mapRoles = MapRoles(catalog: catalog, selection: selection, history: state.history.rules)
        var roles = mapRoles.byISO
        var legend = mapRoles.legend.map { (role: $0.role, text: $0.label.inert + ($0.count.map { " \($0)" } ?? "")) }
        // A milestone lights up the countries it names.
        var milestoneISOs: [String] = []
        if let m = k.milestone {
            let ids = Set(catalog.data.milestones[m].countries)
            milestoneISOs = catalog.data.countries.filter { ids.contains($0.common.id) }.compactMap(\.iso)
            for iso in milestoneISOs { roles[iso] = .selected }
            if !milestoneISOs.isEmpty { legend.insert((.selected, "Milestone's countries \(milestoneISOs.count)"), at: 0) }
        }
        let selectedISO = k.country.flatMap { id in catalog.data.countries.first { $0.common.id == id }?.iso }
        let fitISOs: [String]
        if let iso = selectedISO {
            fitISOs = [iso]
        } else if !milestoneISOs.isEmpty {
            fitISOs = milestoneISOs
        } else {
            fitISOs = roles.filter { $0.value == .member }.map(\.key).sorted()
        }
        func region(_ area: MapArea) -> MapRegion {
            switch area {
            case .world: return .world
            case .euroAtlantic: return .euroAtlantic
            case .europe: return .europe
            case .mena: return .mena
            case .indoPacific: return .indoPacific
            case .fit: return fitISOs.isEmpty ? .euroAtlantic : .fit(fitISOs)
            }
        }
        let base = region(k.area)
        let zoomed = k.zoom == 0 && k.panX == 0 && k.panY == 0 ? base : .zoomed(base, zoom: k.zoom, panX: k.panX, panY: k.panY)
        var image = MapImage(roles: roles, region: zoomed, columns: k.columns, rows: k.rows)
        // A selected country is kept in view: when the region leaves it out, fit it (not
        // while the user zooms or pans: that is where they chose to look).
        if zoomed == base, let iso = selectedISO, let shown = image, !shown.cells.contains(where: { $0.top == .selected || $0.bottom == .selected }) {
            image = MapImage(roles: roles, region: .fit([iso]), columns: k.columns, rows: k.rows) ?? shown
        }
        return View(image: image, roles: roles, legend: legend, countryByISO: mapRoles.countryByISO)
    }
}

extension MapRole {
    var style: StyleRole {
        switch self {
        case .sea: return .normal
        case .unrelated: return .mapUnrelated
        case .ally: return .mapAlly
        case .partner: return .mapPartner
        case .member: return .mapMember
        case .suspended: return .mapSuspended
        case .former: return .mapFormer
        case .selected: return .mapSelected
        }
    }

    /// Patterns in plain ASCII (the --ascii explorer).
    var asciiPattern: Character {
        switch self {
        case .sea: return " "
        case .unrelated: return "."
        case .partner: return "+"
        case .ally: return "#"
        case .member: return "%"
        case .suspended: return "x"
        case .former: return "o"
        case .selected: return "@"
        }
    }
}

extension Renderer {
    mutating func drawMap(_ rect: Rect) {
        let focused = state.map.focused
        canvas.box(rect, focused ? box.heavy : box.plain, role: focused ? .borderFocused : .border)
        let title = " Map · " + state.map.area.name + (state.map.zoom > 0 ? " · zoom \(state.map.zoom)" : "") + " "
        if rect.width > 4 { canvas.put(title, row: rect.row, column: rect.column + 1, limit: rect.width - 4, role: focused ? .paneTitleFocused : .paneTitle) }
        let content = rect.inner
        guard content.width > 0, content.height > 1 else { return }
        let mapRows = content.height - 1
        let view = mapCache.view(state, catalog, columns: content.width, rows: mapRows, at: (content.row, content.column))
        let cursorISO = focused ? state.map.cursor.flatMap { catalog.data.countries[$0].iso } : nil
        if let image = view.image {
            for row in 0..<image.rows {
                for col in 0..<image.columns {
                    let cell = image.cell(col, row)
                    var glyph: Character
                    var role: MapRole
                    if box == .ascii {
                        role = cell.dominant
                        glyph = cell.marker ? "*" : role.asciiPattern
                    } else if mapCache.patterns {
                        role = cell.dominant
                        glyph = cell.marker ? role.markerPattern : role.pattern
                    } else {
                        let h = cell.halfBlock
                        // One colour a cell (themes have no background): where two countries
                        // share a cell, the stronger role fills it.
                        role = h.background == .sea ? h.foreground : cell.dominant
                        glyph = h.background == .sea ? h.character : "█"
                    }
                    var style = role.style
                    if let cursorISO, role != .sea,
                       image.iso(column: col, row: row) == cursorISO || image.iso(column: col, row: row, lower: true) == cursorISO {
                        style = .mapCursor
                        if glyph == " " { glyph = "█" }
                    }
                    if role == .sea && style == .normal { continue }
                    canvas.fill(row: content.row + row, column: content.column + col, width: 1, role: style, with: String(glyph))
                }
            }
        }
        // The legend: a swatch in each role's style, then its label and count.
        var x = content.column
        let y = content.bottom - 1
        for entry in view.legend {
            let text = entry.text
            let need = 3 + text.terminalWidth + 2
            if x + need > content.right { break }
            let swatch = box == .ascii ? entry.role.asciiPattern : (mapCache.patterns ? entry.role.pattern : "█")
            canvas.fill(row: y, column: x, width: 2, role: entry.role.style, with: String(swatch))
            x += 3
            x += canvas.put(text, row: y, column: x, role: .normal) + 2
        }
    }
}
