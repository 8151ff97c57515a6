// The intents a key, a click or a resize turns into. `reduce` applies them.
import NatoModel

public enum Action: Sendable, Equatable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case focusNext, focusPrevious, focusLeft, focusRight
    case focus(Pane)
    /// Enter: in a list, open the detail; in the detail, follow the focused link.
    case open
    /// `d`: show or hide the detail (compact layout), or move the focus to it and back.
    case toggleDetail
    case back, forward
    case toggleFilter
    case startSearch
    case searchInput(Character)
    case searchBackspace
    case searchNext, searchPrevious
    case acceptSearch
    /// Esc: close the top overlay, leave the detail, or turn the filter off.
    case escape
    case toggleHelp
    case nextLink, previousLink
    /// Scroll the detail by this many lines.
    case scrollDetail(Int)
    /// Jump the timeline by this many decades.
    case jumpDecade(Int)
    case resize(columns: Int, rows: Int)
    case click(row: Int, column: Int)
    /// Mouse wheel over a position: negative scrolls up.
    case wheel(row: Int, column: Int, delta: Int)
    case quit

    /// Guided tours and the presenter profile (the tour feature's own actions).
    case tour(TourAction)
    /// The year shown and its player (Time/TimeState.swift).
    case time(TimeAction)
    /// The map pane (Map/MapPaneState.swift).
    case map(MapAction)
    /// The quiz feature's actions (`Q` opens it).
    case quiz(QuizAction)
    /// The terminal loop could not write the speaker notes file: say why on the status line.
    case notesFileFailed(String)
}

/// The tour feature's actions (see Tours/TourReducer.swift).
public enum TourAction: Sendable, Equatable {
    /// `t`: open the list of tours.
    case openList
    /// Enter in the tour list: start the selected tour.
    case chooseTour
    /// Enter in the step index: go to the selected step.
    case chooseStep
    case next, previous
    /// A digit of a step number typed during a tour.
    case digit(Int)
    /// Enter or G during a tour: go to the typed step.
    case goToTyped
    /// Go to a step (zero-based).
    case goTo(Int)
    /// Ctrl-P or `i`: show or hide the step index.
    case toggleIndex
    /// `a`: auto-advance on or off.
    case toggleAutoAdvance
    /// Esc during a tour: leave it, keeping the explorer where the tour left it.
    case leave
    /// The terminal loop's clock (seconds), sent about every 100 ms: drives auto-advance.
    case tick(Double)
    /// `p`: the presenter profile on or off.
    case togglePresenter
    /// Start a tour at its first step; `interval` switches auto-advance on.
    case start(Tour, interval: Double?)
}

/// The tour actions under the names the key map and the tests use.
extension Action {
    public static var openTours: Action { .tour(.openList) }
    public static var chooseTour: Action { .tour(.chooseTour) }
    public static var chooseStep: Action { .tour(.chooseStep) }
    public static var nextStep: Action { .tour(.next) }
    public static var previousStep: Action { .tour(.previous) }
    public static func stepDigit(_ d: Int) -> Action { .tour(.digit(d)) }
    public static var goToTypedStep: Action { .tour(.goToTyped) }
    public static func goToStep(_ n: Int) -> Action { .tour(.goTo(n)) }
    public static var toggleStepIndex: Action { .tour(.toggleIndex) }
    public static var toggleAutoAdvance: Action { .tour(.toggleAutoAdvance) }
    public static var leaveTour: Action { .tour(.leave) }
    public static func tick(now: Double) -> Action { .tour(.tick(now)) }
    public static var togglePresenter: Action { .tour(.togglePresenter) }
    public static func startTour(_ tour: Tour, interval: Double? = nil) -> Action { .tour(.start(tour, interval: interval)) }
}
