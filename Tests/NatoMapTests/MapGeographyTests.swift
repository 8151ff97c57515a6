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
                    let iso = try #require(map.iso(column: col, row: row, lower: lower))
                    #expect(members.contains(iso), "\(iso) drawn as a \(framework) member")
                    seen.insert(iso)
                }
            }
        }
        #expect(seen == members)
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

    @Test func legendLabelsAreMadeInert() {
        let lines = MapText.legendLines([LegendEntry(role: .ally, label: "Evil\u{1B}[31m", count: 1)], columns: 80, colour: false)
        #expect(!lines.joined().contains("\u{1B}"))
    }
}
