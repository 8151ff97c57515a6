// A strict JSON parser over bytes. Written by hand (rather than JSONSerialization) so that
// every syntax error carries a line and column, duplicate keys are caught, nesting depth is
// bounded (no stack overflow on hostile input), and invalid UTF-8 is reported, not crashed on.
// It reads through an UnsafeBufferPointer (no bounds check or reference count per byte) and
// looks for the end of a string eight bytes at a time (JSONParser+Bytes): loading a
// teacher's data set is measured against CPython's C json.loads (issue 13).
//
// The parts: this file walks objects and arrays and hands records out; JSONParser+Values
// builds values; JSONParser+Skip is the quick id scan; JSONParser+Bytes holds the byte-level
// helpers, error positions and the UTF-8 check.

public struct JSONSyntaxError: Error, Sendable, Equatable {
    public let line: Int
    public let column: Int
    public let message: String
}

public struct JSONParser {
    public static let maximumDepth = 64

    /// The document. Valid only inside the `withUnsafeBufferPointer` of the entry point that
    /// made this parser; a parser never outlives that call.
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0
    /// The keys of the objects being read, innermost last (each object's from its start mark),
    /// for the duplicate-key check, as fingerprints (JSONParser+Keys); keys too long for one
    /// are kept as text too, with their position. Arrays reused for every object, not a set each.
    var openPrints: [KeyPrint] = []
    var openLongKeys: [(position: Int, key: String)] = []
    var keyCache = KeyCache()

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Parses one JSON document. A UTF-8 byte-order mark at the start is skipped.
    public static func parse(_ data: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        try data.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONValue in
            var parser = try start(buffer)
            let value = try parser.parseValue()
            try parser.finishDocument()
            return value
        }
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
        try data.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) in
            var parser = try start(buffer, utf8Checked: utf8Checked)
            guard parser.peek(UInt8(ascii: "{")) else {
                let root = try parser.parseValue()
                try parser.finishDocument()
                visit(.root(root))
                return
            }
            try parser.forEachMember { (parser: inout JSONParser, key: String, _: KeyPrint) throws(JSONSyntaxError) in
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
    }

    /// A fast first pass: the `"id"` string of each element of each top-level array, without
    /// building trees. Syntax errors it does not catch are reported by `stream`.
    public static func scanIDs(_ data: [UInt8], _ visit: (_ collection: String, _ index: Int, _ id: String?) -> Void) throws(JSONSyntaxError) {
        try data.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) in
            var parser = try start(buffer)
            guard parser.peek(UInt8(ascii: "{")) else { return }
            try parser.forEachMember { (parser: inout JSONParser, key: String, _: KeyPrint) throws(JSONSyntaxError) in
                if parser.peek(UInt8(ascii: "[")) {
                    try parser.forEachElement { (parser: inout JSONParser, i: Int) throws(JSONSyntaxError) in visit(key, i, try parser.skipRecordFindingID()) }
                } else {
                    try parser.skipValue(depth: 1)
                }
            }
        }
    }

    /// Walks an object at the current position (`{` ... `}`), handing each key and its
    /// fingerprint to `body` with the position at its value; `body` must consume the value.
    @inline(__always)
    mutating func forEachMember(_ body: (inout JSONParser, String, KeyPrint) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
        try enter()
        index += 1
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            index += 1
            depth -= 1
            return
        }
        let mark = openPrints.count
        var seen: Set<KeyPrint>?  // only for objects too large for a linear check
        defer {
            openPrints.removeSubrange(mark...)
            while let last = openLongKeys.last, last.position >= mark { openLongKeys.removeLast() }
        }
        while true {
            skipWhitespace()
            let (key, print) = try parseKey(mark: mark, seen: &seen)
            skipWhitespace()
            try body(&self, key, print)
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
    mutating func forEachElement(_ body: (inout JSONParser, Int) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
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

    /// A parser at the first value of `data`: past a byte-order mark and leading blanks, with
    /// the UTF-8 of the whole document checked (unless the caller has done so already).
    static func start(_ data: UnsafeBufferPointer<UInt8>, utf8Checked: Bool = false) throws(JSONSyntaxError) -> JSONParser {
        var parser = JSONParser(bytes: data)
        if data.count >= 3, data[0] == 0xEF, data[1] == 0xBB, data[2] == 0xBF { parser.index = 3 }
        if !utf8Checked, let bad = firstInvalidUTF8(data) {
            throw parser.error(at: bad, "invalid UTF-8 byte 0x\(String(data[bad], radix: 16, uppercase: true))")
        }
        parser.skipWhitespace()
        if parser.index >= data.count { throw parser.error("the file is empty; expected a JSON object") }
        return parser
    }

    mutating func finishDocument() throws(JSONSyntaxError) {
        skipWhitespace()
        if index < bytes.count { throw error("unexpected \(describeCurrent()) after the end of the document") }
    }

    mutating func parseKey(mark: Int, seen: inout Set<KeyPrint>?) throws(JSONSyntaxError) -> (String, KeyPrint) {
        guard peek(UInt8(ascii: "\"")) else {
            throw error(index >= bytes.count ? "unexpected end of file; expected a key" : "unexpected \(describeCurrent()); expected a key in double quotes")
        }
        let keyStart = index
        let (key, print) = try parseKeyString()
        if isOpenKey(key, print, from: mark, seen: &seen) { throw error(at: keyStart, "duplicate key \"\(key.inert)\"") }
        if print.count < 0 { openLongKeys.append((openPrints.count, key)) }
        openPrints.append(print)
        skipWhitespace()
        guard peek(UInt8(ascii: ":")) else { throw error("unexpected \(describeCurrent()); expected ':' after a key") }
        index += 1
        return (key, print)
    }
}
