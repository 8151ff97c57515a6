// Object keys: a data file repeats a few dozen keys ("id", "name", "sources", ...) tens of
// thousands of times. Each short key is read as a fingerprint (its bytes in two words and its
// length) that both finds the key's String in a small cache, instead of making a String and
// checking its UTF-8 every time, and makes the duplicate-key check a comparison of three
// integers instead of a string comparison per earlier key (profiled: 2.6M of 29.5M
// instructions per load of the built-in set went to keys). The quick decoder tells fields
// apart by it too.

/// A key's bytes when it has at most 16 (zero-padded, with the length, so that a key ending
/// in an escaped NUL differs from the shorter key); longer keys have `count == -1` and are
/// compared as strings.
struct KeyPrint: Hashable {
    var lo: UInt64
    var hi: UInt64
    var count: Int

    static let long = KeyPrint(lo: 0, hi: 0, count: -1)
    /// An unused cache slot: no key has a negative length other than `long`'s.
    static let empty = KeyPrint(lo: 0, hi: 0, count: -2)

    init(lo: UInt64, hi: UInt64, count: Int) {
        self.lo = lo
        self.hi = hi
        self.count = count
    }

    /// The fingerprint of `utf8` (at most 16 bytes), its words read little-endian.
    init(_ utf8: UnsafeBufferPointer<UInt8>) {
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(utf8)) }
        self.init(lo: UInt64(littleEndian: words.0), hi: UInt64(littleEndian: words.1), count: utf8.count)
    }

    /// The fingerprint of the `count` (at most 16) bytes at `base`, read as two whole words
    /// (16 bytes must be readable there) with the bytes past `count` cleared: no copy.
    init(at base: UnsafePointer<UInt8>, count: Int) {
        let raw = UnsafeRawPointer(base)
        var lo = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        var hi = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        if count < 8 {
            lo &= (1 << UInt64(8 * count)) &- 1
            hi = 0
        } else if count < 16 {
            hi &= (1 << UInt64(8 * (count - 8))) &- 1
        }
        self.init(lo: lo, hi: hi, count: count)
    }

    /// The fingerprint of a field name the quick decoder knows (at most 16 bytes).
    init(_ name: StaticString) {
        self.init(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    /// The fingerprint of a decoded key (one with escapes).
    init(of key: String) {
        var key = key
        self = key.withUTF8 { $0.count <= 16 ? KeyPrint($0) : .long }
    }

    /// A slot in the 64-entry key cache.
    var slot: Int {
        Int(truncatingIfNeeded: ((lo ^ (hi &* 31) ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }
}

/// The last key String seen for each fingerprint slot (direct-mapped: a clash replaces).
struct KeyCache {
    private var prints = [KeyPrint](repeating: .empty, count: 64)
    private var keys = [String](repeating: "", count: 64)

    mutating func key(for print: KeyPrint, _ make: () -> String) -> String {
        let slot = print.slot
        if prints[slot] == print { return keys[slot] }
        let key = make()
        prints[slot] = print
        keys[slot] = key
        return key
    }
}

extension JSONParser {
    /// Reads the key string at the current position (a quote) with its fingerprint.
    mutating func parseKeyString() throws(JSONSyntaxError) -> (String, KeyPrint) {
        let start = index + 1
        let end = nextStringStop(from: start)
        if end < bytes.count, bytes[end] == UInt8(ascii: "\""), end - start <= 16, let base = bytes.baseAddress {
            let print = start + 16 <= bytes.count ? KeyPrint(at: base + start, count: end - start)
                                                 : KeyPrint(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            index = end + 1
            return (keyCache.key(for: print) { String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }, print)
        }
        let key = try parseString()
        return (key, KeyPrint(of: key))
    }

    /// Whether `key` (with `print`) is among the open object's keys from `mark` on: short
    /// keys by fingerprint, long ones (rare) by their text. `seen` takes over the short keys
    /// of an object with many.
    mutating func isOpenKey(_ key: String, _ print: KeyPrint, from mark: Int, seen: inout Set<KeyPrint>?) -> Bool {
        if print.count < 0 {
            return openLongKeys.reversed().prefix { $0.position >= mark }.contains { $0.key == key }
        }
        if openPrints.count - mark < 32 { return openPrints[mark...].contains(print) }
        if seen == nil { seen = Set(openPrints[mark...]) }
        return !(seen?.insert(print).inserted ?? true)
    }
}
