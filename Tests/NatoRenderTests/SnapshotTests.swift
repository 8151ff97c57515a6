import NatoModel
import NatoNavigation
import NatoRender
import Testing

@Suite struct SnapshotTests {
    static let sizes: [(Int, Int)] = [(80, 24), (100, 30), (200, 50), (60, 20), (40, 10)]

    /// The main states of the explorer, as actions from the start.
    static func scenario(_ name: String, _ s: inout AppState, _ c: Catalog) {
        switch name {
        case "start":
            break
        case "framework":
            Fixtures.select(c, id: "md", in: .frameworks, &s)
        case "filtered":
            Fixtures.select(c, id: "md", in: .frameworks, &s)
            reduce(&s, .toggleFilter, catalog: c)
            reduce(&s, .focus(.countries), catalog: c)
        case "detail":
            Fixtures.select(c, id: "israel", in: .countries, &s)
            reduce(&s, .open, catalog: c)
        case "detail-scrolled":
            Fixtures.select(c, id: "israel", in: .countries, &s)
            reduce(&s, .open, catalog: c)
            reduce(&s, .pageDown, catalog: c)
            reduce(&s, .nextLink, catalog: c)
        case "search":
            reduce(&s, .startSearch, catalog: c)
            for ch in "cyber" { reduce(&s, .searchInput(ch), catalog: c) }
            reduce(&s, .moveDown, catalog: c)
        case "help":
            reduce(&s, .toggleHelp, catalog: c)
        case "quiz":
            // Seed 0 (the state's default), the first question answered with its first choice.
            reduce(&s, .startQuiz, catalog: c)
            reduce(&s, .quiz(.answer(0)), catalog: c)
        default:
            Issue.record("unknown scenario \(name)")
        }
    }

    static let scenarios = ["start", "framework", "filtered", "detail", "detail-scrolled", "search", "help", "quiz"]

    @Test(arguments: scenarios)
    func builtinSnapshots(_ scenario: String) {
        let c = Fixtures.frozen
        for (w, h) in Self.sizes {
            var s = AppState(catalog: c, columns: w, rows: h)
            Self.scenario(scenario, &s, c)
            expectSnapshot(render(s, catalog: c), named: "\(scenario)-\(w)x\(h)")
        }
    }

    @Test func asciiSnapshot() {
        let c = Fixtures.frozen
        var s = AppState(catalog: c, columns: 100, rows: 30)
        Self.scenario("framework", &s, c)
        let grid = render(s, catalog: c, box: .ascii)
        expectSnapshot(grid, named: "framework-ascii-100x30")
        #expect(grid.cells.allSatisfy { $0.text.unicodeScalars.allSatisfy { $0.isASCII } || !["─", "│", "┌", "━", "▶", "▸"].contains($0.text) })
    }

    @Test func smallCatalogSnapshots() {
        let c = Fixtures.small
        var s = AppState(catalog: c, columns: 100, rows: 30)
        expectSnapshot(render(s, catalog: c), named: "small-start-100x30")
        Fixtures.select(c, id: "pfp", in: .frameworks, &s)
        expectSnapshot(render(s, catalog: c), named: "small-pfp-100x30")
        Fixtures.select(c, id: "turkiye", in: .countries, &s)
        reduce(&s, .open, catalog: c)
        expectSnapshot(render(s, catalog: c), named: "small-turkiye-detail-80x24-in-100x30")
        reduce(&s, .resize(columns: 80, rows: 24), catalog: c)
        expectSnapshot(render(s, catalog: c), named: "small-turkiye-detail-80x24")
    }
}
