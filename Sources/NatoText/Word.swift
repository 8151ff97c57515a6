// Eight bytes at a time: the scans that run over every byte of a data file (the JSON
// parser's string and bracket searches, TextScan) test a whole word per step.

/// The "has a byte" tests on eight bytes at once. Each answer is nonzero when some byte
/// matches; it never misses one (it may flag bytes above a match, so the caller reads the
/// word byte by byte after a hit).
public enum Word {
    public static let ones: UInt64 = 0x0101_0101_0101_0101
    public static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Some byte of `w` equals `b`.
    @inlinable @inline(__always)
    public static func has(_ w: UInt64, _ b: UInt8) -> UInt64 {
        let x = w ^ (ones &* UInt64(b))
        return (x &- ones) & ~x & highs
    }

    /// Some byte of `w` is below `b` (b at most 0x80).
    @inlinable @inline(__always)
    public static func hasBelow(_ w: UInt64, _ b: UInt8) -> UInt64 {
        (w &- ones &* UInt64(b)) & ~w & highs
    }
}
