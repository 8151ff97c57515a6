// What each country is to NATO on the map, as of a year and for the current selection, and
// the legend that counts them.
import NatoModel

/// A pixel's role; the integration maps roles to styles. Ordered by how much a cell with two
/// different roles should show the first (`priority`).
public enum MapRole: Int, Sendable, CaseIterable, Equatable {
    case sea, unrelated, ally, partner, member, suspended, former, selected

    /// Higher wins when one glyph must stand for two pixels (patterns, markers).
    public var priority: Int {
        switch self {
        case .sea: return 0
        case .unrelated: return 1
        case .partner: return 2
        case .ally: return 3
        case .former: return 4
        case .suspended: return 5
        case .member: return 6
        case .selected: return 7
        }
    }
}

/// What the map highlights: a framework's members, a country, at the end of a year.
public struct MapSelection: Sendable, Equatable {
    public var framework: String?
    public var country: String?
    /// nil: the data's latest year.
    public var year: Int?

    public init(framework: String? = nil, country: String? = nil, year: Int? = nil) {
        self.framework = framework
        self.country = country
        self.year = year
    }
}

public struct LegendEntry: Sendable, Equatable {
    public var role: MapRole
    /// Built from data text (abbreviations, names): make it inert before printing.
    public var label: String
    public var count: Int?
}

/// Roles of the data's countries, keyed by ISO code, and the legend.
public struct MapRoles: Sendable {
    public let year: Int
    public let byISO: [String: MapRole]
    /// The country record (index in the data) of each ISO code, so a click on a shape selects it.
    public let countryByISO: [String: Int]
    public let legend: [LegendEntry]

    public init(catalog: Catalog, selection: MapSelection, history: History) {
        let year = selection.year ?? history.latestYear
        self.year = year
        let data = catalog.data
        let framework = selection.framework.flatMap { id in data.frameworks.firstIndex { $0.common.id == id } }
        var byISO: [String: MapRole] = [:]
        var counts: [MapRole: Int] = [:]
        /// Of each role's count, how many hold it only possibly (a start the sources dispute).
        var possibly: [MapRole: Int] = [:]
        var selectedName: String?
        var countryByISO: [String: Int] = [:]
        for (i, c) in data.countries.enumerated() {
            if let iso = c.iso { countryByISO[iso] = i }
            let found = Self.role(of: c, framework: framework.map { data.frameworks[$0].common.id }, year: year, history)
            var role = found.role
            if found.onlyPossibly { possibly[role, default: 0] += 1 }
            if c.common.id == selection.country {
                selectedName = c.name
                counts[role, default: 0] += 1  // counted in its relation too
                role = .selected
            } else {
                counts[role, default: 0] += 1
            }
            if let iso = c.iso { byISO[iso] = role }
        }
        self.byISO = byISO
        self.countryByISO = countryByISO
        var legend: [LegendEntry] = []
        func add(_ role: MapRole, _ label: String) {
            guard let n = counts[role], n > 0 else { return }
            let note = possibly[role].map { " (\($0) possibly: sources differ on the year)" } ?? ""
            legend.append(LegendEntry(role: role, label: label + note, count: n))
        }
        if let f = framework {
            let name = data.frameworks[f].abbreviation ?? data.frameworks[f].name
            // A partial list (NATO publishes none) proves who takes part, not who does not:
            // the count is of confirmed members, and "Other partners" may hold more.
            add(.member, data.frameworks[f].membersComplete ? "\(name) members" : "\(name) members (confirmed)")
            add(.suspended, "\(name) suspended")
            add(.former, "Former \(name) members")
            add(.ally, "Other Allies")
            add(.partner, "Other partners")
        } else {
            add(.ally, "Allies")
            add(.partner, "Partners")
            add(.suspended, "Suspended partners")
            add(.former, "Former partners")
        }
        if let selectedName { legend.append(LegendEntry(role: .selected, label: selectedName, count: nil)) }
        legend.append(LegendEntry(role: .unrelated, label: "Not related", count: nil))
        self.legend = legend
    }

    /// A country's role at the end of `year`. With a framework selected, its members (and
    /// only they) are `.member`; without, every partnership counts. A membership whose start
    /// the sources dispute counts from the earliest year they give, as lists show it (marked
    /// "?"); `onlyPossibly` says the role rests on such memberships alone (the legend counts
    /// them).
    static func role(of c: Country, framework: String?, year: Int, _ h: History) -> (role: MapRole, onlyPossibly: Bool) {
        func allPossible(_ ms: [Membership]) -> Bool { ms.allSatisfy { h.membershipPossible($0, asOf: year) } }
        if let framework {
            if let m = c.memberships.first(where: { $0.framework == framework }) {
                if h.membershipShown(m, asOf: year) { return (h.isSuspended(m, asOf: year) ? .suspended : .member, allPossible([m])) }
                if let until = m.until, until <= year { return (.former, false) }
            }
            if h.isAlly(c, asOf: year) { return (.ally, false) }
            let shown = c.memberships.filter { h.membershipShown($0, asOf: year) }
            return shown.isEmpty ? (.unrelated, false) : (.partner, allPossible(shown))
        }
        if h.isAlly(c, asOf: year) { return (.ally, false) }
        let shown = c.memberships.filter { h.membershipShown($0, asOf: year) }
        if !shown.isEmpty {
            // A possible membership is never suspended, so a suspended role rests on none.
            return (shown.allSatisfy { h.isSuspended($0, asOf: year) } ? .suspended : .partner, allPossible(shown))
        }
        return (c.memberships.contains { $0.until.map { $0 <= year } ?? false } ? .former : .unrelated, false)
    }
}
