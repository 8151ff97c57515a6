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
        if let u = m.uncertain { s += " (sources differ: \(u.from)–\(u.to))" }
        if m.status == .suspended { s += " (suspended)" }
        return s
    }

    /// Said wherever a framework's member list is shown when the list is partial:
    /// `NATO publishes no full list; 12 confirmed members shown`. nil for a complete list.
    /// `shown` defaults to the current members (all members, for a framework that has ended).
    public func partialListNote(framework index: Int, shown: Int? = nil) -> String? {
        guard data.frameworks.indices.contains(index), !data.frameworks[index].membersComplete else { return nil }
        let all = members(ofFramework: index)
        let shown = shown ?? (data.frameworks[index].ended == nil ? all.filter { !$0.membership.isHistorical }.count : all.count)
        return "NATO publishes no full list; \(shown) confirmed member\(shown == 1 ? "" : "s") shown"
    }

    /// `data checked 2026-12-01`, or nil when the data set does not say.
    public var checkedNote: String? {
        data.checked.map { "data checked \($0.description)" }
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
            let all = members(ofFramework: r.index)
            let suspended = current.filter { $0.membership.status == .suspended }.count
            f.append(("Members", "\(current.count) current" + (suspended == 0 ? "" : " (\(suspended) suspended)")
                      + (current.count == all.count ? "" : ", \(all.count - current.count) former")))
            if let note = partialListNote(framework: r.index) { f.append(("Member list", note)) }
            return f
        case .milestone:
            let m = data.milestones[r.index]
            return [("Date", m.date.readable + (m.uncertain.map { " (sources differ: \($0.from)–\($0.to); \($0.note))" } ?? ""))]
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
