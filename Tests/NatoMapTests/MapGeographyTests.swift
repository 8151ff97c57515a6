import Foundation
import Testing
import NatoData
import NatoModel
@testable import NatoMap

/// Geography is checked, not just drawn: known places land in the right country.
@Suite("Map geography")
struct MapGeographyTests {
    let c: Catalog
    let world = WorldMap.builtin
    init() throws { c = try BuiltinData.load().get() }

    func roles(_ s: MapSelection = MapSelection()) -> MapRoles { MapRoles(catalog: c, selection: s, history: c.history) }

    func image(_ region: MapRegion = .world, _ s: MapSelection = MapSelection(), columns: Int = 200, rows: Int = 50) throws -> MapImage {
        try #require(MapImage(world: world, roles: roles(s).byISO, region: region, columns: columns, rows: rows))
    }

    func isoAt(_ image: MapImage, lon: Float, lat: Float) throws -> String? {
        let p = try #require(image.cellPosition(lon: lon, lat: lat))
        return image.iso(column: p.column, row: p.row, lower: p.lower)
    }

    @Test func theEmbeddedDataMatchesTheResourceFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/map/world.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text == EmbeddedMap.text + "\n" || text == EmbeddedMap.text, "regenerate with Tools/map/convert.py")
        #expect(world.shapes.filter(\.hasShape).count == 177, "Natural Earth 1:110m has 177 shapes")
    }

    @Test func malformedDataIsReportedWithItsLine() {
        #expect(throws: MapDataError.self) { try WorldMap(text: "natoscope-map 2 20\n") }
        #expect(throws: MapDataError.malformed(line: 2, reason: "bad ring for FRA")) { try WorldMap(text: "natoscope-map 1 20\nS FRA A!\n") }
    }

    @Test func parisIsInFranceAndAnkaraInTurkiye() throws {
        let map = try image()
        #expect(try isoAt(map, lon: 2.35, lat: 48.86) == "FRA")
        #expect(try isoAt(map, lon: 32.86, lat: 39.93) == "TUR")
        let r = roles()
        let ankara = try #require(try isoAt(map, lon: 32.86, lat: 39.93).flatMap { r.countryByISO[$0] })
        #expect(c.data.countries[ankara].common.id == "turkiye", "a click on the shape finds the record")
        #expect(try isoAt(map, lon: -77.04, lat: 38.9) == "USA")
        #expect(try isoAt(map, lon: -30, lat: 40) == nil, "mid-Atlantic is sea")
    }

    @Test(arguments: ["ISL", "MLT", "LUX", "BHR", "MNE", "QAT"])
    func smallAlliesAndPartnersAreVisibleAtWorldScale(iso: String) throws {
        let map = try image()
        let cells = (0..<map.rows).flatMap { r in (0..<map.columns).map { (r, $0) } }
        #expect(cells.contains { map.iso(column: $0.1, row: $0.0) == iso || map.iso(column: $0.1, row: $0.0, lower: true) == iso })
    }

    @Test func everyBuiltInCountryIsOnTheMap() {
        for country in c.data.countries {
            guard let iso = country.iso else { Issue.record("\(country.common.id) has no iso"); continue }
            let shape = world.shape(iso)
            #expect(shape != nil && (shape!.hasShape || shape!.marker != nil), "\(country.common.id): \(iso) not in the map data")
        }
    }

    @Test(arguments: ["pfp", "md", "ici", "eapc"])
    func aSelectedFrameworksMembersAndOnlyTheyCarryItsColour(framework: String) throws {
        let sel = MapSelection(framework: framework)
        let r = roles(sel)
        let h = c.history
        let fi = try #require(c.ref(for: framework)).index
        let members = Set(c.members(ofFramework: fi, asOf: h.latestYear, h)
            .filter { !h.isSuspended($0.membership, asOf: h.latestYear) }
            .compactMap { c.data.countries[$0.country].iso })
        #expect(!members.isEmpty)
        #expect(Set(r.byISO.filter { $0.value == .member }.keys) == members)
        // And on the drawn map: every member pixel belongs to a member, and every member shows.
        let map = try image(.world, sel)
        var seen: Set<String> = []
        for row in 0..<map.rows {
            for col in 0..<map.columns {
                let cell = map.cell(col, row)
                for (role, lower) in [(cell.top, false), (cell.bottom, true)] where role == .member {
                    let iso = WorldMap.roleISO(try #require(map.iso(column: col, row: row, lower: lower)))
                    #expect(members.contains(iso), "\(iso) drawn as a \(framework) member")
                    seen.insert(iso)
                }
            }
        }
        #expect(seen == members)
    }

    @Test func greenlandTakesDenmarksRole() throws {
        let map = try image(.world, MapSelection(year: 1949))
        let p = try #require(map.cellPosition(lon: -42, lat: 72))
        #expect(map.iso(column: p.column, row: p.row, lower: p.lower) == "GRL")
        #expect((p.lower ? map.cell(p.column, p.row).bottom : map.cell(p.column, p.row).top) == .ally)
    }

    /// Encodes rings (whole degrees) in the map format, as Tools/map/convert.py does.
    static func ring(_ points: [(Int, Int)], q: Int = 20) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var out = "", px = 0, py = 0
        func varint(_ n: Int) {
            var z = (n << 1) ^ (n >> 63)
            repeat {
                let chunk = z & 31
                z >>= 5
                out.append(alphabet[chunk | (z != 0 ? 32 : 0)])
            } while z != 0
        }
        for (x, y) in points {
            varint(x * q - px); varint(y * q - py)
            px = x * q; py = y * q
        }
        return out
    }

    @Test func holesStayOpenWithTheEvenOddRule() throws {
        let outer = Self.ring([(0, 0), (30, 0), (30, 30), (0, 30)]), hole = Self.ring([(10, 10), (20, 10), (20, 20), (10, 20)])
        let world = try WorldMap(text: "natoscope-map 1 20\nS AAA \(outer) \(hole)\n")
        let map = try #require(MapImage(world: world, roles: ["AAA": .ally], region: .fit(["AAA"]), columns: 60, rows: 30))
        let at = { (lon: Float, lat: Float) in map.cellPosition(lon: lon, lat: lat).flatMap { map.iso(column: $0.column, row: $0.row, lower: $0.lower) } }
        #expect(at(5, 5) == "AAA")
        #expect(at(25, 15) == "AAA")
        #expect(at(15, 15) == nil, "the hole is not filled")
        #expect(at(-3, 15) == nil, "outside is sea")
        // And in the real data: Lesotho, a hole in South Africa, is Lesotho.
        let real = try image(.fit(["ZAF"]), columns: 80, rows: 30)
        #expect(try isoAt(real, lon: 28.2, lat: -29.6) == "LSO")
        #expect(try isoAt(real, lon: 24.0, lat: -30.5) == "ZAF")
    }

    @Test func rolesFollowTheYear() throws {
        let r1998 = roles(MapSelection(year: 1998)), r1999 = roles(MapSelection(year: 1999))
        #expect(r1998.byISO["POL"] == .partner)
        #expect(r1999.byISO["POL"] == .ally)
        #expect(roles(MapSelection(year: 1949)).byISO["FIN"] == .unrelated)
        let pfp1999 = roles(MapSelection(framework: "pfp", year: 1999))
        #expect(pfp1999.byISO["POL"] == .former)
        #expect(pfp1999.byISO["FIN"] == .member)
        #expect(pfp1999.byISO["FRA"] == .ally)
    }

    @Test func theLegendCounts() {
        let legend = roles(MapSelection(year: 1998)).legend
        #expect(legend.first == LegendEntry(role: .ally, label: "Allies", count: 16))
        let today = roles().legend
        #expect(today.first?.count == c.data.countries.filter { $0.kind == .ally }.count)
        let md = roles(MapSelection(framework: "md", year: 1995)).legend
        #expect(md.first == LegendEntry(role: .member, label: "MD members", count: 6))
        // NATO publishes no full PII list: the legend counts confirmed members only.
        let pii = roles(MapSelection(framework: "pii")).legend
        #expect(pii.first?.label == "PII members (confirmed)")
    }

    @Test func selectingACountryFitsTheViewToIt() throws {
        let r = roles(MapSelection(country: "malta"))
        #expect(r.byISO["MLT"] == .selected)
        let map = try image(.fit(["MLT"]), MapSelection(country: "malta"), columns: 40, rows: 12)
        #expect(map.cells.contains { $0.marker && $0.top == .selected })
        #expect(try isoAt(map, lon: 14.5, lat: 35.9) == "MLT")
        #expect(MapImage(world: world, roles: [:], region: .fit(["XXX"]), columns: 10, rows: 5) == nil)
    }

    @Test(arguments: MapRegion.names)
    func everyRegionDrawsLandAndSea(name: String) throws {
        let region = try #require(MapRegion(name: name))
        let map = try image(region, columns: 80, rows: 24)
        #expect(map.cells.contains { $0.top != .sea })
        #expect(map.cells.contains { $0.top == .sea })
    }

    @Test func monochromeUsesPatternsAndNoEscapes() throws {
        let r = roles(MapSelection(framework: "pfp"))
        let map = try image(.europe, MapSelection(framework: "pfp"), columns: 80, rows: 20)
        let mono = MapText.render(map, legend: r.legend, title: "t", colour: false)
        #expect(!mono.contains("\u{1B}"))
        #expect(mono.contains(MapRole.ally.pattern) && mono.contains(MapRole.member.pattern))
        let colour = MapText.render(map, legend: r.legend, title: "t", colour: true)
        #expect(colour.contains("\u{1B}[38;5;\(MapRole.member.colour256 ?? -1)"))
    }

    @Test func colourCellsNeverPaintTheSeaWithTheForeground() {
        #expect(MapCell(top: .sea, bottom: .ally, marker: false).halfBlock == ("▄", .ally, .sea))
        #expect(MapCell(top: .ally, bottom: .sea, marker: false).halfBlock == ("▀", .ally, .sea))
        #expect(MapCell(top: .ally, bottom: .partner, marker: false).halfBlock == ("▀", .ally, .partner))
        #expect(MapCell(top: .ally, bottom: .ally, marker: false).halfBlock == ("█", .ally, .sea))
        #expect(MapCell(top: .sea, bottom: .sea, marker: false).halfBlock == (" ", .sea, .sea))
    }

    @Test func legendLabelsAreMadeInert() {
        let lines = MapText.legendLines([LegendEntry(role: .ally, label: "Evil\u{1B}[31m", count: 1)], columns: 80, colour: false)
        #expect(!lines.joined().contains("\u{1B}"))
    }
}
