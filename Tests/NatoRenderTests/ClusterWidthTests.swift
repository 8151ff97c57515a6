import Foundation
import NatoModel
import NatoNavigation
@testable import NatoRender
import NatoText
import Testing

/// A country name full of clusters whose display depends on the terminal (a ZWJ family, a
/// flag, VS16, a skin tone, a tag flag, U+200D/U+034F/tags in plain text) must not move the
/// pane borders: every cell must land, in the terminal, in the column the grid gives it.
@Suite("Grapheme clusters keep the layout")
struct ClusterWidthTests {
    static let catalog: Catalog? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../NatoModelTests/Fixtures/unicode/clusters.json")
        return try? DataLoader.load(paths: [url.standardized.path]).get()
    }()

    /// The terminal column each cell of a row lands in when its text is sent as it stands:
    /// the terminal (like ncurses) adds up the wcwidth of every scalar.
    static func misplacedCells(_ g: Grid, row: Int) -> [String] {
        var terminalColumn = 0
        var misplaced: [String] = []
        for (c, cell) in g.row(row).enumerated() where cell.width > 0 {
            if terminalColumn != c { misplaced.append("\(cell.text.debugDescription) at \(c) lands at \(terminalColumn)") }
            for s in cell.text.unicodeScalars {
                let w = TerminalWidth.wcwidth(s.value)
                if w < 0 { misplaced.append("unprintable U+\(String(s.value, radix: 16)) at \(c)") }
                terminalColumn += max(0, w)
            }
        }
        return misplaced
    }

    @Test(arguments: [(100, 30), (61, 20), (140, 40)])
    func paneBordersStayInTheirColumns(columns: Int, height: Int) throws {
        let c = try #require(Self.catalog)
        var s = Fixtures.state(c, columns, height)
        Fixtures.select(c, id: "clusters", in: .countries, &s)
        let g = render(s, catalog: c)
        let nameRows = rows(g, containing: "Zfam")
        #expect(!nameRows.isEmpty, "the name is not on screen:\n\(g.text())")
        for r in 0..<g.rows {
            let misplaced = Self.misplacedCells(g, row: r)
            #expect(misplaced.isEmpty, "row \(r): \(misplaced.prefix(5))\n\(g.text())")
        }
    }

    /// Joiners and tags in plain text never get past the validator (a data set with them is
    /// refused), but the grid must still draw them without moving anything.
    @Test func plainTextJoinersAndTagsKeepTheirColumns() {
        var canvas = Canvas(columns: 30, rows: 1)
        let used = canvas.put("a\u{200D}b c\u{E0041}d e\u{034F}f|", row: 0, column: 0, role: .normal)
        #expect(used == 9, "\(canvas.grid.text())")
        #expect(Self.misplacedCells(canvas.grid, row: 0).isEmpty, "\(Self.misplacedCells(canvas.grid, row: 0))")
    }
}
