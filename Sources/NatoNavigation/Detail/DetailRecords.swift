// What the detail says about each kind of record: title, facts, sections, notes,
// relations and sources.
import NatoModel
import NatoText

extension Builder {

    mutating func describe(_ r: EntityRef) {
        var title = catalog.name(r)
        if let a = catalog.abbreviation(r), a != title { title += " (" + a + ")" }
        paragraph([Span(title, .title)])
        paragraph(facts(r))
        if let summary = catalog.summary(r) {
            blank()
            paragraph([Span(summary)])
        }
        if r.kind == .framework {
            heading("Purpose")
            paragraph([Span(catalog.data.frameworks[r.index].purpose)])
        }
        for section in catalog.sections(r) {
            heading(section.title)
            for (i, p) in section.paragraphs.enumerated() {
                if i > 0 { blank() }
                paragraph([Span(p)])
            }
            for item in section.bullets { bullet([Span(item)]) }
        }
        notes(r)
        relations(r)
        sources(r)
    }

    func facts(_ r: EntityRef) -> [Span] {
        let d = catalog.data
        switch r.kind {
        case .country:
            let c = d.countries[r.index]
            if c.kind == .ally {
                return [Span("NATO ally", .ally), Span("since " + String(c.accession ?? 0) + " · " + c.region, .muted)]
            }
            var s = [Span("Partner", .partner), Span("· " + c.region, .muted)]
            if c.memberships.contains(where: { $0.status == .suspended && !$0.isHistorical }) {
                s.append(Span("· cooperation suspended", .suspended))
            }
            return s
        case .framework:
            let f = d.frameworks[r.index]
            var t = f.kind.capitalizedFirst + " · founded " + String(f.founded)
            if let e = f.ended { t += " · ended " + String(e) }
            t += " · " + f.region
            return [Span(t, .muted)]
        case .milestone:
            return [Span(d.milestones[r.index].date.readable, .muted)]
        case .area:
            return [Span("Cooperation area", .muted)]
        case .source:
            let s = d.sources[r.index]
            var t = "Source · " + s.kind.rawValue
            if let p = s.publisher { t += " · " + p }
            return [Span(t, .muted)]
        case .institution, .organization:
            let b = r.kind == .institution ? d.institutions[r.index] : d.organizations[r.index]
            var t = r.kind.label.capitalizedFirst
            if let f = b.founded { t += " · founded " + String(f) }
            if let e = b.ended { t += " · ended " + String(e) }
            return [Span(t, .muted)]
        case .exercise:
            let years = d.exercises[r.index].years.map(String.init).joined(separator: ", ")
            return [Span("Exercise · " + years, .muted)]
        }
    }

    mutating func notes(_ r: EntityRef) {
        for note in catalog.notes(r) {
            blank()
            let label = note.kind == .correction ? "[CORRECTION]" : "[UNCONFIRMED]"
            paragraph([Span(label, .warning), Span("Claim: " + note.claim, .warning)])
            paragraph([Span((note.kind == .correction ? "Correction: " : "Note: ") + note.correction)], first: "  ")
            paragraph([Span("Claimed by:", .muted)], first: "  ")
            for id in note.claimedBy { if let s = catalog.ref(for: id) { paragraph([link(s)], first: "  – ") } }
            paragraph([Span("Corrected from:", .muted)], first: "  ")
            for id in note.sources { if let s = catalog.ref(for: id) { paragraph([link(s)], first: "  – ") } }
        }
    }

    mutating func relations(_ r: EntityRef) {
        let related = catalog.related(r)
        let d = catalog.data
        if r.kind == .country {
            let c = d.countries[r.index]
            if !c.memberships.isEmpty {
                heading("Memberships")
                for m in c.memberships {
                    guard let f = catalog.ref(for: m.framework) else { continue }
                    var spans = [link(f), Span(m.years(.range), .muted)]
                    if m.status == .suspended { spans.append(Span("(suspended)", .suspended)) }
                    if let remark = m.remark { spans.append(Span("— " + remark, .muted)) }
                    bullet(spans)
                }
            }
        }
        if r.kind == .framework {
            let members = catalog.members(ofFramework: r.index)
            if !members.isEmpty {
                let current = members.filter { !$0.membership.isHistorical }.count
                heading("Members (\(current) current\(current == members.count ? "" : ", \(members.count - current) former"))")
                if let note = catalog.partialListNote(framework: r.index) { paragraph([Span(note + ".", .warning)]) }
                for m in members {
                    let c = d.countries[m.country]
                    var spans = [Span(c.kind == .ally ? "A" : "P", c.kind == .ally ? .ally : .partner), link(EntityRef(.country, m.country)),
                                 Span(m.membership.years(.range), .muted)]
                    if m.membership.status == .suspended { spans.append(Span("(suspended)", .suspended)) }
                    bullet(spans)
                }
            }
        }
        let groups: [(EntityKind, String)] = [
            (.framework, "Frameworks"), (.country, "Countries"), (.area, "Cooperation areas"), (.milestone, "Milestones"),
            (.institution, "Institutions"), (.exercise, "Exercises"), (.organization, "Organisations"), (.source, "Related sources"),
        ]
        for (kind, title) in groups {
            if r.kind == .country && kind == .framework { continue }
            if r.kind == .framework && kind == .country { continue }
            var items = related.filter { $0.kind == kind && $0 != r }
            if items.isEmpty { continue }
            if kind == .milestone {
                let order = catalog.milestonesByDate
                var rank = [Int](repeating: 0, count: order.count)
                for (i, m) in order.enumerated() { rank[m] = i }
                items.sort { rank[$0.index] < rank[$1.index] }
            } else {
                items.sort { catalog.name($0) < catalog.name($1) }
            }
            heading(title + " (\(items.count))")
            for item in items {
                switch kind {
                case .milestone:
                    bullet([Span(d.milestones[item.index].date.readable, .muted), link(item)])
                case .country:
                    let c = d.countries[item.index]
                    bullet([Span(c.kind == .ally ? "A" : "P", c.kind == .ally ? .ally : .partner), link(item)])
                default:
                    bullet([link(item)])
                }
            }
        }
    }


    mutating func sources(_ r: EntityRef) {
        if r.kind == .source {
            let s = catalog.data.sources[r.index]
            if let url = s.url {
                heading("Address")
                paragraph([Span(url, .muted)])
            }
            if let file = s.file {
                heading("File")
                paragraph([Span(file, .muted)])
            }
            let citing = catalog.citing(source: r.index)
            if !citing.isEmpty {
                heading("Cited by (\(citing.count))")
                for c in citing { bullet([link(c)]) }
            }
            return
        }
        let ids = catalog.sourceIDs(r)
        guard !ids.isEmpty else { return }
        heading("Sources (\(ids.count))")
        for (i, id) in ids.enumerated() {
            guard let s = catalog.ref(for: id) else { continue }
            let source = catalog.data.sources[s.index]
            let label = "[\(i + 1)] "
            paragraph([link(s)], first: label)
            if let url = source.url {
                paragraph([Span(url, .muted)], first: String(repeating: " ", count: label.count))
            }
        }
    }
}
