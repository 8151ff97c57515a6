import Testing
import NatoText

@Suite("Display width, wrapping and inert text")
struct TextTests {
    @Test(arguments: [
        ("Israel", 6), ("Türkiye", 7), ("Côte d'Ivoire", 13), ("日本", 4), ("e\u{301}", 1), ("한국", 4),
        ("🇯🇵", 2), ("❤️", 1), ("a\u{200B}b", 2), ("", 0), ("䷀", 2), ("\u{1F1EB}", 1),
        ("👨\u{200D}👩\u{200D}👧", 2), ("👋🏽", 2), ("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", 2),
        ("a\u{200D}b", 2), ("a\u{34F}b", 2), ("a\u{E0041}b", 2), ("\u{378}", 1), ("\u{1B}", 1), ("क\u{93F}", 2), ("a\u{202E}b", 2),
    ])
    func measuresColumns(text: String, width: Int) {
        #expect(text.terminalWidth == width)
    }

    @Test func wrapsAtSpacesWithinTheWidth() {
        let lines = TextLayout.wrap("NATO works with partners across the globe on many issues", width: 20)
        #expect(lines == ["NATO works with", "partners across the", "globe on many issues"])
        #expect(lines.allSatisfy { $0.terminalWidth <= 20 })
    }

    @Test func splitsWordsLongerThanALineWithoutBreakingWideCharacters() {
        let lines = TextLayout.wrap("日本日本日本", width: 5)
        #expect(lines == ["日本", "日本", "日本"])
        #expect(TextLayout.wrap("", width: 10) == [""])
        #expect(TextLayout.wrap("abc", width: 0) == ["a", "b", "c"])
    }

    @Test func truncatesAndPadsByColumns() {
        #expect(TextLayout.truncate("Côte d'Ivoire", width: 6) == "Côte …")
        #expect(TextLayout.truncate("日本の", width: 4) == "日…")
        #expect(TextLayout.truncate("日本", width: 1) == "…")
        #expect(TextLayout.pad("日本", width: 6) == "日本  ")
        #expect(TextLayout.pad("Türkiye", width: 3).terminalWidth == 3)
    }

    /// Printable ASCII takes a byte-counting path: it must cut where the cluster path would,
    /// and leave to that path text whose next byte may still belong to the last column.
    @Test func truncatesPlainASCIIAsTheClusterPathWould() {
        #expect(TextLayout.truncate("Albania", width: 7) == "Albania")
        #expect(TextLayout.truncate("Albania", width: 6) == "Alban…")
        #expect(TextLayout.truncate("Albania", width: 1) == "…")
        #expect(TextLayout.truncate("abcde\u{301}", width: 5) == "abcde\u{301}", "a combining accent adds no column")
        #expect(TextLayout.truncate("abcde\u{301}f", width: 5) == "abcd…")
        #expect(TextLayout.truncate("abcd日", width: 5) == "abcd…")
        #expect(TextLayout.truncate("abcd日", width: 6) == "abcd日")
        #expect(TextLayout.truncate(String(repeating: "x", count: 1_000_000), width: 3) == "xx…")
    }

    @Test func inertTextCannotCarryEscapeSequences() {
        let hostile = "red \u{1B}[31mtext\u{7}\u{9B}2J\tend\u{202E}rev"
        let clean = hostile.inert
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(clean == "red \u{FFFD}[31mtext\u{FFFD}\u{FFFD}2J endrev")
        #expect("plain Türkiye".inert == "plain Türkiye")
        #expect(hostile.hasUnsafeCharacters)
        #expect(!"日本".hasUnsafeCharacters)
    }
}

@Suite("Text scan")
struct TextScanTests {
    /// The same answers byte by byte, the plain way.
    static func reference(_ s: String) -> TextScan {
        var r = TextScan()
        for b in s.utf8 {
            if b >= 0x80 { r.nonASCII = true; continue }
            if b < 0x20 || b == 0x7F { r.asciiControl = true }
            if b > 0x20 { r.visibleASCII = true }
        }
        return r
    }

    @Test func agreesWithAByteByByteScanOnEdgeCases() {
        let cases = ["", " ", "        ", "         x", "a", "\t", "tab\there", "x\u{7F}", "é", "        é", "\u{85}", " \u{1B}[31m",
                     "a plain sentence of more than eight bytes", "        \u{0}       ", String(repeating: " ", count: 17) + "!",
                     "\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}", "~~~~~~~~", "!!!!!!!!", "\u{1F}\u{1F}\u{1F}\u{1F}\u{1F}\u{1F}\u{1F}\u{1F}"]
        for s in cases { #expect(TextScan(s) == Self.reference(s), "\(Array(s.utf8))") }
    }

    /// Words that hold non-ASCII bytes are read eight bytes at a time too: a byte that
    /// matters beside a multi-byte character, at every pair of places.
    @Test func agreesBesideNonASCIICharactersAtEveryOffset() {
        for wide in ["é", "€", "😀", "\u{85}", "\u{FF}"] {
            for special in ["!", "~", "\u{7F}", "\u{1F}", "\u{0}", "\t", " "] {
                for p in 0..<12 {
                    for q in 0..<12 where q != p {
                        var characters = [String](repeating: " ", count: 12)
                        characters[p] = wide
                        characters[q] = special
                        let s = characters.joined()
                        #expect(TextScan(s) == Self.reference(s), "\(Array(s.utf8))")
                    }
                }
            }
        }
    }

    @Test func agreesWithAByteByByteScanOnRandomText() {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [Character] = [" ", " ", " ", "a", "~", "!", "\u{7F}", "\u{1F}", "\t", "\n", "é", "€", "\u{0}"]
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...40, using: &rng)
            // Mostly blanks, so that words of eight blanks (and one odd byte) come up often.
            let s = String((0..<length).map { _ in Int.random(in: 0..<4, using: &rng) == 0 ? alphabet.randomElement(using: &rng)! : " " })
            #expect(TextScan(s) == Self.reference(s), "\(Array(s.utf8))")
        }
    }
}
