// Draws the map: fills every country into a pixel buffer, marks the ones too small to show,
// and folds pixel pairs into half-block cells carrying the role of each half.

/// One terminal cell: the upper and lower pixel's roles. `marker` cells stand for a country
/// too small to draw at this scale (Malta at world scale) and show one glyph in its role.
public struct MapCell: Sendable, Equatable {
    public var top: MapRole
    public var bottom: MapRole
    public var marker: Bool

    /// How to draw the cell in colour: a glyph, the role whose colour is its foreground and the
    /// role whose colour is its background. The sea keeps the terminal's own background, so a
    /// half-land cell draws the land half as the glyph (upper or lower half block).
    public var halfBlock: (character: Character, foreground: MapRole, background: MapRole) {
        if marker { return ("●", top, .sea) }
        switch (top == .sea, bottom == .sea) {
        case (true, true): return (" ", .sea, .sea)
        case (false, true): return ("▀", top, .sea)
        case (true, false): return ("▄", bottom, .sea)
        case (false, false): return top == bottom ? ("█", top, .sea) : ("▀", top, bottom)
        }
    }

    public var character: Character { halfBlock.character }

    /// The role one glyph shows when colour is not available.
    public var dominant: MapRole { top.priority >= bottom.priority ? top : bottom }
}

public struct MapImage: Sendable {
    public let columns: Int, rows: Int
    public let cells: [MapCell]
    /// Two pixels a cell (top, bottom), each knowing its country shape.
    public let pixels: PixelBuffer
    public let view: MapView
    public let world: WorldMap

    /// Cell offsets nearest first, for placing a marker whose own cell is taken.
    private static let nearby: [(Int, Int)] = [(0, 0), (1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (-1, -1), (1, 1), (-1, 1), (2, 0), (-2, 0)]

    public func cell(_ column: Int, _ row: Int) -> MapCell { cells[row * columns + column] }

    /// The ISO code of the country covering a cell's upper (or lower) half, if any.
    public func iso(column: Int, row: Int, lower: Bool = false) -> String? {
        pixels[column, row * 2 + (lower ? 1 : 0)].map { world.shapes[$0].iso }
    }

    /// The cell under a longitude/latitude, or nil outside the view.
    public func cellPosition(lon: Float, lat: Float) -> (column: Int, row: Int, lower: Bool)? {
        view.pixel(lon: lon, lat: lat).map { ($0.x, $0.y / 2, $0.y % 2 == 1) }
    }

    /// Draws `roles` over `region` into columns x rows cells; nil when the region is a fit of
    /// countries the map does not know.
    public init?(world: WorldMap = .builtin, roles: [String: MapRole], region: MapRegion, columns: Int, rows: Int) {
        guard columns > 0, rows > 0, let box = region.projectedBox(in: world) else { return nil }
        self.columns = columns
        self.rows = rows
        self.world = world
        let view = MapView(box: box, width: columns, height: rows * 2)
        self.view = view
        var pixels = PixelBuffer(width: columns, height: rows * 2)
        for (i, shape) in world.shapes.enumerated() {
            pixels.fill(shape, index: Int16(i), view: view)
        }
        var roleOf = world.shapes.map { roles[$0.iso] ?? roles[WorldMap.roleISO($0.iso)] ?? .unrelated }
        // Count pixels per shape to find the related countries that got none.
        var count = [Int](repeating: 0, count: world.shapes.count)
        for o in pixels.owner where o >= 0 { count[Int(o)] += 1 }
        let drawn = count.map { $0 > 0 }
        // A marker must not cover the few pixels of another small country (Qatar beside Bahrain).
        func holdsSmallCountry(_ col: Int, _ row: Int) -> Bool {
            [pixels.owner[row * 2 * columns + col], pixels.owner[(row * 2 + 1) * columns + col]].contains { $0 >= 0 && count[Int($0)] < 4 }
        }
        var markers: [(cell: Int, shape: Int)] = []
        for (i, shape) in world.shapes.enumerated() where !drawn[i] && roleOf[i] != .unrelated {
            guard let m = shape.marker, let p = view.pixel(x: m.x, y: m.y) else { continue }
            // Neighbours (Bahrain and Qatar) must not hide each other: take the nearest free cell.
            let free = Self.nearby.lazy.map { (p.x + $0.0, p.y / 2 + $0.1) }.first { c in
                c.0 >= 0 && c.0 < columns && c.1 >= 0 && c.1 < rows && !markers.contains { $0.cell == c.1 * columns + c.0 } && !holdsSmallCountry(c.0, c.1)
            }
            guard let (col, row) = free else { continue }
            pixels.set(col, row * 2, Int16(i))
            pixels.set(col, row * 2 + 1, Int16(i))
            markers.append((row * columns + col, i))
        }
        var cells = [MapCell](repeating: MapCell(top: .sea, bottom: .sea, marker: false), count: columns * rows)
        roleOf.append(.sea)  // index -1 maps here
        let sea = roleOf.count - 1
        for row in 0..<rows {
            for col in 0..<columns {
                let t = pixels.owner[row * 2 * columns + col], b = pixels.owner[(row * 2 + 1) * columns + col]
                cells[row * columns + col] = MapCell(top: roleOf[t < 0 ? sea : Int(t)], bottom: roleOf[b < 0 ? sea : Int(b)], marker: false)
            }
        }
        for m in markers {
            cells[m.cell] = MapCell(top: roleOf[m.shape], bottom: roleOf[m.shape], marker: true)
        }
        self.pixels = pixels
        self.cells = cells
    }
}
