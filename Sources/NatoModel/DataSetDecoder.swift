// Turns parsed JSON files into a DataSet, collecting every problem with its file and
import NatoText
// record path. References between records are checked afterwards by DataSetValidator.

struct DataSetDecoder {
    var dataSet = DataSet()
    var log = ProblemLog()
    /// Every id of the data set and its kind, gathered before decoding (`register`).
    var definitions = Definitions()
    /// Where `dataset` was first given: it may appear in one file only.
    var infoFile: String?
    /// Which country record first used each ISO code, for duplicate-code messages.
    /// The file and the way to spell the record's path: the path is spelled only for a
    /// duplicate (spelling it for every country cost more than the rest of the record).
    var isoOwners: [String: (file: String, index: Int, id: String?)] = [:]
    /// The record being decoded: its position and its "id" as written (for paths).
    var current: (index: Int, id: String?) = (0, nil)
    /// Computed once: `allCases` builds a new array at every use.
    private static let anyKind = EntityKind.allCases

    /// First pass: note every record's id, so references can be checked while decoding, and
    /// report ids used twice.
    mutating func register(file: String, collection: String, index: Int, id: String?) {
        guard let kind = EntityKind(collection: collection), let id else { return }
        // One hash of the id when it is new (the usual case); the first definition is put
        // back when it was not.
        let definition = Definitions.Entry(kind: kind, file: file, index: index)
        if let first = definitions.entries.updateValue(definition, forKey: id) {
            definitions.entries[id] = first
            log.add(file, "\(kind.collection)[\(index)] \"\(TextLayout.truncate(id.inert, width: 40))\" .id",
                    "duplicate id \"\(id.inert)\": already used by the \(first.kind.label) at \(first.file): \(first.kind.collection)[\(first.index)]")
        }
    }

    /// Second pass: decode what the streaming parser hands out, one record at a time.
    mutating func decode(file: String, event: JSONParser.StreamEvent) {
        switch event {
        case .root(let root):
            log.add(file, "", "expected a JSON object with collections (\(EntityKind.allCases.map(\.collection).joined(separator: ", "))), found \(root.typeDescription)")
        case .member(let key, let value):
            if key == DataSetInfo.key {
                decodeInfo(file: file, value: value)
            } else if EntityKind(collection: key) == nil {
                reportUnknownCollection(file: file, key)
            } else {
                log.add(file, key, "expected an array of records, found \(value.typeDescription)")
            }
        case .collection(let key):
            if key == DataSetInfo.key {
                log.add(file, key, "expected an object such as {\"checked\": \"YYYY-MM-DD\"}, found an array")
            } else if EntityKind(collection: key) == nil {
                reportUnknownCollection(file: file, key)
            }
        case .element(let key, let index, let value):
            if let kind = EntityKind(collection: key) { decodeRecord(kind, file: file, index: index, value: value) }
        }
    }

    private mutating func reportUnknownCollection(file: String, _ key: String) {
        log.add(file, key.inert, "unknown collection; expected one of: \(EntityKind.allCases.map(\.collection).joined(separator: ", ")) (or \"\(DataSetInfo.key)\")")
    }

    private mutating func decodeRecord(_ kind: EntityKind, file: String, index: Int, value: JSONValue) {
        var rawID: String?
        if case .object(let m) = value, let idValue = m.first(where: { $0.key == "id" })?.value, case .string(let id) = idValue { rawID = id }
        current = (index, rawID)
        let path = { Self.recordPath(kind, index: index, id: rawID) }
        var r = RecordReader(file: file, path: path, value: value, log: &log)
        guard r.isObject else { return }
        let id = r.id(&log)
        let common = readCommon(&r, id: id)
        switch kind {
        case .source: decodeSource(&r, common)
        case .framework: decodeFramework(&r, common)
        case .country: decodeCountry(&r, common)
        case .area: decodeArea(&r, common)
        case .milestone: decodeMilestone(&r, common)
        case .institution, .exercise, .organization: decodeBody(&r, common, kind)
        }
        r.finish(&log)
    }

    /// A space in the text, looked for in its contiguous bytes (iterating a String's UTF8View
    /// byte by byte cost thousands of instructions per address).
    static func hasSpace(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { $0.contains(0x20) } ?? s.utf8.contains(0x20)
    }

    /// `countries[12] "israel"`: where a record sits, as messages spell it.
    static func recordPath(_ kind: EntityKind, index: Int, id: String?) -> FieldPath {
        var label = "\(kind.collection)[\(index)]"
        if let id { label += " \"\(TextLayout.truncate(id.inert, width: 40))\"" }
        return FieldPath(record: label, field: "")
    }

    // MARK: Shared parts

