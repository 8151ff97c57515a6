import NatoText
import Testing

/// Clusters whose look depends on the terminal are drawn in a form that every terminal
/// measures the same way: what is sent adds up, scalar by scalar, to the width we count.
@Suite("Grapheme clusters drawn as terminal cells")
struct GraphemeCellTests {
    static func cells(_ ch: Character) -> [String] {
        var out: [String] = []
        ch.forEachTerminalCell { text, _ in out.append(text) }
        return out
    }

    /// The width a terminal gives the text sent: the sum of each scalar's wcwidth.
    static func sentWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + max(0, TerminalWidth.wcwidth($1.value)) }
    }

    @Test(arguments: [
        ("👨\u{200D}👩\u{200D}👧", ["👨"]), ("🇫🇷", ["F", "R"]), ("❤️", ["❤"]), ("1\u{FE0F}\u{20E3}", ["1"]),
        ("👋🏽", ["👋"]), ("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", ["🏴"]),
        ("a\u{200D}", ["a"]), ("a\u{34F}", ["a"]), ("a\u{E0041}", ["a"]), ("e\u{301}", ["e\u{301}"]),
        ("क\u{93F}", ["क", "\u{93F}"]), ("\u{1100}\u{1161}\u{11A8}", ["\u{1100}\u{1161}\u{11A8}"]),
        ("\u{1B}", ["\u{FFFD}"]), ("\u{378}", ["\u{FFFD}"]), ("\u{200B}", []), ("\u{301}", []), ("\u{202E}", []), ("\u{0}", ["\u{FFFD}"]),
    ] as [(Character, [String])])
    func clustersBecomeCellsEveryTerminalMeasuresAlike(cluster: Character, expected: [String]) {
        #expect(Self.cells(cluster) == expected)
        #expect(Self.sentWidth(Self.cells(cluster).joined()) == cluster.terminalWidth)
    }

    @Test func safeTextMeasuresWhatTheTerminalAddsUp() {
        let hostile = "Fam 👨‍👩‍👧‍👦 flag 🇺🇦 heart ❤️ hand 👍🏿 tag 🏴󠁧󠁢󠁷󠁬󠁳󠁿 zwj a\u{200D}b cgj a\u{34F}b tags x\u{E0041}\u{E0042}y ctl \u{1B}[31m"
        let safe = hostile.terminalSafe
        #expect(Self.sentWidth(safe) == hostile.terminalWidth)
        #expect(safe.terminalWidth == hostile.terminalWidth)
        #expect(!safe.unicodeScalars.contains { $0.value == 0x200D || $0.value == 0x34F || $0.value == 0xFE0F || $0.value == 0x1B })
    }

    @Test func cellTextForTheTerminalKeepsItsWidth() {
        func sent(_ text: String, _ width: Int) -> [UInt32] {
            var out: [UInt32] = []
            TerminalCellText.scalars(text, width: width, into: &out)
            return out
        }
        #expect(sent("e\u{301}", 1) == [0x65, 0x301])
        #expect(sent("日", 2) == [0x65E5])
        #expect(sent("👨\u{200D}👩", 2) == [0xFFFD, 0x20])  // not what the grid makes: replaced
        #expect(sent("ab", 1) == [0xFFFD])
        #expect(sent("\u{1B}", 1) == [0xFFFD])
        #expect(sent("", 1) == [0x20])
        #expect(sent("a", 1) == [0x61])
        #expect(sent("a", 2) == [0xFFFD, 0x20])
        #expect(sent("e\u{301}\u{302}\u{303}\u{304}\u{305}", 1) == [0xFFFD])  // more than a curses cell holds
    }

    @Test func aClusterKeepsAtMostFourMarksAsACursesCellHoldsFive() {
        let cells = Self.cells("e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}")
        #expect(cells == ["e\u{301}\u{302}\u{303}\u{304}"])
    }
}
