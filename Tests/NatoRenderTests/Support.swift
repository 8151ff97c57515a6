import Foundation
import GoldenFiles
import NatoData
import NatoModel
import NatoNavigation
import NatoRender
import Testing

enum Fixtures {
    /// The built-in data set, loaded once.
    static let builtin: Catalog = {
        switch BuiltinData.load() {
        case .success(let c): return c
        case .failure(let problems): fatalError("built-in data set does not load: \(problems)")
        }
    }()

    /// A frozen copy of the built-in data set (Snapshots/dataset.json, written by
    /// `natoscope export`), so that snapshots of the real data do not change each time the
    /// data set is edited. Refresh it and re-record when the layout should show new data.
    static let frozen: Catalog = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/dataset.json")
        switch DataLoader.load(paths: [url.path]) {
        case .success(let c): return c
        case .failure(let problems): fatalError("frozen data set does not load: \(problems)")
        }
    }()

    /// A small catalog with wide and combining characters and a hostile string, for exact snapshots.
    static let small: Catalog = {
        let json = #"""
        {
          "sources": [
            {"id": "s1", "title": "Partnership handbook", "kind": "official", "url": "https://example.org/handbook", "publisher": "NATO"},
            {"id": "s2", "title": "Press report", "kind": "other"}
          ],
          "areas": [
            {"id": "cyber", "name": "Cyber defence", "summary": "Protecting networks.", "sources": ["s1"]},
            {"id": "science", "name": "Science for Peace", "summary": "Research grants.", "sources": ["s1"]}
          ],
          "frameworks": [
            {"id": "pfp", "name": "Partnership for Peace", "abbreviation": "PfP", "membersComplete": true, "alliesExcluded": true, "kind": "programme", "founded": 1994,
             "region": "Euro-Atlantic", "purpose": "Practical cooperation.", "summary": "Bilateral cooperation with partners.",
             "areas": ["cyber"], "sources": ["s1"]},
            {"id": "pag", "name": "Partners across the globe", "abbreviation": "PAG", "membersComplete": true, "alliesExcluded": true, "kind": "format", "founded": 2010,
             "region": "Global", "purpose": "Dialogue with distant partners.", "summary": "Partners far from the Euro-Atlantic area.",
             "areas": ["science"], "sources": ["s1"]}
          ],
          "countries": [
            {"id": "turkiye", "name": "Türkiye", "kind": "ally", "region": "Europe", "accession": 1952, "memberships": [],
             "areas": ["cyber"], "summary": "An ally since 1952.", "sources": ["s1"],
             "notes": [{"kind": "correction", "claimedBy": ["s2"], "claim": "Joined in 1953.", "correction": "Joined on 18 February 1952.", "sources": ["s1"]}]},
            {"id": "civ", "name": "Côte d'Ivoire", "kind": "partner", "region": "North Africa",
             "memberships": [{"framework": "pfp", "joined": 2001, "status": "active"}],
             "summary": "A partner with combining marks: Cote\u0301.", "sources": ["s1"]},
            {"id": "japan", "name": "日本", "kind": "partner", "region": "Asia-Pacific",
             "memberships": [{"framework": "pag", "joined": 2010, "status": "active"}], "areas": ["science", "cyber"],
             "summary": "日本は NATO のパートナーです。", "sources": ["s1"]},
            {"id": "ruritania", "name": "Ruritania", "kind": "partner", "region": "Eastern Europe",
             "memberships": [{"framework": "pfp", "joined": 1994, "status": "suspended", "suspendedFrom": 2014}],
             "summary": "Cooperation suspended.", "sources": ["s2"]}
          ],
          "milestones": [
            {"id": "m1", "date": "1994-01-10", "title": "Partnership for Peace launched", "summary": "Launched.", "frameworks": ["pfp"], "countries": ["ruritania"], "sources": ["s1"]},
            {"id": "m2", "date": "2010-11", "title": "Global partners", "summary": "Agreed.", "frameworks": ["pag"], "countries": ["japan"], "sources": ["s1"]},
            {"id": "m3", "date": "2016", "title": "Cyber pledge", "summary": "Pledged.", "areas": ["cyber"], "sources": ["s1"]}
          ]
        }
        """#
        switch DataLoader.load([DataFile(name: "small.json", bytes: Array(json.utf8))]) {
        case .success(let c): return c
        case .failure(let problems): fatalError("small catalog does not load: \(problems.problems.map(\.message))")
        }
    }()

    static func state(_ catalog: Catalog, _ columns: Int, _ rows: Int, _ actions: [Action] = []) -> AppState {
        var s = AppState(catalog: catalog, columns: columns, rows: rows)
        for a in actions { reduce(&s, a, catalog: catalog) }
        return s
    }

    static func select(_ catalog: Catalog, id: String, in pane: Pane, _ s: inout AppState) {
        reduce(&s, .focus(pane), catalog: catalog)
        guard let target = catalog.ref(for: id), let list = s.list(pane), let i = list.items.firstIndex(of: target) else {
            Issue.record("no \(id) in \(pane)")
            return
        }
        reduce(&s, .top, catalog: catalog)
        for _ in 0..<i { reduce(&s, .moveDown, catalog: catalog) }
    }
}

/// Compares a grid's text and its style layer with golden files (`NAME.txt`,
/// `NAME.styles.txt`); NATOSCOPE_RECORD=1 writes them instead (see GoldenFile).
func expectSnapshot(_ grid: Grid, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = GoldenFile.folder("Snapshots", besides: filePath)
    GoldenFile.check(grid.text() + "\n", at: dir.appendingPathComponent(name + ".txt"), sourceLocation: sourceLocation)
    GoldenFile.check(grid.roles(), at: dir.appendingPathComponent(name + ".styles.txt"), sourceLocation: sourceLocation)
}
