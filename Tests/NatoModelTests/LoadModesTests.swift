import Foundation
import Testing
import NatoData
@testable import NatoModel

/// A valid data set is read by the quick decoder, anything else by the full one (which
/// reports the problems). Loading must give what the full decoder gives, whichever way it
/// went: the same data set, or the same problems in the same order. The cases here are also
/// the quick decoder's fixtures (QuickDecoderTests).
@Suite("Loading gives what the full decoder gives")
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
        // A rule between fields each, where no fixture has one (the quick decoder repeats the walk).
        let rules: [(String, String, String)] = [
            ("links to itself", #""links": ["md"] }"#, #""links": ["nac"] }"#),
            ("ends before founded", #""founded": 1945,"#, #""founded": 1945, "ended": 1944,"#),
            ("ends in a later year", #""founded": 1945,"#, #""founded": 1945, "ended": 1991,"#),
            ("membership ends before it began", #""joined": 1995, "status": "active""#, #""joined": 1995, "until": 1990, "status": "active""#),
            ("membership ended", #""joined": 1995, "status": "active""#, #""joined": 1995, "until": 2001, "status": "active""#),
            ("ISO in lower case", #""accession": 1952,"#, #""accession": 1952, "iso": "tur","#),
            ("ISO", #""accession": 1952,"#, #""accession": 1952, "iso": "TUR","#),
            ("an unknown field beside an ISO code", #""region": "Middle East","#, #""region": "Middle East", "iso": "ISR", "x": 1,"#),
            ("partner with an accession year", #""region": "Middle East","#, #""region": "Middle East", "accession": 1999,"#),
            ("exercise without years", #""years": [2008, 2023], "#, ""),
            ("exercise with no years", #""years": [2008, 2023]"#, #""years": []"#),
            ("exercise with a founding year", #""years": [2008, 2023]"#, #""years": [2008], "founded": 2001"#),
            ("institution with years", #""founded": 1949,"#, #""founded": 1949, "years": [1950],"#),
            ("address without http", #""url": "https://www.nato.int/example.htm""#, #""url": "www.nato.int""#),
            ("address with a space", #""url": "https://www.nato.int/example.htm""#, #""url": "https://www.nato.int/a b""#),
            ("section without text", #""paragraphs": ["Article 10 covers European states."], "bullets": ["Not European"]"#, #""paragraphs": []"#),
            ("section with bullets only", #""paragraphs": ["Article 10 covers European states."], "#, ""),
            ("source listed twice", #""sources": ["nato-page", "doc-one"]"#, #""sources": ["nato-page", "nato-page"]"#),
            ("note without sources", #", "sources": ["nato-page"] }]"#, #", "sources": [] }]"#),
            ("milestone date outside its range", #""date": "1995-02","#, #""date": "1995-02", "uncertain": {"from": 1990, "to": 1994, "note": "n", "sources": ["doc-one"]},"#),
            ("milestone date inside its range", #""date": "1995-02","#, #""date": "1995-02", "uncertain": {"from": 1994, "to": 1996, "note": "n", "sources": ["doc-one"]},"#),
            ("uncertain range backwards", #""from": 1994, "to": 1996"#, #""from": 1996, "to": 1994"#),
            ("joined outside its range", #""joined": null, "status": "suspended""#, #""joined": 1999, "status": "suspended""#),
            ("joined inside its range", #""joined": null, "status": "suspended""#, #""joined": 1995, "status": "suspended""#),
            ("keys spelled with escapes", #""name": "Israel""#, #""n\u0061me": "Israel""#),
            ("a year written as a fraction", #""accession": 1952"#, #""accession": 1952.0"#),
            ("a year as a string", #""accession": 1952"#, #""accession": "1952""#),
            ("checked date without a day", #""checked": "2026-12-01""#, #""checked": "2026-12""#),
        ]
        for (name, a, b) in rules {
            precondition(minimal.contains(a), name)
            out.append(variant(name, [(a, b)]))
        }
        out.append(variant("ISO twice", [(#""accession": 1952,"#, #""accession": 1952, "iso": "ISR","#),
                                          (#""region": "Middle East","#, #""region": "Middle East", "iso": "ISR","#)]))
        return out
    }

    @Test func loadingGivesWhatTheFullDecoderGives() throws {
        let all = try Self.cases()
        #expect(all.count > 50)
        var mismatches: [String] = []
        var failures = 0
        for (name, files) in all {
            let full = DataLoader.loadStreaming(files)
            let chosen = DataLoader.load(files)
            if case .failure = full { failures += 1 }
            if describe(chosen) != describe(full) { mismatches.append("\(name): load\n\(describe(chosen))\nfull decoder\n\(describe(full))") }
        }
        #expect(failures > 40, "the fixtures should mostly be invalid")
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n\n"))")
    }

    func describe(_ result: Result<Catalog, DataProblems>) -> String {
        switch result {
        case .success(let c):
            // Every id leads back to its record (the quick decoder hands the catalog its id table).
            let lookups = EntityKind.allCases.allSatisfy { kind in c.refs(kind).allSatisfy { c.ref(for: c.id($0)) == $0 } }
            return "ok " + EntityKind.allCases.map { "\($0): \(c.refs($0).map { c.id($0) }.joined(separator: ","))" }.joined(separator: "; ")
                + (lookups ? "" : " (ids lead elsewhere)") + " \(c.allIDs.count) ids"
        case .failure(let p):
            return p.problems.map(\.description).joined(separator: "\n")
        }
    }
}
