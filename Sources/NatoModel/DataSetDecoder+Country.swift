// The parts of a country record with rules of their own: its ISO code (one country per
// code) and its memberships (years, status, suspension, uncertainty).
import NatoText

extension DataSetDecoder {
    /// The optional `iso` field: three uppercase letters, used by one country only.
    mutating func countryISO(_ r: inout RecordReader) -> String? {
        guard let iso = r.text("iso", required: false, &log) else { return nil }
        let here = current
        func location() -> String { Self.recordPath(.country, index: here.index, id: here.id).appending("iso").description }
        guard iso.utf8.count == 3, iso.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else {
            log.add(r.file, location(), "expected an ISO 3166-1 alpha-3 code (three uppercase letters, like \"FRA\"), found \"\(TextLayout.truncate(iso.inert, width: 20))\"")
            return nil
        }
        if let first = isoOwners.updateValue((r.file, here.index, here.id), forKey: iso) {
            isoOwners[iso] = first
            let firstPath = Self.recordPath(.country, index: first.index, id: first.id).description
            log.add(r.file, location(), "duplicate iso \"\(iso)\": already used by \(first.file): \(firstPath)")
            return nil
        }
        return iso
    }

    static func membership(_ v: JSONValue, at p: @escaping () -> FieldPath, file: String, _ definitions: Definitions, _ log: inout ProblemLog) -> Membership? {
        var r = RecordReader(file: file, path: p, value: v, log: &log)
        guard r.isObject else { return nil }
        let framework = r.text("framework", &log)
        if let framework, let problem = definitions.check(framework, expecting: [.framework]) {
            log.add(file, p().appending("framework").description, problem)
        }
        let joined = r.year("joined", required: true, allowNull: true, &log)
        let status = r.choice("status", Membership.Status.self, &log)
        let until = r.year("until", required: false, &log).value
        if let j = joined.value, let until, until < j {
            log.add(file, p().appending("until").description, "ends (\(until)) before it began (\(j))")
        }
        let remark = r.text("remark", required: false, &log)
        let uncertain = r.object("uncertain", &log) { u, log in Self.uncertainty(&u, definitions, &log) }
        check(joined.value, within: uncertain, file: file, at: p().appending("joined"), &log)
        let from = r.year("suspendedFrom", required: false, &log).value
        let resumed = r.year("suspendedUntil", required: false, &log).value
        checkSuspension(status: status, from: from, until: resumed, joined: joined.value, ended: until, file: file, at: p, &log)
        r.finish(&log)
        guard let framework, joined.present, let status else { return nil }
        return Membership(framework: framework, joined: joined.value, status: status, until: until, remark: remark, uncertain: uncertain,
                          suspendedFrom: from, suspendedUntil: resumed)
    }
}
