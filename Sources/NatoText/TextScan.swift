// One pass over a text's UTF-8 that answers what loading asks of every text field of a data
// set: is anything visible in ASCII, is there any non-ASCII byte, is there an ASCII control
// character. Loading calls it once per field (hundreds of thousands of times for a large
// data set), so it reads eight bytes at a time; the Unicode-aware checks then run only on
// the few texts that hold non-ASCII bytes.

public struct TextScan: Sendable, Equatable {
    /// A byte in 0x21...0x7F: a visible ASCII character (DEL counts too, but it is also
    /// reported as a control, so a text holding it is refused anyway).
    public var visibleASCII = false
    /// A byte at or above 0x80 (the text is not pure ASCII).
    public var nonASCII = false
    /// A byte below 0x20 or 0x7F (an ASCII control character, tab and newline included).
    public var asciiControl = false

    public init(visibleASCII: Bool = false, nonASCII: Bool = false, asciiControl: Bool = false) {
        self.visibleASCII = visibleASCII
        self.nonASCII = nonASCII
        self.asciiControl = asciiControl
    }

    public init(_ text: String) {
        var text = text
        self = text.withUTF8(Self.init)
    }

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let n = bytes.count
        var below20: UInt64 = 0, del: UInt64 = 0, above20: UInt64 = 0, high: UInt64 = 0
        var i = 0
        // Eight bytes at a time, non-ASCII bytes included (texts with a "ü" or a dash early
        // on used to go byte by byte from there). `hasBelow` and `has` may flag a byte only
        // above a true hit, so whether any byte is flagged is exact; bytes at or above 0x80
        // are never flagged by them. The "above 0x20" test adds to the low seven bits only
        // (no carry can cross bytes) and keeps the bytes whose top bit was clear (ASCII).
        while i + 8 <= n {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            high |= w & Word.highs
            below20 |= Word.hasBelow(w, 0x20)
            del |= Word.has(w, 0x7F)
            above20 |= ((w & ~Word.highs) &+ Word.ones &* 0x5F) & ~w & Word.highs
            i += 8
        }
        var scan = TextScan(visibleASCII: above20 != 0, nonASCII: high != 0, asciiControl: below20 != 0 || del != 0)
        while i < n {
            let b = base[i]
            if b >= 0x80 {
                scan.nonASCII = true
            } else {
                if b < 0x20 || b == 0x7F { scan.asciiControl = true }
                if b > 0x20 { scan.visibleASCII = true }
            }
            i += 1
        }
        self = scan
    }
}
