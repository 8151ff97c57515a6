// A loaded, validated data set with its relation indexes. Immutable once built, so it can
// be shared freely; every relation is computed once (CatalogIndex), not on each key press.
import Synchronization

public final class Catalog: Sendable {
    public let data: DataSet
    /// Every record sorted by id (CatalogIndex.idOrder, stored in the built-in image):
    /// `ref(for:)` searches it. A dictionary of the ids, built at start-up, cost a thirtieth of
    /// the first frame; it is built only for `allIDs` (suggestions after an unknown id), or
    /// given by the `--data` path, which builds it anyway and has no stored order.
    private let idOrder: [EntityRef]
    /// The `--data` path's dictionary, kept as a constant so that `ref(for:)`, which the
    /// explorer calls on every key, takes no lock.
    private let givenIDs: [String: EntityRef]?
    private let idTableStorage: Mutex<[String: EntityRef]?>
    /// Each kind's records in listing order (CatalogIndex.nameOrder), sorted on first use
    /// when the index did not bring them (the `--data` path).
    private let nameOrderStorage: Mutex<[[Int]?]>
    /// Start of each kind in the flat numbering used by `related`.
    private let offsets: [Int]
    /// Related records of each record, both directions, sorted, no duplicates, stored as one
    /// array with offsets (record with flat index i: relatedRefs[relatedStart[i]..<relatedStart[i+1]]),
    /// which takes far less memory than an array per record.
    private let relatedStart: [Int32]
    private let relatedRefs: [EntityRef]
    /// Member countries of each framework with their membership.
    private let membersByFramework: [[(country: Int, membership: Membership)]]
    /// Milestone indexes in date order (ties keep file order).
    public let milestonesByDate: [Int]
    /// Built on the first search: the first frame does not need it, and folding every text
    /// of the data set was a tenth of start-up.
    private let searchIndexStorage = Mutex<SearchIndex?>(nil)

    /// Builds the relation indexes (the `--data` path).
    public convenience init(_ data: DataSet) {
        self.init(data, ids: Self.idTable(data))
    }

    /// The same, with an id table the loader built as it read the records (the quick decoder's).
    convenience init(_ data: DataSet, ids: [String: EntityRef]) {
        self.init(data, index: CatalogIndex(data, ids: ids), ids: ids)
    }

    /// Uses relation indexes built beforehand (the built-in data set, indexed at build time).
    public convenience init(_ data: DataSet, index: CatalogIndex) {
        self.init(data, index: index, ids: nil)
    }

    private init(_ data: DataSet, index: CatalogIndex, ids: [String: EntityRef]?) {
        self.data = data
        let total = EntityKind.allCases.reduce(0) { $0 + data.count(of: $1) }
        // An index without its orders (or with orders of another size) is not searched.
        self.idOrder = index.idOrder.count == total ? index.idOrder : []
        self.givenIDs = ids
        self.idTableStorage = Mutex(ids)
        self.nameOrderStorage = Mutex(EntityKind.allCases.map { kind in
            index.nameOrder.count == EntityKind.allCases.count && index.nameOrder[kind.ordinal].count == data.count(of: kind)
                ? index.nameOrder[kind.ordinal] : nil
        })
        self.offsets = CatalogIndex.offsets(data)
        self.relatedStart = index.relatedStart
        self.relatedRefs = index.relatedRefs
        self.membersByFramework = index.members.map { slots in
            slots.map { (country: $0.country, membership: data.countries[$0.country].memberships[$0.membership]) }
        }
        self.milestonesByDate = index.milestonesByDate
    }

    static func idTable(_ data: DataSet) -> [String: EntityRef] {
        var ids: [String: EntityRef] = [:]
        ids.reserveCapacity(EntityKind.allCases.reduce(0) { $0 + data.count(of: $1) })
        for kind in EntityKind.allCases {
            for i in 0..<data.count(of: kind) { ids[data.common(kind, i).id] = EntityRef(kind, i) }
        }
        return ids
    }

    var searchIndex: SearchIndex {
        searchIndexStorage.withLock { stored in
            if let stored { return stored }
            let built = SearchIndex(data)
            stored = built
            return built
        }
    }

    // MARK: Lookup

    /// The record with this id (the last in file order if two share it, as a dictionary
    /// filled in file order would answer): a binary search of the records sorted by id.
    public func ref(for id: String) -> EntityRef? {
        if let givenIDs { return givenIDs[id] }
        if idOrder.isEmpty { return idTable[id] }
        var low = 0, high = idOrder.count
        while low < high {
            let middle = (low + high) / 2
            if self.id(idOrder[middle]) <= id { low = middle + 1 } else { high = middle }
        }
        guard low > 0, self.id(idOrder[low - 1]) == id else { return nil }
        return idOrder[low - 1]
    }

    public var allIDs: Dictionary<String, EntityRef>.Keys { idTable.keys }

    private var idTable: [String: EntityRef] {
        idTableStorage.withLock { stored in
            if let stored { return stored }
            let built = Self.idTable(data)
            stored = built
            return built
        }
    }

    /// A kind's records in the order the lists show them: milestones by date, everything
    /// else by name (what `list` answers for a query without filters, without sorting).
    public func listingOrder(_ kind: EntityKind) -> [EntityRef] {
        if kind == .milestone { return milestonesByDate.map { EntityRef(.milestone, $0) } }
        let order = nameOrderStorage.withLock { stored in
            if let order = stored[kind.ordinal] { return order }
            let built = CatalogIndex.listingOrder(of: kind, in: data)
            stored[kind.ordinal] = built
            return built
        }
        return order.map { EntityRef(kind, $0) }
    }

    public func count(_ kind: EntityKind) -> Int { data.count(of: kind) }

    public func refs(_ kind: EntityKind) -> [EntityRef] {
        (0..<data.count(of: kind)).map { EntityRef(kind, $0) }
    }

    public func id(_ r: EntityRef) -> String { data.common(r.kind, r.index).id }
    public func notes(_ r: EntityRef) -> [Note] { data.common(r.kind, r.index).notes }
    public func links(_ r: EntityRef) -> [String] { data.common(r.kind, r.index).links }

    /// The name a reader sees: a country's or framework's name, a milestone's or source's title.
    public func name(_ r: EntityRef) -> String { Self.name(r, in: data) }

    static func name(_ r: EntityRef, in data: DataSet) -> String {
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
        let i = offsets[r.kind.ordinal] + r.index
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
