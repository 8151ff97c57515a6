// Text output of the non-interactive subcommands: aligned, wrapped to the width, inert.
import NatoModel
import NatoText

public enum TextReports {
    // MARK: list

    /// `framework`: the framework a country list was narrowed to, so that a partial member
    /// list says so. `asOf`: the status, memberships and member counts at the end of that year
    /// (default: today).
    public static func list(_ refs: [EntityRef], kind: EntityKind, catalog c: Catalog, style: OutputStyle, framework: Int? = nil, asOf: Int? = nil) -> String {
        let h = asOf.map { _ in c.history }
        var table: Table
        switch kind {
        case .country:
            table = Table(headers: ["ID", "NAME", "STATUS", "REGION", "FRAMEWORKS"])
            for r in refs {
                let x = c.data.countries[r.index]
                var status = x.kind == .ally ? "ally \(x.accession.map(String.init) ?? "")" : "partner"
                var fw = c.currentMemberships(r.index).map { c.frameworkLabel($0.framework) + ($0.status == .suspended ? "*" : "") }
                if let h, let year = asOf {
                    if !h.isAlly(x, asOf: year) { status = "partner" }
                    fw = x.memberships.filter { h.membershipShown($0, asOf: year) }
                        .map { c.frameworkLabel($0.framework) + (h.isSuspended($0, asOf: year) ? "*" : "") + (h.startUncertain($0, asOf: year) ? "?" : "") }
                }
                table.rows.append([x.common.id, x.name, status, x.region, fw.joined(separator: " ")])
            }
        case .framework:
            table = Table(headers: ["ID", "ABBR", "FOUNDED", "MEMBERS", "NAME"])
            for r in refs {
                let f = c.data.frameworks[r.index]
                // As of a year, members whose start the sources dispute make a range ("0-1"):
                // one number would claim too much or too little.
                var count = String(c.members(ofFramework: r.index).filter { !$0.membership.isHistorical }.count)
                if let h, let year = asOf {
                    let shown = c.members(ofFramework: r.index, asOf: year, h)
                    let certain = shown.filter { h.membershipHeld($0.membership, asOf: year) }.count
                    count = certain == shown.count ? String(certain) : "\(certain)-\(shown.count)"
                }
                let years = String(f.founded) + (f.ended.map { "–" + String($0) } ?? "")
                table.rows.append([f.common.id, f.abbreviation ?? "", years, count + (partialCount(f, asOf: asOf) ? "+" : ""), f.name])
            }
        case .milestone:
            table = Table(headers: ["DATE", "ID", "TITLE"])
            for r in refs {
                let m = c.data.milestones[r.index]
                table.rows.append([m.date.description, m.common.id, m.title])
            }
        case .source:
            table = Table(headers: ["ID", "KIND", "TITLE"])
            for r in refs {
                let s = c.data.sources[r.index]
                table.rows.append([s.common.id, s.kind.rawValue, s.title])
            }
        case .area:
            table = Table(headers: ["ID", "COUNTRIES", "FRAMEWORKS", "NAME"])
            for r in refs {
                table.rows.append([c.id(r), String(c.related(r, kind: .country).count), String(c.related(r, kind: .framework).count), c.name(r)])
            }
        case .institution, .organization, .exercise:
            table = Table(headers: ["ID", kind == .exercise ? "YEARS" : "SINCE", "NAME"])
            for r in refs {
                let when: String
                if kind == .exercise {
                    let ys = c.data.exercises[r.index].years
                    when = ys.count > 1 ? "\(ys.min() ?? 0)–\(ys.max() ?? 0)" : ys.first.map(String.init) ?? ""
                } else {
                    when = c.year(r).map(String.init) ?? ""
                }
                let name = c.name(r) + (c.abbreviation(r).map { " (\($0))" } ?? "")
                table.rows.append([c.id(r), when, name])
            }
        }
        var out = TextBuilder(style: style)
        for l in table.render(style: style) { out.line(l) }
        var legend = ""
        if kind == .country { legend = asOf == nil ? "  (* suspended)" : "  (* suspended, ? joining year not recorded or disputed)" }
        if kind == .framework && refs.contains(where: { partialCount(c.data.frameworks[$0.index], asOf: asOf) }) {
            legend = "  (+ partial list: NATO publishes no full list)"
        }
        out.line(style.dim("\(refs.count) \(refs.count == 1 ? kind.label : kind.collection)" + legend))
        if kind == .country, let framework, let note = c.partialListNote(framework: framework, shown: refs.count) {
            out.wrapped(note + ".")
        }
        return out.text
    }

