import Testing
import NatoText

/// Issue 11: the cost of laying out a field grows with its length, not its square.
@Suite("Long text")
struct LongTextTests {
    /// Wrapping used to measure the rest of a long word again after every line it split
    /// off: a 2 MB word took minutes. 200,000 characters now wrap in well under a second
    /// (the bound leaves room for a loaded machine and a debug build).
    @Test func wrappingALongWordIsLinear() {
        let word = String(repeating: "ü", count: 200_000)
        let start = ContinuousClock.now
        let lines = TextLayout.wrap(word, width: 80)
        let elapsed = ContinuousClock.now - start
        #expect(lines.count == 2_500)
        #expect(lines.allSatisfy { $0.terminalWidth == 80 })
        #expect(elapsed < .seconds(10), "took \(elapsed)")
    }

    @Test func truncatingAHugeTextCutsItTheSameWay() {
        let long = String(repeating: "日", count: 500_000)
        #expect(TextLayout.truncate(long, width: 9) == "日日日日…")
        #expect(TextLayout.truncate("日日日日", width: 8) == "日日日日")
        #expect(TextLayout.truncate("日日日日", width: 7) == "日日日…")
        #expect(TextLayout.pad(long, width: 6) == "日日… ")
    }
}
