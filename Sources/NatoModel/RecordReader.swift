// Reads the fields of one JSON object into typed values, recording a problem (with the
// record's path) for every missing, mistyped, invalid or unknown field instead of stopping
// at the first one. Paths are only spelled out when there is a problem to report: building
// them for every field made loading a large data set several times slower.
import NatoText

struct ProblemLog {
    var problems: [DataProblem] = []
    mutating func add(_ file: String, _ location: String, _ message: String) {
        problems.append(DataProblem(file: file, location: location, message: message))
    }
}

/// Where a value sits: the record (`countries[12] "israel"`) and the field path below it.
struct FieldPath {
    var record: String
    var field: String

    var description: String { field.isEmpty ? record : record + " ." + field }

    func appending(_ key: String) -> FieldPath {
        FieldPath(record: record, field: field.isEmpty ? key : field + "." + key)
    }

    func appending(index: Int) -> FieldPath {
        FieldPath(record: record, field: field + "[\(index)]")
    }
}

/// The ids of the whole data set, known before any record is decoded, so that references
/// are checked as they are read.
struct Definitions {
    /// Where an id is (first) defined: its kind for reference checks, its file and position
    /// for duplicate-id messages.
    struct Entry {
        var kind: EntityKind
        var file: String
        var index: Int
    }

    var entries: [String: Entry] = [:]

    /// nil when the reference is fine; otherwise the message.
    func check(_ id: String, expecting expected: [EntityKind]) -> String? {
        if let kind = entries[id]?.kind {
            return expected.contains(kind) ? nil : "\"\(id)\" is a \(kind.label); expected \(Self.describe(expected))"
        }
        var message = "unknown id \"\(id.inert)\"; expected \(Self.describe(expected))"
        let candidates = entries.lazy.filter { expected.contains($0.value.kind) }.map(\.key)
        if let near = Suggest.nearest(to: id, among: candidates) { message += " (did you mean \"\(near)\"?)" }
        return message
    }

    static func describe(_ kinds: [EntityKind]) -> String {
        if kinds.count == EntityKind.allCases.count { return "the id of any record" }
        return "the id of a " + kinds.map(\.label).joined(separator: " or ")
    }
}

struct RecordReader {
    let file: String
    let makePath: () -> FieldPath
    private let members: [(key: String, value: JSONValue)]
    private var usedMask: UInt64 = 0
    private var usedOverflow: Set<Int> = []
    private var asked: [String] = []
    /// Where the next field search starts (see `value`).
    private var cursor = 0
    let isObject: Bool

    /// `path` is evaluated only when a problem is reported.
    init(file: String, path: @escaping () -> FieldPath, value: JSONValue, log: inout ProblemLog) {
        self.file = file
        self.makePath = path
        if case .object(let m) = value {
            members = m
            isObject = true
            asked.reserveCapacity(16)  // one allocation, not one per doubling
        } else {
            members = []
            isObject = false
            log.add(file, path().description, "expected an object, found \(value.typeDescription)")
        }
    }

    var path: FieldPath { makePath() }

    mutating func value(_ key: String) -> JSONValue? {
        asked.append(key)
        // The decoders ask for fields mostly in the order files write them, so the search
        // starts after the last field found: usually the first comparison is the hit.
        let n = members.count
        var i = cursor
        for _ in 0..<n {
            if i >= n { i = 0 }
            if members[i].key == key {
                if i < 64 { usedMask |= 1 << UInt64(i) } else { usedOverflow.insert(i) }
                cursor = i + 1
                return members[i].value
            }
            i += 1
        }
        return nil
    }

    func report(_ key: String, _ message: String, _ log: inout ProblemLog) {
        log.add(file, path.appending(key).description, message)
    }

    // MARK: Scalars

    /// A text field: a string that is not blank and holds no control characters.
    /// `null` is no way to leave out an optional text: docs/DATA.md allows it for `joined` only.
    mutating func text(_ key: String, required: Bool = true, _ log: inout ProblemLog) -> String? {
        guard let v = value(key) else {
            if required && isObject { report(key, "missing required field (expected a non-empty string)", &log) }
            return nil
        }
        if v == .null && !required {
            report(key, "expected a non-empty string, found null (leave the field out when there is nothing to say)", &log)
            return nil
        }
        return Self.text(v, at: self.path.appending(key), file: file, &log)
    }

    static func text(_ v: JSONValue, at path: @autoclosure () -> FieldPath, file: String, _ log: inout ProblemLog) -> String? {
        guard case .string(let s) = v else {
            log.add(file, path().description, "expected a non-empty string, found \(v.typeDescription)")
            return nil
        }
        // One byte scan answers for ASCII text; the Unicode-aware checks run only on text
        // with non-ASCII bytes.
        let scan = TextScan(s)
        if !scan.visibleASCII && (!scan.nonASCII || s.allSatisfy(\.isWhitespace)) {
            log.add(file, path().description, "expected a non-empty string, found an empty one")
            return nil
        }
        if scan.asciiControl || (scan.nonASCII && s.hasUnsafeCharacters) {
            log.add(file, path().description, "control characters are not allowed in text (found in \"\(TextLayout.truncate(s.inert, width: 40))\")")
            return nil
        }
        if scan.nonASCII, let problem = invisibleTextProblem(s) {
            log.add(file, path().description, problem)
            return nil
        }
        return s
    }

