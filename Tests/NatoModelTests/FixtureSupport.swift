import Foundation
import NatoModel

/// Fixture files live beside this source file (excluded from the target, read by path).
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func load(_ name: String) -> Result<Catalog, DataProblems> {
        DataLoader.load(paths: [path(name)])
    }

    static func catalog(_ name: String = "valid/minimal.json") throws -> Catalog {
        try load(name).get()
    }

    static func problems(_ name: String) -> [DataProblem] {
        switch load(name) {
        case .success: return []
        case .failure(let p): return p.problems
        }
    }
}
