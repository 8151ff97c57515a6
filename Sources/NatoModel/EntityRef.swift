// A handle on one record of a catalog: its kind and its position in that kind's array.

public struct EntityRef: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var kind: EntityKind
    public var index: Int

    public init(_ kind: EntityKind, _ index: Int) {
        self.kind = kind
        self.index = index
    }

    public static func < (a: EntityRef, b: EntityRef) -> Bool {
        a.kind == b.kind ? a.index < b.index : a.kind < b.kind
    }

    public var description: String { "\(kind.rawValue)#\(index)" }
}
