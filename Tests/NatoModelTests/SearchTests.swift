import Testing
import NatoModel

@Suite("Search")
struct SearchTests {
    let c: Catalog
    init() throws { c = try Fixtures.catalog() }

    func ids(_ q: String) -> [String] { c.search(q).map { c.id($0.ref) } }

    @Test func isCaseAndAccentInsensitive() {
        #expect(ids("turkiye").first == "turkiye")
        #expect(ids("TÜRKIYE").first == "turkiye")
        #expect(ids("日本").first == "japan")
    }

    @Test func namesRankBeforeText() {
        // "dialogue" is in the names of a framework and a milestone, and only in Israel's summary.
        let hits = c.search("dialogue")
        let order = hits.map { c.id($0.ref) }
        #expect(Set(order.prefix(2)) == ["md", "m-1995-israel-md"])
        #expect(hits.prefix(2).allSatisfy { $0.inName })
        let israel = hits.first { c.id($0.ref) == "israel" }
        #expect(israel?.inName == false, "summaries are searched too")
        #expect(order.last == "israel")
    }

    @Test func exactNameAndAbbreviationRankFirst() {
        #expect(ids("Mediterranean Dialogue").first == "md")
        #expect(ids("pfp").first == "pfp")
    }

    @Test func everyWordMustMatch() {
        #expect(ids("israel dialogue").contains("israel") || ids("israel dialogue").contains("m-1995-israel-md"))
        #expect(ids("israel cyberspace").isEmpty)
        #expect(ids("   ").isEmpty)
    }

    @Test func sectionsAreSearched() {
        #expect(ids("article 10").contains("israel"))
    }
}

@Suite("Search folds generated Latin letters")
struct FoldedSearchTests {
    @Test func asciiQueriesFindPrecomposedNames() throws {
        let c = try Fixtures.catalog("unicode/clusters.json")
        #expect(c.search("viet").map { c.id($0.ref) }.first == "vietnam")
        #expect(c.search("VIỆT NAM").map { c.id($0.ref) }.first == "vietnam")
    }
}
