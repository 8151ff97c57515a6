// Narrowing a list of records: by framework, area, country, kind, region or years.

public struct ListQuery: Sendable, Equatable {
    public var kind: EntityKind
    public var framework: String?
    public var area: String?
    public var country: String?
    /// Country kind (ally/partner), framework kind or source kind.
    public var subkind: String?
    public var region: String?
    public var from: Int?
    public var to: Int?
    /// Countries: include memberships that have ended (when filtering by framework).
    public var includeFormer: Bool

    public init(kind: EntityKind, framework: String? = nil, area: String? = nil, country: String? = nil, subkind: String? = nil,
                region: String? = nil, from: Int? = nil, to: Int? = nil, includeFormer: Bool = false) {
        self.kind = kind
        self.framework = framework
        self.area = area
        self.country = country
        self.subkind = subkind
        self.region = region
        self.from = from
        self.to = to
        self.includeFormer = includeFormer
    }
}

public enum QueryError: Error, Equatable, CustomStringConvertible {
    case unknownID(String, expected: EntityKind, suggestion: String?)
    case invalidValue(option: String, value: String, expected: [String])

    public var description: String {
        switch self {
        case let .unknownID(id, kind, suggestion):
            var s = "no \(kind.label) '\(id)'"
            if let suggestion { s += "; did you mean '\(suggestion)'?" }
            return s + " (see 'natoscope list \(kind.collection)')"
        case let .invalidValue(option, value, expected):
            return "invalid value '\(value)' for \(option); expected one of: \(expected.joined(separator: ", "))"
        }
    }
}

extension Catalog {
    /// Resolves an id that must be of one kind, with a suggestion when it is not found.
    public func require(_ id: String, _ kind: EntityKind) throws(QueryError) -> EntityRef {
        if let r = ref(for: id), r.kind == kind { return r }
        let candidates = refs(kind).map { self.id($0) }
        throw QueryError.unknownID(id, expected: kind, suggestion: Suggest.nearest(to: id, among: candidates))
    }

    /// The records of `query.kind` that pass every filter, in listing order (milestones by date,
    /// everything else by name).
    public func list(_ query: ListQuery) throws(QueryError) -> [EntityRef] {
        var result = refs(query.kind)
        if query.kind == .milestone {
            result = milestonesByDate.map { EntityRef(.milestone, $0) }
        } else {
            let folded = result.map { SearchFolding.fold(name($0)) }
            result = result.indices.sorted { folded[$0].lexicographicallyPrecedes(folded[$1]) }.map { result[$0] }
        }
        if let id = query.framework {
            let f = try require(id, .framework)
            if query.kind == .country {
                let members = Set(self.members(ofFramework: f.index).filter { query.includeFormer || !$0.membership.isHistorical }.map(\.country))
                result = result.filter { members.contains($0.index) }
            } else {
                let rel = Set(related(f))
                result = result.filter { rel.contains($0) || $0 == f }
            }
        }
        if let id = query.area {
            let a = try require(id, .area)
            let rel = Set(related(a))
            result = result.filter { rel.contains($0) || $0 == a }
        }
        if let id = query.country {
            let c = try require(id, .country)
            let rel = Set(related(c))
            result = result.filter { rel.contains($0) || $0 == c }
        }
        if let sub = query.subkind {
            let options: [String]
            switch query.kind {
            case .country: options = Country.Kind.allCases.map(\.rawValue)
            case .framework: options = Framework.kinds
            case .source: options = Source.Kind.allCases.map(\.rawValue)
            default: throw QueryError.invalidValue(option: "--kind", value: sub, expected: ["(only for countries, frameworks and sources)"])
            }
            guard options.contains(sub) else { throw QueryError.invalidValue(option: "--kind", value: sub, expected: options) }
            result = result.filter { r in
                switch r.kind {
                case .country: return data.countries[r.index].kind.rawValue == sub
                case .framework: return data.frameworks[r.index].kind == sub
                case .source: return data.sources[r.index].kind.rawValue == sub
                default: return true
                }
            }
        }
        if let region = query.region {
            let regions: [String]
            switch query.kind {
            case .country: regions = Array(Set(data.countries.map(\.region))).sorted()
            case .framework: regions = Array(Set(data.frameworks.map(\.region))).sorted()
            default: throw QueryError.invalidValue(option: "--region", value: region, expected: ["(only for countries and frameworks)"])
            }
            guard let match = regions.first(where: { SearchFolding.fold($0) == SearchFolding.fold(region) }) else {
                throw QueryError.invalidValue(option: "--region", value: region, expected: regions)
            }
            result = result.filter { r in
                r.kind == .country ? data.countries[r.index].region == match : data.frameworks[r.index].region == match
            }
        }
        if query.from != nil || query.to != nil {
            let lo = query.from ?? Int.min, hi = query.to ?? Int.max
            result = result.filter { r in
                guard let y = year(r) else { return true }
                return y >= lo && y <= hi
            }
        }
        return result
    }

    /// The year a record is placed at, for --from/--to: a milestone's date, a framework's
    /// founding, an ally's accession.
    public func year(_ r: EntityRef) -> Int? {
        switch r.kind {
        case .milestone: return data.milestones[r.index].date.year
        case .framework: return data.frameworks[r.index].founded
        case .country: return data.countries[r.index].accession
        case .institution: return data.institutions[r.index].founded
        case .organization: return data.organizations[r.index].founded
        case .exercise: return data.exercises[r.index].years.first
        default: return nil
        }
    }
}
