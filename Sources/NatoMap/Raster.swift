// Fills country polygons into a pixel buffer where each pixel knows its country.

/// Pixels of the map: each holds the index of the country shape (in `WorldMap.shapes`) that
/// covers its centre, or -1 for sea.
public struct PixelBuffer: Sendable, Equatable {
    public let width: Int, height: Int
    public private(set) var owner: [Int16]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        owner = [Int16](repeating: -1, count: width * height)
    }

    public subscript(x: Int, y: Int) -> Int? {
        guard x >= 0, y >= 0, x < width, y < height else { return nil }
        let o = owner[y * width + x]
        return o < 0 ? nil : Int(o)
    }

    mutating func set(_ x: Int, _ y: Int, _ value: Int16) { owner[y * width + x] = value }

    /// Scanline fill with the even-odd rule over all of a shape's rings (so holes, such as
    /// Lesotho inside South Africa, stay open), sampling at pixel centres.
    mutating func fill(_ shape: MapShape, index: Int16, view v: MapView) {
        guard shape.hasShape else { return }
        // Rows the shape spans, clipped to the view.
        let top = Int(((v.topY - shape.maxY) * v.scale).rounded(.down))
        let bottom = Int(((v.topY - shape.minY) * v.scale).rounded(.up))
        let left = (shape.minX - v.originX) * v.scale, right = (shape.maxX - v.originX) * v.scale
        guard bottom >= 0, top < height, right >= 0, left < Float(width) else { return }
        var crossings: [Float] = []
        crossings.reserveCapacity(32)
        for row in max(0, top)...min(height - 1, bottom) {
            let y = v.topY - (Float(row) + 0.5) / v.scale
            crossings.removeAll(keepingCapacity: true)
            for r in 0..<shape.ringCount {
                let start = shape.ringStarts[r], end = shape.ringStarts[r + 1]
                var j = end - 1
                for i in start..<end {
                    let yi = shape.ys[i], yj = shape.ys[j]
                    if (yi > y) != (yj > y) {
                        let x = shape.xs[i] + (y - yi) / (yj - yi) * (shape.xs[j] - shape.xs[i])
                        crossings.append((x - v.originX) * v.scale)
                    }
                    j = i
                }
            }
            guard crossings.count >= 2 else { continue }
            crossings.sort()
            var k = 0
            while k + 1 < crossings.count {
                // Pixel px is inside when its centre px + 0.5 lies in [a, b).
                let a = max(0, Int((crossings[k] - 0.5).rounded(.up)))
                let b = min(width - 1, Int((crossings[k + 1] - 0.5).rounded(.up)) - 1)
                if a <= b { for px in a...b { set(px, row, index) } }
                k += 2
            }
        }
    }
}
