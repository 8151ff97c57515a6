import Foundation
import Testing

/// Issue 11: nothing from data or arguments reaches the terminal raw, and no write fails
/// silently. Every check runs the built binary as a user (or an attacker) would.
@Suite("Hostile input and failing output", .serialized)
struct HostileOutputTests {
    /// Escape sequences and characters a terminal acts on: CSI, OSC (set title), C1 CSI,
    /// DCS, DEL, line and paragraph separators, a bidi override.
    static let hostile = ["\u{1B}[31m", "\u{1B}]0;pwned\u{07}", "\u{9B}2J", "\u{1B}P+q\u{1B}\\", "x\u{7F}", "a\u{2028}b", "a\u{2029}b", "\u{202E}evil"]

    /// No C0 control but the line feed (CSV's CR LF too), no DEL, no C1, no U+2028/U+2029, no bidi control.
    static func rawControls(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.filter { s in
            let v = s.value
            return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x2028...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    static func expectInert(_ r: CLI.Result, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let shown = arguments.map { $0.unicodeScalars.map { $0.value < 0x20 || $0.value >= 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined() }
        #expect(rawControls(r.stdout).isEmpty, "stdout of \(shown) holds \(rawControls(r.stdout))", sourceLocation: sourceLocation)
        #expect(rawControls(r.stderr).isEmpty, "stderr of \(shown) holds \(rawControls(r.stderr))", sourceLocation: sourceLocation)
    }

    @Test(arguments: hostile)
    func argumentsAreNeverEchoedRaw(bad: String) throws {
        let commands: [[String]] = [
            ["list", "countries", "--kind", bad], ["list", bad], ["list", "countries", "--framework", bad],
            ["list", "countries", "--region", bad], ["show", bad], ["search", bad], ["search", "dialogue", bad],
            ["export", "--format", "markdown", bad], ["export", "--format", "csv", bad], ["export", "--format", "json", bad],
            ["quiz", "--framework", bad, "--answers"], ["tour", bad], ["validate", bad], ["list", "countries", "--data", bad],
            ["list", "countries", "--width", bad], ["timeline", "--country", bad], ["--\(bad)"], [bad],
        ]
        for arguments in commands {
            Self.expectInert(try CLI.run(arguments), arguments)
        }
    }

    /// A data file with hostile field names, ids, references, collection names and values.
    static func hostileDataFile() throws -> String {
        var text = try String(contentsOfFile: CLI.fixture("valid/minimal.json"), encoding: .utf8)
        let swaps = [
            ("\"name\": \"Israel\"", "\"name\": \"Israel\", \"na\\u001b]0;pwned\\u0007me\\u0000\\u007f\\u009b\\u2028\": 1"),
            ("\"framework\": \"md\"", "\"framework\": \"m\\u001b[2Jd\""),
            ("\"id\": \"cyber-defence\"", "\"id\": \"cyber\\u009b31m\\u2029defence\""),
            ("\"summary\": \"A forum of seven countries.\"", "\"summary\": \"A forum\\u001b]52;c;cGF5bG9hZA==\\u0007\\u2028of\\u0000seven\\u007f\""),
            ("\"id\": \"turkiye\"", "\"id\": \"tur\\u0000ki\\u001b[31mye\""),
            ("\"title\": \"A NATO page\"", "\"title\": \"\\u200b\""),
        ]
        for (from, to) in swaps {
            #expect(text.contains(from), "fixture changed: \(from)")
            text = text.replacingOccurrences(of: from, with: to)
        }
        text = "{ \"x\\u009b31m\\u202e\": [],\n" + text.drop { $0 != "{" }.dropFirst()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("natoscope-hostile-\(getpid()).json")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func hostileDataIsReportedInertByEveryCommand() throws {
        let file = try Self.hostileDataFile()
        defer { try? FileManager.default.removeItem(atPath: file) }
        let commands: [[String]] = [
            ["validate", file], ["validate", "--format", "json", file], ["list", "countries", "--data", file],
            ["show", "israel", "--data", file], ["search", "israel", "--data", file],
            ["export", "--format", "json", "--data", file], ["export", "--format", "markdown", "--data", file],
            ["export", "--format", "csv", "countries", "--data", file],
        ]
        for arguments in commands {
            let r = try CLI.run(arguments)
            #expect(r.status == 65, "\(arguments): \(r.stderr)")
            Self.expectInert(r, arguments)
        }
        let problems = try CLI.run(["validate", file])
        #expect(problems.stdout.contains("unknown field"), "the field name is reported, made inert: \(problems.stdout)")
        #expect(problems.stdout.contains("(found in \"m\u{FFFD}[2Jd\")"), "\(problems.stdout)")
        #expect(problems.stdout.contains("unknown collection"))
    }

    // MARK: Checked writes

    static func shell(_ script: String) throws -> CLI.Result {
        let binary = try #require(CLI.binary).path
        return try CLI.run(["-c", script.replacingOccurrences(of: "NATOSCOPE", with: "'\(binary)'")], binary: URL(fileURLWithPath: "/bin/bash"))
    }

    @Test(arguments: [
        ("NATOSCOPE export --format json > /dev/full", "No space left on device"),
        ("NATOSCOPE list countries > /dev/full", "No space left on device"),
        ("NATOSCOPE --help > /dev/full", "No space left on device"),
        ("NATOSCOPE export --format json >&-", "Bad file descriptor"),
        ("trap '' PIPE; NATOSCOPE export --format json | true; exit ${PIPESTATUS[0]}", "Broken pipe"),
    ])
    func aFailedWriteIsReportedWithStatus74(script: String, reason: String) throws {
        let r = try Self.shell(script)
        #expect(r.status == 74, "\(script): status \(r.status), \(r.stderr)")
        #expect(r.stderr == "natoscope: cannot write output: \(reason)\n", "\(script)")
    }

    /// `natoscope export | head` ends quietly, by SIGPIPE, as other tools do.
    @Test func aPipeClosedEarlyStillEndsBySIGPIPE() throws {
        let r = try Self.shell("trap - PIPE; NATOSCOPE export --format json 2>/tmp/natoscope-sigpipe-$$ | head -c 10 >/dev/null; s=${PIPESTATUS[0]}; cat /tmp/natoscope-sigpipe-$$; rm -f /tmp/natoscope-sigpipe-$$; exit $s")
        #expect(r.status == 128 + SIGPIPE, "status \(r.status)")
        #expect(r.stdout.isEmpty, "no message: \(r.stdout)")
    }

    // MARK: export --output

    /// Like a `>` redirection: a symbolic link stays a link (its target gets the export) and a
    /// replaced file keeps its permissions.
    @Test func exportOutputFollowsLinksAndKeepsTheFilesMode() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("natoscope-link-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("real"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("real/data.csv")
        try "old".write(to: target, atomically: false, encoding: .utf8)
        #expect(chmod(target.path, 0o640) == 0)
        let link = dir.appendingPathComponent("link.csv")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real/data.csv")
        let r = try CLI.run(["export", "--format", "csv", "countries", "--output", link.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real/data.csv", "the link must stay a link")
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("id,"), "the link's target gets the export")
        var info = stat()
        #expect(stat(target.path, &info) == 0 && info.st_mode & 0o7777 == 0o640, "mode \(String(info.st_mode & 0o7777, radix: 8))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("real").path) == ["data.csv"])
        // A dangling link: the file it points to is created.
        let dangling = dir.appendingPathComponent("dangling.csv")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "real/new.csv")
        #expect(try CLI.run(["export", "--format", "csv", "countries", "--output", dangling.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("real/new.csv").path))
    }

    @Test func exportOutputReplacesTheFileWholeAndLeavesNoTemporaryFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("natoscope-out-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("data.json")
        try "old contents".write(to: target, atomically: false, encoding: .utf8)
        let r = try CLI.run(["export", "--format", "json", "--output", target.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let stdout = try CLI.run(["export", "--format", "json"]).stdout
        #expect(try String(contentsOf: target, encoding: .utf8) == stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["data.json"])

        // rename() onto a folder fails after the temporary file was written: it must go.
        let folder = dir.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("inside"), withIntermediateDirectories: true)
        let failed = try CLI.run(["export", "--format", "csv", "countries", "--output", folder.path])
        #expect(failed.status == 74)
        #expect(failed.stderr.hasPrefix("natoscope: cannot write '\(folder.path)': "), "\(failed.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["data.json", "taken"])

        let missing = try CLI.run(["export", "--output", dir.appendingPathComponent("no/such/file.json").path])
        #expect(missing.status == 74)
        #expect(missing.stderr.contains("No such file or directory"), "\(missing.stderr)")
    }

    // MARK: Usage errors

    @Test(arguments: ["0", "-5", "19", "1001", "99999999999999999999"])
    func widthOutOfRangeIsAUsageError(width: String) throws {
        let r = try CLI.run(["list", "countries", "--width=\(width)"])
        #expect(r.status == 64, "--width \(width): \(r.status) \(r.stderr)")
        #expect(r.stderr.contains("width"), "\(r.stderr)")
    }

    @Test func anEmptyPathIsNamedAsSuch() throws {
        let r = try CLI.run(["validate", ""])
        #expect(r.status == 64)
        #expect(r.stderr.contains("a data path is empty"), "\(r.stderr)")
        let data = try CLI.run(["list", "countries", "--data", ""])
        #expect(data.status == 64)
        #expect(data.stderr.contains("--data needs a path"), "\(data.stderr)")
    }

    // MARK: Linear cost

    /// A 1 MB name used to pad every row of the country list to its width (4 MB of spaces
    /// and a cost that grew with the square of the field); the list stays on the screen now.
    @Test func aHugeNameDoesNotWidenTheList() throws {
        var text = try String(contentsOfFile: CLI.fixture("valid/minimal.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"name\": \"Türkiye\"", with: "\"name\": \"\(String(repeating: "Tü", count: 500_000))\"")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("natoscope-huge-\(getpid()).json")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let r = try CLI.run(["list", "countries", "--data", url.path, "--width", "100"])
        #expect(r.status == 0, "\(r.stderr)")
        let widest = r.stdout.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest < 200, "a list line is \(widest) characters wide")
        let row = r.stdout.split(separator: "\n").first { $0.hasPrefix("turkiye") } ?? ""
        #expect(row.contains("TüTü") && row.contains("…  ally 1952"), "the name is cut to half the width: \(row.prefix(200))")
    }
}
