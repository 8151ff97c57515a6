import Foundation
import Testing
import NatoData
@testable import NatoModel

/// Small data sets are parsed once with their records held until every id is known; large
/// ones are read twice (ids, then records). The two must accept the same files and report
/// the same problems in the same order, whatever the size.
@Suite("Load modes agree")
struct LoadModesTests {
    /// Every fixture (folders as one data set), the built-in set, and variants made to test
    /// what differs between the modes: forward references, ids defined twice across files,
    /// a syntax error after good records, an id key spelled with an escape.
    static func cases() throws -> [(String, [DataFile])] {
        var out: [(String, [DataFile])] = [("built-in", BuiltinData.files)]
        let root = Fixtures.directory.path
        for folder in try FileManager.default.contentsOfDirectory(atPath: root).sorted() {
            let path = root + "/" + folder
            guard DataLoader.isFolder(path) else {
                out.append((folder, try DataLoader.read(paths: [path]).get()))
                continue
            }
            let members = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            if ["split", "dataset-twice"].contains(folder) {
                out.append((folder, try DataLoader.read(paths: [path]).get()))
            } else {
                for name in members where name.hasSuffix(".json") {
                    out.append((folder + "/" + name, try DataLoader.read(paths: [path + "/" + name]).get()))
                }
            }
        }
        let minimal = try String(contentsOfFile: Fixtures.path("valid/minimal.json"), encoding: .utf8)
        func variant(_ name: String, _ edits: [(String, String)], plus extra: [String] = []) -> (String, [DataFile]) {
            var text = minimal
            for (a, b) in edits { text = text.replacingOccurrences(of: a, with: b) }
            let files = [DataFile(name: "a.json", bytes: Array(text.utf8))] + extra.enumerated().map { DataFile(name: "x\($0.offset).json", bytes: Array($0.element.utf8)) }
            return (name, files)
        }
        out.append(variant("syntax error in a second file", [], plus: [#"{"areas": [{"id": "late-area", "name": "x", "summary": "y", "sources": ["doc-one"]}, {"id": }]}"#]))
        out.append(variant("id defined again in a second file", [], plus: [#"{"areas": [{"id": "israel", "name": "x", "summary": "y", "sources": ["doc-one"]}]}"#]))
        out.append(variant("escaped id key", [(#""id": "israel""#, #""\u0069d": "israel""#)]))
        out.append(variant("escaped id key, unknown reference", [(#""id": "israel""#, #""\u0069d": "israe""#)]))
        out.append(variant("invalid UTF-8 in a second file", [], plus: ["{\"areas\": [\u{7F}]}"]))
        return out
    }

    @Test func bothModesGiveTheSameResult() throws {
        let all = try Self.cases()
        #expect(all.count > 50)
        var mismatches: [String] = []
        var failures = 0
        for (name, files) in all {
            let held = DataLoader.loadHoldingRecords(files)
            let streamed = DataLoader.loadStreaming(files)
            let chosen = DataLoader.load(files)
            if case .failure = streamed { failures += 1 }
            if describe(chosen) != describe(streamed) { mismatches.append("\(name): load\n\(describe(chosen))\nstreaming\n\(describe(streamed))") }
            // Held mode may decline (a syntax error); when it answers, it must agree.
            if let held, describe(held) != describe(streamed) {
                mismatches.append("\(name): holding\n\(describe(held))\nstreaming\n\(describe(streamed))")
            }
        }
        #expect(failures > 40, "the fixtures should mostly be invalid")
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n\n"))")
    }

    /// The built-in set is small enough to be held, and holding is what it gets.
    @Test func theBuiltinSetIsReadOnce() {
        #expect(BuiltinData.files.reduce(0) { $0 + $1.bytes.count } <= DataLoader.holdingLimit)
        #expect(DataLoader.loadHoldingRecords(BuiltinData.files) != nil)
    }

    func describe(_ result: Result<Catalog, DataProblems>) -> String {
        switch result {
        case .success(let c):
            return "ok " + EntityKind.allCases.map { "\($0): \(c.refs($0).map { c.id($0) }.joined(separator: ","))" }.joined(separator: "; ")
        case .failure(let p):
            return p.problems.map(\.description).joined(separator: "\n")
        }
    }
}
