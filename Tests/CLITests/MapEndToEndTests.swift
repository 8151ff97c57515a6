import Foundation
import Testing

/// The map pane and the year in a real terminal (tmux): open the map, select the
/// Mediterranean Dialogue, step and play the years, and leave cleanly.
@Suite("Map and years end to end (tmux)", .serialized)
struct MapEndToEndTests {
    let binary: String

    init() throws {
        binary = try #require(CLI.binary).path
    }

    @Test func mapLightsUpTheDialogueAndTheYearsPlay() throws {
        let s = try TmuxSession(columns: 100, rows: 30)
        s.wait { $0.contains("$") }
        try s.run("'\(binary)'; echo EXIT=$?")
        let first = s.wait { $0.contains("Countries") && $0.contains("quit") }
        #expect(first.contains("today"), "the title line shows no year:\n\(first)")
        try s.keys("m")
        let map = s.wait { $0.contains("Map · euro-atlantic") && $0.contains("Allies 32") }
        #expect(map.contains("Map · euro-atlantic"), "\(map)")
        try s.keys("/")
        try s.type("Mediterranean Dialogue")
        s.wait { $0.contains("Mediterranean Dialogue") }
        try s.keys("Enter")
        let md = s.wait { $0.contains("MD members 7") }
        #expect(md.contains("MD members 7"), "the map's legend does not count the Dialogue's members:\n\(md)")
        #expect(md.contains("█") || md.contains("▀") || md.contains("▄"), "no countries drawn:\n\(md)")
        // Back to 1995 a year at a time: six members then.
        guard let latest = Self.year(in: md) else {
            Issue.record("no year in the title line:\n\(md)")
            return
        }
        for _ in 0..<(latest - 1995) { try s.keys(",") }
        let y1995 = s.wait { $0.contains("as of 1995") && $0.contains("MD members 6") }
        #expect(y1995.contains("as of 1995") && y1995.contains("MD members 6"), "\(y1995)")
        // Back to today, then play from 1949: the year in the header moves on by itself.
        try s.keys("T")
        s.wait { $0.contains("\(latest) today") }
        try s.keys("P")
        s.wait { $0.contains("as of 1949") }
        let playing = s.wait { $0.contains("as of 1950") || $0.contains("as of 1951") || $0.contains("as of 1952") }
        #expect(playing.contains("as of 195"), "play did not move the year:\n\(playing)")
        #expect(!playing.contains("MD members"), "the Dialogue had no members in the 1950s:\n\(playing)")
        try s.keys("T")
        let today = s.wait { $0.contains("today") && $0.contains("MD members 7") }
        #expect(today.contains("\(latest) today"), "\(today)")
        try s.keys("q")
        let after = s.waitForExit()
        #expect(after.contains("EXIT=0") && !after.contains("Map ·"), "\(after)")
    }

    /// The year on the title line: "2025 today" or "as of 1999".
    static func year(in screen: String) -> Int? {
        guard let first = screen.split(separator: "\n").first else { return nil }
        let words = first.split(separator: " ")
        guard let i = words.firstIndex(of: "today"), i > 0 else { return nil }
        return Int(words[i - 1])
    }
}
