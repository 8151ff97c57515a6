// Small text helpers shared by every layer, so that none keeps its own copy.

extension String {
    /// The first character in upper case: `programme` -> `Programme`.
    public var capitalizedFirst: String {
        guard let f = first else { return self }
        return f.uppercased() + dropFirst()
    }
}

extension Unicode.Scalar {
    /// A C0 or C1 control character or DEL: never drawn, never typed into a query.
    public var isControlCharacter: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}

extension Character {
    /// Whether any scalar of the cluster is a control character.
    public var isControlLike: Bool { unicodeScalars.contains { $0.isControlCharacter } }
}
