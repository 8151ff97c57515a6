// A loaded, validated data set with its relation indexes. Immutable once built, so it can
// be shared freely; every relation is computed once here, not on each key press.

public final class Catalog: Sendable {
    public let data: DataSet
    private let ids: [String: EntityRef]
    /// Start of each kind in the flat numbering used by `related`.
    private let offsets: [EntityKind: Int]
    /// Related records of each record (flat index), both directions, sorted, no duplicates.
    private let relatedFlat: [[EntityRef]]
    /// Member countries of each framework with their membership.
    private let membersByFramework: [[(country: Int, membership: Membership)]]
    /// Milestone indexes in date order (ties keep file order).
    public let milestonesByDate: [Int]
    let searchIndex: SearchIndex

    public init(_ data: DataSet) {
        self.data = data
        var ids: [String: EntityRef] = [:]
        var offsets: [EntityKind: Int] = [:]
        var total = 0
        for kind in EntityKind.allCases {
            offsets[kind] = total
            let n = data.count(of: kind)
            ids.reserveCapacity(total + n)
            for i in 0..<n { ids[data.common(kind, i).id] = EntityRef(kind, i) }
            total += n
        }
        self.ids = ids
        self.offsets = offsets

        var related = [[EntityRef]](repeating: [], count: total)
        func flat(_ r: EntityRef) -> Int { offsets[r.kind, default: 0] + r.index }
        func link(_ a: EntityRef, _ id: String) {
            guard let b = ids[id], b != a else { return }
            related[flat(a)].append(b)
            related[flat(b)].append(a)
        }
        var members = [[(country: Int, membership: Membership)]](repeating: [], count: data.frameworks.count)
        for (i, c) in data.countries.enumerated() {
            let me = EntityRef(.country, i)
            for m in c.memberships {
                link(me, m.framework)
                if let f = ids[m.framework], f.kind == .framework { members[f.index].append((i, m)) }
            }
            for a in c.areas { link(me, a) }
        }
        for (i, f) in data.frameworks.enumerated() {
            for a in f.areas { link(EntityRef(.framework, i), a) }
        }
        for (i, m) in data.milestones.enumerated() {
            let me = EntityRef(.milestone, i)
            for id in m.countries { link(me, id) }
            for id in m.frameworks { link(me, id) }
            for id in m.areas { link(me, id) }
        }
        for kind in EntityKind.allCases {
            for i in 0..<data.count(of: kind) {
                for id in data.common(kind, i).links { link(EntityRef(kind, i), id) }
            }
        }
        for i in related.indices where related[i].count > 1 {
            related[i] = Array(Set(related[i])).sorted()
        }
        self.relatedFlat = related
        for i in members.indices {
            members[i].sort { data.countries[$0.country].name < data.countries[$1.country].name }
        }
        self.membersByFramework = members
        self.milestonesByDate = data.milestones.indices.sorted {
            let a = data.milestones[$0].date, b = data.milestones[$1].date
            return a == b ? $0 < $1 : a < b
        }
        self.searchIndex = SearchIndex(data)
    }

    // MARK: Lookup

    public func ref(for id: String) -> EntityRef? { ids[id] }

    public var allIDs: Dictionary<String, EntityRef>.Keys { ids.keys }

    public func count(_ kind: EntityKind) -> Int { data.count(of: kind) }

    public func refs(_ kind: EntityKind) -> [EntityRef] {
        (0..<data.count(of: kind)).map { EntityRef(kind, $0) }
    }

    public func id(_ r: EntityRef) -> String { data.common(r.kind, r.index).id }
    public func notes(_ r: EntityRef) -> [Note] { data.common(r.kind, r.index).notes }
    public func links(_ r: EntityRef) -> [String] { data.common(r.kind, r.index).links }

    /// The name a reader sees: a country's or framework's name, a milestone's or source's title.
    public func name(_ r: EntityRef) -> String {
        switch r.kind {
        case .source: return data.sources[r.index].title
        case .framework: return data.frameworks[r.index].name
        case .country: return data.countries[r.index].name
        case .area: return data.areas[r.index].name
        case .milestone: return data.milestones[r.index].title
        case .institution: return data.institutions[r.index].name
        case .exercise: return data.exercises[r.index].name
        case .organization: return data.organizations[r.index].name
        }
    }

    public func abbreviation(_ r: EntityRef) -> String? {
        switch r.kind {
        case .framework: return data.frameworks[r.index].abbreviation
        case .institution: return data.institutions[r.index].abbreviation
        case .exercise: return data.exercises[r.index].abbreviation
        case .organization: return data.organizations[r.index].abbreviation
        default: return nil
        }
    }

    public func summary(_ r: EntityRef) -> String? {
        switch r.kind {
        case .source: return nil
        case .framework: return data.frameworks[r.index].summary
        case .country: return data.countries[r.index].summary
        case .area: return data.areas[r.index].summary
        case .milestone: return data.milestones[r.index].summary
        case .institution: return data.institutions[r.index].summary
        case .exercise: return data.exercises[r.index].summary
        case .organization: return data.organizations[r.index].summary
        }
    }

    public func sections(_ r: EntityRef) -> [Section] {
        switch r.kind {
        case .source, .milestone: return []
        case .framework: return data.frameworks[r.index].sections
        case .country: return data.countries[r.index].sections
        case .area: return data.areas[r.index].sections
        case .institution: return data.institutions[r.index].sections
        case .exercise: return data.exercises[r.index].sections
        case .organization: return data.organizations[r.index].sections
        }
    }

    /// The source ids a record cites (a source cites none).
    public func sourceIDs(_ r: EntityRef) -> [String] {
        switch r.kind {
        case .source: return []
        case .framework: return data.frameworks[r.index].sources
        case .country: return data.countries[r.index].sources
        case .area: return data.areas[r.index].sources
        case .milestone: return data.milestones[r.index].sources
        case .institution: return data.institutions[r.index].sources
        case .exercise: return data.exercises[r.index].sources
        case .organization: return data.organizations[r.index].sources
        }
    }

    // MARK: Relations

    /// Every record tied to `r` by a membership, an area, a milestone link or a `links` entry,
    /// in either direction; sorted by kind, then file order.
    public func related(_ r: EntityRef) -> [EntityRef] {
        relatedFlat[offsets[r.kind, default: 0] + r.index]
    }

    public func related(_ r: EntityRef, kind: EntityKind) -> [EntityRef] {
        related(r).filter { $0.kind == kind }
    }

    /// The countries of a framework, current and historical, sorted by name.
    public func members(ofFramework index: Int) -> [(country: Int, membership: Membership)] {
        membersByFramework[index]
    }

    public func membership(country: Int, framework: Int) -> Membership? {
        let id = data.frameworks[framework].common.id
        return data.countries[country].memberships.first { $0.framework == id }
    }

    /// Records that cite the source `index`.
    public func citing(source index: Int) -> [EntityRef] {
        let id = data.sources[index].common.id
        var out: [EntityRef] = []
        for kind in EntityKind.allCases where kind != .source {
            for i in 0..<count(kind) where sourceIDs(EntityRef(kind, i)).contains(id) { out.append(EntityRef(kind, i)) }
        }
        return out
    }
}
