// Cell geometry shared by the layout (navigation) and the grid (rendering): neither has to
// import the other for a rectangle or a position.

/// A rectangle of cells: `row`/`column` of the top-left corner, zero-based.
public struct Rect: Sendable, Equatable {
    public var row: Int
    public var column: Int
    public var width: Int
    public var height: Int

    public init(row: Int, column: Int, width: Int, height: Int) {
        self.row = row
        self.column = column
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var bottom: Int { row + height }
    public var right: Int { column + width }
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    public func contains(row r: Int, column c: Int) -> Bool {
        r >= row && r < bottom && c >= column && c < right
    }

    /// The rectangle inside a one-cell border.
    public var inner: Rect { Rect(row: row + 1, column: column + 1, width: width - 2, height: height - 2) }

    /// A box of at most `width` x `height` centred in this rectangle, at least one row below its top.
    public func centred(width w: Int, height h: Int) -> Rect {
        Rect(row: max(1, (height - h) / 2), column: max(0, (width - w) / 2), width: w, height: h)
    }
}

/// One cell on the screen.
public struct Position: Sendable, Equatable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// A screen size in cells.
public struct Size: Sendable, Equatable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
    }
}
