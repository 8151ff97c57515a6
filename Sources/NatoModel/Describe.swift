// Short descriptions of records shared by the text and JSON reports.

extension Catalog {
    /// `PfP 1994`, `EAPC 1997–2023`, `PfP 1994 (suspended)`.
    public func describe(_ m: Membership) -> String {
        var s = frameworkLabel(m.framework)
        if let joined = m.joined {
            s += " " + String(joined)
            if let until = m.until { s += "–" + String(until) }
        } else if let until = m.until {
            s += " –" + String(until)
        }
        if m.status == .suspended { s += " (suspended)" }
        return s
    }

    /// A framework's abbreviation, or its name when it has none.
    public func frameworkLabel(_ id: String) -> String {
        guard let r = ref(for: id), r.kind == .framework else { return id }
        return data.frameworks[r.index].abbreviation ?? data.frameworks[r.index].name
    }

    /// Current memberships (not ended) of a country.
    public func currentMemberships(_ country: Int) -> [Membership] {
        data.countries[country].memberships.filter { !$0.isHistorical }
    }

    /// One line of facts about a record, under its name in `show`.
    public func facts(_ r: EntityRef) -> [(String, String)] {
        switch r.kind {
        case .country:
            let c = data.countries[r.index]
            var f: [(String, String)] = [("Status", c.kind == .ally ? "NATO ally" : "partner (not a NATO member)"), ("Region", c.region)]
            if let a = c.accession { f.append(("Joined NATO", String(a))) }
            return f
        case .framework:
            let fw = data.frameworks[r.index]
            var f: [(String, String)] = [("Kind", fw.kind), ("Founded", String(fw.founded))]
            if let e = fw.ended { f.append(("Ended", String(e))) }
            f.append(("Region", fw.region))
            let current = members(ofFramework: r.index).filter { !$0.membership.isHistorical }
            f.append(("Members", "\(current.count) current" + (current.count == members(ofFramework: r.index).count ? "" : ", \(members(ofFramework: r.index).count - current.count) former")))
            return f
        case .milestone:
            return [("Date", data.milestones[r.index].date.readable)]
        case .source:
            let s = data.sources[r.index]
            var f: [(String, String)] = [("Kind", s.kind.rawValue)]
            if let p = s.publisher { f.append(("Publisher", p)) }
            if let u = s.url { f.append(("Address", u)) }
            if let file = s.file { f.append(("File", file)) }
            return f
        case .institution, .organization:
            let b = r.kind == .institution ? data.institutions[r.index] : data.organizations[r.index]
            var f: [(String, String)] = []
            if let a = b.founded { f.append(("Founded", String(a))) }
            if let e = b.ended { f.append(("Ended", String(e))) }
            return f
        case .exercise:
            return [("Years", data.exercises[r.index].years.map(String.init).joined(separator: ", "))]
        case .area:
            return []
        }
    }
}
