// The entities of the partnership model. Plain values: loading builds them, nothing
// mutates them afterwards.

/// The kinds of record a data set holds, in the order they are listed and exported.
public enum EntityKind: String, CaseIterable, Sendable, Codable, Comparable {
    case source, framework, country, area, milestone, institution, exercise, organization

    /// The JSON key of the collection and the plural used on the command line.
    public var collection: String {
        switch self {
        case .source: return "sources"
        case .framework: return "frameworks"
        case .country: return "countries"
        case .area: return "areas"
        case .milestone: return "milestones"
        case .institution: return "institutions"
        case .exercise: return "exercises"
        case .organization: return "organizations"
        }
    }

    public var label: String {
        switch self {
        case .source: return "source"
        case .framework: return "framework"
        case .country: return "country"
        case .area: return "cooperation area"
        case .milestone: return "milestone"
        case .institution: return "institution"
        case .exercise: return "exercise"
        case .organization: return "organisation"
        }
    }

    public init?(collection: String) {
        // A switch, not a search of allCases: loading asks this for every record. A test
        // checks that it inverts `collection` for every kind.
        switch collection {
        case "sources": self = .source
        case "frameworks": self = .framework
        case "countries": self = .country
        case "areas": self = .area
        case "milestones": self = .milestone
        case "institutions": self = .institution
        case "exercises": self = .exercise
        case "organizations": self = .organization
        default: return nil
        }
    }

    /// Position in `allCases`: the listing and export order.
    public var ordinal: Int {
        switch self {
        case .source: return 0
        case .framework: return 1
        case .country: return 2
        case .area: return 3
        case .milestone: return 4
        case .institution: return 5
        case .exercise: return 6
        case .organization: return 7
        }
    }

    public static func < (a: EntityKind, b: EntityKind) -> Bool { a.ordinal < b.ordinal }
}

/// A titled block of text in a detail view.
public struct Section: Sendable, Equatable {
    public var title: String
    public var paragraphs: [String]
    public var bullets: [String]

    public init(title: String, paragraphs: [String] = [], bullets: [String] = []) {
        self.title = title
        self.paragraphs = paragraphs
        self.bullets = bullets
    }
}

/// A correction of (or caveat about) a claim made by a source, attached to the record it concerns.
public struct Note: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case correction, unconfirmed
    }
    public var kind: Kind
    public var claimedBy: [String]
    public var claim: String
    public var correction: String
    public var sources: [String]

    public init(kind: Kind, claimedBy: [String], claim: String, correction: String, sources: [String]) {
        self.kind = kind
        self.claimedBy = claimedBy
        self.claim = claim
        self.correction = correction
        self.sources = sources
    }
}

/// What every record shares, whatever its kind.
public struct RecordCommon: Sendable, Equatable {
    public var id: String
    public var notes: [Note]
    public var links: [String]

    public init(id: String, notes: [Note] = [], links: [String] = []) {
        self.id = id
        self.notes = notes
        self.links = links
    }
}

public struct Source: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case document, official, other
    }
    public var common: RecordCommon
    public var title: String
    public var kind: Kind
    public var url: String?
    public var publisher: String?
    public var file: String?
}

public struct Framework: Sendable, Equatable {
    public static let kinds = ["programme", "forum", "initiative", "format", "instrument", "policy"]
    public var common: RecordCommon
    public var name: String
    public var abbreviation: String?
    public var kind: String
    public var founded: Int
    public var ended: Int?
    public var region: String
    public var purpose: String
    public var summary: String
    public var areas: [String]
    public var sections: [Section]
    public var sources: [String]
    /// True when the data lists every country that is or was a member (NATO publishes a
    /// full list); false when it holds only confirmed members, so absence proves nothing.
    public var membersComplete: Bool = true
    /// True when by definition no Ally is a current member (a programme for partners).
    public var alliesExcluded: Bool = false
}

/// A year the sources disagree on or state vaguely: the true year lies in `from...to`.
/// Such a year is shown with its range and never asked in a quiz.
public struct Uncertainty: Sendable, Equatable {
    public var from: Int
    public var to: Int
    public var note: String
    public var sources: [String]

    public init(from: Int, to: Int, note: String, sources: [String]) {
        self.from = from
        self.to = to
        self.note = note
        self.sources = sources
    }

    public func contains(_ year: Int) -> Bool { year >= from && year <= to }
}

public struct Membership: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case active, suspended
    }
    public var framework: String
    public var joined: Int?
    public var status: Status
    public var until: Int?
    public var remark: String?
    /// When the sources disagree on `joined`.
    public var uncertain: Uncertainty? = nil
    /// The year cooperation was suspended: required while `status` is suspended, and with
    /// `suspendedUntil` for a suspension that has ended (Malta's PfP, 1996 to 2008), so that
    /// NATO "as of" any year shows a suspension as suspended.
    public var suspendedFrom: Int? = nil
    /// The year a past suspension ended (cooperation resumed).
    public var suspendedUntil: Int? = nil

    /// A membership that has ended (for example when a partner became an ally).
    public var isHistorical: Bool { until != nil }
}

public struct Country: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case ally, partner
    }
    public static let regions = [
        "Europe", "North America", "Eastern Europe", "South Caucasus", "Central Asia", "North Africa",
        "Middle East", "Gulf", "Asia-Pacific", "South Asia", "Latin America",
    ]
    public var common: RecordCommon
    public var name: String
    /// ISO 3166-1 alpha-3 code ("FRA"), linking the country to its shape on the map.
    public var iso: String?
    public var kind: Kind
    public var region: String
    public var accession: Int?
    public var memberships: [Membership]
    public var areas: [String]
    public var summary: String
    public var sections: [Section]
    public var sources: [String]
}

public struct Area: Sendable, Equatable {
    public var common: RecordCommon
    public var name: String
    public var summary: String
    public var sections: [Section]
    public var sources: [String]
}

public struct Milestone: Sendable, Equatable {
    public var common: RecordCommon
    public var date: PartialDate
    public var title: String
    public var summary: String
    public var countries: [String]
    public var frameworks: [String]
    public var areas: [String]
    public var sources: [String]
    /// When the sources disagree on the date's year.
    public var uncertain: Uncertainty? = nil
}

/// Institutions, exercises and organisations share one shape; `years` is used by exercises,
/// `founded`/`ended` by institutions and organisations.
public struct Body: Sendable, Equatable {
    public var common: RecordCommon
    public var name: String
    public var abbreviation: String?
    public var founded: Int?
    public var ended: Int?
    public var years: [Int]
    public var summary: String
    public var sections: [Section]
    public var sources: [String]
}
