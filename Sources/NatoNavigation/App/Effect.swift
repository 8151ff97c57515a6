// What the reducer asks the outside world to do. `reduce` changes the state and returns
// these values; the terminal loop carries them out (tests compare them), so no flag in the
// state has to be watched and cleared.

public enum Effect: Sendable, Equatable {
    /// Leave the explorer (exit status 0).
    case quit
    /// Rewrite the speaker notes file with this text (the tour's step changed).
    case writeNotes(String)
    /// Switch the colour theme: the contrast theme for the presenter profile, or back.
    case switchTheme(presenter: Bool)
    /// Draw the screen again: the clock moved something on (the year while playing).
    case redraw
}
