// The quick way through a valid data set: each record is read field by field straight from the
// bytes into the model, with no tree of values, no record paths and no messages (issue 13:
// building and walking the trees was most of a load). It gives up at the first thing it does
// not accept, and the full decoder (DataSetDecoder, over parsed trees) then reads the files
// again and says what is wrong: every message comes from one place. The rules are shared too:
// text, ids, years, dates, suspensions and uncertain ranges go through the full decoder's own
// checks, with a log that only tells whether they complained.
//
// What stays here is the walk: which fields each kind has, which are required, their types.
// QuickDecoderTests holds it to the full decoder: the same data set from every valid file, and a
// refusal for every invalid fixture and for thousands of random edits of valid files.

import NatoText

struct QuickDecoder {
    var dataSet = DataSet()
    /// Every id and its record; a second definition gives up. The catalog takes it as its id
    /// table, so the ids are not hashed again.
    var ids: [String: EntityRef] = [:]
    /// References, checked once every id is known: the id and the kinds it may name.
    var references: [(id: String, kinds: KindSet)] = []
    var isoCodes: Set<String> = []
    var sawInfo = false

    /// Giving up: the full decoder will say why.
    static let giveUp = JSONSyntaxError(line: 0, column: 0, message: "not for the quick decoder")

    /// The data set of `files` and its id table, or nil when anything in them needs the full
    /// decoder.
    static func load(_ files: [DataFile]) -> (dataSet: DataSet, ids: [String: EntityRef])? {
        var decoder = QuickDecoder()
        for file in files {
            guard file.bytes.count <= DataLoader.maximumFileSize else { return nil }
            do {
                try decoder.decodeFile(file.bytes)
            } catch {
                return nil
            }
        }
        for (id, allowed) in decoder.references {
            guard let ref = decoder.ids[id], allowed.contains(ref.kind) else { return nil }
        }
        return (decoder.dataSet, decoder.ids)
    }

    mutating func decodeFile(_ bytes: [UInt8]) throws(JSONSyntaxError) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) in
            var p = try JSONParser.start(buffer)
            guard p.peek(UInt8(ascii: "{")) else { throw Self.giveUp }
            try p.forEachMember { (p: inout JSONParser, key: String, _: KeyPrint) throws(JSONSyntaxError) in
                if key == DataSetInfo.key {
                    try self.info(&p)
                } else if let kind = EntityKind(collection: key), p.peek(UInt8(ascii: "[")) {
                    try p.forEachElement { (p: inout JSONParser, _: Int) throws(JSONSyntaxError) in try self.record(kind, &p) }
                } else {
                    throw Self.giveUp
                }
            }
            try p.finishDocument()
        }
    }

    /// `"dataset": {"checked": "YYYY-MM-DD"}`, once in a data set.
    mutating func info(_ p: inout JSONParser) throws(JSONSyntaxError) {
        guard !sawInfo else { throw Self.giveUp }
        sawInfo = true
        var checked: PartialDate?
        try Self.fields(&p) { (p: inout JSONParser, key: KeyPrint) throws(JSONSyntaxError) in
            guard key == Key.checked, let date = PartialDate(try Self.text(&p)), date.day != nil else { return false }
            checked = date
            return true
        }
        guard let checked else { throw Self.giveUp }
        dataSet.checked = checked
    }

    /// Notes which kinds a reference list may name, to check once every id is known.
    mutating func refer(_ ids: [String], to allowed: KindSet) {
        for id in ids { references.append((id, allowed)) }
    }

    /// A new id of `kind`, for the record about to be appended; a second definition gives up.
    mutating func define(_ id: String, _ kind: EntityKind) throws(JSONSyntaxError) {
        guard ids.updateValue(EntityRef(kind, dataSet.count(of: kind)), forKey: id) == nil else { throw Self.giveUp }
    }
}

/// A set of entity kinds, one bit each.
struct KindSet {
    var bits: UInt16

    init(_ kinds: [EntityKind]) {
        bits = 0
        for kind in kinds { bits |= 1 << UInt16(kind.ordinal) }
    }

    func contains(_ kind: EntityKind) -> Bool { bits & (1 << UInt16(kind.ordinal)) != 0 }

    static let any = KindSet(EntityKind.allCases)
    static let source = KindSet([.source])
    static let area = KindSet([.area])
    static let country = KindSet([.country])
    static let framework = KindSet([.framework])
}

// MARK: Values

extension QuickDecoder {
    /// Walks the object at `p`; `field` reads the value of each key it knows and returns false
    /// for one it does not (an unknown field gives up).
    static func fields(_ p: inout JSONParser, _ field: (inout JSONParser, KeyPrint) throws(JSONSyntaxError) -> Bool) throws(JSONSyntaxError) {
        guard p.peek(UInt8(ascii: "{")) else { throw giveUp }
        try p.forEachMember { (p: inout JSONParser, _: String, key: KeyPrint) throws(JSONSyntaxError) in
            guard try field(&p, key) else { throw giveUp }
        }
    }

    /// Each element of the array at `p`.
    static func elements(_ p: inout JSONParser, _ element: (inout JSONParser) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
        guard p.peek(UInt8(ascii: "[")) else { throw giveUp }
        try p.forEachElement { (p: inout JSONParser, _: Int) throws(JSONSyntaxError) in try element(&p) }
    }

