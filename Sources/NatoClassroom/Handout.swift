// Handouts: one record, or the whole data set, as a readable Markdown document (the CSV
// lists are in HandoutCSV.swift, the document builder in MarkdownBuilder.swift). Every piece
// of data text passes through Markdown.escape or CSV.field.
import NatoModel

public enum Handout {
    // MARK: One record

    /// A handout of one record: title, facts, text, memberships or members, related
    /// records, its timeline, correction notes and sources with their addresses.
    public static func markdown(_ r: EntityRef, catalog c: Catalog) -> String {
        var md = MarkdownBuilder()
        var title = c.name(r)
        if let abbr = c.abbreviation(r) { title += " (\(abbr))" }
        md.heading(1, title)
        md.paragraph("*\(Markdown.escape(capitalized(r.kind.label)))* · id `\(c.id(r))`" + checkedSuffix(c))
        let facts = c.facts(r)
        if !facts.isEmpty {
            md.list(facts.map { "**\(Markdown.escape($0.0)):** \(Markdown.escape($0.1))" })
        }
        if r.kind == .framework { md.paragraph(Markdown.escape(c.data.frameworks[r.index].purpose)) }
        if let summary = c.summary(r) { md.paragraph(Markdown.escape(summary)) }
        for section in c.sections(r) {
            md.heading(2, section.title)
            for p in section.paragraphs { md.paragraph(Markdown.escape(p)) }
            md.list(section.bullets.map(Markdown.escape))
        }
        switch r.kind {
        case .country:
            let ms = c.data.countries[r.index].memberships
            if !ms.isEmpty {
                md.heading(2, "Memberships")
                md.list(ms.map { m in
                    var line = "**\(Markdown.escape(frameworkName(m.framework, c)))** — " + Markdown.escape(m.years(.since))
                    if let u = m.uncertain { line += ". " + Markdown.escape(u.note) }
                    if m.status == .suspended { line += " (suspended)" }
                    if let remark = m.remark { line += ". " + Markdown.escape(remark) }
                    return line
                })
            }
        case .framework:
            let members = c.members(ofFramework: r.index)
            let current = members.filter { !$0.membership.isHistorical }
            let former = members.filter { $0.membership.isHistorical }
            if !current.isEmpty {
                md.heading(2, "Members (\(current.count))")
                if let note = c.partialListNote(framework: r.index) { md.paragraph("*\(Markdown.escape(note)).*") }
                md.list(current.map { memberLine($0, c) })
            }
            if !former.isEmpty {
                md.heading(2, "Former members (\(former.count))")
                md.list(former.map { memberLine($0, c) })
            }
        case .source:
            let citing = c.citing(source: r.index)
            if !citing.isEmpty {
                md.heading(2, "Cited by (\(citing.count))")
                md.list(citing.map { "\(Markdown.escape(c.name($0))) (`\(c.id($0))`)" })
            }
        default:
            break
        }
        let related = c.related(r).filter { !(r.kind == .framework && $0.kind == .country) && $0.kind != .milestone }
        if !related.isEmpty {
            md.heading(2, "Related records")
            for kind in EntityKind.allCases {
                let group = related.filter { $0.kind == kind }
                guard !group.isEmpty else { continue }
                md.heading(3, "\(capitalized(group.count == 1 ? kind.label : kind.collection)) (\(group.count))")
                md.list(group.map { "\(Markdown.escape(c.name($0))) (`\(c.id($0))`)" })
            }
        }
        let milestones = c.related(r, kind: .milestone).sorted { c.data.milestones[$0.index].date < c.data.milestones[$1.index].date }
        if !milestones.isEmpty {
            md.heading(2, "Timeline (\(milestones.count))")
            md.list(milestones.map { m in
                let x = c.data.milestones[m.index]
                return "**\(x.date.readable)** — \(Markdown.escape(x.title))" + (x.common.notes.isEmpty ? "" : " ⚠ *has a correction note*")
            })
        }
        let notes = c.notes(r)
        if !notes.isEmpty {
            md.heading(2, "⚠ Corrections and caveats (\(notes.count))")
            for n in notes { md.note(n, c) }
        }
        let sources = c.sourceIDs(r)
        if !sources.isEmpty {
            md.heading(2, "Sources (\(sources.count))")
            md.list(sources.compactMap { sourceLine($0, c) }, ordered: true)
        }
        return md.text
    }

    // MARK: The whole data set

