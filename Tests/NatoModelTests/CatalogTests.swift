import Testing
import NatoModel
import NatoData

@Suite("Catalog relations and queries")
struct CatalogTests {
    let c: Catalog
    init() throws { c = try Fixtures.catalog() }

    func ref(_ id: String) throws -> EntityRef { try #require(c.ref(for: id)) }

    @Test func frameworkMembersAreDerivedFromCountries() throws {
        let md = try ref("md")
        #expect(c.members(ofFramework: md.index).map { c.data.countries[$0.country].common.id } == ["israel"])
        #expect(c.members(ofFramework: md.index)[0].membership.joined == 1995)
    }

    @Test func relationsGoBothWays() throws {
        let israel = try ref("israel"), md = try ref("md"), cyber = try ref("cyber-defence")
        #expect(c.related(md).contains(israel))
        #expect(c.related(israel).contains(md))
        #expect(c.related(cyber).contains(israel), "country areas")
        #expect(c.related(cyber).contains(try ref("pfp")), "framework areas")
        #expect(c.related(md).contains(try ref("nac")), "links from an institution")
        #expect(c.related(md, kind: .milestone) == [try ref("m-1995-israel-md")])
    }

    @Test func milestonesAreOrderedByDate() {
        #expect(c.milestonesByDate.map { c.data.milestones[$0].common.id } == ["m-1994-pfp", "m-1995-israel-md"])
    }

    @Test func listFiltersByFrameworkKindAndYears() throws {
        #expect(try c.list(ListQuery(kind: .country, framework: "md")).map(c.id) == ["israel"])
        #expect(try c.list(ListQuery(kind: .country, subkind: "ally")).map(c.id) == ["turkiye"])
        #expect(try c.list(ListQuery(kind: .milestone, from: 1995)).map(c.id) == ["m-1995-israel-md"])
        #expect(try c.list(ListQuery(kind: .country)).map(c.id) == ["israel", "turkiye", "japan"], "by folded name: Israel, Türkiye, 日本")
        #expect(try c.list(ListQuery(kind: .country, region: "middle east")).map(c.id) == ["israel"])
    }

    @Test func listRejectsUnknownIdsWithASuggestion() {
        #expect(throws: QueryError.unknownID("mdd", expected: .framework, suggestion: "md")) {
            try c.list(ListQuery(kind: .country, framework: "mdd"))
        }
        #expect(throws: QueryError.self) { try c.list(ListQuery(kind: .country, subkind: "member")) }
    }

    /// The orders the build stores (CatalogIndex) answer as the dictionary and the sort they
    /// replace: for the fixture and the built-in data, every kind and every id.
    @Test func storedOrdersMatchListAndIDs() throws {
        let builtin = try #require(try? BuiltinData.load().get())
        // Stored orders (built-in image, an index built with them) and orders sorted on first
        // use (the --data path, which stores none) must answer alike.
        for catalog in [c, builtin, Catalog(builtin.data), Catalog(c.data, index: CatalogIndex(c.data))] {
            for kind in EntityKind.allCases {
                #expect(catalog.listingOrder(kind) == (try catalog.list(ListQuery(kind: kind))), "\(kind)")
            }
            var ids: [String: EntityRef] = [:]
            for kind in EntityKind.allCases { for r in catalog.refs(kind) { ids[catalog.id(r)] = r } }
            for (id, r) in ids { #expect(catalog.ref(for: id) == r, "\(id)") }
            for id in ["", "a", "zzzz", "md ", "MD", "israe", "israell"] where ids[id] == nil { #expect(catalog.ref(for: id) == nil) }
            #expect(Set(catalog.allIDs) == Set(ids.keys))
        }
    }

    @Test func partialDatesParseOnlyRealDates() {
        #expect(PartialDate("2024-02-29")?.day == 29)
        #expect(PartialDate("2023-02-29") == nil)
        #expect(PartialDate("1995-13") == nil)
        #expect(PartialDate("95") == nil)
        #expect(PartialDate("1899") == nil)
        #expect(PartialDate("1994-01-10")?.readable == "10 Jan 1994")
        #expect(PartialDate("1994")! < PartialDate("1994-01")!)
        // The byte-level reader: separators, digits and widths exactly where they belong.
        #expect(PartialDate("1995-01") == PartialDate(year: 1995, month: 1))
        #expect(PartialDate("1995-1-05") == nil)
        #expect(PartialDate("1995/01") == nil)
        #expect(PartialDate("199a") == nil)
        #expect(PartialDate("1995-01-") == nil)
        #expect(PartialDate("+995") == nil)
        #expect(PartialDate("١٩٩٥") == nil, "non-ASCII digits are not digits here")
        #expect(PartialDate("1995-00") == nil)
    }

    @Test func collectionNamesInvertForEveryKind() {
        for kind in EntityKind.allCases { #expect(EntityKind(collection: kind.collection) == kind) }
        #expect(EntityKind(collection: "country") == nil)
        #expect(EntityKind(collection: "Countries") == nil)
    }

    @Test func suggestionsFindNearTyposOnly() {
        #expect(Suggest.nearest(to: "isreal", among: ["israel", "ireland", "iraq"]) == "israel")
        #expect(Suggest.nearest(to: "zzzzzz", among: ["israel"]) == nil)
    }
}
