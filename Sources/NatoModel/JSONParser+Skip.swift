// The quick first pass over a data file (`scanIDs`): it walks the structure and reads only
// each record's "id", building no values. It runs over every byte of every file before the
// real parse, so it must cost little next to it.

extension JSONParser {
    /// Skips one value; for an object, returns its top-level "id" string if it has one.
    /// When "id" is the record's first key (as in every file `natoscope export` writes), the
    /// rest of the record is skipped by matching brackets only, which is several times
    /// cheaper than walking it; its syntax is checked by the real parse (`stream`).
    mutating func skipRecordFindingID() throws(JSONSyntaxError) -> String? {
        let mark = index
        do {
            if let id = try idFirstRecord() { return id }
        } catch {
            // Say what is wrong as precisely as the full walk does.
            index = mark
        }
        return try skipRecordWalkingIt()
    }

    /// The id of a record `{"id": "...", ...}`, with the record skipped; nil (and the
    /// position unchanged) for anything else.
    private mutating func idFirstRecord() throws(JSONSyntaxError) -> String? {
        let mark = index
        guard peek(UInt8(ascii: "{")) else { return nil }
        index += 1
        skipWhitespace()
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "\""), bytes[index + 1] == UInt8(ascii: "i"),
              bytes[index + 2] == UInt8(ascii: "d"), bytes[index + 3] == UInt8(ascii: "\"") else { index = mark; return nil }
        index += 4
        skipWhitespace()
        guard peek(UInt8(ascii: ":")) else { index = mark; return nil }
        index += 1
        skipWhitespace()
        guard peek(UInt8(ascii: "\"")) else { index = mark; return nil }
        let id = try parseString()
        try skipToClose(depth: 1, from: mark)
        return id
    }

    /// Moves past the bracket that closes the `depth` brackets open at the current position,
    /// stepping over strings; only brackets and quotes are looked at. It throws at the end of
    /// the file or too deep a nesting; the caller then walks the record to say exactly what
    /// is wrong.
    private mutating func skipToClose(depth startDepth: Int, from mark: Int) throws(JSONSyntaxError) {
        var depth = startDepth
        while true {
            index = nextStructural(from: index)
            guard index < bytes.count else { throw error(at: mark, "unexpected end of file") }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                try skipString()
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                // A record sits two levels down (in the file's object and its collection).
                if depth + 2 > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
            default:  // a closing bracket
                depth -= 1
            }
            index += 1
            if depth == 0 { return }
        }
    }

    /// Skips one value by walking its structure; for an object, returns its top-level "id".
    private mutating func skipRecordWalkingIt() throws(JSONSyntaxError) -> String? {
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
            let keyStart = index
            var isID = index + 4 <= bytes.count && bytes[index + 1] == UInt8(ascii: "i") && bytes[index + 2] == UInt8(ascii: "d") && bytes[index + 3] == UInt8(ascii: "\"")
            try skipString()
            // A key spelled with escapes ("\u0069d") is "id" too, as the decoder reads it.
            if !isID && bytes[keyStart..<index].contains(UInt8(ascii: "\\")) {
                index = keyStart
                isID = try parseString() == "id"
            }
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

    /// Skips a string at the current position (its opening quote); escapes are stepped over,
    /// not checked (the real parse checks them).
    mutating func skipString() throws(JSONSyntaxError) {
        let start = index
        index += 1
        while true {
            index = nextQuoteOrBackslash(from: index)
            guard index < bytes.count else { break }
            if bytes[index] == UInt8(ascii: "\"") { index += 1; return }
            index += 2  // a backslash and the byte it escapes
        }
        index = start
        throw error(at: start, "unterminated string")
    }

    /// Skips any value without building it (structure only; details are checked by `stream`).
    mutating func skipValue(depth: Int) throws(JSONSyntaxError) {
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
}
