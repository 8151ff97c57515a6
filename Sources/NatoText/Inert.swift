// Text from data files is untrusted: nothing in it may reach the terminal as a control
// character or escape sequence.

extension StringProtocol {
    /// The text with C0/C1 control characters and DEL shown as U+FFFD, tabs and line breaks
    /// as spaces, and bidirectional overrides removed, so it can be printed or drawn safely.
    public var inert: String {
        var clean = true
        for scalar in unicodeScalars where Self.isUnsafe(scalar) {
            clean = false
            break
        }
        if clean { return String(self) }
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
        unicodeScalars.contains(where: Self.isUnsafe)
    }
}
