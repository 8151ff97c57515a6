// The whole data set in the documented file format (docs/DATA.md), as one JSON document.

extension DataSet {
    public func exportJSON() -> String {
        typealias N = JSONWriter.Node
        var root: [(String, N)] = []
        if let checked { root.append((DataSetInfo.key, .object([("checked", .string(checked.description))]))) }
        func add(_ kind: EntityKind, _ records: [N]) {
            if !records.isEmpty { root.append((kind.collection, .array(records))) }
        }
        add(.source, sources.map(\.node))
        add(.framework, frameworks.map(\.node))
        add(.country, countries.map(\.node))
        add(.area, areas.map(\.node))
        add(.milestone, milestones.map(\.node))
        add(.institution, institutions.map { $0.node(kind: .institution) })
        add(.exercise, exercises.map { $0.node(kind: .exercise) })
        add(.organization, organizations.map { $0.node(kind: .organization) })
        return JSONWriter.render(.object(root))
    }
}

private typealias Node = JSONWriter.Node

private func strings(_ list: [String]) -> Node { .array(list.map { .string($0) }) }

/// Optional fields are written only when present, so loading and exporting again is stable.
private struct Fields {
    var members: [(String, Node)] = []
    mutating func add(_ key: String, _ node: Node) { members.append((key, node)) }
    mutating func add(_ key: String, _ s: String?) { if let s { members.append((key, .string(s))) } }
    mutating func add(_ key: String, _ i: Int?) { if let i { members.append((key, .int(i))) } }
    mutating func add(_ key: String, _ list: [String]) { if !list.isEmpty { members.append((key, strings(list))) } }
    mutating func add(_ key: String, sections: [Section]) {
        if !sections.isEmpty { members.append((key, .array(sections.map(\.node)))) }
    }
    mutating func finish(_ common: RecordCommon) -> Node {
        if !common.notes.isEmpty { members.append(("notes", .array(common.notes.map(\.node)))) }
        if !common.links.isEmpty { members.append(("links", strings(common.links))) }
        return .object(members)
    }
}

extension Section {
    fileprivate var node: Node {
        var f = Fields()
        f.add("title", title)
        f.add("paragraphs", paragraphs)
        f.add("bullets", bullets)
        return .object(f.members)
    }
}

extension Note {
    fileprivate var node: Node {
        .object([("kind", .string(kind.rawValue)), ("claimedBy", strings(claimedBy)), ("claim", .string(claim)),
                 ("correction", .string(correction)), ("sources", strings(sources))])
    }
}

extension Source {
    fileprivate var node: Node {
        var f = Fields()
        f.add("id", common.id)
        f.add("title", title)
        f.add("kind", kind.rawValue)
        f.add("url", url)
        f.add("publisher", publisher)
        f.add("file", file)
        return f.finish(common)
    }
}

extension Framework {
    fileprivate var node: Node {
        var f = Fields()
        f.add("id", common.id)
        f.add("name", name)
        f.add("abbreviation", abbreviation)
        f.add("membersComplete", .bool(membersComplete))
        f.add("alliesExcluded", .bool(alliesExcluded))
        f.add("kind", kind)
        f.add("founded", founded)
        f.add("ended", ended)
        f.add("region", region)
        f.add("purpose", purpose)
        f.add("summary", summary)
        f.add("areas", areas)
        f.add("sections", sections: sections)
        f.add("sources", sources)
        return f.finish(common)
    }
}

extension Membership {
    fileprivate var node: Node {
        var f = Fields()
        f.add("framework", framework)
        f.add("joined", joined.map(Node.int) ?? .null)
        f.add("status", status.rawValue)
        f.add("until", until)
        f.add("remark", remark)
        if let uncertain { f.add("uncertain", uncertain.node) }
        f.add("suspendedFrom", suspendedFrom)
        f.add("suspendedUntil", suspendedUntil)
        return .object(f.members)
    }
}

extension Country {
    fileprivate var node: Node {
        var f = Fields()
        f.add("id", common.id)
        f.add("name", name)
        f.add("iso", iso)
        f.add("kind", kind.rawValue)
        f.add("region", region)
        f.add("accession", accession)
        if !memberships.isEmpty { f.add("memberships", .array(memberships.map(\.node))) }
        f.add("areas", areas)
        f.add("summary", summary)
        f.add("sections", sections: sections)
        f.add("sources", sources)
        return f.finish(common)
    }
}

extension Area {
    fileprivate var node: Node {
        var f = Fields()
        f.add("id", common.id)
        f.add("name", name)
        f.add("summary", summary)
        f.add("sections", sections: sections)
        f.add("sources", sources)
        return f.finish(common)
    }
}

extension Milestone {
    fileprivate var node: Node {
        var f = Fields()
        f.add("id", common.id)
        f.add("date", date.description)
        f.add("title", title)
        f.add("summary", summary)
        f.add("countries", countries)
        f.add("frameworks", frameworks)
        f.add("areas", areas)
        f.add("sources", sources)
        if let uncertain { f.add("uncertain", uncertain.node) }
        return f.finish(common)
    }
}

extension Uncertainty {
    fileprivate var node: Node {
        .object([("from", .int(from)), ("to", .int(to)), ("note", .string(note)), ("sources", strings(sources))])
    }
}

extension Body {
    fileprivate func node(kind: EntityKind) -> Node {
        var f = Fields()
        f.add("id", common.id)
        f.add("name", name)
        f.add("abbreviation", abbreviation)
        f.add("founded", founded)
        f.add("ended", ended)
        if kind == .exercise { f.add("years", .array(years.map(Node.int))) }
        f.add("summary", summary)
        f.add("sections", sections: sections)
        f.add("sources", sources)
        return f.finish(common)
    }
}