    /// Whether a framework's member count is only a lower bound: its list is partial and the
    /// count is not today's zero of an ended framework (as of a year it had not ended: an
    /// --as-of list holds only frameworks that existed then, so the NACC of 1995 is partial).
    static func partialCount(_ f: Framework, asOf: Int?) -> Bool {
        !f.membersComplete && (asOf != nil || f.ended == nil)
    }

    // MARK: show

    public static func show(_ r: EntityRef, catalog c: Catalog, style: OutputStyle) -> String {
        var out = TextBuilder(style: style)
        var title = c.name(r)
        if let abbr = c.abbreviation(r) { title += " (\(abbr))" }
        out.line(style.bold(TextLayout.truncate(title.inert, width: style.width)))
        out.line(style.dim("\(r.kind.label) · \(c.id(r))"))
        let facts = c.facts(r)
        if !facts.isEmpty {
            out.line()
            let w = facts.map { $0.0.terminalWidth }.max() ?? 0
            for (k, v) in facts { out.wrapped(v, indent: w + 2, first: TextLayout.pad(k, width: w) + "  ") }
        }
        if r.kind == .framework {
            out.line()
            out.wrapped(c.data.frameworks[r.index].purpose)
        }
        if let summary = c.summary(r) {
            out.line()
            out.wrapped(summary)
        }
        for section in c.sections(r) {
            out.heading(section.title)
            for (i, p) in section.paragraphs.enumerated() {
                if i > 0 { out.line() }
                out.wrapped(p)
            }
            if !section.paragraphs.isEmpty && !section.bullets.isEmpty { out.line() }
            for b in section.bullets { out.wrapped(b, indent: 2, first: "• ") }
        }
        switch r.kind {
        case .country:
            let ms = c.data.countries[r.index].memberships
            if !ms.isEmpty {
                out.heading("Memberships")
                for m in ms {
                    out.wrapped(c.describe(m) + " — " + c.name(c.ref(for: m.framework) ?? r), indent: 2, first: "• ")
                    if let remark = m.remark { out.wrapped(remark, indent: 4) }
                    if let u = m.uncertain { out.wrapped("Sources differ: " + u.note, indent: 4) }
                }
            }
        case .framework:
            let members = c.members(ofFramework: r.index)
            let current = members.filter { !$0.membership.isHistorical }
            let former = members.filter { $0.membership.isHistorical }
            if !current.isEmpty {
                out.heading("Members (\(current.count))")
                if let note = c.partialListNote(framework: r.index) { out.wrapped(note + ".") }
                for m in current { out.wrapped(memberLine(m, c), indent: 2, first: "• ") }
            }
            if !former.isEmpty {
                out.heading("Former members (\(former.count))")
                for m in former { out.wrapped(memberLine(m, c), indent: 2, first: "• ") }
            }
        case .source:
            let citing = c.citing(source: r.index)
            if !citing.isEmpty {
                out.heading("Cited by (\(citing.count))")
                for x in citing { out.wrapped("\(c.name(x)) [\(c.id(x))]", indent: 2, first: "• ") }
            }
        default:
            break
        }
        let related = c.related(r).filter { !(r.kind == .framework && $0.kind == .country) && $0.kind != .milestone }
        for kind in EntityKind.allCases {
            let group = related.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            out.heading("Related \(group.count == 1 ? kind.label : kind.collection) (\(group.count))")
            for x in group { out.wrapped("\(c.name(x)) [\(c.id(x))]", indent: 2, first: "• ") }
        }
        let milestones = c.related(r, kind: .milestone).sorted { c.data.milestones[$0.index].date < c.data.milestones[$1.index].date }
        if !milestones.isEmpty {
            out.heading("Milestones (\(milestones.count))")
            for m in milestones {
                let ms = c.data.milestones[m.index]
                out.wrapped("\(ms.title) [\(ms.common.id)]", indent: 13, first: TextLayout.pad(ms.date.readable, width: 11) + "  ")
            }
        }
        let notes = c.notes(r)
        if !notes.isEmpty {
            out.heading(style.warn("Corrections and caveats (\(notes.count))"))
            for n in notes {
                let label = n.kind == .correction ? "CORRECTION" : "UNCONFIRMED"
                out.line(style.warn("! \(label)") + " — claimed by " + n.claimedBy.map { c.ref(for: $0).map(c.name) ?? $0 }.joined(separator: "; ").inert)
                out.wrapped("Claim: " + n.claim, indent: 4)
                out.wrapped((n.kind == .correction ? "Record: " : "Status: ") + n.correction, indent: 4)
                out.wrapped("Sources: " + n.sources.joined(separator: ", "), indent: 4)
            }
        }
        let sources = c.sourceIDs(r)
        if !sources.isEmpty {
            out.heading("Sources (\(sources.count))")
            for id in sources {
                guard let s = c.ref(for: id) else { continue }
                let src = c.data.sources[s.index]
                out.wrapped("\(src.title) [\(id)]", indent: 2, first: "• ")
                if let url = src.url { out.wrapped(url, indent: 4) }
            }
        }
        return out.text
    }

