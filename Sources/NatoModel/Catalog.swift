// A loaded, validated data set with its relation indexes. Immutable once built, so it can
// be shared freely; every relation is computed once here, not on each key press.

public final class Catalog: Sendable {
    public let data: DataSet
    private let ids: [String: EntityRef]
    /// Start of each kind in the flat numbering used by `related`.
    private let offsets: [EntityKind: Int]
    /// Related records of each record, both directions, sorted, no duplicates, stored as one
    /// array with offsets (record with flat index i: relatedRefs[relatedStart[i]..<relatedStart[i+1]]),
    /// which takes far less memory than an array per record.
    private let relatedStart: [Int32]
    private let relatedRefs: [EntityRef]
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

        var edges: [(from: Int32, to: EntityRef)] = []
        func flat(_ r: EntityRef) -> Int { offsets[r.kind, default: 0] + r.index }
        func link(_ a: EntityRef, _ id: String) {
            guard let b = ids[id], b != a else { return }
            edges.append((Int32(flat(a)), b))
            edges.append((Int32(flat(b)), a))
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
        // Counting sort of the edges by source record, then sort and dedupe each run.
        var start = [Int32](repeating: 0, count: total + 1)
        for e in edges { start[Int(e.from) + 1] += 1 }
        for i in 0..<total { start[i + 1] += start[i] }
        var fill = start
        var refs = [EntityRef](repeating: EntityRef(.source, 0), count: edges.count)
        for e in edges {
            refs[Int(fill[Int(e.from)])] = e.to
            fill[Int(e.from)] += 1
        }
        edges = []
        var compact: [EntityRef] = []
        compact.reserveCapacity(refs.count)
        var compactStart = [Int32](repeating: 0, count: total + 1)
        for i in 0..<total {
            let run = refs[Int(start[i])..<Int(start[i + 1])].sorted()
            for (k, r) in run.enumerated() where k == 0 || r != run[k - 1] { compact.append(r) }
            compactStart[i + 1] = Int32(compact.count)
        }
        self.relatedStart = compactStart
        self.relatedRefs = compact
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
        let i = offsets[r.kind, default: 0] + r.index
        return Array(relatedRefs[Int(relatedStart[i])..<Int(relatedStart[i + 1])])
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
