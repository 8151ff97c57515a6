// Byte-level helpers of the JSON parser: looking ahead, blanks, the end of a string found
// eight bytes at a time, error positions (line and column) and the UTF-8 check.

import NatoText

extension JSONParser {
    @inline(__always)
    func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    @inline(__always)
    func peek(_ b: UInt8) -> Bool { index < bytes.count && bytes[index] == b }

    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// The offset of the first `"` or `\` at or after `from` (`bytes.count` if none).
    func nextQuoteOrBackslash(from: Int) -> Int {
        find(from: from, controls: false)
    }

    /// The offset of the first `"`, `\` or control character (below 0x20) at or after `from`:
    /// where a string ends, needs unescaping, or is invalid (`bytes.count` if none).
    @inline(__always)
    func nextStringStop(from: Int) -> Int {
        find(from: from, controls: true)
    }

    /// Eight bytes at a time: a word is skipped when none of its bytes is a quote, a
    /// backslash (or a control character). The tests are the classic "has a zero byte" bit
    /// tricks; they never miss a byte, and the word with a hit is then read byte by byte.
    @inline(__always)
    private func find(from: Int, controls: Bool) -> Int {
        let n = bytes.count
        var i = from
        guard i < n, let base = bytes.baseAddress else { return n }
        while i + 8 <= n {
            let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            var hit = Word.has(w, 0x22) | Word.has(w, 0x5C)
            if controls { hit |= Word.hasBelow(w, 0x20) }
            // The lowest flagged byte is always a true hit (a false flag needs a borrow from a
            // true hit below it), and the word is read little-endian: no byte loop needed.
            if hit != 0 { return i + hit.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < n {
            let b = base[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || (controls && b < 0x20) { return i }
            i += 1
        }
        return n
    }

    /// The offset of the first quote or bracket (`"` `{` `}` `[` `]`) at or after `from`
    /// (`bytes.count` if none), eight bytes at a time like `find`.
    func nextStructural(from: Int) -> Int {
        let n = bytes.count
        var i = from
        guard i < n, let base = bytes.baseAddress else { return n }
        while i + 8 <= n {
            let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            // `{` is 0x7B and `[` 0x5B: they differ in one bit, as do `}` 0x7D and `]` 0x5D,
            // so clearing that bit finds both with one test each.
            let folded = w & ~(Word.ones &* 0x20)
            let hit = Word.has(w, 0x22) | Word.has(folded, 0x5B) | Word.has(folded, 0x5D)
            if hit != 0 { return i + hit.trailingZeroBitCount >> 3 }  // exact, as in `find`
            i += 8
        }
        while i < n {
            switch base[i] {
            case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"): return i
            default: i += 1
            }
        }
        return n
    }

    func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let b = bytes[index]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return "byte 0x\(String(b, radix: 16, uppercase: true))"
    }

    func error(_ message: String) -> JSONSyntaxError { error(at: index, message) }

    /// Line and column (1-based, column counted in characters) of a byte offset.
    func error(at offset: Int, _ message: String) -> JSONSyntaxError {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        var i = 0
        while i < end {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        var column = 1
        for b in bytes[lineStart..<end] where b & 0xC0 != 0x80 { column += 1 }
        return JSONSyntaxError(line: line, column: column, message: message)
    }

    /// Offset of the first byte that is not part of well-formed UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer(firstInvalidUTF8)
    }
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        while i < n {
            // Eight ASCII bytes at a time (most of a data file).
            while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & Word.highs == 0 { i += 8 }
            guard i < n else { break }
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var code: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; code = UInt32(b & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; code = UInt32(b & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; code = UInt32(b & 0x07); minimum = 0x10000
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                code = (code << 6) | UInt32(c & 0x3F)
            }
            if code < minimum || code > 0x10FFFF || (0xD800...0xDFFF).contains(code) { return i }
            i += length
        }
        return nil
    }
}
