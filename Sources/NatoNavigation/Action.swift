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
}
