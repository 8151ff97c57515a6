// The map pane and the as-of year on screen: snapshots (text and styles) with the map at
// 100x30 and 200x50, in colour and in patterns (mono, NO_COLOR), and checks that the year
// greys out what did not exist yet.
import NatoModel
import NatoNavigation
import NatoRender
import Testing

@Suite struct MapPaneTests {
    /// The Mediterranean Dialogue selected with the map shown (on the MENA region), as of 1995.
    static func mdOnTheMap(_ w: Int, _ h: Int, year: Int? = 1995) -> AppState {
        let c = Fixtures.frozen
        var s = AppState(catalog: c, columns: w, rows: h)
        Fixtures.select(c, id: "md", in: .frameworks, &s)
        reduce(&s, .map(.toggle), catalog: c)
        for _ in 0..<2 { reduce(&s, .map(.cycleRegion(1)), catalog: c) }  // euro-atlantic, europe, mena
        if let year {
            let latest = c.history.latestYear
            reduce(&s, .time(.step(year - latest)), catalog: c)
        }
        return s
    }

    @Test(arguments: [(100, 30), (200, 50)])
    func mapSnapshots(_ size: (Int, Int)) {
        let c = Fixtures.frozen
        let (w, h) = size
        let s = Self.mdOnTheMap(w, h)
        expectSnapshot(render(s, catalog: c), named: "map-md-1995-\(w)x\(h)")
        expectSnapshot(render(s, catalog: c, mapCache: MapViewCache(patterns: true)), named: "map-md-1995-mono-\(w)x\(h)")
    }

    @Test func theLegendCountsTheDialoguesMembersOfTheYear() {
        let c = Fixtures.frozen
        for (year, count) in [(1995, 6), (2000, 7)] {
            let text = render(Self.mdOnTheMap(100, 30, year: year), catalog: c).text()
            #expect(text.contains("MD members \(count)"), "as of \(year)")
            #expect(text.contains("as of \(year)"))
        }
        // Today, countries in the Dialogue carry the member style; Spain (an Ally) does not.
        let grid = render(Self.mdOnTheMap(100, 30, year: nil), catalog: c)
        #expect(grid.text().contains("MD members 7"))
        let roles = (0..<grid.rows).flatMap { r in grid.row(r).map(\.role) }
        #expect(roles.contains(.mapMember) && roles.contains(.mapAlly))
    }

    @Test func theCacheDrawsTheMapOnlyWhenItsKeyChanges() {
        let c = Fixtures.frozen
        var s = Self.mdOnTheMap(100, 30)
        let cache = MapViewCache()
        _ = render(s, catalog: c, mapCache: cache)
        reduce(&s, .scrollDetail(1), catalog: c)  // the map's key is unchanged
        _ = render(s, catalog: c, mapCache: cache)
        #expect(cache.draws == 1)
        reduce(&s, .time(.step(1)), catalog: c)
        let before = render(s, catalog: c, mapCache: cache)
        #expect(cache.draws == 2)
        reduce(&s, .map(.zoom(1)), catalog: c)
        let zoomed = render(s, catalog: c, mapCache: cache)
        #expect(cache.draws == 3)
        #expect(zoomed.text() != before.text() && zoomed.text().contains("zoom 1"))
    }

    @Test func aClickedCellNamesItsCountry() {
        let c = Fixtures.frozen
        let s = Self.mdOnTheMap(200, 50, year: nil)
        let cache = MapViewCache()
        let grid = render(s, catalog: c, mapCache: cache)
        guard let rect = s.layout.mapRect?.inner else {
            Issue.record("no map pane")
            return
        }
        // Some member cell on screen answers with a Dialogue member.
        let members = Set(c.members(ofFramework: c.ref(for: "md")?.index ?? -1).map(\.country))
        var found = false
        for r in rect.row..<rect.bottom - 1 {
            for col in rect.column..<rect.right where grid.row(r)[col].role == .mapMember {
                if let i = cache.country(atRow: r, column: col), members.contains(i) { found = true }
            }
        }
        #expect(found)
        #expect(cache.country(atRow: 0, column: 0) == nil)
    }

    @Test func theYearGreysOutWhatDidNotExist() {
        let c = Fixtures.frozen
        var s = AppState(catalog: c, columns: 100, rows: 30)
        reduce(&s, .time(.step(1990 - c.history.latestYear)), catalog: c)
        let grid = render(s, catalog: c)
        #expect(grid.text().hasPrefix(" natoscope ") && grid.text().components(separatedBy: "\n")[0].hasSuffix("as of 1990"))
        func roleOfRow(naming name: String) -> StyleRole? {
            for r in 0..<grid.rows {
                let line = grid.row(r).map(\.text).joined()
                if let range = line.range(of: name) {
                    let col = line.distance(from: line.startIndex, to: range.lowerBound)
                    return grid.row(r)[col].role
                }
            }
            return nil
        }
        // Armenia joined the PfP in 1994: greyed out as of 1990; Belgium, an Ally, is not.
        #expect(roleOfRow(naming: "Armenia") == .muted)
        #expect(roleOfRow(naming: "Belgium") != .muted)
        #expect(roleOfRow(naming: "Euro-Atlant") == .muted)
    }

    @Test func noSizeCrashesWithTheMap() {
        let c = Fixtures.frozen
        for (w, h) in [(1, 1), (10, 5), (40, 10), (60, 16), (61, 17), (80, 24), (99, 20), (100, 20), (150, 21), (300, 90)] {
            var s = AppState(catalog: c, columns: w, rows: h)
            reduce(&s, .map(.toggle), catalog: c)
            reduce(&s, .map(.toggleFocus), catalog: c)
            reduce(&s, .map(.cursorEastWest(1)), catalog: c)
            let grid = render(s, catalog: c)
            #expect(grid.columns == w && grid.rows == h)
        }
    }

    @Test func theCursorCountryStandsOutAndASCIIStaysASCII() {
        let c = Fixtures.frozen
        var s = AppState(catalog: c, columns: 100, rows: 30)
        Fixtures.select(c, id: "france", in: .countries, &s)
        reduce(&s, .map(.toggleFocus), catalog: c)
        let grid = render(s, catalog: c)
        let roles = (0..<grid.rows).flatMap { r in grid.row(r).map(\.role) }
        #expect(roles.contains(.mapCursor), "the cursor's country (France) is not drawn")
        let ascii = render(s, catalog: c, box: .ascii)
        guard let rect = s.layout.mapRect else {
            Issue.record("no map pane")
            return
        }
        for r in rect.row..<rect.bottom {
            let text = ascii.row(r)[rect.column..<rect.right].map(\.text).joined()
            let plain = text.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(plain, "row \(r): \(text)")
        }
    }
}