    mutating func id(_ log: inout ProblemLog) -> String? {
        guard let s = text("id", &log) else { return nil }
        guard Self.isSlug(s) else {
            report("id", "expected a slug of lowercase letters, digits and single hyphens, found \"\(s.inert)\"", &log)
            return nil
        }
        return s
    }

    /// One pass over the bytes (String.contains(String) went through generic string
    /// processing and its dynamic casts, on every id of a data set).
    static func isSlug(_ s: String) -> Bool {
        if let answer = s.utf8.withContiguousStorageIfAvailable({ slugBytes($0) }) { return answer }
        return Array(s.utf8).withUnsafeBufferPointer { slugBytes($0) }
    }

    private static func slugBytes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !utf8.isEmpty, utf8.count <= 80, utf8.first != 0x2D, utf8.last != 0x2D else { return false }
        var previous: UInt8 = 0
        for b in utf8 {
            guard (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D else { return false }
            if b == 0x2D && previous == 0x2D { return false }
            previous = b
        }
        return true
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, _ log: inout ProblemLog) -> E? where E.RawValue == String {
        func options() -> String { E.allCases.map { "'\($0.rawValue)'" }.joined(separator: " or ") }
        guard let v = value(key) else {
            if isObject { report(key, "missing required field (expected \(options()))", &log) }
            return nil
        }
        guard case .string(let s) = v, let e = E(rawValue: s) else {
            let found: String
            if case .string(let s) = v { found = "\"\(s.inert)\"" } else { found = v.typeDescription }
            report(key, "expected \(options()), found \(found)", &log)
            return nil
        }
        return e
    }

    /// A required `true` or `false`.
    mutating func bool(_ key: String, _ log: inout ProblemLog) -> Bool? {
        guard let v = value(key) else {
            if isObject { report(key, "missing required field (expected true or false)", &log) }
            return nil
        }
        guard case .bool(let b) = v else {
            report(key, "expected true or false, found \(v.typeDescription)", &log)
            return nil
        }
        return b
    }

    /// An optional nested object, read by `body` with its own reader and path.
    mutating func object<T>(_ key: String, _ log: inout ProblemLog, _ body: (inout RecordReader, inout ProblemLog) -> T?) -> T? {
        guard let v = value(key) else { return nil }
        let p = self.path.appending(key)
        var r = RecordReader(file: file, path: { p }, value: v, log: &log)
        guard r.isObject else { return nil }
        let t = body(&r, &log)
        r.finish(&log)
        return t
    }

    /// A text field restricted to a list of values.
    mutating func word(_ key: String, among options: [String], _ log: inout ProblemLog) -> String? {
        guard let s = text(key, &log) else { return nil }
        guard options.contains(s) else {
            report(key, "expected one of \(options.map { "'\($0)'" }.joined(separator: ", ")), found \"\(s.inert)\"", &log)
            return nil
        }
        return s
    }

    /// A year: a whole number in 1900...2100. `present` tells whether the key was there at all.
    mutating func year(_ key: String, required: Bool, allowNull: Bool = false, _ log: inout ProblemLog) -> (value: Int?, present: Bool) {
        guard let v = value(key) else {
            if required && isObject { report(key, "missing required field (expected a year\(allowNull ? " or null" : ""))", &log) }
            return (nil, false)
        }
        if v == .null {
            if !allowNull { report(key, "expected a year, found null", &log) }
            return (nil, true)
        }
        return (Self.year(v, at: self.path.appending(key), file: file, &log), true)
    }

    static func year(_ v: JSONValue, at path: @autoclosure () -> FieldPath, file: String, _ log: inout ProblemLog) -> Int? {
        guard case .number(let d, let isInteger) = v, isInteger else {
            log.add(file, path().description, "expected a year (a whole number), found \(v.typeDescription)")
            return nil
        }
        guard d >= Double(PartialDate.years.lowerBound), d <= Double(PartialDate.years.upperBound) else {
            let shown = d < 1e15 && d > -1e15 ? String(Int(d)) : "out of range"
            log.add(file, path().description, "year \(shown) is outside \(PartialDate.years.lowerBound)...\(PartialDate.years.upperBound)")
            return nil
        }
        return Int(d)
    }

    /// Reports every key of the object that no reader asked for: typos must not pass silently.
    func finish(_ log: inout ProblemLog) {
        for (i, member) in members.enumerated() {
            let used = i < 64 ? usedMask & (1 << UInt64(i)) != 0 : usedOverflow.contains(i)
            if !used {
                let allowed = Array(Set(asked)).sorted().joined(separator: ", ")
                log.add(file, path.appending(member.key).description, "unknown field; expected one of: \(allowed)")
            }
        }
    }
}
