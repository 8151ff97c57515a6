// The one formatter for dates, years and membership spans, used by the explorer, the CLI
// reports, the handouts and the quiz. Each place picks a named style instead of writing its
// own copy, so a change here changes every place that shows the same thing.

public enum DateFormat {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Jan` for 1 (clamped to 1...12).
    public static func monthName(_ month: Int) -> String { monthNames[max(0, min(11, month - 1))] }

    /// For readers: `1994`, `Jan 1994`, `10 Jan 1994`.
    public static func readable(_ date: PartialDate) -> String {
        let dayMonth = dayAndMonth(date)
        return dayMonth.isEmpty ? String(date.year) : dayMonth + " " + String(date.year)
    }

    /// The date without its year, for lists under a year heading: `10 Jan`, `Jan`, or "" for
    /// a bare year. `alignDay` pads one-digit days (` 3 Jan`) so that the months line up.
    public static func dayAndMonth(_ date: PartialDate, alignDay: Bool = false) -> String {
        guard let month = date.month else { return "" }
        guard let day = date.day else { return monthName(month) }
        return (alignDay && day < 10 ? " " : "") + String(day) + " " + monthName(month)
    }

    /// A span of years: `2014`, or `1994–2016` (`dash` "-" where the text must stay ASCII).
    public static func years(_ span: ClosedRange<Int>, dash: String = "–") -> String {
        span.lowerBound == span.upperBound ? String(span.lowerBound) : String(span.lowerBound) + dash + String(span.upperBound)
    }

    /// How a membership's years read in each place.
    public enum SpanStyle: Sendable {
        /// The explorer's detail: `1995`, `1995–1999`, `year unknown`.
        case range
        /// A list row with little room: `1995`, `1995–99`, `?`.
        case compact
        /// Handouts: `since 1995`, `1995–1999`, `until 1999`, `year unknown`.
        case since
        /// Text reports: `since 1995`, `since 1995, until 1999`, `since (year unknown)`.
        case sinceUntil
    }

    /// `uncertain`: the years the sources disagree between; the joining year then reads
    /// `2005 (sources differ: 2004–2005)`, or `2005?` where there is little room.
    public static func membership(joined: Int?, until: Int?, uncertain: ClosedRange<Int>? = nil, _ style: SpanStyle) -> String {
        let differ = uncertain.map { " (sources differ: " + years($0) + ")" } ?? ""
        let start = joined.map { String($0) + differ }
        // Without a recorded year, the range is all there is: no parentheses to nest.
        let unknown = uncertain.map { ", between \($0.lowerBound) and \($0.upperBound)" } ?? ""
        switch style {
        case .range:
            return (start ?? "year unknown" + unknown) + (until.map { "–" + String($0) } ?? "")
        case .compact:
            let end = until.map { u in "–" + (u % 100 < 10 ? "0" : "") + String(u % 100) } ?? ""
            return (joined.map(String.init) ?? "?") + (uncertain == nil ? "" : "?") + end
        case .since:
            switch (start, until) {
            case let (j?, u?): return "\(j)–\(u)"
            case let (j?, nil): return "since \(j)"
            case let (nil, u?): return "until \(u)" + unknown
            case (nil, nil): return "year unknown" + unknown
            }
        case .sinceUntil:
            return "since " + (start ?? "(year unknown" + unknown + ")") + (until.map { ", until \($0)" } ?? "")
        }
    }
}

extension Membership {
    /// The membership's years in a style (see `DateFormat.SpanStyle`), with the sources'
    /// disagreement when the joining year is uncertain.
    public func years(_ style: DateFormat.SpanStyle) -> String {
        DateFormat.membership(joined: joined, until: until, uncertain: uncertain.map { $0.from...$0.to }, style)
    }
}
