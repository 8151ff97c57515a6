// Reads the fields of one JSON object into typed values, recording a problem (with the
// record's path) for every missing, mistyped, invalid or unknown field instead of stopping
// at the first one.
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

struct RecordReader {
    let file: String
    let path: FieldPath
    private let members: [(key: String, value: JSONValue)]
    private var used: Set<String> = []
    let isObject: Bool

    init(file: String, path: FieldPath, value: JSONValue, log: inout ProblemLog) {
        self.file = file
        self.path = path
        if case .object(let m) = value {
            members = m
            isObject = true
        } else {
            members = []
            isObject = false
            log.add(file, path.description, "expected an object, found \(value.typeDescription)")
        }
    }

    private mutating func value(_ key: String) -> JSONValue? {
        used.insert(key)
        return members.first(where: { $0.key == key })?.value
    }

    private func report(_ key: String, _ message: String, _ log: inout ProblemLog) {
        log.add(file, path.appending(key).description, message)
    }

    // MARK: Scalars

    /// A text field: a string that is not blank and holds no control characters.
    mutating func text(_ key: String, required: Bool = true, _ log: inout ProblemLog) -> String? {
        guard let v = value(key), v != .null || required else {
            if required && isObject { report(key, "missing required field (expected a non-empty string)", &log) }
            return nil
        }
        return Self.text(v, at: path.appending(key), file: file, &log)
    }

    static func text(_ v: JSONValue, at path: FieldPath, file: String, _ log: inout ProblemLog) -> String? {
        guard case .string(let s) = v else {
            log.add(file, path.description, "expected a non-empty string, found \(v.typeDescription)")
            return nil
        }
        if s.allSatisfy({ $0.isWhitespace }) {
            log.add(file, path.description, "expected a non-empty string, found an empty one")
            return nil
        }
        if s.hasUnsafeCharacters {
            log.add(file, path.description, "control characters are not allowed in text (found in \"\(TextLayout.truncate(s.inert, width: 40))\")")
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

    static func isSlug(_ s: String) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 80, s.first != "-", s.last != "-", !s.contains("--") else { return false }
        return s.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, _ log: inout ProblemLog) -> E? where E.RawValue == String {
        let options = E.allCases.map { "'\($0.rawValue)'" }.joined(separator: " or ")
        guard let v = value(key) else {
            if isObject { report(key, "missing required field (expected \(options))", &log) }
            return nil
        }
        guard case .string(let s) = v, let e = E(rawValue: s) else {
            let found: String
            if case .string(let s) = v { found = "\"\(s.inert)\"" } else { found = v.typeDescription }
            report(key, "expected \(options), found \(found)", &log)
            return nil
        }
        return e
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
        return (Self.year(v, at: path.appending(key), file: file, &log), true)
    }

    static func year(_ v: JSONValue, at path: FieldPath, file: String, _ log: inout ProblemLog) -> Int? {
        guard case .number(let d, let isInteger) = v, isInteger else {
            log.add(file, path.description, "expected a year (a whole number), found \(v.typeDescription)")
            return nil
        }
        guard d >= Double(PartialDate.years.lowerBound), d <= Double(PartialDate.years.upperBound) else {
            log.add(file, path.description, "year \(d < 1e15 && d > -1e15 ? String(Int(d)) : "out of range") is outside \(PartialDate.years.lowerBound)...\(PartialDate.years.upperBound)")
            return nil
        }
        return Int(d)
    }

    // MARK: Arrays

    /// An optional array; each element is handed to `element` with its path.
    mutating func array<T>(_ key: String, required: Bool = false, nonEmpty: Bool = false, _ log: inout ProblemLog,
                           element: (JSONValue, FieldPath, inout ProblemLog) -> T?) -> [T] {
        guard let v = value(key) else {
            if required && isObject { report(key, "missing required field (expected a\(nonEmpty ? " non-empty" : "n") array)", &log) }
            return []
        }
        guard case .array(let items) = v else {
            report(key, "expected an array, found \(v.typeDescription)", &log)
            return []
        }
        if nonEmpty && items.isEmpty { report(key, "expected a non-empty array", &log) }
        var out: [T] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            if let t = element(item, path.appending(key).appending(index: i), &log) { out.append(t) }
        }
        return out
    }

    mutating func texts(_ key: String, _ log: inout ProblemLog) -> [String] {
        let file = self.file
        return array(key, &log) { v, p, log in Self.text(v, at: p, file: file, &log) }
    }

    /// An array of ids; references are checked later, once every file is read.
    mutating func references(_ key: String, required: Bool = false, nonEmpty: Bool = false, expecting kinds: [EntityKind],
                             into refs: inout [PendingReference], _ log: inout ProblemLog) -> [String] {
        let file = self.file
        var pending: [PendingReference] = []
        let ids: [String] = array(key, required: required, nonEmpty: nonEmpty, &log) { v, p, log in
            guard let s = Self.text(v, at: p, file: file, &log) else { return nil }
            pending.append(PendingReference(file: file, path: p.description, id: s, kinds: kinds))
            return s
        }
        refs.append(contentsOf: pending)
        var seen = Set<String>()
        for (i, id) in ids.enumerated() where !seen.insert(id).inserted {
            log.add(file, path.appending(key).appending(index: i).description, "\"\(id.inert)\" is listed twice")
        }
        return ids
    }

    /// Reports every key of the object that no reader asked for: typos must not pass silently.
    func finish(_ log: inout ProblemLog) {
        let allowed = used.sorted().joined(separator: ", ")
        for (key, _) in members where !used.contains(key) {
            log.add(file, path.appending(key).description, "unknown field; expected one of: \(allowed)")
        }
    }
}

/// A reference to resolve once every record of every file is known.
struct PendingReference {
    var file: String
    var path: String
    var id: String
    var kinds: [EntityKind]
}
