// The Miller cylindrical projection: a Mercator tamed at high latitudes, so Europe keeps its
// familiar shape and Scandinavia does not swell the way Mercator makes it.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum Projection {
    /// Longitude and latitude in degrees to map units: x is the longitude, y grows northward
    /// and is scaled to degrees at the equator, so a map unit is about one degree there.
    public static func project(lon: Float, lat: Float) -> (x: Float, y: Float) {
        let clamped = Double(min(max(lat, -89.5), 89.5)) * .pi / 180
        let y = 1.25 * log(tan(.pi / 4 + 0.4 * clamped)) * 180 / .pi
        return (lon, Float(y))
    }
}