    /// A structured document of the whole data set: frameworks, countries (allies as a
    /// table, then partners), cooperation areas, the timeline, institutions, exercises,
    /// organisations, correction notes and sources.
    public static func markdown(catalog c: Catalog) -> String {
        let d = c.data
        var md = MarkdownBuilder()
        md.heading(1, "NATO's partnerships")
        let allies = sortedByName(c.refs(.country).filter { d.countries[$0.index].kind == .ally }, c)
        let partners = sortedByName(c.refs(.country).filter { d.countries[$0.index].kind == .partner }, c)
        md.paragraph("A handout made by natoscope from a data set of \(plural(d.frameworks.count, "framework")), \(plural(d.countries.count, "country", "countries")) "
                     + "(\(plural(allies.count, "ally", "allies")), \(plural(partners.count, "partner"))), \(plural(d.areas.count, "cooperation area")) and \(plural(d.milestones.count, "milestone")). "
                     + "Every record cites its sources; the last section lists them all."
                     + (c.data.checked.map { " The data set was last checked against the public record on \($0.description)." } ?? ""))
        let notesCount = EntityKind.allCases.reduce(0) { n, kind in n + c.refs(kind).reduce(0) { $0 + c.notes($1).count } }
        let parts: [(String, Bool)] = [
            ("Frameworks", !d.frameworks.isEmpty), ("Countries", !d.countries.isEmpty), ("Cooperation areas", !d.areas.isEmpty),
            ("Timeline", !d.milestones.isEmpty), ("Institutions", !d.institutions.isEmpty), ("Exercises", !d.exercises.isEmpty),
            ("Organisations", !d.organizations.isEmpty), ("Corrections and caveats", notesCount > 0), ("Sources", !d.sources.isEmpty),
        ]
        md.heading(2, "Contents")
        md.list(parts.filter(\.1).map { "[\($0.0)](#\($0.0.lowercased().replacingAll(" ", with: "-")))" }, ordered: true)

        if !d.frameworks.isEmpty {
            md.heading(2, "Frameworks")
            for f in c.refs(.framework) {
                let x = d.frameworks[f.index]
                let members = c.members(ofFramework: f.index).filter { !$0.membership.isHistorical }
                md.heading(3, x.name + (x.abbreviation.map { " (\($0))" } ?? ""))
                var line = "*\(Markdown.escape(x.kind)) · founded \(x.founded)"
                if let e = x.ended { line += " · ended \(e)" }
                line += " · \(Markdown.escape(x.region)) · \(members.count) current member\(members.count == 1 ? "" : "s")* · id `\(x.common.id)`"
                if let note = c.partialListNote(framework: f.index) { line += " · *\(Markdown.escape(note))*" }
                md.paragraph(line)
                md.paragraph(Markdown.escape(x.purpose) + " " + Markdown.escape(x.summary) + (x.common.notes.isEmpty ? "" : Self.seeNotes))
                if !members.isEmpty {
                    md.paragraph("**Members:** " + members.map { m in
                        Markdown.escape(d.countries[m.country].name) + " (" + Markdown.escape(m.membership.years(.since))
                            + (m.membership.status == .suspended ? ", suspended" : "") + ")"
                    }.joined(separator: ", "))
                }
                md.paragraph(sourcesLine(x.sources, c))
            }
        }

        if !d.countries.isEmpty {
            md.heading(2, "Countries")
            if !allies.isEmpty {
                md.heading(3, "Allies (\(allies.count))")
                var rows = [["Country", "Joined NATO", "Region", "Frameworks today"]]
                for r in allies {
                    let x = d.countries[r.index]
                    rows.append([x.name, x.accession.map(String.init) ?? "", x.region, c.currentMemberships(r.index).map { c.describe($0) }.joined(separator: ", ")])
                }
                md.table(rows)
            }
            if !partners.isEmpty {
                md.heading(3, "Partners (\(partners.count))")
                var rows = [["Country", "Region", "Frameworks today"]]
                for r in partners {
                    let x = d.countries[r.index]
                    rows.append([x.name, x.region, c.currentMemberships(r.index).map { c.describe($0) }.joined(separator: ", ")])
                }
                md.table(rows)
                md.list(partners.map { r in
                    "**\(Markdown.escape(c.name(r)))** (`\(c.id(r))`): \(Markdown.escape(d.countries[r.index].summary))"
                        + (c.notes(r).isEmpty ? "" : Self.seeNotes)
                })
            }
        }

        if !d.areas.isEmpty {
            md.heading(2, "Cooperation areas")
            for a in sortedByName(c.refs(.area), c) {
                md.heading(3, c.name(a))
                md.paragraph(Markdown.escape(d.areas[a.index].summary) + (c.notes(a).isEmpty ? "" : Self.seeNotes))
                var facts: [String] = []
                let fws = c.related(a, kind: .framework), countries = sortedByName(c.related(a, kind: .country), c)
                if !fws.isEmpty { facts.append("**Frameworks:** " + fws.map { Markdown.escape(c.frameworkLabel(c.id($0))) }.joined(separator: ", ")) }
                if !countries.isEmpty { facts.append("**Countries:** " + countries.map { Markdown.escape(c.name($0)) }.joined(separator: ", ")) }
                if !facts.isEmpty { md.paragraph(facts.joined(separator: "  \n")) }
                md.paragraph(sourcesLine(d.areas[a.index].sources, c))
            }
        }

        if !d.milestones.isEmpty {
            md.heading(2, "Timeline")
            var year: Int?
            var items: [String] = []
            for i in c.milestonesByDate {
                let m = d.milestones[i]
                if m.date.year != year {
                    md.list(items)
                    items = []
                    year = m.date.year
                    md.heading(3, String(m.date.year))
                }
                let day = DateFormat.dayAndMonth(m.date)
                let uncertain = m.uncertain.map { " *(sources differ on the year: \($0.from)–\($0.to))*" } ?? ""
                items.append((day.isEmpty ? "" : "**\(day)** — ") + "**\(Markdown.escape(m.title))**.\(uncertain) \(Markdown.escape(m.summary))"
                             + (m.common.notes.isEmpty ? "" : Self.seeNotes) + " (`\(m.common.id)`)")
            }
            md.list(items)
        }

        for (kind, title) in [(EntityKind.institution, "Institutions"), (.exercise, "Exercises"), (.organization, "Organisations")] {
            let refs = sortedByName(c.refs(kind), c)
            guard !refs.isEmpty else { continue }
            md.heading(2, title)
            md.list(refs.map { r in
                var line = "**\(Markdown.escape(c.name(r)))**" + (c.abbreviation(r).map { " (\(Markdown.escape($0)))" } ?? "")
                let facts = c.facts(r).map { "\($0.0.lowercased()) \($0.1)" }
                if !facts.isEmpty { line += ", " + Markdown.escape(facts.joined(separator: ", ")) }
                return line + ": " + Markdown.escape(c.summary(r) ?? "") + (c.notes(r).isEmpty ? "" : Self.seeNotes)
            })
        }

        if notesCount > 0 {
            md.heading(2, "Corrections and caveats")
            md.paragraph("Where a source document makes a claim the public record does not support, the record keeps a note.")
            for kind in EntityKind.allCases {
                for r in c.refs(kind) where !c.notes(r).isEmpty {
                    md.heading(3, "\(c.name(r)) (\(kind.label))")
                    for n in c.notes(r) { md.note(n, c) }
                }
            }
        }

        if !d.sources.isEmpty {
            md.heading(2, "Sources")
            md.list(c.refs(.source).compactMap { sourceLine(c.id($0), c) })
        }
        return md.text
    }

