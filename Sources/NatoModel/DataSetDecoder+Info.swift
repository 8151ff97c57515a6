// The parts of the schema that qualify records rather than being records: the data set's
// `dataset` object (its checked date) and `uncertain` years on memberships and milestones.
import NatoText

extension DataSetDecoder {
    /// `"dataset": {"checked": "YYYY-MM-DD"}`: facts about the data set as a whole.
    mutating func decodeInfo(file: String, value: JSONValue) {
        if let first = infoFile {
            log.add(file, DataSetInfo.key, "given twice: already in \(first); a data set has one \"\(DataSetInfo.key)\" object")
            return
        }
        infoFile = file
        var r = RecordReader(file: file, path: { FieldPath(record: DataSetInfo.key, field: "") }, value: value, log: &log)
        guard r.isObject else { return }
        if let text = r.text("checked", &log) {
            if let date = PartialDate(text), date.day != nil {
                dataSet.checked = date
            } else {
                log.add(file, r.path.appending("checked").description, "expected a real date as YYYY-MM-DD, found \"\(text.inert)\"")
            }
        }
        r.finish(&log)
    }

    /// `"uncertain": {"from": 2004, "to": 2005, "note": "...", "sources": [...]}`.
    static func uncertainty(_ r: inout RecordReader, _ definitions: Definitions, _ log: inout ProblemLog) -> Uncertainty? {
        let from = r.year("from", required: true, &log).value
        let to = r.year("to", required: true, &log).value
        let note = r.text("note", &log)
        let sources = r.references("sources", required: true, nonEmpty: true, expecting: [.source], definitions, &log)
        if let from, let to, from >= to {
            log.add(r.file, r.path.appending("to").description, "expected a year after 'from' (\(from)), found \(to): a range needs two different years")
        }
        guard let from, let to, from < to, let note, !sources.isEmpty else { return nil }
        return Uncertainty(from: from, to: to, note: note, sources: sources)
    }

    /// A known year must lie inside its own uncertainty range.
    static func check(_ year: Int?, within u: Uncertainty?, file: String, at path: @autoclosure () -> FieldPath, _ log: inout ProblemLog) {
        guard let year, let u, !u.contains(year) else { return }
        log.add(file, path().description, "\(year) lies outside its uncertainty range \(u.from)...\(u.to) (uncertain.from, uncertain.to)")
    }
}
