// The compact serialisation of a decoded data set that the build embeds in the binary
// (see DataSetImage.swift and PackedEntities.swift). One function per type, `pack`, both
// writes and reads it: a `PackWriter` reads the fields it is handed, a `PackReader` overwrites
// them, so the two directions cannot drift apart.
//
// Format: every integer is a little-endian varint of 5-bit digits stored as printable ASCII
// ('0'...'O' for the last digit, 'P'...'o' for the others), and every string is an index into
// a table of the distinct strings, stored once as UTF-8. So the whole image is valid UTF-8 and
// the build can embed it as a Swift string literal: a byte-array literal of this size took
// minutes to compile, a string literal compiles in a moment and is read in place at run time.

/// A value that can be written to and read from a data set image.
public protocol Packable {
    /// A placeholder that `pack` overwrites when reading.
    static var blank: Self { get }
    /// Codes every stored property, in one fixed order, through `coder`.
    mutating func pack<C: PackCoder>(_ coder: inout C)
}

/// The two directions of the image: `PackWriter` and `PackReader`.
public protocol PackCoder {
    var isReading: Bool { get }
    mutating func code(_ value: inout Int)
    mutating func code(_ value: inout String)
    /// Marks the image malformed (reading only; for example an enum case out of range).
    mutating func fail()
    /// Codes a nested value: the one call `pack` functions make for each field. (A requirement,
    /// not only an extension, so a test's coder can count the fields of a `pack`.)
    mutating func code<T: Packable>(_ value: inout T)
}

extension PackCoder {
    @inline(__always)
    public mutating func code<T: Packable>(_ value: inout T) { value.pack(&self) }
}

// MARK: Writing

public struct PackWriter: PackCoder {
    public var isReading: Bool { false }
    private var body: [UInt8] = []
    private var strings: [String] = []
    private var stringIndex: [String: Int] = [:]

    public init() {}

    public mutating func fail() { preconditionFailure("a value cannot be written to the image") }

    public mutating func code(_ value: inout Int) {
        precondition(value >= 0, "the image stores non-negative integers only")
        Self.appendVarint(value, to: &body)
    }

    public mutating func code(_ value: inout String) {
        if let i = stringIndex[value] {
            Self.appendVarint(i, to: &body)
        } else {
            stringIndex[value] = strings.count
            Self.appendVarint(strings.count, to: &body)
            strings.append(value)
        }
    }

    /// The finished image: magic, string table, then the body.
    public func image(magic: String) -> [UInt8] {
        var out = Array(magic.utf8)
        Self.appendVarint(strings.count, to: &out)
        for s in strings {
            Self.appendVarint(s.utf8.count, to: &out)
            out += s.utf8
        }
        return out + body
    }

    static func appendVarint(_ value: Int, to out: inout [UInt8]) {
        var v = value
        while v >= 32 {
            out.append(0x50 + UInt8(v & 31))
            v >>= 5
        }
        out.append(0x30 + UInt8(v))
    }
}

// MARK: Reading

/// Reads an image in place. A malformed image (which only a mismatched build could produce)
/// sets `failed` and yields blanks instead of trapping; the caller then falls back to JSON.
public struct PackReader: PackCoder {
    public var isReading: Bool { true }
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var strings: [String] = []
    public private(set) var failed = false

    /// Checks the magic and reads the string table.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, magic: String) {
        self.bytes = bytes
        let expected = Array(magic.utf8)
        guard bytes.count >= expected.count, bytes.prefix(expected.count).elementsEqual(expected) else {
            failed = true
            return
        }
        position = expected.count
        let count = varint()
        guard !failed, count <= bytes.count else { failed = true; return }
        strings.reserveCapacity(count)
        for _ in 0..<count {
            let length = varint()
            guard !failed, length <= bytes.count - position else { failed = true; return }
            strings.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<(position + length)]), as: UTF8.self))
            position += length
        }
    }

    /// Whether every byte was read: an image with bytes left over does not match this build.
    public var isAtEnd: Bool { position == bytes.count }

    public mutating func code(_ value: inout Int) { value = varint() }

    public mutating func code(_ value: inout String) {
        let i = varint()
        guard i < strings.count else { failed = true; return }
        value = strings[i]
    }

    public mutating func fail() { failed = true }

    @inline(__always)
    private mutating func varint() -> Int {
        var value = 0
        var shift = 0
        while position < bytes.count, shift < 60 {
            let b = bytes[position]
            position += 1
            switch b {
            case 0x30..<0x50: return value | Int(b - 0x30) << shift
            case 0x50..<0x70: value |= Int(b - 0x50) << shift; shift += 5
            default: failed = true; return 0
            }
        }
        failed = true
        return 0
    }
}
