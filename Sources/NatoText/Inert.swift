// Text from data files is untrusted: nothing in it may reach the terminal as a control
// character or escape sequence.

extension StringProtocol {
    /// The text with C0/C1 control characters and DEL shown as U+FFFD, tabs and line breaks
    /// as spaces, and bidirectional overrides removed, so it can be printed or drawn safely.
    public var inert: String {
        if !hasUnsafeCharacters { return String(self) }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x202A...0x202E, 0x2066...0x2069: continue
            default: out.append(Self.isUnsafe(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(out)
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Whether the text holds anything `inert` would change.
    public var hasUnsafeCharacters: Bool {
        if let answer = utf8.withContiguousStorageIfAvailable(UnsafeText.scan) { return answer }
        return Array(utf8).withUnsafeBufferPointer(UnsafeText.scan)
    }
}

/// The byte scan behind `hasUnsafeCharacters`: it runs on every text field of a data set
/// while loading, so it works on contiguous UTF-8 rather than on Unicode scalars.
enum UnsafeText {
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for b in bytes {
            if b < 0x20 || b == 0x7F { return true }
            if b >= 0x80 {
                if previous == 0xC2 && b <= 0x9F { return true }  // C1 controls
                if beforePrevious == 0xE2 && previous == 0x80 && b >= 0xAA && b <= 0xAE { return true }  // U+202A...U+202E
                if beforePrevious == 0xE2 && previous == 0x81 && b >= 0xA6 && b <= 0xA9 { return true }  // U+2066...U+2069
            }
            beforePrevious = previous
            previous = b
        }
        return false
    }
}
