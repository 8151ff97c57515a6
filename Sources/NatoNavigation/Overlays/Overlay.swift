// The boxes drawn over the panes. Each case carries its own state, so closing an overlay
// drops it and nothing is left to reset.
import NatoModel
import NatoText

public enum Overlay: Sendable, Equatable {
    /// `/`: the search box (its query and results live in `AppState.search`, for n and N).
    case search
    /// `?`: the keys of the context under the overlay.
    case help(ListState<KeyMap.Binding>)
    /// `t`: the list of tours to pick one.
    case tourList(ListState<Tour>)
    /// Ctrl-P or `i` during a tour: the steps of the tour.
    case tourSteps(ListState<TourStep>)
    /// `Q`: a quiz from the data.
    case quiz(QuizState)
}

extension Layout {
    /// A box centred on the screen.
    func centredBox(width: Int, height: Int) -> Rect {
        Rect(row: max(1, (rows - height) / 2), column: max(0, (columns - width) / 2), width: width, height: height)
    }

    /// The search overlay: an input line, a rule, then the results.
    public var searchBox: Rect { centredBox(width: min(columns - 4, 76), height: min(rows - 4, 22)) }

    /// Result rows the search overlay shows.
    public var searchResultRows: Int { max(0, searchBox.height - 4) }

    /// The help overlay.
    public var helpBox: Rect { centredBox(width: min(columns - 4, 64), height: rows - 4) }

    /// Binding rows the help overlay shows.
    public var helpRows: Int { max(0, helpBox.height - 2) }

    /// The tour list and the step index overlays.
    public var pickerBox: Rect { centredBox(width: min(columns - 4, 76), height: min(rows - 4, 20)) }

    /// Rows of choices the picker shows (its last inner rows hold a description).
    public var pickerRows: Int { max(0, pickerBox.height - 2 - 3) }

    /// The quiz overlay: as large as the help, as wide as the search.
    public var quizBox: Rect { centredBox(width: min(columns - 4, 76), height: rows - 4) }

    /// First visible choice, so that the selection stays in view.
    public static func pickerScroll(selection: Int, count: Int, rows: Int) -> Int {
        guard rows > 0, count > rows else { return 0 }
        return min(max(0, selection - rows / 2), count - rows)
    }
}
