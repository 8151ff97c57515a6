// Display width of text in terminal columns, independent of the C locale (libc's wcwidth
// returns -1 for CJK under the C locale, and Swift's Glibc module hides it anyway).

extension Unicode.Scalar {
    /// Columns this scalar takes on its own: 0 for combining and format characters,
    /// 2 for East Asian wide and fullwidth characters and emoji, 1 otherwise.
    /// Control characters count as 1 because `inert` turns them into a visible U+FFFD.
    public var terminalWidth: Int {
        let v = value
        if v < 0x300 { return 1 }  // fast path: ASCII and Latin-1 letters
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if v == 0x200B || (0x1160...0x11FF).contains(v) { return 0 }  // zero width space, Hangul medial jamo
        if Self.isWide(v) { return 2 }
        return 1
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges, Unicode 15, plus emoji presentation.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
             0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
             0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
             0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
             0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF,
             0x1B000...0x1B2FF, 0x1F004, 0x1F1E6...0x1F1FF, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
             0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF,
             0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension Character {
    /// Columns a grapheme cluster takes: the width of its widest scalar, so a base letter
    /// with combining marks is 1 and a wide base is 2. An emoji presentation selector
    /// (U+FE0F) widens the cluster to 2.
    public var terminalWidth: Int {
        var width = 0
        for scalar in unicodeScalars {
            if scalar.value == 0xFE0F { return 2 }
            width = max(width, scalar.terminalWidth)
        }
        return width
    }
}

extension StringProtocol {
    /// Columns the whole string takes in a terminal.
    public var terminalWidth: Int {
        var total = 0
        for scalar in unicodeScalars where scalar.value < 0x300 { total += 1 }
        if total == unicodeScalars.count { return total }  // all narrow: skip grapheme breaking
        return reduce(0) { $0 + $1.terminalWidth }
    }
}
