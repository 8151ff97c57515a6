// The "As of YEAR" paragraph `show --as-of` prints before a record: what it was at the end of
// that year, derived from its dates (see History).
import NatoModel
import NatoText

extension TextReports {
    public static func asOf(_ r: EntityRef, year: Int, catalog c: Catalog, style: OutputStyle) -> String {
        let h = c.history
        var out = TextBuilder(style: style)
        out.wrapped(style.bold("As of \(year): ") + describe(r, year: year, c, h).inert)
        out.line()
        return out.text
    }

    private static func describe(_ r: EntityRef, year: Int, _ c: Catalog, _ h: History) -> String {
        let data = c.data
        func frameworkName(_ id: String) -> String {
            guard let f = c.ref(for: id), f.kind == .framework else { return id }
            return c.abbreviation(f) ?? c.name(f)
        }
        switch r.kind {
        case .country:
            let country = data.countries[r.index]
            var parts: [String] = []
            if h.isAlly(country, asOf: year) {
                parts.append("an Ally (since \(country.accession ?? year))")
            } else if let accession = country.accession {
                parts.append("not yet an Ally (joined in \(accession))")
            }
            let held = country.memberships.filter { h.membershipHeld($0, asOf: year) }.map { m -> String in
                // An unrecorded joining year is said, not hidden: the membership is shown from
                // the framework's founding, which the data does not prove.
                // A year the sources disagree on is given as its range, never as one certain year.
                let since = m.uncertain.map { " since \($0.from)–\($0.to) (sources differ)" }
                    ?? m.joined.map { " since \($0)" } ?? (h.startNotRecorded(m, asOf: year) ? " (joining year not recorded)" : "")
                return frameworkName(m.framework) + since + (h.isSuspended(m, asOf: year) ? ", suspended" : "")
            }
            if !held.isEmpty { parts.append("member of " + held.joined(separator: "; ")) }
            // Not held by the recorded year, but the sources put the start as early as this
            // year: neither "member" nor "not yet" is proven.
            let possible = country.memberships.filter { h.membershipPossible($0, asOf: year) }.compactMap { m in m.uncertain.map { frameworkName(m.framework) + " (sources differ on the year: \($0.from)–\($0.to))" } }
            if !possible.isEmpty { parts.append("possibly member of " + possible.joined(separator: "; ")) }
            return parts.isEmpty ? "no tie to NATO yet." : parts.joined(separator: "; ") + "."
        case .framework:
            let f = data.frameworks[r.index]
            if f.founded > year { return "not founded yet (founded in \(f.founded))." }
            if let ended = f.ended, ended <= year { return "ended in \(ended)." }
            let shown = c.members(ofFramework: r.index, asOf: year, h)
            let members = shown.filter { h.membershipHeld($0.membership, asOf: year) }.map { data.countries[$0.country].name }
            // Members whose start the sources dispute are named apart: neither in nor out is proven.
            let possible = shown.filter { !h.membershipHeld($0.membership, asOf: year) }.compactMap { s in
                s.membership.uncertain.map { data.countries[s.country].name + " (sources differ on the year: \($0.from)–\($0.to))" }
            }
            let maybe = possible.isEmpty ? "" : (members.isEmpty ? "; possibly " : "; possibly also ") + possible.joined(separator: ", ")
            // A partial list proves who took part, never who did not.
            let confirmed = f.membersComplete ? "" : " confirmed"
            if members.isEmpty {
                if !possible.isEmpty { return "no\(confirmed) member for certain\(maybe)." }
                return f.membersComplete ? "no members yet." : "no confirmed members yet (NATO publishes no full list)."
            }
            return "\(members.count)\(confirmed) member\(members.count == 1 ? "" : "s"): " + members.joined(separator: ", ") + maybe + "."
        case .milestone:
            let m = data.milestones[r.index]
            if let u = m.uncertain, u.from <= year, year < u.to, !h.happened(m, asOf: year) {
                return "may have happened (\(m.date); the sources differ on the year: \(u.from)–\(u.to))."
            }
            return h.happened(m, asOf: year) ? "happened (\(m.date))." : "not yet happened (\(m.date))."
        case .institution, .exercise, .organization, .area, .source:
            return c.existed(r, asOf: year, h) ? "existed." : "did not exist yet."
        }
    }
}