    /// A string that passes the full decoder's text rules. Most texts are printable ASCII
    /// without escapes, which those rules always accept: their bytes are scanned where they
    /// lie, and only other texts go through the rules themselves.
    static func text(_ p: inout JSONParser) throws(JSONSyntaxError) -> String {
        guard p.peek(UInt8(ascii: "\"")) else { throw giveUp }
        let start = p.index + 1
        let end = p.nextStringStop(from: start)
        if end < p.bytes.count, p.bytes[end] == UInt8(ascii: "\"") {
            let raw = UnsafeBufferPointer(rebasing: p.bytes[start..<end])
            let scan = TextScan(raw)
            if scan.visibleASCII && !scan.nonASCII && !scan.asciiControl {
                p.index = end + 1
                return String(decoding: raw, as: UTF8.self)
            }
        }
        var log = ProblemLog()
        guard let s = RecordReader.text(.string(try p.parseString()), at: FieldPath(record: "", field: ""), file: "", &log) else { throw giveUp }
        return s
    }

    static func texts(_ p: inout JSONParser) throws(JSONSyntaxError) -> [String] {
        var out: [String] = []
        try elements(&p) { (p: inout JSONParser) throws(JSONSyntaxError) in out.append(try text(&p)) }
        return out
    }

    /// A record's id: text that is a slug.
    static func id(_ p: inout JSONParser) throws(JSONSyntaxError) -> String {
        let s = try text(&p)
        guard RecordReader.isSlug(s) else { throw giveUp }
        return s
    }

    /// One of an enumeration's values (no text rules: the value itself is checked).
    static func choice<E: RawRepresentable>(_ p: inout JSONParser, _: E.Type) throws(JSONSyntaxError) -> E where E.RawValue == String {
        guard p.peek(UInt8(ascii: "\"")), let e = E(rawValue: try p.parseString()) else { throw giveUp }
        return e
    }

    static func word(_ p: inout JSONParser, among options: [String]) throws(JSONSyntaxError) -> String {
        let s = try text(&p)
        guard options.contains(s) else { throw giveUp }
        return s
    }

    static func bool(_ p: inout JSONParser) throws(JSONSyntaxError) -> Bool {
        if p.peek(UInt8(ascii: "t")) { try p.expectWord("true"); return true }
        if p.peek(UInt8(ascii: "f")) { try p.expectWord("false"); return false }
        throw giveUp
    }

    /// A year, by the full decoder's rule; `null` only where `allowNull` says (then nil).
    static func year(_ p: inout JSONParser, allowNull: Bool = false) throws(JSONSyntaxError) -> Int? {
        if allowNull && p.peek(UInt8(ascii: "n")) {
            try p.expectWord("null")
            return nil
        }
        guard p.peek(UInt8(ascii: "-")) || (p.index < p.bytes.count && p.isDigit(p.bytes[p.index])) else { throw giveUp }
        var log = ProblemLog()
        guard let year = RecordReader.year(try p.parseNumber(), at: FieldPath(record: "", field: ""), file: "", &log) else { throw giveUp }
        return year
    }

    static func years(_ p: inout JSONParser) throws(JSONSyntaxError) -> [Int] {
        var out: [Int] = []
        try elements(&p) { (p: inout JSONParser) throws(JSONSyntaxError) in
            guard let year = try year(&p) else { throw giveUp }
            out.append(year)
        }
        return out
    }

    /// A list of ids (text, none twice), checked against `allowed` once every id is known.
    mutating func ids(_ p: inout JSONParser, _ allowed: KindSet) throws(JSONSyntaxError) -> [String] {
        let ids = try Self.texts(&p)
        guard RecordReader.repeats(in: ids).isEmpty else { throw Self.giveUp }
        refer(ids, to: allowed)
        return ids
    }

    /// A required list of ids that must not be empty.
    mutating func sources(_ p: inout JSONParser) throws(JSONSyntaxError) -> [String] {
        let ids = try ids(&p, .source)
        guard !ids.isEmpty else { throw Self.giveUp }
        return ids
    }
}

/// The field names, as fingerprints.
enum Key {
    static let id = KeyPrint("id"), notes = KeyPrint("notes"), links = KeyPrint("links"), name = KeyPrint("name")
    static let title = KeyPrint("title"), kind = KeyPrint("kind"), url = KeyPrint("url"), publisher = KeyPrint("publisher")
    static let file = KeyPrint("file"), abbreviation = KeyPrint("abbreviation"), membersComplete = KeyPrint("membersComplete")
    static let alliesExcluded = KeyPrint("alliesExcluded"), founded = KeyPrint("founded"), ended = KeyPrint("ended")
    static let region = KeyPrint("region"), purpose = KeyPrint("purpose"), summary = KeyPrint("summary"), areas = KeyPrint("areas")
    static let sections = KeyPrint("sections"), sources = KeyPrint("sources"), iso = KeyPrint("iso"), accession = KeyPrint("accession")
    static let memberships = KeyPrint("memberships"), date = KeyPrint("date"), countries = KeyPrint("countries")
    static let frameworks = KeyPrint("frameworks"), uncertain = KeyPrint("uncertain"), years = KeyPrint("years")
    static let claimedBy = KeyPrint("claimedBy"), claim = KeyPrint("claim"), correction = KeyPrint("correction")
    static let paragraphs = KeyPrint("paragraphs"), bullets = KeyPrint("bullets"), framework = KeyPrint("framework")
    static let joined = KeyPrint("joined"), status = KeyPrint("status"), until = KeyPrint("until"), remark = KeyPrint("remark")
    static let suspendedFrom = KeyPrint("suspendedFrom"), suspendedUntil = KeyPrint("suspendedUntil")
    static let from = KeyPrint("from"), to = KeyPrint("to"), note = KeyPrint("note"), checked = KeyPrint("checked")
}
