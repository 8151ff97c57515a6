// Keys as the terminal adapter decodes them. The navigation layer maps them to actions
// through one key map, which also draws the help overlay and the status-line hints.

public enum MouseButton: Sendable, Equatable {
    case left, middle, right, wheelUp, wheelDown
}

public struct MouseEvent: Sendable, Equatable {
    public var row: Int
    public var column: Int
    public var button: MouseButton

    public init(row: Int, column: Int, button: MouseButton) {
        self.row = row
        self.column = column
        self.button = button
    }
}

public enum Key: Sendable, Equatable {
    case character(Character)
    /// Ctrl plus a letter, lowercased: Ctrl-C is `.control("c")`.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    case mouse(MouseEvent)
    /// The terminal was resized to this many columns and rows.
    case resize(columns: Int, rows: Int)
}
