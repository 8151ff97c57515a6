import Foundation
import GoldenFiles
import NatoData
import NatoModel
import Testing

enum Fixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The built-in data set, loaded once.
    static let builtin: Catalog? = try? BuiltinData.load().get()

    /// The small fixture data set shared with the model tests.
    static func minimal() throws -> Catalog {
        let path = testsFolder.deletingLastPathComponent().appendingPathComponent("NatoModelTests/Fixtures/valid/minimal.json").path
        return try DataLoader.load(paths: [path]).get()
    }

    static func builtinCatalog() throws -> Catalog {
        try #require(builtin, "the built-in data set loads")
    }

    /// A data set from JSON text, for cases the fixtures do not cover.
    static func catalog(_ json: String) throws -> Catalog {
        switch DataLoader.load([DataFile(name: "test.json", bytes: Array(json.utf8))]) {
        case .success(let c): return c
        case .failure(let problems):
            Issue.record("test data is invalid: \(problems.description)")
            throw problems
        }
    }

    /// Compares with Golden/NAME, or writes it when NATOSCOPE_RECORD=1 (see GoldenFile).
    static func assertGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        GoldenFile.check(text, at: testsFolder.appendingPathComponent("Golden").appendingPathComponent(name), sourceLocation: sourceLocation)
    }
}
