// The world's country shapes, decoded from the embedded Natural Earth data (EmbeddedMap.swift,
// made by Tools/map/convert.py) on first use and projected once, so drawing only scales.

/// One country's shape in projected map units (see `Projection`), plus its marker point.
public struct MapShape: Sendable {
    public let iso: String
    /// All rings' points, flattened; ring r spans ringStarts[r]..<ringStarts[r+1].
    let xs: [Float]
    let ys: [Float]
    let ringStarts: [Int]
    /// Projected bounding box of every ring (empty shapes: the marker's point).
    public let minX: Float, maxX: Float, minY: Float, maxY: Float
    /// Where a marker goes when the shape is too small to draw: the capital or the shape's centre.
    public let marker: (x: Float, y: Float)?

    public var ringCount: Int { max(0, ringStarts.count - 1) }
    public var hasShape: Bool { ringCount > 0 }
}

public enum MapDataError: Error, Equatable, CustomStringConvertible {
    case malformed(line: Int, reason: String)
    public var description: String {
        switch self {
        case let .malformed(line, reason): return "Resources/map/world.txt: line \(line): \(reason)"
        }
    }
}

public struct WorldMap: Sendable {
    public let shapes: [MapShape]
    private let indexByISO: [String: Int]

    /// The built-in map, decoded when first asked for (Swift initialises globals lazily and
    /// once), so start-up and the first frame do not pay for it. The data is generated and
    /// checked by a test, so a failure here means a broken build; it yields an empty map.
    public static let builtin: WorldMap = (try? WorldMap(text: EmbeddedMap.text)) ?? WorldMap(shapes: [])

    init(shapes: [MapShape]) {
        self.shapes = shapes
        var index: [String: Int] = [:]
        for (i, s) in shapes.enumerated() { index[s.iso] = i }
        indexByISO = index
    }

    /// Shapes Natural Earth draws apart from the state they belong to, which take that state's
    /// role: Greenland is in NATO through Denmark, Puerto Rico through the United States.
    public static let sovereignOf: [String: String] = ["GRL": "DNK", "PRI": "USA", "FLK": "GBR", "NCL": "FRA"]

    /// The ISO code whose role a shape takes: its own, or its state's for a territory.
    public static func roleISO(_ iso: String) -> String { sovereignOf[iso] ?? iso }

    public func index(ofISO iso: String) -> Int? { indexByISO[iso] }
    public func shape(_ iso: String) -> MapShape? { indexByISO[iso].map { shapes[$0] } }

    /// Decodes the text format described in Resources/map/README.md.
    public init(text: String) throws {
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first, let q = Self.header(header) else {
            throw MapDataError.malformed(line: 1, reason: "expected the header 'natoscope-map 1 Q'")
        }
        var rings: [String: (xs: [Float], ys: [Float], starts: [Int])] = [:]
        var markers: [String: (x: Float, y: Float)] = [:]
        var order: [String] = []
        for (n, line) in lines.enumerated().dropFirst() {
            let fields = line.split(separator: UInt8(ascii: " "))
            guard fields.count >= 2, fields[0].count == 1, fields[1].count == 3 else {
                throw MapDataError.malformed(line: n + 1, reason: "expected 'S ISO RING...' or 'P ISO X Y'")
            }
            let iso = String(decoding: fields[1], as: UTF8.self)
            switch fields[0].first {
            case UInt8(ascii: "S"):
                var shape: (xs: [Float], ys: [Float], starts: [Int]) = ([], [], [0])
                for ring in fields.dropFirst(2) {
                    guard Self.decodeRing(ring, scale: q, into: &shape.xs, &shape.ys) else {
                        throw MapDataError.malformed(line: n + 1, reason: "bad ring for \(iso)")
                    }
                    shape.starts.append(shape.xs.count)
                }
                if rings[iso] == nil { order.append(iso) }
                rings[iso] = shape
            case UInt8(ascii: "P"):
                guard fields.count == 4, let x = Int(String(decoding: fields[2], as: UTF8.self)),
                      let y = Int(String(decoding: fields[3], as: UTF8.self)) else {
                    throw MapDataError.malformed(line: n + 1, reason: "expected 'P ISO X Y' with whole numbers")
                }
                if rings[iso] == nil && markers[iso] == nil { order.append(iso) }
                markers[iso] = Projection.project(lon: Float(x) / q, lat: Float(y) / q)
            default:
                throw MapDataError.malformed(line: n + 1, reason: "unknown record type")
            }
        }
        let shapes = order.map { iso -> MapShape in
            let r = rings[iso] ?? ([], [], [0])
            let m = markers[iso]
            return MapShape(iso: iso, xs: r.xs, ys: r.ys, ringStarts: r.starts,
                            minX: r.xs.min() ?? m?.x ?? 0, maxX: r.xs.max() ?? m?.x ?? 0,
                            minY: r.ys.min() ?? m?.y ?? 0, maxY: r.ys.max() ?? m?.y ?? 0, marker: m)
        }
        self.init(shapes: shapes)
    }

    private static func header(_ line: Substring.UTF8View.SubSequence) -> Float? {
        let parts = line.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
        guard parts.count == 3, parts[0] == "natoscope-map", parts[1] == "1", let q = Int(parts[2]), q > 0 else { return nil }
        return Float(q)
    }

    /// Base-64 zigzag varints: x, y of the first point absolute, then deltas; projected here.
    private static func decodeRing(_ bytes: Substring.UTF8View.SubSequence, scale q: Float, into xs: inout [Float], _ ys: inout [Float]) -> Bool {
        var values: [Int] = []
        var value = 0, shift = 0
        for b in bytes {
            guard let d = digit(b) else { return false }
            value |= (d & 31) << shift
            if d & 32 != 0 {
                shift += 5
                guard shift < 60 else { return false }
            } else {
                values.append((value >> 1) ^ -(value & 1))
                value = 0; shift = 0
            }
        }
        guard shift == 0, values.count >= 6, values.count % 2 == 0 else { return false }
        var x = 0, y = 0
        for i in stride(from: 0, to: values.count, by: 2) {
            x += values[i]; y += values[i + 1]
            let p = Projection.project(lon: Float(x) / q, lat: Float(y) / q)
            xs.append(p.x); ys.append(p.y)
        }
        return true
    }

    private static func digit(_ b: UInt8) -> Int? {
        switch b {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(b) - 65
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(b) - 97 + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(b) - 48 + 52
        case UInt8(ascii: "+"): return 62
        case UInt8(ascii: "/"): return 63
        default: return nil
        }
    }
}