    static func memberLine(_ m: (country: Int, membership: Membership), _ c: Catalog) -> String {
        let country = c.data.countries[m.country]
        var s = country.name + " — " + m.membership.years(.sinceUntil)
        if m.membership.status == .suspended { s += " (suspended)" }
        if country.kind == .ally { s += " · ally" }
        return s
    }

    // MARK: search

    public static func search(_ query: String, hits: [SearchHit], catalog c: Catalog, style: OutputStyle) -> String {
        var out = TextBuilder(style: style)
        if hits.isEmpty {
            out.line("no results for '\(query.inert)'")
            return out.text
        }
        var table = Table(headers: ["KIND", "ID", "NAME"])
        for h in hits { table.rows.append([h.ref.kind.label, c.id(h.ref), c.name(h.ref)]) }
        for l in table.render(style: style) { out.line(l) }
        out.line(style.dim("\(hits.count) result\(hits.count == 1 ? "" : "s") for '\(query.inert)'"))
        return out.text
    }

    // MARK: timeline

    public static func timeline(_ refs: [EntityRef], catalog c: Catalog, style: OutputStyle) -> String {
        var out = TextBuilder(style: style)
        var year: Int?
        for r in refs {
            let m = c.data.milestones[r.index]
            if m.date.year != year {
                year = m.date.year
                if !out.lines.isEmpty { out.line() }
                out.line(style.bold(String(m.date.year)))
            }
            let day = DateFormat.dayAndMonth(m.date)
            out.wrapped(m.title + (m.common.notes.isEmpty ? "" : " (!)") + (m.uncertain == nil ? "" : " (?)"),
                        indent: 10, first: "  " + TextLayout.pad(day, width: 6) + "  ")
        }
        if refs.isEmpty { out.line("no milestones") } else {
            out.line()
            let uncertain = refs.contains { c.data.milestones[$0.index].uncertain != nil } ? "; (?) the sources differ on the year" : ""
            out.line(style.dim("\(refs.count) milestones; (!) has a correction note\(uncertain); 'natoscope show ID' for details"))
        }
        return out.text
    }
}
