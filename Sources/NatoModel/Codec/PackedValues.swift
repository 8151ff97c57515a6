// How the basic values of the data set image are coded: numbers, flags, optionals, arrays,
// enums. The entities built from them are in PackedEntities.swift.

extension Int: Packable {
    public static var blank: Int { 0 }
    public mutating func pack<C: PackCoder>(_ coder: inout C) { coder.code(&self) }
}

extension Int32: Packable {
    public static var blank: Int32 { 0 }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        var n = Int(self)
        coder.code(&n)
        guard let v = Int32(exactly: n) else { return coder.fail() }
        self = v
    }
}

extension String: Packable {
    public static var blank: String { "" }
    public mutating func pack<C: PackCoder>(_ coder: inout C) { coder.code(&self) }
}

extension Bool: Packable {
    public static var blank: Bool { false }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        var n = self ? 1 : 0
        coder.code(&n)
        guard n <= 1 else { return coder.fail() }
        self = n == 1
    }
}

/// nil is 0; a value is 1 followed by the value.
extension Optional: Packable where Wrapped: Packable {
    public static var blank: Optional<Wrapped> { nil }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        var present = self != nil
        coder.code(&present)
        guard present else { self = nil; return }
        var value = self ?? Wrapped.blank
        coder.code(&value)
        self = value
    }
}

/// The count, then each element.
extension Array: Packable where Element: Packable {
    public static var blank: [Element] { [] }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        var n = count
        coder.code(&n)
        if coder.isReading {
            self = []
            reserveCapacity(Swift.min(n, 1 << 20))
            for _ in 0..<n {
                var e = Element.blank
                coder.code(&e)
                append(e)
            }
        } else {
            for i in indices { coder.code(&self[i]) }
        }
    }
}

extension ClosedRange: Packable where Bound == Int {
    public static var blank: ClosedRange<Int> { 0...0 }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        var low = lowerBound, high = upperBound
        coder.code(&low)
        coder.code(&high)
        guard low <= high else { return coder.fail() }
        self = low...high
    }
}

/// Enums are coded as their position in `packCases` (their `allCases`, kept in a `static let`
/// so that reading thousands of them does not build the array of cases each time).
public protocol PackableEnum: Packable, CaseIterable, Equatable {
    static var packCases: [Self] { get }
}

extension PackableEnum {
    public static var blank: Self { packCases[0] }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        let cases = Self.packCases
        var n = coder.isReading ? 0 : cases.firstIndex(of: self) ?? 0
        coder.code(&n)
        guard n < cases.count else { return coder.fail() }
        self = cases[n]
    }
}

extension EntityKind: PackableEnum { public static let packCases = allCases }
extension Note.Kind: PackableEnum { public static let packCases = allCases }
extension Source.Kind: PackableEnum { public static let packCases = allCases }
extension Membership.Status: PackableEnum { public static let packCases = allCases }
extension Country.Kind: PackableEnum { public static let packCases = allCases }
extension TourFocus: PackableEnum { public static let packCases = allCases }
extension TourMapView: PackableEnum { public static let packCases = allCases }
