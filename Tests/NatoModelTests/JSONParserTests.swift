import Testing
@testable import NatoModel

@Suite("JSON parser")
struct JSONParserTests {
    func parse(_ s: String) throws(JSONSyntaxError) -> JSONValue { try JSONParser.parse(Array(s.utf8)) }

    @Test func parsesNestedValuesKeepingKeyOrder() throws {
        let v = try parse(#"{"b": [1, 2.5, -3e2, true, false, null], "a": "x\u00e9\n"}"#)
        guard case .object(let members) = v else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["b", "a"])
        #expect(members[0].value == .array([.number(1, isInteger: true), .number(2.5, isInteger: false), .number(-300, isInteger: false),
                                            .bool(true), .bool(false), .null]))
        #expect(members[1].value == .string("xé\n"))
    }

    @Test func decodesSurrogatePairs() throws {
        #expect(try parse(#""\ud83c\uddef""#) == .string("🇯"))
    }

    @Test(arguments: [
        ("{\n  \"a\": 1,\n  \"b\" 2\n}", 3, 7, "expected ':'"),
        ("{\"a\": 1,}", 1, 9, "expected a key"),
        ("[1, 2", 1, 6, "unexpected end of file"),
        ("", 1, 1, "the file is empty"),
        ("   ", 1, 4, "the file is empty"),
        ("{\"a\": tru}", 1, 7, "expected a value"),
        ("{\"a\": 01}", 1, 8, "leading zero"),
        ("{\"a\": \"x}", 1, 7, "unterminated string"),
        ("{\"a\": 1} x", 1, 10, "after the end of the document"),
        ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key \"a\""),
        ("{\"é\": \"\\q\"}", 1, 8, "invalid escape"),
    ])
    func reportsLineAndColumn(input: String, line: Int, column: Int, message: String) {
        do {
            _ = try parse(input)
            Issue.record("parsed invalid input \(input)")
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    /// Keys are compared by fingerprint (their bytes and length, up to 16 bytes) and the
    /// longer ones as strings; a key spelled with an escape is the same key.
    @Test func duplicateKeysAreFoundHoweverTheyAreSpelled() throws {
        let long = "abcdefghijklmnopq"  // 17 bytes
        for duplicate in [#"{"id": 1, "\u0069d": 2}"#, #"{"\u0069d": 1, "id": 2}"#, #"{"x": 0, "\#(long)": 1, "\#(long)": 2}"#,
                          #"{"abcdefghijklmnop": 1, "abcdefghijklmnop": 2}"#, #"{"é": 1, "\u00e9": 2}"#] {
            #expect(throws: JSONSyntaxError.self, "\(duplicate)") { try parse(duplicate) }
        }
        for distinct in [#"{"a\u0000": 1, "a": 2}"#, #"{"\#(long)": 1, "\#(long.dropLast())r": 2}"#, #"{"abcdefghijklmnop": 1, "abcdefghijklmnoq": 2}"#,
                         #"{"ab": 1, "ba": 2, "a": 3, "b": 4}"#] {
            #expect(throws: Never.self, "\(distinct)") { try parse(distinct) }
        }
        // Objects with many keys check them with a set; long keys are still compared as text.
        let many = (0..<40).map { "\"k\($0)\": \($0)" }
        let longMany = (0..<40).map { "\"\(long)\($0)\": \($0)" }
        for duplicate in ["{" + (many + [#""k3": 0"#]).joined(separator: ", ") + "}", "{" + (many + [#""k39": 0"#]).joined(separator: ", ") + "}",
                          "{" + (longMany + ["\"\(long)7\": 0"]).joined(separator: ", ") + "}"] {
            #expect(throws: JSONSyntaxError.self) { try parse(duplicate) }
        }
        #expect(throws: Never.self) { try parse("{" + (many + longMany + [#""k40": 0"#]).joined(separator: ", ") + "}") }
        #expect(throws: Never.self) { try parse("[{" + many.joined(separator: ", ") + "}, {" + many.joined(separator: ", ") + "}]") }
        // The key cache hands back the same key for the same bytes, in any object.
        let value = try parse(#"[{"name": 1, "id": 2}, {"id": 3, "name": 4}, {"\u006eame": 5}]"#)
        guard case .array(let objects) = value else { Issue.record("not an array"); return }
        let keys = objects.map { object -> [String] in
            guard case .object(let members) = object else { return [] }
            return members.map(\.key)
        }
        #expect(keys == [["name", "id"], ["id", "name"], ["name"]])
    }

    @Test func refusesDeepNestingWithoutOverflowingTheStack() {
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        #expect(throws: JSONSyntaxError.self) { try parse(deep) }
        do { _ = try parse(deep) } catch { #expect(error.message.contains("nesting deeper than 64")) }
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try parse(ok) }
    }

    /// Strings are scanned eight bytes at a time: quotes, backslashes and control characters
    /// at every offset in a word must still be found.
    @Test func stringsRoundTripWhereverTheirSpecialBytesFall() throws {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["a", "a", "a", " ", "\"", "\\", "\n", "\u{1}", "é", "€", "😀", "/"]
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...30, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            var json = ""
            JSONWriter.quote(text, into: &json)  // the project's own escaping (\", \\, \n, \u0001)
            #expect(try parse(json) == .string(text), "\(json)")
            #expect(try parse("{\"k\": [\(json), \(json)]}") == .object([("k", .array([.string(text), .string(text)]))]))
        }
    }

    @Test func findsAControlCharacterAtAnyOffsetInAString() {
        for offset in 0..<20 {
            let input = "[\"" + String(repeating: "x", count: offset) + "\u{1}" + "yyyyyyyyyy\"]"
            do {
                _ = try parse(input)
                Issue.record("accepted a raw control character at offset \(offset)")
            } catch {
                #expect(error.message.contains("control character 0x1"), "\(error.message)")
                #expect(error.column == offset + 3)
            }
        }
    }

    @Test func readsIntegersExactlyAndKeepsOtherNumbers() throws {
        #expect(try parse("[2026, -7, 0, -0, 123456789012345, 1234567890123456768, 1.5, 2e3]") == .array([
            .number(2026, isInteger: true), .number(-7, isInteger: true), .number(0, isInteger: true), .number(-0.0, isInteger: true),
            .number(123_456_789_012_345, isInteger: true), .number(1_234_567_890_123_456_768, isInteger: true),
            .number(1.5, isInteger: false), .number(2000, isInteger: false),
        ]))
        if case .array(let items) = try parse("[-0]"), case .number(let d, _) = items[0] { #expect(d.sign == .minus) }
    }

    /// The id scan skips a record whose first key is "id" by matching brackets only: brackets
    /// and escaped quotes inside strings must not confuse it, and other records are walked.
    @Test func idScanFindsEachRecordsOwnID() throws {
        let json = #"""
            {"one": [{"id": "a", "x": "}]{[\"", "n": [{"k": [1, {"id": "inner"}]}], "y": "\\"},
                     {"name": "b", "id": "b"}, {"id": "c"}, 5, {}, {"id": "d", "z": {"id": "no"}}],
             "note": {"id": "skipped"}, "two": [{"id": "e"}]}
            """#
        var seen: [String] = []
        try JSONParser.scanIDs(Array(json.utf8)) { collection, index, id in seen.append("\(collection)[\(index)]=\(id ?? "-")") }
        #expect(seen == ["one[0]=a", "one[1]=b", "one[2]=c", "one[3]=-", "one[4]=-", "one[5]=d", "two[0]=e"])
    }

    @Test func idScanReportsAnUnclosedRecordAsTheFullWalkDoes() {
        for json in [#"{"one": [{"id": "a", "x": [1, 2"#, #"{"one": [{"id": "a", "x": {"#] {
            do {
                try JSONParser.scanIDs(Array(json.utf8)) { _, _, _ in }
                Issue.record("accepted \(json)")
            } catch {
                #expect(error.message.contains("unexpected end of file"), "\(error.message)")
                #expect(error.column == json.count + 1, "\(error)")
            }
        }
    }

    @Test func skipsAByteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == .object([]))
    }

    @Test func reportsInvalidUTF8WithItsPosition() {
        let bytes: [UInt8] = Array("{\n \"a\": \"caf".utf8) + [0xE9] + Array("\"}".utf8)
        do {
            _ = try JSONParser.parse(bytes)
            Issue.record("accepted invalid UTF-8")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("invalid UTF-8 byte 0xE9"))
        }
        #expect(JSONParser.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0, "encoded surrogates are invalid")
        #expect(JSONParser.firstInvalidUTF8([0xC0, 0x80]) == 0, "overlong encodings are invalid")
        #expect(JSONParser.firstInvalidUTF8(Array("日本 Türkiye".utf8)) == nil)
    }

    @Test func writerOutputParsesBackToTheSameValue() throws {
        let node = JSONWriter.Node.object([("a", .array([.int(1), .string("x\"\\\u{1}é")])), ("b", .object([("c", .null), ("d", .bool(true))]))])
        let text = JSONWriter.render(node)
        let parsed = try parse(text)
        #expect(parsed == .object([("a", .array([.number(1, isInteger: true), .string("x\"\\\u{1}é")])),
                                   ("b", .object([("c", .null), ("d", .bool(true))]))]))
    }
}
