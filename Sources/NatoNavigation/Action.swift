// The intents a key, a click or a resize turns into. `reduce` applies them.

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

    // Guided tours and the presenter profile.
    /// `t`: open the list of tours.
    case openTours
    /// Enter in the tour list: start the selected tour.
    case chooseTour
    /// Enter in the step index: go to the selected step.
    case chooseStep
    case nextStep, previousStep
    /// A digit of a step number typed during a tour.
    case stepDigit(Int)
    /// Enter or G during a tour: go to the typed step (Enter without a number opens, G goes to the last step).
    case goToTypedStep
    /// Go to a step (zero-based).
    case goToStep(Int)
    /// Ctrl-P or `i`: show or hide the step index.
    case toggleStepIndex
    /// `a`: auto-advance on or off.
    case toggleAutoAdvance
    /// Esc during a tour: leave it, keeping the explorer where the tour left it.
    case leaveTour
    /// The terminal loop's clock (seconds), sent about every 100 ms: drives auto-advance.
    case tick(now: Double)
    /// `p`: the presenter profile on or off.
    case togglePresenter
    /// `Q`: a quiz. The terminal layer runs it outside the screen and comes back.
    case startQuiz
}
