// The one gate every byte of the command line's output passes (reports, handouts, CSV,
// JSON, error messages, validation problems, echoed arguments, help): nothing from a data
// file or an argument may reach a terminal as a control character or escape sequence.

public enum OutputGate {
    /// `text` made safe to print: line feeds (and CR LF pairs) stay; tabs and U+2028/U+2029 become spaces; every
    /// other C0/C1 control and DEL becomes U+FFFD; bidirectional overrides and isolates are
    /// dropped. With `styled`, the SGR sequences `OutputStyle` itself makes (bold, dim,
    /// warning, reset) pass; no other escape sequence ever does.
    public static func inert(_ text: String, styled: Bool = false) -> String {
        var text = text
        let clean = text.withUTF8 { needsWork($0) == nil }
        if clean { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            switch scalar.value {
            case 0x0A:
                out.append(scalar)
            case 0x0D where i + 1 < scalars.count && scalars[i + 1] == "\n":
                out.append(scalar)  // CSV's CRLF line ends (RFC 4180)
            case 0x09, 0x2028, 0x2029:
                out.append(" ")
            case 0x202A...0x202E, 0x2066...0x2069:
                break
            case 0x1B where styled:
                if let sequence = OutputStyle.sequences.first(where: { matches($0, scalars, at: i) }) {
                    out.append(contentsOf: sequence.unicodeScalars)
                    i += sequence.unicodeScalars.count
                    continue
                }
                out.append("\u{FFFD}")
            case 0x00...0x1F, 0x7F...0x9F:
                out.append("\u{FFFD}")
            default:
                out.append(scalar)
            }
            i += 1
        }
        return String(out)
    }

    private static func matches(_ sequence: String, _ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i
        for s in sequence.unicodeScalars {
            guard j < scalars.count, scalars[j] == s else { return false }
            j += 1
        }
        return true
    }

    /// The offset of the first byte the gate would change, or nil: a byte scan, so that
    /// large clean output (a JSON export) costs one pass and no copy.
    static func needsWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for (offset, b) in bytes.enumerated() {
            if b < 0x20 && b != 0x0A {
                let crlf = b == 0x0D && offset + 1 < bytes.count && bytes[offset + 1] == 0x0A
                if !crlf { return offset }
            }
            if b == 0x7F { return offset }
            if b >= 0x80 {
                if previous == 0xC2 && b <= 0x9F { return offset }  // C1 controls
                // U+2028...U+202E (E2 80 A8...AE) and U+2066...U+2069 (E2 81 A6...A9)
                if beforePrevious == 0xE2 && previous == 0x80 && b >= 0xA8 && b <= 0xAE { return offset }
                if beforePrevious == 0xE2 && previous == 0x81 && b >= 0xA6 && b <= 0xA9 { return offset }
            }
            beforePrevious = previous
            previous = b
        }
        return nil
    }
}
