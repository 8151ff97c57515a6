import Foundation
import Testing
import NatoData
@testable import NatoModel

/// The quick decoder (straight from bytes, no messages) must accept exactly what the full
/// decoder accepts and build the same data set: every fixture, the built-in set, and random
/// edits of valid files (a field dropped, a value of another type, an id of another kind, a
/// year moved, an unknown key, a list item doubled).
@Suite("Quick decoder agrees with the full decoder")
struct QuickDecoderTests {
    /// The full decoder's verdict: the data set, or nil when it reports problems.
    static func full(_ files: [DataFile]) -> DataSet? {
        switch DataLoader.loadStreaming(files) {
        case .success(let catalog): return catalog.data
        case .failure: return nil
        }
    }

    @Test func everyFixtureAndTheBuiltinSet() throws {
        var accepted = 0
        for (name, files) in try LoadModesTests.cases() {
            let quick = QuickDecoder.load(files)?.dataSet
            let full = Self.full(files)
            let same = quick == full
            #expect(same, "\(name): quick \(quick == nil ? "refused" : "accepted"), full \(full == nil ? "refused" : "accepted")")
            if quick != nil { accepted += 1 }
        }
        #expect(accepted >= 5, "the valid fixtures and the built-in set must take the quick way")
        #expect(QuickDecoder.load(BuiltinData.files) != nil)
    }

    @Test(arguments: [("valid/minimal.json", 1_500), ("split", 300), ("built-in", 40)])
    func randomEditsAreJudgedAlike(fixture: String, edits: Int) throws {
        let files = fixture == "built-in" ? BuiltinData.files : try DataLoader.read(paths: [Fixtures.path(fixture)]).get()
        let trees = try files.map { try JSONParser.parse($0.bytes) }
        // NATOSCOPE_FUZZ_SCALE=N runs N times as many edits from another seed (a deeper look
        // before a change lands); the default is what CI runs.
        let scale = ProcessInfo.processInfo.environment["NATOSCOPE_FUZZ_SCALE"].flatMap { Int($0) } ?? 1
        let edits = edits * max(1, scale)
        var rng = SplitMix64(seed: 0x5eed_0013 &+ UInt64(scale))
        var outcomes = (accepted: 0, refused: 0)
        for round in 0..<edits {
            var edited = trees
            let f = Int.random(in: 0..<edited.count, using: &rng)
            let strings = Self.strings(in: edited[f])
            for _ in 0...Int.random(in: 0...1, using: &rng) { edited[f] = Self.edit(edited[f], &rng, strings: strings) }
            var editedFiles = files
            editedFiles[f].bytes = Array(Self.write(edited[f]).utf8)
            let quick = QuickDecoder.load(editedFiles)?.dataSet
            let full = Self.full(editedFiles)
            if full == nil { outcomes.refused += 1 } else { outcomes.accepted += 1 }
            if quick != full {
                Issue.record("round \(round): quick \(quick == nil ? "refused" : "accepted"), full \(full == nil ? "refused" : "accepted"):\n\(Self.write(edited[f]))")
                return
            }
        }
        // Both verdicts come up often enough for the comparison to mean something.
        #expect(outcomes.accepted >= edits / 20 && outcomes.refused > edits / 4, "\(outcomes)")
    }

    // MARK: Edits

    static func strings(in v: JSONValue) -> [String] {
        switch v {
        case .string(let s): return [s]
        case .array(let items): return items.flatMap(strings)
        case .object(let members): return members.flatMap { strings(in: $0.value) }
        default: return []
        }
    }

    /// One random edit somewhere in `v`.
    static func edit(_ v: JSONValue, _ rng: inout SplitMix64, strings: [String]) -> JSONValue {
        var count = 0
        countNodes(v, &count)
        var target = Int.random(in: 0..<count, using: &rng)
        return edit(v, &target, &rng, strings)
    }

    static func countNodes(_ v: JSONValue, _ n: inout Int) {
        n += 1
        switch v {
        case .array(let items): for item in items { countNodes(item, &n) }
        case .object(let members): for m in members { countNodes(m.value, &n) }
        default: break
        }
    }

    static func edit(_ v: JSONValue, _ target: inout Int, _ rng: inout SplitMix64, _ strings: [String]) -> JSONValue {
        if target == 0 {
            target = -1
            return mutate(v, &rng, strings)
        }
        target -= 1
        switch v {
        case .array(let items): return .array(items.map { edit($0, &target, &rng, strings) })
        case .object(let members): return .object(members.map { ($0.key, edit($0.value, &target, &rng, strings)) })
        default: return v
        }
    }

    static func mutate(_ v: JSONValue, _ rng: inout SplitMix64, _ strings: [String]) -> JSONValue {
        let other = strings.randomElement(using: &rng) ?? "x"
        switch (v, Int.random(in: 0..<6, using: &rng)) {
        case (.object(var members), 0...2) where !members.isEmpty:
            let i = Int.random(in: 0..<members.count, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: members.remove(at: i)
            case 1: members.append(("note" + String(i), .string(other)))
            default: members[i].value = .null
            }
            return .object(members)
        case (.array(var items), 0...2) where !items.isEmpty:
            let i = Int.random(in: 0..<items.count, using: &rng)
            if Int.random(in: 0..<2, using: &rng) == 0 { items.append(items[i]) } else { items.remove(at: i) }
            return .array(items)
        case (.number(let d, _), 0...3):
            return .number(d + Double(Int.random(in: -60...60, using: &rng)), isInteger: true)
        case (.string, 0...3):
            return .string(other)
        default:
            let choices: [JSONValue] = [.null, .bool(true), .number(1995, isInteger: true), .number(1995.5, isInteger: false), .string(""),
                                        .string(other), .array([]), .array([.string(other)]), .object([])]
            return choices[Int.random(in: 0..<choices.count, using: &rng)]
        }
    }

    static func write(_ v: JSONValue) -> String {
        var out = ""
        write(v, &out)
        return out
    }

    static func write(_ v: JSONValue, _ out: inout String) {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let d, let isInteger): out += isInteger ? String(Int(d)) : String(d)
        case .string(let s): JSONWriter.quote(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                write(item, &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, m) in members.enumerated() {
                if i > 0 { out += "," }
                JSONWriter.quote(m.key, into: &out)
                out += ":"
                write(m.value, &out)
            }
            out += "}"
        }
    }
}
