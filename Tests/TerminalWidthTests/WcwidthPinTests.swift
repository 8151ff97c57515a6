import CWidthShim
import NatoText
import Testing

/// The width table must be glibc's wcwidth under C.UTF-8, which ncursesw measures with:
/// where they differ, the terminal and the grid disagree and the layout shifts.
/// Serialized: the shim switches the process's LC_CTYPE while it measures.
@Suite("Width table pinned to glibc's wcwidth", .serialized)
struct WcwidthPinTests {
    static let codePoints = 0x110000

    @Test func everyCodePointMatchesGlibc() throws {
        var glibc = [Int8](repeating: 0, count: Self.codePoints)
        let ok = glibc.withUnsafeMutableBufferPointer { natoscope_wcwidth_table($0.baseAddress, $0.count) }
        try #require(ok == 1, "the C.UTF-8 locale is not installed")
        var compared = 0
        var disagreements: [(UInt32, Int, Int)] = []
        var printableDisagreements = 0
        for cp in 0..<UInt32(Self.codePoints) {
            let ours = TerminalWidth.wcwidth(cp)
            compared += 1
            if ours != Int(glibc[Int(cp)]) {
                disagreements.append((cp, ours, Int(glibc[Int(cp)])))
                if glibc[Int(cp)] >= 0 { printableDisagreements += 1 }
            }
        }
        let sample = disagreements.prefix(10).map { "U+\(String($0.0, radix: 16, uppercase: true)): ours \($0.1), glibc \($0.2)" }
        print("wcwidth pin: \(compared) code points compared, \(disagreements.count) disagreements (\(printableDisagreements) where glibc calls it printable)")
        #expect(compared == Self.codePoints)
        #expect(disagreements.count == 0, "\(disagreements.count) disagreements, first: \(sample)")
    }
}