    // MARK: Helpers

    static let seeNotes = " ⚠ *see Corrections and caveats*"

    /// ` · data checked 2026-12-01`, so a class knows how current the facts are.
    static func checkedSuffix(_ c: Catalog) -> String {
        c.checkedNote.map { " · \($0)" } ?? ""
    }

    static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) " + (n == 1 ? one : many ?? one + "s")
    }

    static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    static func sortedByName(_ refs: [EntityRef], _ c: Catalog) -> [EntityRef] {
        let folded = refs.map { SearchFolding.fold(c.name($0)) }
        return refs.indices.sorted { folded[$0] == folded[$1] ? $0 < $1 : folded[$0].lexicographicallyPrecedes(folded[$1]) }.map { refs[$0] }
    }

    static func frameworkName(_ id: String, _ c: Catalog) -> String {
        guard let r = c.ref(for: id), r.kind == .framework else { return id }
        let f = c.data.frameworks[r.index]
        return f.name + (f.abbreviation.map { " (\($0))" } ?? "")
    }


    static func memberLine(_ m: (country: Int, membership: Membership), _ c: Catalog) -> String {
        let x = c.data.countries[m.country]
        var s = "**\(Markdown.escape(x.name))** — " + m.membership.years(.since)
        if m.membership.status == .suspended { s += " (suspended)" }
        if x.kind == .ally { s += " · ally" }
        return s
    }

    /// `[Title](address) — official, Publisher · `id``.
    static func sourceLine(_ id: String, _ c: Catalog) -> String? {
        guard let r = c.ref(for: id), r.kind == .source else { return nil }
        let s = c.data.sources[r.index]
        var details = [s.kind.rawValue]
        if let p = s.publisher { details.append(p) }
        if let f = s.file { details.append("file " + f) }
        return Markdown.link(s.title, s.url) + " — " + Markdown.escape(details.joined(separator: ", ")) + " · `\(id)`"
    }

    static func sourcesLine(_ ids: [String], _ c: Catalog) -> String {
        "*Sources:* " + ids.compactMap { id in
            guard let r = c.ref(for: id), r.kind == .source else { return nil }
            return Markdown.link(c.data.sources[r.index].title, c.data.sources[r.index].url)
        }.joined(separator: "; ")
    }
}