    private mutating func readCommon(_ r: inout RecordReader, id: String?) -> RecordCommon? {
        let file = r.file
        let definitions = self.definitions
        let notes: [Note] = r.array("notes", &log) { v, p, log in
            Self.note(v, at: p, file: file, definitions, &log)
        }
        let links = r.references("links", expecting: Self.anyKind, definitions, &log)
        if let id, links.contains(id) {
            log.add(file, r.path.appending("links").description, "a record cannot link to itself")
        }
        guard let id else { return nil }
        return RecordCommon(id: id, notes: notes, links: links)
    }

    /// `p` spells the note's path only when there is a problem to report.
    private static func note(_ v: JSONValue, at p: @escaping () -> FieldPath, file: String, _ definitions: Definitions, _ log: inout ProblemLog) -> Note? {
        var r = RecordReader(file: file, path: p, value: v, log: &log)
        guard r.isObject else { return nil }
        let kind = r.choice("kind", Note.Kind.self, &log)
        let claimedBy = r.references("claimedBy", required: true, nonEmpty: true, expecting: [.source], definitions, &log)
        let claim = r.text("claim", &log)
        let correction = r.text("correction", &log)
        let sources = r.references("sources", required: true, nonEmpty: true, expecting: [.source], definitions, &log)
        r.finish(&log)
        guard let kind, let claim, let correction, !claimedBy.isEmpty, !sources.isEmpty else { return nil }
        return Note(kind: kind, claimedBy: claimedBy, claim: claim, correction: correction, sources: sources)
    }

    private mutating func sections(_ r: inout RecordReader) -> [Section] {
        let file = r.file
        return r.array("sections", &log) { v, p, log in
            var s = RecordReader(file: file, path: p, value: v, log: &log)
            guard s.isObject else { return nil }
            let title = s.text("title", &log)
            let paragraphs = s.texts("paragraphs", &log)
            let bullets = s.texts("bullets", &log)
            s.finish(&log)
            if paragraphs.isEmpty && bullets.isEmpty {
                log.add(file, p().description, "a section needs a non-empty 'paragraphs' or 'bullets' array")
            }
            guard let title else { return nil }
            return Section(title: title, paragraphs: paragraphs, bullets: bullets)
        }
    }

    private mutating func sources(_ r: inout RecordReader) -> [String] {
        r.references("sources", required: true, nonEmpty: true, expecting: [.source], definitions, &log)
    }

    // MARK: Kinds

