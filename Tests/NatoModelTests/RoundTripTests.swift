import Testing
import NatoModel
import NatoData

@Suite("Export round trip")
struct RoundTripTests {
    static func reexport(_ text: String) throws -> String {
        try DataLoader.load([DataFile(name: "export.json", bytes: Array(text.utf8))]).get().data.exportJSON()
    }

    @Test func fixtureExportIsStable() throws {
        let c = try Fixtures.catalog()
        let once = c.data.exportJSON()
        let twice = try Self.reexport(once)
        #expect(once == twice)
        #expect(try Self.reexport(once).isEmpty == false)
        let reloaded = try DataLoader.load([DataFile(name: "e", bytes: Array(once.utf8))]).get()
        #expect(reloaded.data == c.data, "nothing is lost in the export")
    }

    @Test func builtinExportIsByteIdenticalAfterReload() throws {
        let c = try BuiltinData.load().get()
        let once = c.data.exportJSON()
        #expect(try Self.reexport(once) == once)
        #expect(try DataLoader.load([DataFile(name: "e", bytes: Array(once.utf8))]).get().data == c.data)
    }
}
