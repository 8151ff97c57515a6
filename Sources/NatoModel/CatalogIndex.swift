// The relation indexes of a catalog, as plain arrays: built from the data set when a data set
// is loaded from JSON, or decoded ready-made from the image the build embeds for the built-in
// data set.

public struct CatalogIndex: Sendable, Equatable {
    /// A framework's member: the country and the position of the membership in its list.
    public struct MemberSlot: Sendable, Equatable {
        public var country: Int
        public var membership: Int
    }

    /// Related records of the record with flat index i: relatedRefs[relatedStart[i]..<relatedStart[i+1]].
    public var relatedStart: [Int32] = []
    public var relatedRefs: [EntityRef] = []
    /// Members of each framework, sorted by country name.
    public var members: [[MemberSlot]] = []
    /// Milestone indexes in date order (ties keep file order).
    public var milestonesByDate: [Int] = []
    /// Each kind's record indexes (by `ordinal`) sorted by folded name, as `Catalog.list` sorts
    /// them: folding and sorting the names at start-up was a twentieth of the first frame.
    public var nameOrder: [[Int]] = []
    /// Every record sorted by id, ties in file order (`Catalog.ref(for:)` searches it).
    public var idOrder: [EntityRef] = []

    init() {}

    /// Start of each kind (by `ordinal`) in the flat numbering of records.
    static func offsets(_ data: DataSet) -> [Int] {
        var offsets: [Int] = []
        var total = 0
        for kind in EntityKind.allCases {
            offsets.append(total)
            total += data.count(of: kind)
        }
        return offsets
    }

    /// Builds the indexes of a data set (at build time for the built-in data set), with the
    /// listing and id orders the image stores for a quick start.
    public init(_ data: DataSet) {
        self.init(data, ids: Catalog.idTable(data))
        (nameOrder, idOrder) = Self.orders(data)
    }

    /// The relations only (the `--data` path): a catalog finds ids with the dictionary it was
    /// given and sorts a list when one is first asked for, which costs less than sorting
    /// every list and every id while loading.
    init(_ data: DataSet, ids: [String: EntityRef]) {
        let offsets = Self.offsets(data)
        let total = EntityKind.allCases.reduce(0) { $0 + data.count(of: $1) }
        var edges: [(from: Int32, to: EntityRef)] = []
        func flat(_ r: EntityRef) -> Int { offsets[r.kind.ordinal] + r.index }
        func link(_ a: EntityRef, _ id: String) {
            guard let b = ids[id], b != a else { return }
            edges.append((Int32(flat(a)), b))
            edges.append((Int32(flat(b)), a))
        }
        var members = [[MemberSlot]](repeating: [], count: data.frameworks.count)
        for (i, c) in data.countries.enumerated() {
            let me = EntityRef(.country, i)
            for (k, m) in c.memberships.enumerated() {
                link(me, m.framework)
                if let f = ids[m.framework], f.kind == .framework { members[f.index].append(MemberSlot(country: i, membership: k)) }
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
        relatedStart = compactStart
        relatedRefs = compact
        for i in members.indices {
            members[i].sort { data.countries[$0.country].name < data.countries[$1.country].name }
        }
        self.members = members
        milestonesByDate = data.milestones.indices.sorted {
            let a = data.milestones[$0].date, b = data.milestones[$1].date
            return a == b ? $0 < $1 : a < b
        }
    }

    /// Each kind's records in listing order, and every record sorted by id.
    static func orders(_ data: DataSet) -> (nameOrder: [[Int]], idOrder: [EntityRef]) {
        let nameOrder = EntityKind.allCases.map { listingOrder(of: $0, in: data) }
        let all = EntityKind.allCases.flatMap { kind in (0..<data.count(of: kind)).map { EntityRef(kind, $0) } }
        let allIDs = all.map { data.common($0.kind, $0.index).id }
        let idOrder = all.indices.sorted { allIDs[$0] == allIDs[$1] ? $0 < $1 : allIDs[$0] < allIDs[$1] }.map { all[$0] }
        return (nameOrder, idOrder)
    }

    /// The same fold and the same sort as `Catalog.list`, so the orders are the same.
    static func listingOrder(of kind: EntityKind, in data: DataSet) -> [Int] {
        let folded = (0..<data.count(of: kind)).map { SearchFolding.fold(Catalog.name(EntityRef(kind, $0), in: data)) }
        return folded.indices.sorted { folded[$0].lexicographicallyPrecedes(folded[$1]) }
    }
}

extension EntityRef: Packable {
    public static var blank: EntityRef { EntityRef(.source, 0) }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&kind)
        coder.code(&index)
    }
}

extension CatalogIndex.MemberSlot: Packable {
    public static var blank: CatalogIndex.MemberSlot { CatalogIndex.MemberSlot(country: 0, membership: 0) }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&country)
        coder.code(&membership)
    }
}

extension CatalogIndex: Packable {
    public static var blank: CatalogIndex { CatalogIndex() }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&relatedStart)
        coder.code(&relatedRefs)
        coder.code(&members)
        coder.code(&milestonesByDate)
        coder.code(&nameOrder)
        coder.code(&idOrder)
    }
}