    private mutating func decodeSource(_ r: inout RecordReader, _ common: RecordCommon?) {
        let title = r.text("title", &log)
        let kind = r.choice("kind", Source.Kind.self, &log)
        let url = r.text("url", required: false, &log)
        if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) || Self.hasSpace(url) {
            log.add(r.file, r.path.appending("url").description, "expected an http:// or https:// address without spaces")
        }
        let publisher = r.text("publisher", required: false, &log)
        let file = r.text("file", required: false, &log)
        guard let common, let title, let kind else { return }
        dataSet.sources.append(Source(common: common, title: title, kind: kind, url: url, publisher: publisher, file: file))
    }

    private mutating func decodeFramework(_ r: inout RecordReader, _ common: RecordCommon?) {
        let name = r.text("name", &log)
        let abbreviation = r.text("abbreviation", required: false, &log)
        let membersComplete = r.bool("membersComplete", &log)
        let alliesExcluded = r.bool("alliesExcluded", &log)
        let kind = r.word("kind", among: Framework.kinds, &log)
        let founded = r.year("founded", required: true, &log).value
        let ended = r.year("ended", required: false, &log).value
        if let founded, let ended, ended < founded {
            log.add(r.file, r.path.appending("ended").description, "ends (\(ended)) before it was founded (\(founded))")
        }
        let region = r.text("region", &log)
        let purpose = r.text("purpose", &log)
        let summary = r.text("summary", &log)
        let areas = r.references("areas", expecting: [.area], definitions, &log)
        let sections = sections(&r)
        let sources = sources(&r)
        guard let common, let name, let kind, let founded, let region, let purpose, let summary,
              let membersComplete, let alliesExcluded else { return }
        dataSet.frameworks.append(Framework(common: common, name: name, abbreviation: abbreviation, kind: kind, founded: founded, ended: ended,
                                            region: region, purpose: purpose, summary: summary, areas: areas, sections: sections, sources: sources,
                                            membersComplete: membersComplete, alliesExcluded: alliesExcluded))
    }

    private mutating func decodeCountry(_ r: inout RecordReader, _ common: RecordCommon?) {
        let name = r.text("name", &log)
        let iso = countryISO(&r)
        let kind = r.choice("kind", Country.Kind.self, &log)
        let region = r.word("region", among: Country.regions, &log)
        let accession = r.year("accession", required: false, &log)
        if kind == .ally && !accession.present {
            log.add(r.file, r.path.appending("accession").description, "missing required field for an ally (expected the year it joined NATO)")
        }
        if kind == .partner && accession.present {
            log.add(r.file, r.path.appending("accession").description, "only allies have an accession year; a partner must not")
        }
        let file = r.file
        let definitions = self.definitions
        let memberships: [Membership] = r.array("memberships", &log) { v, p, log in
            Self.membership(v, at: p, file: file, definitions, &log)
        }
        var seen: [String: Int] = [:]
        for (i, m) in memberships.enumerated() {
            if let first = seen[m.framework] {
                log.add(file, r.path.appending("memberships").appending(index: i).appending("framework").description,
                        "duplicate membership of \"\(m.framework)\" (already at memberships[\(first)])")
            } else {
                seen[m.framework] = i
            }
        }
        if kind == .partner && memberships.isEmpty {
            log.add(file, r.path.appending("memberships").description, "a partner needs at least one membership")
        }
        let areas = r.references("areas", expecting: [.area], definitions, &log)
        let summary = r.text("summary", &log)
        let sections = sections(&r)
        let sources = sources(&r)
        guard let common, let name, let kind, let region, let summary else { return }
        dataSet.countries.append(Country(common: common, name: name, iso: iso, kind: kind, region: region, accession: accession.value,
                                         memberships: memberships, areas: areas, summary: summary, sections: sections, sources: sources))
    }

    private mutating func decodeArea(_ r: inout RecordReader, _ common: RecordCommon?) {
        let name = r.text("name", &log)
        let summary = r.text("summary", &log)
        let sections = sections(&r)
        let sources = sources(&r)
        guard let common, let name, let summary else { return }
        dataSet.areas.append(Area(common: common, name: name, summary: summary, sections: sections, sources: sources))
    }

    private mutating func decodeMilestone(_ r: inout RecordReader, _ common: RecordCommon?) {
        var date: PartialDate?
        if let text = r.text("date", &log) {
            date = PartialDate(text)
            if date == nil {
                log.add(r.file, r.path.appending("date").description, "expected a real date as YYYY, YYYY-MM or YYYY-MM-DD with a year in 1900...2100, found \"\(text.inert)\"")
            }
        }
        let title = r.text("title", &log)
        let summary = r.text("summary", &log)
        let countries = r.references("countries", expecting: [.country], definitions, &log)
        let frameworks = r.references("frameworks", expecting: [.framework], definitions, &log)
        let areas = r.references("areas", expecting: [.area], definitions, &log)
        let sources = sources(&r)
        let definitions = self.definitions
        let uncertain = r.object("uncertain", &log) { u, log in Self.uncertainty(&u, definitions, &log) }
        Self.check(date?.year, within: uncertain, file: r.file, at: r.path.appending("date"), &log)
        if countries.isEmpty && frameworks.isEmpty && areas.isEmpty && (common?.links.isEmpty ?? true) {
            log.add(r.file, r.path.description, "a milestone needs at least one link (countries, frameworks, areas or links)")
        }
        guard let common, let date, let title, let summary else { return }
        dataSet.milestones.append(Milestone(common: common, date: date, title: title, summary: summary, countries: countries,
                                            frameworks: frameworks, areas: areas, sources: sources, uncertain: uncertain))
    }

    private mutating func decodeBody(_ r: inout RecordReader, _ common: RecordCommon?, _ kind: EntityKind) {
        let name = r.text("name", &log)
        let abbreviation = r.text("abbreviation", required: false, &log)
        var founded: Int?, ended: Int?
        var years: [Int] = []
        if kind == .exercise {
            let file = r.file
            years = r.values("years", required: true, nonEmpty: true, &log) { v, p, log in RecordReader.year(v, at: p(), file: file, &log) }
        } else {
            founded = r.year("founded", required: false, &log).value
            ended = r.year("ended", required: false, &log).value
            if let founded, let ended, ended < founded {
                log.add(r.file, r.path.appending("ended").description, "ends (\(ended)) before it was founded (\(founded))")
            }
        }
        let summary = r.text("summary", &log)
        let sections = sections(&r)
        let sources = sources(&r)
        guard let common, let name, let summary else { return }
        let body = Body(common: common, name: name, abbreviation: abbreviation, founded: founded, ended: ended, years: years,
                        summary: summary, sections: sections, sources: sources)
        switch kind {
        case .institution: dataSet.institutions.append(body)
        case .exercise: dataSet.exercises.append(body)
        default: dataSet.organizations.append(body)
        }
    }
}
