// The parts of the world the map can show, as longitude/latitude boxes, and the view that
// fits one into a pixel buffer without distorting it.

public indirect enum MapRegion: Sendable, Equatable {
    case world, euroAtlantic, europe, mena, indoPacific
    /// The smallest view that holds these countries (ISO codes), with a margin.
    case fit([String])
    /// Another region zoomed in (each step shows two thirds of the width and height) and
    /// panned (each step a quarter of the zoomed view): the explorer's zoom and pan keys.
    case zoomed(MapRegion, zoom: Int, panX: Int, panY: Int)

    /// The names accepted on the command line, in the order shown in help.
    public static let names = ["world", "euro-atlantic", "europe", "mena", "indo-pacific"]

    public init?(name: String) {
        switch name {
        case "world": self = .world
        case "euro-atlantic": self = .euroAtlantic
        case "europe": self = .europe
        case "mena": self = .mena
        case "indo-pacific": self = .indoPacific
        default: return nil
        }
    }

    /// West, east, south, north in degrees for the fixed regions.
    var box: (west: Float, east: Float, south: Float, north: Float)? {
        switch self {
        case .world: return (-180, 180, -58, 84)
        case .euroAtlantic: return (-128, 62, 18, 80)
        case .europe: return (-25, 45, 34, 71.5)
        case .mena: return (-18, 63, 10, 43)
        case .indoPacific: return (60, 180, -48, 55)
        case .fit, .zoomed: return nil
        }
    }

    /// The projected box to show; nil when a fit names no country the map knows.
    func projectedBox(in world: WorldMap) -> (minX: Float, maxX: Float, minY: Float, maxY: Float)? {
        if let b = box {
            let sw = Projection.project(lon: b.west, lat: b.south)
            let ne = Projection.project(lon: b.east, lat: b.north)
            return (sw.x, ne.x, sw.y, ne.y)
        }
        if case .zoomed(let base, let zoom, let panX, let panY) = self {
            guard let b = base.projectedBox(in: world) else { return nil }
            let factor = Float(pow23(max(0, zoom)))
            let w = (b.maxX - b.minX) * factor, h = (b.maxY - b.minY) * factor
            let cx = (b.minX + b.maxX) / 2 + Float(panX) * w / 4, cy = (b.minY + b.maxY) / 2 + Float(panY) * h / 4
            return (cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2)
        }
        guard case .fit(let isos) = self else { return nil }
        var result: (minX: Float, maxX: Float, minY: Float, maxY: Float)?
        for iso in isos {
            guard let s = world.shape(iso) else { continue }
            let b = s.mainBox
            if let r = result {
                result = (min(r.minX, b.minX), max(r.maxX, b.maxX), min(r.minY, b.minY), max(r.maxY, b.maxY))
            } else {
                result = b
            }
        }
        guard let r = result else { return nil }
        // A margin of a quarter of the size, at least 4 map units, so a small country has neighbours.
        let mx = max(4, (r.maxX - r.minX) / 4), my = max(4, (r.maxY - r.minY) / 4)
        return (max(-180, r.minX - mx), min(180, r.maxX + mx), r.minY - my, r.maxY + my)
    }
}

/// (2/3)^n without Foundation.
private func pow23(_ n: Int) -> Double {
    var r = 1.0
    for _ in 0..<min(n, 30) { r *= 2.0 / 3.0 }
    return r
}

extension MapShape {
    /// The box of the rings that matter for fitting: rings at least a fifth the size of the
    /// largest, so France's box is Europe's France, not stretched to French Guiana.
    var mainBox: (minX: Float, maxX: Float, minY: Float, maxY: Float) {
        guard hasShape else {
            let m = marker ?? (0, 0)
            return (m.x, m.x, m.y, m.y)
        }
        var boxes: [(minX: Float, maxX: Float, minY: Float, maxY: Float, size: Float)] = []
        for r in 0..<ringCount {
            let range = ringStarts[r]..<ringStarts[r + 1]
            let xs = xs[range], ys = ys[range]
            let b = (minX: xs.min() ?? 0, maxX: xs.max() ?? 0, minY: ys.min() ?? 0, maxY: ys.max() ?? 0)
            boxes.append((b.minX, b.maxX, b.minY, b.maxY, (b.maxX - b.minX) * (b.maxY - b.minY)))
        }
        let largest = boxes.map(\.size).max() ?? 0
        let kept = boxes.filter { $0.size >= largest / 5 }
        return (kept.map(\.minX).min() ?? minX, kept.map(\.maxX).max() ?? maxX,
                kept.map(\.minY).min() ?? minY, kept.map(\.maxY).max() ?? maxY)
    }
}

/// Maps projected units to pixels: pixel (px, py) covers x from originX + px/scale, and y
/// downward from topY - py/scale. Pixels are square (a half-block is about half a cell high).
public struct MapView: Sendable, Equatable {
    public let width: Int, height: Int
    let originX: Float, topY: Float, scale: Float

    /// Fits the box into width x height pixels, centred, keeping the aspect ratio.
    init(box: (minX: Float, maxX: Float, minY: Float, maxY: Float), width: Int, height: Int) {
        self.width = width
        self.height = height
        let dx = max(box.maxX - box.minX, 0.001), dy = max(box.maxY - box.minY, 0.001)
        let scale = min(Float(width) / dx, Float(height) / dy)
        self.scale = scale
        originX = (box.minX + box.maxX) / 2 - Float(width) / scale / 2
        topY = (box.minY + box.maxY) / 2 + Float(height) / scale / 2
    }

    /// The pixel holding a longitude/latitude, or nil when it is outside the view.
    public func pixel(lon: Float, lat: Float) -> (x: Int, y: Int)? {
        let p = Projection.project(lon: lon, lat: lat)
        return pixel(x: p.x, y: p.y)
    }

    func pixel(x: Float, y: Float) -> (x: Int, y: Int)? {
        let px = (x - originX) * scale, py = (topY - y) * scale
        guard px >= 0, py >= 0, px < Float(width), py < Float(height) else { return nil }
        return (Int(px), Int(py))
    }
}
