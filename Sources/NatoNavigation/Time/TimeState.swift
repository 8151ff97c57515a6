// Time in the explorer: the year the data is shown "as of" (nil: today), and the player that
// steps it one year a tick. The history rules are built once per catalog (AppState.init).
import NatoModel

/// The history rules, compared by identity of the catalog they came from: they never change
/// while the explorer runs, so two states always hold equal ones.
public struct HistoryRules: Sendable, Equatable {
    public let rules: History
    init(_ catalog: Catalog) { rules = catalog.history }
    public static func == (a: HistoryRules, b: HistoryRules) -> Bool { a.rules.latestYear == b.rules.latestYear }
}

/// The explorer's year and its player.
public struct TimeState: Sendable, Equatable {
    /// The year shown; nil: today (the data's latest year).
    public internal(set) var asOf: Int?
    /// Playing: the year moves on one step every `speed.seconds`.
    public internal(set) var playing = false
    public internal(set) var speed: PlaySpeed = .normal
    /// The clock (seconds) when the year last moved while playing.
    var lastStep: Double = 0

    public enum PlaySpeed: Int, Sendable, CaseIterable, Equatable {
        case slow, normal, fast, fastest
        public var seconds: Double {
            switch self {
            case .slow: return 2
            case .normal: return 1
            case .fast: return 0.5
            case .fastest: return 0.2
            }
        }
        public var label: String {
            switch self {
            case .slow: return "slow (2 s a year)"
            case .normal: return "normal (1 s a year)"
            case .fast: return "fast (0.5 s a year)"
            case .fastest: return "fastest (0.2 s a year)"
            }
        }
    }
}

/// The time feature's actions.
public enum TimeAction: Sendable, Equatable {
    /// Step the year by this many years (from today, -1 goes to the year before the latest).
    case step(Int)
    /// Back to today.
    case today
    /// Play from 1949 (or on from the year shown) to today, one year a tick; again: pause.
    case togglePlay
    /// Faster (+1) or slower (-1).
    case speed(Int)
}

extension AppState {
    /// The year everything is shown as of: the chosen year, or the data's latest.
    public var year: Int { time.asOf ?? history.rules.latestYear }

    /// Whether a record existed at the end of the year shown (always true for today).
    public func existed(_ r: EntityRef, _ catalog: Catalog) -> Bool {
        guard let y = time.asOf else { return true }
        return catalog.existed(r, asOf: y, history.rules)
    }

    mutating func reduceTime(_ action: TimeAction, _ catalog: Catalog) -> [Effect] {
        let years = history.rules.years
        switch action {
        case .step(let n):
            time.playing = false
            setYear(clamp(year.addingClamped(n), years.lowerBound, years.upperBound), catalog)
            message = time.asOf.map { "As of \($0): \(Self.summary(catalog, $0, history.rules))" } ?? "Today"
        case .today:
            time.playing = false
            setYear(nil, catalog)
            message = "Today"
        case .togglePlay:
            time.playing.toggle()
            if time.playing {
                // From 1949 when at today (nothing to play forward to), else on from the year shown.
                if time.asOf == nil || year >= years.upperBound { setYear(years.lowerBound, catalog) }
                time.lastStep = clock
                message = "Playing \(year) to \(years.upperBound): P pauses"
            } else {
                message = "Paused at \(year)"
            }
        case .speed(let d):
            let all = TimeState.PlaySpeed.allCases
            time.speed = all[clamp(time.speed.rawValue + d, 0, all.count - 1)]
            message = "Play speed: " + time.speed.label
        }
        return []
    }

    /// The clock moved: while playing, step one year each `speed.seconds`; stop at today.
    /// Returns whether the year changed (the screen must be redrawn).
    mutating func playTick(_ catalog: Catalog) -> Bool {
        guard time.playing else { return false }
        if clock < time.lastStep { time.lastStep = clock }
        guard clock - time.lastStep >= time.speed.seconds else { return false }
        time.lastStep = clock
        let next = year + 1
        if next >= history.rules.latestYear {
            setYear(nil, catalog)
            time.playing = false
            message = "Today: \(history.rules.latestYear)"
        } else {
            setYear(next, catalog)
        }
        return true
    }

    /// Sets the year (nil: today); the detail follows, as its text depends on the year.
    mutating func setYear(_ y: Int?, _ catalog: Catalog) {
        time.asOf = y == history.rules.latestYear ? nil : y
    }

    static func summary(_ catalog: Catalog, _ y: Int, _ h: History) -> String {
        let allies = catalog.allies(asOf: y, h).count
        let frameworks = catalog.frameworks(asOf: y, h).count
        return "\(allies) Allies, \(frameworks) frameworks"
    }
}
