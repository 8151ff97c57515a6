import Foundation
import Testing

@Suite("natoscope command line", .serialized)
struct CLITests {
    let minimal = CLI.fixture("valid/minimal.json")

    @Test(arguments: [
        ("list-frameworks.txt", ["list", "frameworks"]),
        ("list-countries.txt", ["list", "countries"]),
        ("list-countries-md.txt", ["list", "countries", "--framework", "md"]),
        ("show-israel.txt", ["show", "israel"]),
        ("show-md.txt", ["show", "md"]),
        ("search-dialogue.txt", ["search", "dialogue"]),
        ("timeline.txt", ["timeline"]),
        ("list-countries.json", ["list", "countries", "--format", "json"]),
        ("show-israel.json", ["show", "israel", "--format", "json"]),
        ("search-dialogue.json", ["search", "dialogue", "--format", "json"]),
        ("timeline.json", ["timeline", "--format", "json"]),
    ])
    func outputMatchesGoldenText(golden: String, arguments: [String]) throws {
        let r = try CLI.run(arguments + ["--data", minimal, "--width", "60"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("\u{1B}"), "no colour when stdout is not a terminal")
        try CLI.assertGolden(r.stdout, golden)
    }

    @Test func unknownIdSuggestsTheNearestAndExitsOne() throws {
        let r = try CLI.run(["show", "isreal"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no entity 'isreal'; did you mean 'israel'?"))
        #expect(r.stderr.contains("countries"), "says what kinds of id exist")
    }

    @Test func unknownFilterIdSaysWhatWasExpected() throws {
        let r = try CLI.run(["list", "countries", "--framework", "pfpp"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no framework 'pfpp'; did you mean 'pfp'?"))
        let bad = try CLI.run(["list", "countries", "--kind", "member"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("expected one of: ally, partner"))
    }

    @Test func malformedDataExitsWith65NamingFileRecordAndField() throws {
        let r = try CLI.run(["list", "countries", "--data", CLI.fixture("invalid/unknown-reference.json")])
        #expect(r.status == 65)
        #expect(r.stderr.contains("unknown-reference.json: countries[1] \"israel\" .memberships[0].framework: unknown id \"mdd\""))
        #expect(r.stdout.isEmpty)
    }

    @Test func validateReportsOkWithCountsOrEveryProblem() throws {
        let ok = try CLI.run(["validate", minimal])
        #expect(ok.status == 0)
        #expect(ok.stdout == "ok: 2 sources, 2 frameworks, 3 countries, 1 areas, 2 milestones, 1 institutions, 1 exercises, 1 organizations\n")
        let bad = try CLI.run(["validate", CLI.fixture("invalid/many-problems.json")])
        #expect(bad.status == 65)
        #expect(bad.stdout.split(separator: "\n").count == 3)
        let builtin = try CLI.run(["validate"])
        #expect(builtin.status == 0, "the shipped data set is valid: \(builtin.stdout)")
        #expect(builtin.stdout.hasPrefix("ok: "))
    }

    @Test func exportLoadExportIsByteIdentical() throws {
        let first = try CLI.run(["export", "--format", "json"])
        #expect(first.status == 0)
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("natoscope-export-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: tmp) }
        try first.stdout.write(to: tmp, atomically: true, encoding: .utf8)
        let second = try CLI.run(["export", "--format", "json", "--data", tmp.path])
        #expect(second.status == 0)
        #expect(second.stdout == first.stdout)
    }

    @Test func searchIsAccentInsensitiveAndRanksNamesFirst() throws {
        let r = try CLI.run(["search", "turkiye", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"id\": \"turkiye\""))
        let cyber = try CLI.run(["search", "cyber"])
        #expect(cyber.stdout.split(separator: "\n").dropFirst().first?.contains("Cyber") == true)
    }

    @Test func helpVersionAndUsageErrors() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        let line = version.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(line.hasPrefix("natoscope "), "\(line)")
        #expect(line.dropFirst("natoscope ".count).prefix { $0 != " " }.split(separator: ".").count == 3, "a three-part version number: \(line)")
        #expect(line.range(of: #"\(data checked \d{4}-\d{2}-\d{2}\)$"#, options: .regularExpression) != nil, "the data's check date: \(line)")
        for sub in ["list", "show", "search", "timeline", "validate", "export", "explore"] {
            let help = try CLI.run([sub, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("USAGE: natoscope \(sub)"), "\(sub) --help")
        }
        let unknown = try CLI.run(["list", "allies"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("countries"))
        let option = try CLI.run(["show", "israel", "--colour"])
        #expect(option.status == 64)
    }

    @Test func completionScriptsAreGenerated() throws {
        for shell in ["bash", "zsh", "fish"] {
            let r = try CLI.run(["--generate-completion-script", shell])
            #expect(r.status == 0)
            #expect(r.stdout.contains("natoscope"))
        }
    }

    @Test func hostileDataIsRejectedNotPrinted() throws {
        let r = try CLI.run(["show", "israel", "--data", CLI.fixture("invalid/control-characters.json")])
        #expect(r.status == 65)
        #expect(!r.stderr.contains("\u{1B}"), "the escape sequence is not echoed raw")
    }

    /// A binary copied away from the build folder still has its data set: it is compiled in.
    @Test func copiedBinaryFindsTheBuiltinData() throws {
        let source = try #require(CLI.binary)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("natoscope-copy-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("natoscope")
        try FileManager.default.copyItem(at: source, to: copy)
        // Another test may fork while the copy's write descriptor is still open in this
        // process; the child then holds it until it execs, and running the copy fails with
        // ETXTBSY ("Text file busy"). That is a property of fork, not of natoscope: wait it out.
        var attempt = 0
        var result: CLI.Result?
        while result == nil {
            do {
                result = try CLI.run(["show", "israel"], binary: copy, cwd: dir)
            } catch let error as NSError where attempt < 50 && (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) {
                attempt += 1
                usleep(100_000)
            }
        }
        let r = try #require(result)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Israel"))
        #expect(r.stdout.contains("Mediterranean Dialogue"))
    }
}

@Suite("Explorer without a terminal")
struct ExplorerWithoutTerminalTests {
    @Test func saysSoAndPointsToTheSubcommands() throws {
        let r = try CLI.run([])
        #expect(r.status == 2)
        #expect(r.stderr.contains("needs a terminal"))
        #expect(r.stderr.contains("natoscope list"))
        let explicit = try CLI.run(["explore"])
        #expect(explicit.status == 2)
    }
}

@Suite("Tour handouts")
struct TourHandoutTests {
    @Test func everyBuiltinTourExportsAsMarkdownWithAllItsSteps() throws {
        let listing = try CLI.run(["tour"])
        let names = listing.stdout.split(separator: "\n").dropFirst().dropLast().compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names.count == 5, "\(listing.stdout)")
        for name in names {
            let r = try CLI.run(["tour", name, "--export", "markdown"])
            #expect(r.status == 0, "\(r.stderr)")
            let steps = r.stdout.split(separator: "\n").filter { $0.hasPrefix("## Step ") }.count
            #expect((8...15).contains(steps), "\(name) has \(steps) steps in its handout")
            #expect(r.stdout.hasPrefix("# "))
            #expect(r.stdout.contains("## Sources"))
            #expect(!r.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        }
        let bad = try CLI.run(["tour", "israel-and-nato", "--export", "pdf"])
        #expect(bad.status == 64)
    }
}
