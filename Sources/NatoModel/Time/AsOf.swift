// "As of YEAR": the data's state at the end of that year, derived from the dates the records
// already hold (accession, joined, until, founded, ended, milestone dates). One notion of
// time for the CLI, the map and (later) the explorer.

/// The years the data can answer for, and the rules that turn dates into "existed as of".
public struct History: Sendable {
    /// The first year with an Ally: the North Atlantic Treaty, 1949.
    public static let firstYear = 1949
    /// The latest year any record mentions, or the year the data was last checked: "today"
    /// as far as the data knows.
    public let latestYear: Int
    public var years: ClosedRange<Int> { Self.firstYear...max(Self.firstYear, latestYear) }
    private let founded: [String: Int]
    private let ended: [String: Int]

    public init(_ data: DataSet) {
        var latest = Self.firstYear
        func see(_ year: Int?) { if let year { latest = max(latest, year) } }
        var founded: [String: Int] = [:]
        var ended: [String: Int] = [:]
        for f in data.frameworks {
            see(f.founded); see(f.ended)
            founded[f.common.id] = f.founded
            if let e = f.ended { ended[f.common.id] = e }
        }
        for c in data.countries {
            see(c.accession)
            for m in c.memberships { see(m.joined); see(m.until) }
        }
        for m in data.milestones { see(m.date.year) }
        // The data answers for every year up to the day it was last checked against the record.
        see(data.checked?.year)
        for b in data.institutions + data.exercises + data.organizations {
            see(b.founded); see(b.ended); see(b.years.max())
        }
        latestYear = latest
        self.founded = founded
        self.ended = ended
    }

    /// Checks a year given on the command line; the message names the valid range.
    public func check(_ year: Int, option: String = "--as-of") -> QueryError? {
        guard !years.contains(year) else { return nil }
        return .invalidValue(option: option, value: String(year), expected: ["a year from \(years.lowerBound) to \(years.upperBound)"])
    }

    /// Whether the country was an Ally at the end of `year`.
    public func isAlly(_ c: Country, asOf year: Int) -> Bool {
        c.kind == .ally && (c.accession.map { $0 <= year } ?? false)
    }

    /// Whether the framework existed at the end of `year`: founded by then and not ended in
    /// or before it (the NACC, ended 1997, does not exist as of 1997; the EAPC, founded 1997, does).
    public func frameworkExisted(_ id: String, asOf year: Int) -> Bool {
        guard let f = founded[id], f <= year else { return false }
        return ended[id].map { year < $0 } ?? true
    }

    /// Whether a membership held at the end of `year`. A membership whose `joined` year is not
    /// known counts from its framework's founding (the data says it exists, not since when);
    /// one with `until` ended in that year (Poland left PfP on becoming an Ally in 1999).
    public func membershipHeld(_ m: Membership, asOf year: Int) -> Bool {
        let start = m.joined ?? founded[m.framework] ?? Int.max
        guard start <= year else { return false }
        if let until = m.until, year >= until { return false }
        if let end = ended[m.framework], year >= end { return false }
        return true
    }

    /// Whether a membership was suspended at the end of `year`: from `suspendedFrom` until
    /// `suspendedUntil` (the year cooperation resumed), or for good while `status` is suspended.
    public func isSuspended(_ m: Membership, asOf year: Int) -> Bool {
        guard membershipHeld(m, asOf: year) else { return false }
        guard let from = m.suspendedFrom else { return m.status == .suspended }
        return from <= year && (m.suspendedUntil.map { year < $0 } ?? true)
    }

    /// Whether a membership held at the end of `year` is shown only because its joining year is
    /// not recorded (it counts from its framework's founding): reports mark it, so the
    /// assumption is never presented as a fact.
    public func startNotRecorded(_ m: Membership, asOf year: Int) -> Bool {
        m.joined == nil && year < latestYear && membershipHeld(m, asOf: year)
    }

    /// Whether a membership may have held at the end of `year` although its recorded start is
    /// later: the sources put the start as early as this year (its `uncertain` range; Kuwait's
    /// ICI membership began in 2004 or 2005). Neither "member" nor "not yet" is proven, so
    /// lists show it marked "?" and nothing may say it had not begun.
    public func membershipPossible(_ m: Membership, asOf year: Int) -> Bool {
        guard let u = m.uncertain, u.from <= year, !membershipHeld(m, asOf: year) else { return false }
        if let until = m.until, year >= until { return false }
        return frameworkExisted(m.framework, asOf: year)
    }

    /// Held, or possibly held (`membershipPossible`): what lists of that year show.
    public func membershipShown(_ m: Membership, asOf year: Int) -> Bool {
        membershipHeld(m, asOf: year) || membershipPossible(m, asOf: year)
    }

    /// Whether a membership shown at the end of `year` rests on an uncertain start: its joining
    /// year is not recorded (it counts from the founding), or the sources differ on it and
    /// `year` falls before the last year they give. Lists mark it "?".
    public func startUncertain(_ m: Membership, asOf year: Int) -> Bool {
        guard membershipShown(m, asOf: year) else { return false }
        if startNotRecorded(m, asOf: year) { return true }
        return m.uncertain.map { year < $0.to } ?? false
    }

    /// Whether the country took part in NATO at all at the end of `year`: an Ally, or a partner
    /// in at least one framework (possibly: a disputed start counts, see `membershipPossible`).
    public func isRelated(_ c: Country, asOf year: Int) -> Bool {
        isAlly(c, asOf: year) || c.memberships.contains { membershipShown($0, asOf: year) }
    }

    /// Whether a milestone had happened by the end of `year`.
    public func happened(_ m: Milestone, asOf year: Int) -> Bool { m.date.year <= year }

    /// Whether an institution, exercise or organisation existed (or had been held) by the end of
    /// `year`. Records without dates are taken as existing.
    public func existed(_ b: Body, asOf year: Int) -> Bool {
        if let f = b.founded, f > year { return false }
        if let e = b.ended, e <= year { return false }
        if let first = b.years.min(), first > year { return false }
        return true
    }
}
