// Handouts as CSV, for spreadsheets: the countries and the timeline, one row a record.
import NatoModel

extension Handout {
    public enum CSVList: String, CaseIterable, Sendable {
        case countries, milestones
    }

    public static func csv(_ list: CSVList, catalog c: Catalog) -> String {
        let d = c.data
        var out = ""
        switch list {
        case .countries:
            out += CSV.row(["id", "name", "status", "region", "accession", "memberships"])
            for r in sortedByName(c.refs(.country), c) {
                let x = d.countries[r.index]
                out += CSV.row([x.common.id, x.name, x.kind.rawValue, x.region, x.accession.map(String.init) ?? "",
                                c.currentMemberships(r.index).map { c.describe($0) }.joined(separator: "; ")])
            }
        case .milestones:
            out += CSV.row(["date", "id", "title", "countries", "frameworks", "areas", "sources"])
            for i in c.milestonesByDate {
                let m = d.milestones[i]
                func label(_ id: String) -> String { c.ref(for: id).map { $0.kind == .framework ? c.frameworkLabel(id) : c.name($0) } ?? id }
                out += CSV.row([m.date.description, m.common.id, m.title, m.countries.map(label).joined(separator: "; "),
                                m.frameworks.map(label).joined(separator: "; "), m.areas.map(label).joined(separator: "; "),
                                m.sources.joined(separator: "; ")])
            }
        }
        return out
    }
}
