import Testing
import NatoModel
import NatoData

/// Counts the fields a `pack` function codes, without descending into them.
struct FieldCounter: PackCoder {
    var isReading: Bool { false }
    var count = 0
    mutating func code(_ value: inout Int) { count += 1 }
    mutating func code(_ value: inout String) { count += 1 }
    mutating func fail() {}
    mutating func code<T: Packable>(_ value: inout T) { count += 1 }
}

@Suite("Data set image (build-time data)")
struct DataSetImageTests {
    static func roundTrip(_ image: DataSetImage) -> DataSetImage? {
        let bytes = image.encoded()
        return bytes.withUnsafeBufferPointer { DataSetImage.decode($0) }
    }

    static func image(of catalog: Catalog, tours: [Tour] = []) -> DataSetImage {
        DataSetImage(data: catalog.data, index: CatalogIndex(catalog.data), tours: tours)
    }

    @Test func builtinDataRoundTrips() throws {
        let catalog = try BuiltinData.loadJSON().get()
        let tours = try TourLoader.load(BuiltinData.tourFiles, catalog: catalog).get()
        #expect(!tours.isEmpty)
        let image = Self.image(of: catalog, tours: tours)
        let decoded = try #require(Self.roundTrip(image))
        #expect(decoded.data == image.data)
        #expect(decoded.index == image.index)
        #expect(decoded.tours == image.tours)
    }

    @Test(arguments: ["valid/minimal.json", "split"])
    func fixtureRoundTrips(_ name: String) throws {
        let image = Self.image(of: try Fixtures.catalog(name))
        #expect(Self.roundTrip(image) == image)
    }

    /// The image compiled into the binary is the JSON of Resources/data, decoded and indexed.
    @Test func embeddedImageMatchesTheJSON() throws {
        let embedded = try #require(BuiltinData.image, "the embedded image does not decode")
        let catalog = try BuiltinData.loadJSON().get()
        #expect(embedded.data == catalog.data)
        #expect(embedded.index == CatalogIndex(catalog.data))
        #expect(embedded.tours == (try TourLoader.load(BuiltinData.tourFiles, catalog: catalog).get()))
        let fromImage = try BuiltinData.load().get()
        for kind in EntityKind.allCases {
            for ref in catalog.refs(kind) {
                #expect(fromImage.related(ref) == catalog.related(ref))
                #expect(fromImage.ref(for: catalog.id(ref)) == ref)
            }
        }
        for f in catalog.data.frameworks.indices {
            #expect(fromImage.members(ofFramework: f).map(\.country) == catalog.members(ofFramework: f).map(\.country))
        }
        #expect(fromImage.milestonesByDate == catalog.milestonesByDate)
        #expect(fromImage.search("cyber").map(\.ref) == catalog.search("cyber").map(\.ref))
    }

    /// A field added to an entity must be added to its `pack` (Codec/PackedEntities.swift).
    @Test func everyStoredPropertyIsPacked() {
        func check<T: Packable>(_ type: T.Type) {
            var value = T.blank
            var counter = FieldCounter()
            value.pack(&counter)
            let properties = Mirror(reflecting: value).children.count
            #expect(counter.count == properties, "\(T.self) has \(properties) stored properties but its pack codes \(counter.count)")
        }
        check(DataSet.self); check(RecordCommon.self); check(Note.self); check(Section.self); check(Source.self)
        check(Framework.self); check(Membership.self); check(Country.self); check(Area.self); check(PartialDate.self)
        check(Milestone.self); check(Body.self); check(TourStep.self); check(Tour.self); check(EntityRef.self)
        check(CatalogIndex.self); check(CatalogIndex.MemberSlot.self); check(DataSetImage.self)
    }

    @Test func imageIsPrintableUTF8() throws {
        let bytes = Self.image(of: try Fixtures.catalog()).encoded()
        #expect(String(validating: bytes, as: UTF8.self) != nil)
        #expect(!bytes.contains(0), "a NUL byte cannot go into a string literal")
    }

    @Test func damagedImagesAreRefused() throws {
        let bytes = Self.image(of: try Fixtures.catalog()).encoded()
        let cases: [[UInt8]] = [
            [], Array(bytes.dropLast()), bytes + [0x30], Array("natoscope-image-0;".utf8) + bytes.dropFirst(18),
            bytes.map { $0 == 0x30 ? 0x7E : $0 },
        ]
        for damaged in cases {
            #expect(damaged.withUnsafeBufferPointer { DataSetImage.decode($0) } == nil)
        }
    }
}
