import Foundation
import NatoText
import Testing

/// A country name with clusters whose display depends on the terminal (ZWJ family, flag, VS16,
/// skin tone, tag flag, U+200D/U+034F/tags in plain text), shown in tmux: the pane borders
/// must stay in the columns they have in rows of plain text.
@Suite("Grapheme clusters in a real terminal (tmux)", .serialized)
struct ClusterWidthEndToEndTests {
    /// Display columns of the vertical border characters in a captured line, as tmux placed
    /// them: tmux (like ncurses) gives each scalar its wcwidth.
    static func borderColumns(_ line: Substring) -> [Int] {
        var column = 0
        var borders: [Int] = []
        for scalar in line.unicodeScalars {
            if scalar == "│" || scalar == "┃" { borders.append(column) }
            column += max(0, TerminalWidth.wcwidth(scalar.value))
        }
        return borders
    }

    @Test func paneBordersStayInColumnWithTerminalDependentClusters() throws {
        let binary = try #require(CLI.binary).path
        let session = try TmuxSession(columns: 100, rows: 30)
        session.wait { $0.contains("$") }
        try session.run("'\(binary)' --data '\(CLI.fixture("unicode/clusters.json"))'; echo EXIT=$?")
        var screen = session.wait { $0.contains("Zfam") && $0.contains("quit") }
        try session.keys("Down", "Down", "Down")
        screen = session.wait { $0.split(separator: "\n").filter { $0.contains("Zfam") }.count >= 3 }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        // Where borders stand in rows of plain text; every border of the hostile rows must be
        // at one of these columns, and each such row must still end in the right-hand border.
        let plainBorders = Set(lines.filter { !$0.contains("Zfam") }.flatMap(Self.borderColumns))
        #expect(plainBorders.contains(0) && plainBorders.contains(99), "\(screen)")
        // Rows in panes (the breadcrumb line above them has no border).
        let hostile = lines.filter { $0.contains("Zfam") && ($0.hasPrefix("┃") || $0.hasPrefix("│")) }
        #expect(hostile.count >= 2, "the name is not in the list and the detail:\n\(screen)")
        for line in hostile {
            let borders = Self.borderColumns(line)
            #expect(borders.last == 99 && Set(borders).isSubset(of: plainBorders),
                    "border moved: columns \(borders), plain rows have \(plainBorders.sorted()), in \(line.debugDescription)")
        }
        _ = try? session.keys("q")
        // The shell prints EXIT=N on a line of its own (the command line reads "echo EXIT=$?").
        let after = session.waitForExit()
        #expect(after.split(separator: "\n").contains("EXIT=0"), "the explorer did not end cleanly")
    }
}
