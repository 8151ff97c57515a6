// Array fields of a record: plain values (texts, ids, years), references checked against
// the data set's definitions, and nested objects with their own readers.

extension RecordReader {
    /// An optional array of plain values (texts, ids, years): each element is handed to
    /// `element` with a way to spell its path that lives only during the call (no allocation
    /// per element).
    mutating func values<T>(_ key: String, required: Bool = false, nonEmpty: Bool = false, _ log: inout ProblemLog,
                            element: (JSONValue, () -> FieldPath, inout ProblemLog) -> T?) -> [T] {
        guard let items = items(key, required: required, nonEmpty: nonEmpty, &log) else { return [] }
        var out: [T] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            if let t = element(item, { self.path.appending(key).appending(index: i) }, &log) { out.append(t) }
        }
        return out
    }

    /// The elements of an optional array field; nil (with a problem when it is required or
    /// not an array) when there are none to read.
    private mutating func items(_ key: String, required: Bool, nonEmpty: Bool, _ log: inout ProblemLog) -> [JSONValue]? {
        guard let v = value(key) else {
            if required && isObject { report(key, "missing required field (expected a\(nonEmpty ? " non-empty" : "n") array)", &log) }
            return nil
        }
        guard case .array(let items) = v else {
            report(key, "expected an array, found \(v.typeDescription)", &log)
            return nil
        }
        if nonEmpty && items.isEmpty { report(key, "expected a non-empty array", &log) }
        return items
    }

    /// An optional array of objects; each element is handed to `element` with a way to spell
    /// its path that its own reader can keep.
    mutating func array<T>(_ key: String, required: Bool = false, nonEmpty: Bool = false, _ log: inout ProblemLog,
                           element: (JSONValue, @escaping () -> FieldPath, inout ProblemLog) -> T?) -> [T] {
        guard let items = items(key, required: required, nonEmpty: nonEmpty, &log) else { return [] }
        var out: [T] = []
        out.reserveCapacity(items.count)
        let makePath = self.makePath
        for (i, item) in items.enumerated() {
            if let t = element(item, { makePath().appending(key).appending(index: i) }, &log) { out.append(t) }
        }
        return out
    }

    mutating func texts(_ key: String, _ log: inout ProblemLog) -> [String] {
        let file = self.file
        return values(key, &log) { v, p, log in Self.text(v, at: p(), file: file, &log) }
    }

    /// An array of ids, each checked against the data set's definitions.
    mutating func references(_ key: String, required: Bool = false, nonEmpty: Bool = false, expecting kinds: [EntityKind],
                             _ definitions: Definitions, _ log: inout ProblemLog) -> [String] {
        let file = self.file
        let ids: [String] = values(key, required: required, nonEmpty: nonEmpty, &log) { v, p, log in
            guard let s = Self.text(v, at: p(), file: file, &log) else { return nil }
            if let problem = definitions.check(s, expecting: kinds) { log.add(file, p().description, problem) }
            return s
        }
        for i in Self.repeats(in: ids) {
            log.add(file, path.appending(key).appending(index: i).description, "\"\(ids[i].inert)\" is listed twice")
        }
        return ids
    }

    /// The positions of ids listed again after their first place. Lists are short; lengths
    /// are compared first (stored, so free), as different ids mostly differ in length and a
    /// full comparison is not.
    static func repeats(in ids: [String]) -> [Int] {
        ids.indices.dropFirst().filter { i in ids[..<i].contains { $0.utf8.count == ids[i].utf8.count && $0 == ids[i] } }
    }
}
