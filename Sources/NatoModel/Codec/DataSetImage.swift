// The built-in data set as the build embeds it: the decoded records, their relation indexes
// and the built-in tours, validated at build time (EmbedDataTool) and read at start-up without
// parsing JSON. The format is described in PackCoder.swift.

public struct DataSetImage: Sendable, Equatable {
    /// Changes whenever the layout of the image changes in a way `pack` cannot tell.
    static let magic = "natoscope-image-2;"

    public var data: DataSet
    public var index: CatalogIndex
    public var tours: [Tour]

    public init(data: DataSet, index: CatalogIndex, tours: [Tour]) {
        self.data = data
        self.index = index
        self.tours = tours
    }

    /// The image's bytes: valid UTF-8, so they can be embedded as a string literal.
    public func encoded() -> [UInt8] {
        var writer = PackWriter()
        var copy = self
        copy.pack(&writer)
        return writer.image(magic: Self.magic)
    }

    /// Reads an image; nil when it is malformed or does not match this build.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> DataSetImage? {
        var reader = PackReader(bytes, magic: magic)
        guard !reader.failed else { return nil }
        var image = DataSetImage.blank
        image.pack(&reader)
        guard !reader.failed, reader.isAtEnd, image.isConsistent else { return nil }
        return image
    }

    /// The catalog, with the relation indexes as they were built.
    public func catalog() -> Catalog { Catalog(data, index: index) }

    /// The indexes point inside the data (so a stale or damaged image cannot trap later).
    var isConsistent: Bool {
        let total = EntityKind.allCases.reduce(0) { $0 + data.count(of: $1) }
        guard index.relatedStart.count == total + 1, index.members.count == data.frameworks.count,
              index.milestonesByDate.count == data.milestones.count else { return false }
        var previous: Int32 = 0
        for s in index.relatedStart {
            guard s >= previous, Int(s) <= index.relatedRefs.count else { return false }
            previous = s
        }
        guard index.relatedRefs.allSatisfy({ $0.index >= 0 && $0.index < data.count(of: $0.kind) }),
              index.milestonesByDate.allSatisfy({ data.milestones.indices.contains($0) }) else { return false }
        // The orders name every record once (a permutation is what the searches assume).
        guard index.nameOrder.count == EntityKind.allCases.count, index.idOrder.count == total,
              EntityKind.allCases.allSatisfy({ kind in
                  index.nameOrder[kind.ordinal].count == data.count(of: kind)
                      && index.nameOrder[kind.ordinal].allSatisfy { $0 >= 0 && $0 < data.count(of: kind) }
              }),
              index.idOrder.allSatisfy({ $0.index >= 0 && $0.index < data.count(of: $0.kind) }) else { return false }
        return index.members.allSatisfy { slots in
            slots.allSatisfy { data.countries.indices.contains($0.country) && data.countries[$0.country].memberships.indices.contains($0.membership) }
        }
    }
}

extension DataSetImage: Packable {
    public static var blank: DataSetImage { DataSetImage(data: .blank, index: .blank, tours: []) }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&data)
        coder.code(&index)
        coder.code(&tours)
    }
}
