// A strict JSON parser over bytes. Written by hand (rather than JSONSerialization) so that
// every syntax error carries a line and column, duplicate keys are caught, nesting depth is
// bounded (no stack overflow on hostile input), and invalid UTF-8 is reported, not crashed on.

public struct JSONSyntaxError: Error, Sendable, Equatable {
    public let line: Int
    public let column: Int
    public let message: String
}

public struct JSONParser {
    public static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    /// The keys of the objects being read, innermost last (each object's from its start mark),
    /// for the duplicate-key check: one array reused for every object instead of a set each.
    private var openKeys: [String] = []

    /// Parses one JSON document. A UTF-8 byte-order mark at the start is skipped.
    public static func parse(_ data: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: data)
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        if let bad = firstInvalidUTF8(data) {
            throw parser.error(at: bad, "invalid UTF-8 byte 0x\(String(data[bad], radix: 16, uppercase: true))")
        }
        parser.skipWhitespace()
        if parser.index >= data.count {
            throw parser.error("the file is empty; expected a JSON object")
        }
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < data.count {
            throw parser.error("unexpected \(parser.describeCurrent()) after the end of the document")
        }
        return value
    }

    /// What the streaming parse hands out: the root when it is not an object, each top-level
    /// member that is not an array, and each element of the top-level arrays, one at a time.
    public enum StreamEvent {
        case root(JSONValue)
        case member(key: String, value: JSONValue)
        case collection(key: String)
        case element(key: String, index: Int, value: JSONValue)
    }

    /// Parses a data file `{ "collection": [record, ...], ... }` handing out one record at a
    /// time, so a large file never has its whole tree in memory.
    public static func stream(_ data: [UInt8], utf8Checked: Bool = false, _ visit: (StreamEvent) -> Void) throws(JSONSyntaxError) {
        var parser = try start(data, utf8Checked: utf8Checked)
        guard parser.peek(UInt8(ascii: "{")) else {
            let root = try parser.parseValue()
            try parser.finishDocument()
            visit(.root(root))
            return
        }
        try parser.forEachMember { (parser: inout JSONParser, key: String) throws(JSONSyntaxError) in
            if parser.peek(UInt8(ascii: "[")) {
                visit(.collection(key: key))
                try parser.forEachElement { (parser: inout JSONParser, i: Int) throws(JSONSyntaxError) in
                    visit(.element(key: key, index: i, value: try parser.parseValue()))
                }
            } else {
                visit(.member(key: key, value: try parser.parseValue()))
            }
        }
        try parser.finishDocument()
    }

    /// A fast first pass: the `"id"` string of each element of each top-level array, without
    /// building trees. Syntax errors it does not catch are reported by `stream`.
    public static func scanIDs(_ data: [UInt8], _ visit: (_ collection: String, _ index: Int, _ id: String?) -> Void) throws(JSONSyntaxError) {
        var parser = try start(data)
        guard parser.peek(UInt8(ascii: "{")) else { return }
        try parser.forEachMember { (parser: inout JSONParser, key: String) throws(JSONSyntaxError) in
            if parser.peek(UInt8(ascii: "[")) {
                try parser.forEachElement { (parser: inout JSONParser, i: Int) throws(JSONSyntaxError) in visit(key, i, try parser.skipRecordFindingID()) }
            } else {
                try parser.skipValue(depth: 1)
            }
        }
    }

    /// Walks an object at the current position (`{` ... `}`), handing each key to `body`
    /// with the position at its value; `body` must consume the value.
    @inline(__always)
    private mutating func forEachMember(_ body: (inout JSONParser, String) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
        try enter()
        index += 1
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            index += 1
            depth -= 1
            return
        }
        let mark = openKeys.count
        var seen: Set<String>?  // only for objects too large for a linear check
        defer { openKeys.removeSubrange(mark...) }
        while true {
            skipWhitespace()
            let key = try parseKey(mark: mark, seen: &seen)
            skipWhitespace()
            try body(&self, key)
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "}")) { index += 1; break }
            throw error("unexpected \(describeCurrent()); expected ',' or '}'")
        }
        depth -= 1
    }

    /// Walks an array at the current position (`[` ... `]`), handing each element's index to
    /// `body` with the position at the element; `body` must consume it.
    @inline(__always)
    private mutating func forEachElement(_ body: (inout JSONParser, Int) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
        try enter()
        index += 1
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            index += 1
            depth -= 1
            return
        }
        var i = 0
        while true {
            skipWhitespace()
            try body(&self, i)
            i += 1
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "]")) { index += 1; break }
            throw error("unexpected \(describeCurrent()); expected ',' or ']'")
        }
        depth -= 1
    }

    private static func start(_ data: [UInt8], utf8Checked: Bool = false) throws(JSONSyntaxError) -> JSONParser {
        var parser = JSONParser(bytes: data)
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        if !utf8Checked, let bad = firstInvalidUTF8(data) {
            throw parser.error(at: bad, "invalid UTF-8 byte 0x\(String(data[bad], radix: 16, uppercase: true))")
        }
        parser.skipWhitespace()
        if parser.index >= data.count { throw parser.error("the file is empty; expected a JSON object") }
        return parser
    }

    private mutating func finishDocument() throws(JSONSyntaxError) {
        skipWhitespace()
        if index < bytes.count { throw error("unexpected \(describeCurrent()) after the end of the document") }
    }

    private mutating func parseKey(mark: Int, seen: inout Set<String>?) throws(JSONSyntaxError) -> String {
        guard peek(UInt8(ascii: "\"")) else {
            throw error(index >= bytes.count ? "unexpected end of file; expected a key" : "unexpected \(describeCurrent()); expected a key in double quotes")
        }
        let keyStart = index
        let key = try parseString()
        let duplicate: Bool
        if openKeys.count - mark < 32 {
            duplicate = openKeys[mark...].contains(key)
        } else {
            if seen == nil { seen = Set(openKeys[mark...]) }
            duplicate = !(seen?.insert(key).inserted ?? true)
        }
        if duplicate { throw error(at: keyStart, "duplicate key \"\(key.inert)\"") }
        openKeys.append(key)
        skipWhitespace()
        guard peek(UInt8(ascii: ":")) else { throw error("unexpected \(describeCurrent()); expected ':' after a key") }
        index += 1
        return key
    }

    /// Skips one value; for an object, returns its top-level "id" string if it has one.
    private mutating func skipRecordFindingID() throws(JSONSyntaxError) -> String? {
        guard peek(UInt8(ascii: "{")) else {
            try skipValue(depth: 2)
            return nil
        }
        index += 1
        var id: String?
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { index += 1; return nil }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else { throw error("unexpected \(describeCurrent()); expected a key in double quotes") }
            let isID = index + 4 <= bytes.count && bytes[index + 1] == UInt8(ascii: "i") && bytes[index + 2] == UInt8(ascii: "d") && bytes[index + 3] == UInt8(ascii: "\"")
            try skipString()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error("unexpected \(describeCurrent()); expected ':' after a key") }
            index += 1
            skipWhitespace()
            if isID && id == nil && peek(UInt8(ascii: "\"")) {
                id = try parseString()
            } else {
                try skipValue(depth: 3)
            }
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "}")) { index += 1; return id }
            throw error("unexpected \(describeCurrent()); expected ',' or '}'")
        }
    }

    private mutating func skipString() throws(JSONSyntaxError) {
        let start = index
        index += 1
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") { index += 1; return }
            index += b == UInt8(ascii: "\\") ? 2 : 1
        }
        throw error(at: start, "unterminated string")
    }

    /// Skips any value without building it (structure only; details are checked by `stream`).
    private mutating func skipValue(depth: Int) throws(JSONSyntaxError) {
        guard depth <= Self.maximumDepth else { throw error("nesting deeper than \(Self.maximumDepth) levels") }
        guard index < bytes.count else { throw error("unexpected end of file; expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            try skipString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = bytes[index] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let isObject = close == UInt8(ascii: "}")
            index += 1
            skipWhitespace()
            if peek(close) { index += 1; return }
            while true {
                skipWhitespace()
                if isObject {
                    guard peek(UInt8(ascii: "\"")) else { throw error("unexpected \(describeCurrent()); expected a key in double quotes") }
                    try skipString()
                    skipWhitespace()
                    guard peek(UInt8(ascii: ":")) else { throw error("unexpected \(describeCurrent()); expected ':' after a key") }
                    index += 1
                    skipWhitespace()
                }
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if peek(UInt8(ascii: ",")) { index += 1; continue }
                if peek(close) { index += 1; return }
                throw error("unexpected \(describeCurrent()); expected ',' or '\(Character(Unicode.Scalar(close)))'")
            }
        default:
            _ = try parseValue()
        }
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    // MARK: Values

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of file; expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected \(describeCurrent()); expected a value")
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw error("nesting deeper than \(Self.maximumDepth) levels")
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        try forEachMember { (parser: inout JSONParser, key: String) throws(JSONSyntaxError) in members.append((key, try parser.parseValue())) }
        return .object(members)
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        var items: [JSONValue] = []
        try forEachElement { (parser: inout JSONParser, _: Int) throws(JSONSyntaxError) in items.append(try parser.parseValue()) }
        return .array(items)
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = index
        index += 1
        // Most strings have no escapes: one scan, then one copy straight into the String.
        var end = index
        while end < bytes.count {
            let b = bytes[end]
            if b == UInt8(ascii: "\"") {
                index = end + 1
                return String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") || b < 0x20 { break }
            end += 1
        }
        var scratch: [UInt8] = []
        var runStart = index
        while true {
            guard index < bytes.count else { throw error(at: start, "unterminated string") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                scratch.append(contentsOf: bytes[runStart..<index])
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte < 0x20 {
                throw error("control character 0x\(String(byte, radix: 16, uppercase: true)) inside a string (escape it)")
            }
            if byte == UInt8(ascii: "\\") {
                scratch.append(contentsOf: bytes[runStart..<index])
                index += 1
                guard index < bytes.count else { throw error(at: start, "unterminated string") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scratch.append(0x22)
                case UInt8(ascii: "\\"): scratch.append(0x5C)
                case UInt8(ascii: "/"): scratch.append(0x2F)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try parseHex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw error("unpaired surrogate \\u\(String(code, radix: 16))")
                        }
                        index += 2
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid low surrogate \\u\(String(low, radix: 16))") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(code) {
                        throw error("unpaired surrogate \\u\(String(code, radix: 16))")
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("invalid code point") }
                    scratch.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    index -= 2  // point at the backslash
                    throw error("invalid escape '\\\(Character(Unicode.Scalar(escape)))'")
                }
                runStart = index
                continue
            }
            index += 1
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("truncated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit in \\u escape")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        var isInteger = true
        if peek(UInt8(ascii: "-")) { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw error("leading zero in a number") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if peek(UInt8(ascii: ".")) {
            isInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number: digits expected after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            isInteger = false
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number: digits expected in the exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw error(at: start, "number out of range") }
        return .number(value, isInteger: isInteger)
    }

    // MARK: Helpers

    private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    private func peek(_ b: UInt8) -> Bool { index < bytes.count && bytes[index] == b }

    private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard index + expected.count <= bytes.count, bytes[index..<(index + expected.count)].elementsEqual(expected) else {
            throw error("unexpected \(describeCurrent()); expected a value")
        }
        index += expected.count
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let b = bytes[index]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return "byte 0x\(String(b, radix: 16, uppercase: true))"
    }

    private func error(_ message: String) -> JSONSyntaxError { error(at: index, message) }

    /// Line and column (1-based, column counted in characters) of a byte offset.
    private func error(at offset: Int, _ message: String) -> JSONSyntaxError {
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
            while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
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
