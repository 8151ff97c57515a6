// JSON output of the non-interactive subcommands: stable keys and order for scripts.
import NatoModel

public enum JSONReports {
    typealias N = JSONWriter.Node

    static func summaryNode(_ r: EntityRef, _ c: Catalog) -> N {
        var f: [(String, N)] = [("id", .string(c.id(r))), ("kind", .string(r.kind.rawValue)), ("name", .string(c.name(r)))]
        switch r.kind {
        case .country:
            let x = c.data.countries[r.index]
            f.append(("status", .string(x.kind.rawValue)))
            f.append(("region", .string(x.region)))
            f.append(("accession", x.accession.map(N.int) ?? .null))
            f.append(("memberships", .array(x.memberships.map { membershipNode($0) })))
        case .framework:
            let x = c.data.frameworks[r.index]
            f.append(("abbreviation", x.abbreviation.map(N.string) ?? .null))
            f.append(("founded", .int(x.founded)))
            f.append(("ended", x.ended.map(N.int) ?? .null))
            let current = c.members(ofFramework: r.index).filter { !$0.membership.isHistorical }
            f.append(("members", .array(current.map { .string(c.data.countries[$0.country].common.id) })))
            f.append(("suspendedMembers", .array(current.filter { $0.membership.status == .suspended }.map { .string(c.data.countries[$0.country].common.id) })))
            f.append(("membersComplete", .bool(x.membersComplete)))
            f.append(("alliesExcluded", .bool(x.alliesExcluded)))
            f.append(("membersNote", c.partialListNote(framework: r.index).map(N.string) ?? .null))
        case .milestone:
            f.append(("date", .string(c.data.milestones[r.index].date.description)))
            f.append(("uncertain", uncertainNode(c.data.milestones[r.index].uncertain)))
        case .source:
            let s = c.data.sources[r.index]
            f.append(("sourceKind", .string(s.kind.rawValue)))
            f.append(("url", s.url.map(N.string) ?? .null))
        default:
            break
        }
        return .object(f)
    }

    static func membershipNode(_ m: Membership) -> N {
        .object([("framework", .string(m.framework)), ("joined", m.joined.map(N.int) ?? .null), ("status", .string(m.status.rawValue)),
                  ("until", m.until.map(N.int) ?? .null), ("uncertain", uncertainNode(m.uncertain))])
    }

    static func uncertainNode(_ u: Uncertainty?) -> N {
        guard let u else { return .null }
        return .object([("from", .int(u.from)), ("to", .int(u.to)), ("note", .string(u.note)), ("sources", .array(u.sources.map(N.string)))])
    }

    /// `framework`: the framework a country list was narrowed to. The list stays an array for
    /// scripts; when the framework's member list is partial, each element says so in
    /// `frameworkList` (`{"id", "membersComplete": false, "note"}`).
    public static func list(_ refs: [EntityRef], catalog c: Catalog, framework: Int? = nil) -> String {
        let note = framework.flatMap { c.partialListNote(framework: $0, shown: refs.count) }
        return JSONWriter.render(.array(refs.map { r in
            guard let framework, let note, r.kind == .country, case .object(var f) = summaryNode(r, c) else { return summaryNode(r, c) }
            f.append(("frameworkList", .object([("id", .string(c.data.frameworks[framework].common.id)), ("membersComplete", .bool(false)),
                                                ("note", .string(note))])))
            return .object(f)
        }))
    }

    public static func show(_ r: EntityRef, catalog c: Catalog) -> String {
        guard case .object(var f) = summaryNode(r, c) else { return "" }
        f.append(("summary", c.summary(r).map(N.string) ?? .null))
        f.append(("sections", .array(c.sections(r).map { s in
            .object([("title", .string(s.title)), ("paragraphs", .array(s.paragraphs.map(N.string))), ("bullets", .array(s.bullets.map(N.string)))])
        })))
        f.append(("related", .array(c.related(r).map { .object([("id", .string(c.id($0))), ("kind", .string($0.kind.rawValue)), ("name", .string(c.name($0)))]) })))
        f.append(("notes", .array(c.notes(r).map { n in
            .object([("kind", .string(n.kind.rawValue)), ("claimedBy", .array(n.claimedBy.map(N.string))), ("claim", .string(n.claim)),
                     ("correction", .string(n.correction)), ("sources", .array(n.sources.map(N.string)))])
        })))
        f.append(("sources", .array(c.sourceIDs(r).map(N.string))))
        return JSONWriter.render(.object(f))
    }

    public static func search(_ hits: [SearchHit], catalog c: Catalog) -> String {
        JSONWriter.render(.array(hits.map { h in
            .object([("id", .string(c.id(h.ref))), ("kind", .string(h.ref.kind.rawValue)), ("name", .string(c.name(h.ref))),
                     ("score", .int(h.score)), ("inName", .bool(h.inName))])
        }))
    }

    public static func timeline(_ refs: [EntityRef], catalog c: Catalog) -> String {
        JSONWriter.render(.array(refs.map { r in
            let m = c.data.milestones[r.index]
            return .object([("id", .string(m.common.id)), ("date", .string(m.date.description)), ("title", .string(m.title)),
                            ("countries", .array(m.countries.map(N.string))), ("frameworks", .array(m.frameworks.map(N.string))),
                            ("areas", .array(m.areas.map(N.string))), ("notes", .int(m.common.notes.count))])
        }))
    }

    public static func validation(_ c: Catalog) -> String {
        JSONWriter.render(.object([("ok", .bool(true)), ("counts", .object(EntityKind.allCases.map { ($0.collection, .int(c.count($0))) }))]))
    }

    public static func problems(_ p: DataProblems) -> String {
        JSONWriter.render(.object([("ok", .bool(false)), ("problems", .array(p.problems.map { x in
            .object([("file", .string(x.file)), ("location", .string(x.location)), ("message", .string(x.message))])
        }))]))
    }
}
