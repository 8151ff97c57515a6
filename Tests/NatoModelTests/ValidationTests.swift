import Foundation
import Testing
import NatoModel

/// One fixture per kind of error: each must fail with the file, the record path and what
/// was expected, and nothing a file can hold may crash or hang the loader.
@Suite("Validation")
struct ValidationTests {
    @Test func minimalFixtureLoads() throws {
        let c = try Fixtures.catalog()
        #expect(c.count(.country) == 3)
        #expect(c.count(.milestone) == 2)
        #expect(c.count(.source) == 2)
    }

    @Test func byteOrderMarkIsTolerated() throws {
        #expect(try Fixtures.catalog("valid/with-bom.json").count(.country) == 3)
    }

    /// docs/DATA.md allows null for `joined` only; the fixture also has `"joined": null`.
    @Test func nullIsRefusedForOptionalTextFields() {
        let problems = Fixtures.problems("invalid/null-optional-text.json")
        let nulls = problems.filter { $0.message.contains("found null") }.map(\.location)
        #expect(nulls == ["sources[0] \"doc-one\" .publisher", "sources[1] \"nato-page\" .url", "countries[2] \"japan\" .memberships[0].remark"],
                "\(problems.map(\.description))")
        #expect(!problems.contains { $0.location.hasSuffix(".joined") }, "joined: null must stay allowed: \(problems.map(\.description))")
    }

    /// Text must show something and stay on one line; every message names the code point.
    @Test(arguments: [
        ("\u{200B}", "format character U+200B"), ("a\u{200D}b", "format character U+200D"), ("x\u{00AD}", "format character U+00AD"),
        ("flag\u{E0067}", "format character U+E0067"), ("a\u{2029}b", "separator U+2029"), ("\u{3164}", "expected visible text"),
        ("\u{2800} \u{0301}", "expected visible text"),
    ])
    func invisibleOrMultiLineTextIsRefused(text: String, message: String) throws {
        var data = try String(contentsOfFile: Fixtures.path("valid/minimal.json"), encoding: .utf8)
        data = data.replacingOccurrences(of: "\"name\": \"Israel\"", with: "\"name\": \"\(text)\"")
        let result = DataLoader.load([DataFile(name: "t.json", bytes: Array(data.utf8))])
        guard case .failure(let problems) = result else {
            Issue.record("\(text.unicodeScalars.map { String($0.value, radix: 16) }) was accepted")
            return
        }
        #expect(problems.problems.contains { $0.location.hasSuffix(".name") && $0.message.contains(message) }, "\(problems.description)")
    }

    @Test func visibleTextInAnyScriptPasses() throws {
        var data = try String(contentsOfFile: Fixtures.path("valid/minimal.json"), encoding: .utf8)
        data = data.replacingOccurrences(of: "\"name\": \"Israel\"", with: "\"name\": \"Việt Nam ישראל ‐ 日本 ✓\"")
        let result = DataLoader.load([DataFile(name: "t.json", bytes: Array(data.utf8))])
        if case .failure(let problems) = result { Issue.record("\(problems.description)") }
    }

    @Test(arguments: [
        ("missing-field.json", "countries[1] \"israel\" .summary", "missing required field"),
        ("wrong-type.json", "frameworks[0] \"pfp\" .founded", "expected a year (a whole number), found a string"),
        ("unknown-field.json", "countries[1] \"israel\" .nmae", "unknown field; expected one of:"),
        ("duplicate-id.json", "areas[1] \"cyber-defence\" .id", "duplicate id \"cyber-defence\""),
        ("unknown-reference.json", "countries[1] \"israel\" .memberships[0].framework", "unknown id \"mdd\"; expected the id of a framework (did you mean \"md\"?)"),
        ("wrong-kind-reference.json", "milestones[0] \"m-1995-israel-md\" .frameworks[0]", "\"israel\" is a country; expected the id of a framework"),
        ("bad-date.json", "milestones[0] \"m-1995-israel-md\" .date", "expected a real date"),
        ("year-out-of-range.json", "countries[0] \"turkiye\" .accession", "year 1849 is outside 1900...2100"),
        ("duplicate-membership.json", "countries[1] \"israel\" .memberships[1].framework", "duplicate membership of \"md\""),
        ("empty-name.json", "countries[1] \"israel\" .name", "expected a non-empty string, found an empty one"),
        ("control-characters.json", "countries[1] \"israel\" .summary", "control characters are not allowed"),
        ("bad-enum.json", "countries[1] \"israel\" .kind", "expected 'ally' or 'partner', found \"member\""),
        ("ally-without-accession.json", "countries[0] \"turkiye\" .accession", "missing required field for an ally"),
        ("partner-without-membership.json", "countries[1] \"israel\" .memberships", "a partner needs at least one membership"),
        ("milestone-without-links.json", "milestones[0] \"m-1995-israel-md\"", "a milestone needs at least one link"),
        ("bad-id.json", "areas[0] \"Cyber Defence\" .id", "expected a slug"),
        ("unknown-collection.json", "allies", "unknown collection"),
        ("not-an-object.json", "", "expected a JSON object with collections"),
        ("syntax-error.json", "line 3, column 31", "expected ',' or '}'"),
        ("truncated.json", "line 24, column 18", "unterminated string"),
        ("empty.json", "line 1, column 1", "the file is empty"),
        ("binary.json", "line 2, column 118", "invalid UTF-8 byte 0x80"),
        ("invalid-utf8.json", "line 1, column 39", "invalid UTF-8 byte 0xE9"),
        ("deeply-nested.json", "line 1, column ", "nesting deeper than 64 levels"),
        ("duplicate-key.json", "line 1, column 17", "duplicate key \"sources\""),
        ("framework-without-completeness.json", "frameworks[0] \"pfp\" .membersComplete", "missing required field (expected true or false)"),
        ("framework-flag-not-boolean.json", "frameworks[1] \"md\" .alliesExcluded", "expected true or false, found a string"),
        ("uncertain-empty-range.json", "countries[1] \"israel\" .memberships[0].uncertain.to", "expected a year after 'from' (1995)"),
        ("uncertain-year-outside-range.json", "countries[1] \"israel\" .memberships[0].joined", "1995 lies outside its uncertainty range 1996...1997"),
        ("uncertain-date-outside-range.json", "milestones[0] \"m-1995-israel-md\" .date", "1995 lies outside its uncertainty range 1993...1994"),
        ("suspended-without-year.json", "countries[1] \"israel\" .memberships[0].suspendedFrom", "missing required field (expected the year the suspension began)"),
        ("suspension-ends-before-it-began.json", "countries[1] \"israel\" .memberships[0].suspendedUntil", "the suspension ends (1998) before it began (2000)"),
        ("suspension-without-end.json", "countries[1] \"israel\" .memberships[0].suspendedFrom", "an active membership gives both suspendedFrom and suspendedUntil (a past suspension) or neither"),
        ("suspension-before-membership.json", "countries[1] \"israel\" .memberships[0].suspendedFrom", "the suspension (1990) begins before the membership (1995)"),
        ("uncertain-without-sources.json", "countries[1] \"israel\" .memberships[0].uncertain.sources", "expected a non-empty array"),
        ("uncertain-unknown-source.json", "countries[1] \"israel\" .memberships[0].uncertain.sources[0]", "unknown id \"nato-pgae\""),
        ("uncertain-empty-note.json", "milestones[0] \"m-1995-israel-md\" .uncertain.note", "expected a non-empty string"),
        ("dataset-checked-not-a-day.json", "dataset .checked", "expected a real date as YYYY-MM-DD, found \"2026-12\""),
        ("format-character.json", "countries[1] \"israel\" .name", "invisible format character U+200B is not allowed"),
        ("line-separator.json", "milestones[0] \"m-1995-israel-md\" .title", "line or paragraph separator U+2028 is not allowed"),
        ("invisible-name.json", "countries[1] \"israel\" .name", "expected visible text"),
        ("null-optional-text.json", "sources[0] \"doc-one\" .publisher", "found null"),
    ])
    func eachErrorKindNamesFileRecordAndField(fixture: String, location: String, message: String) {
        let problems = Fixtures.problems("invalid/" + fixture)
        #expect(!problems.isEmpty, "\(fixture) loaded without problems")
        let match = problems.first { $0.message.contains(message) }
        #expect(match != nil, "no problem says '\(message)' in \(problems.map(\.description))")
        if let match {
            #expect(match.file.hasSuffix("invalid/" + fixture))
            if location.isEmpty {
                #expect(match.location.isEmpty)
            } else {
                #expect(match.location.hasPrefix(location), "location was '\(match.location)'")
            }
        }
    }

    @Test func aDataSetGivesItsCheckedDateOnceAndTheFixturesKeepTheirUncertainty() throws {
        let problems = Fixtures.problems("dataset-twice")
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.file.hasSuffix("dataset-twice/b.json") == true)
        #expect(problems.first?.location == "dataset")
        #expect(problems.first?.message.contains("given twice: already in") == true)
        #expect(problems.first?.message.contains("dataset-twice/a.json") == true)
        let c = try Fixtures.catalog()
        #expect(c.data.checked == PartialDate(year: 2026, month: 12, day: 1))
        #expect(c.data.countries[2].memberships[0].uncertain == Uncertainty(from: 1994, to: 1996, note: "Illustrative only: the sources differ.", sources: ["nato-page", "doc-one"]))
        #expect(c.data.frameworks.map(\.membersComplete) == [true, true])
        #expect(c.data.frameworks.map(\.alliesExcluded) == [true, true])
    }

    @Test func reportsEveryProblemAtOnce() {
        let problems = Fixtures.problems("invalid/many-problems.json")
        #expect(problems.count == 3, "\(problems)")
        #expect(problems.contains { $0.location.hasSuffix(".summary") })
        #expect(problems.contains { $0.location.hasSuffix(".nmae") })
        #expect(problems.contains { $0.location.hasSuffix(".date") })
    }

    @Test func problemDescriptionReadsAsFileLocationMessage() {
        let p = Fixtures.problems("invalid/unknown-reference.json")[0]
        #expect(p.description.hasSuffix("invalid/unknown-reference.json: countries[1] \"israel\" .memberships[0].framework: unknown id \"mdd\"; expected the id of a framework (did you mean \"md\"?)"))
    }

    @Test func hugeFilesAreRefusedBeforeParsing() {
        let huge = DataFile(name: "huge.json", bytes: [UInt8](repeating: 0x20, count: DataLoader.maximumFileSize + 1))
        guard case .failure(let p) = DataLoader.load([huge]) else { Issue.record("loaded a huge file"); return }
        #expect(p.problems[0].message.contains("larger than 64 MiB"))
    }

    @Test func missingPathsAndDevicesAreReported() {
        guard case .failure(let p) = DataLoader.load(paths: ["/nonexistent/x.json", "/dev/zero"]) else { Issue.record("loaded"); return }
        #expect(p.problems.map(\.message) == ["no such file or folder", "not a regular file"])
    }

    @Test func aFolderLoadsAllItsJSONFilesAsOneDataSet() throws {
        let c = try DataLoader.load(paths: [Fixtures.path("split")]).get()
        #expect(c.count(.country) == 3)
        #expect(c.count(.framework) == 2)
    }

    @Test func duplicateIdsAcrossFilesNameBothPlaces() {
        guard case .failure(let p) = DataLoader.load(paths: [Fixtures.path("valid")]) else { Issue.record("duplicates loaded"); return }
        let dup = p.problems.first { $0.message.contains("duplicate id \"israel\"") }
        #expect(dup?.file.hasSuffix("with-bom.json") == true)
        #expect(dup?.message.contains("minimal.json") == true)
    }
}
