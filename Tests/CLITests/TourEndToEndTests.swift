import Foundation
import Testing

/// A guided tour in a real terminal: tmux runs the built binary; the test steps through the
/// tour as a presenter would and follows the speaker notes file.
@Suite("Tour end to end (tmux)", .serialized)
struct TourEndToEndTests {
    let binary: String

    init() throws {
        binary = try #require(CLI.binary).path
    }

    @Test func steppingThroughTheIsraelTourAndLeavingIt() throws {
        let notes = FileManager.default.temporaryDirectory.appendingPathComponent("natoscope-notes-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: notes) }
        let s = try TmuxSession(columns: 100, rows: 30)
        s.wait { $0.contains("$") }
        try s.run("'\(binary)' tour israel-and-nato --notes '\(notes)'; echo EXIT=$?")
        let first = s.wait { $0.contains("step 1/10") }
        #expect(first.contains("Tour: Israel and NATO · step 1/10"), "\(first)")
        #expect(first.contains("Israel is not a member of NATO"), "\(first)")
        try s.keys("Space")
        s.wait { $0.contains("step 2/10") }
        try s.keys("Space")
        let third = s.wait { $0.contains("step 3/10") }
        #expect(third.contains("Tour: Israel and NATO · step 3/10"), "\(third)")
        #expect(third.contains("February 1995"), "\(third)")
        let written = (0..<40).lazy.compactMap { _ -> String? in
            let text = try? String(contentsOfFile: notes, encoding: .utf8)
            if text?.contains("step 3/10") == true { return text }
            usleep(50_000)
            return nil
        }.first
        #expect(written?.contains("Tour: Israel and NATO · step 3/10") == true, "notes file: \(written ?? "missing")")
        #expect(written?.contains("Correction note") == true)
        try s.keys("Left")
        #expect(s.wait { $0.contains("step 2/10") }.contains("step 2/10"))
        try s.keys("5", "Enter")
        #expect(s.wait { $0.contains("step 5/10") }.contains("step 5/10"))
        try s.keys("Escape")
        let left = s.wait { !$0.contains("Tour: Israel") }
        #expect(!left.contains("Tour: Israel and NATO"), "Esc did not leave the tour:\n\(left)")
        #expect(left.contains("Istanbul Summit"), "the explorer did not stay at the tour's record:\n\(left)")
        try s.keys("q")
        let end = s.waitForExit()
        #expect(end.split(separator: "\n").contains("EXIT=0"), "\(end)")
    }

    /// The complete example of docs/LESSONS.md, run as a teacher would: checked, stepped
    /// through in the explorer, and turned into a handout.
    @Test func theLessonFromTheDocsRunsStepByStep() throws {
        let docs = try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/LESSONS.md"), encoding: .utf8)
        let blocks = docs.components(separatedBy: "```markdown\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
        let lesson = try #require(blocks.first)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("partners-south-\(getpid()).md")
        try (lesson + "\n").write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }

        let check = try CLI.run(["tour", "--check", file.path])
        #expect(check.status == 0 && check.stdout == "ok: 1 lesson, 3 steps\n", "\(check.stdout)\(check.stderr)")
        let handout = try CLI.run(["tour", file.path, "--export", "markdown"])
        #expect(handout.status == 0)
        #expect(handout.stdout.contains("## Step 2: Israel"), "\(handout.stdout)")
        #expect(handout.stdout.contains("Give them a minute before moving on."))

        let s = try TmuxSession(columns: 100, rows: 30)
        s.wait { $0.contains("$") }
        try s.run("'\(binary)' tour '\(file.path)'; echo EXIT=$?")
        let first = s.wait { $0.contains("step 1/3") }
        #expect(first.contains("Tour: Partners in the south · step 1/3"), "\(first)")
        #expect(first.contains("Seven countries take part in the Mediterranean Dialogue"), "\(first)")
        #expect(!first.contains("Give them a minute"), "speaker notes must stay off the screen:\n\(first)")
        try s.keys("Space")
        let second = s.wait { $0.contains("step 2/3") && $0.contains("Map · europe") }
        #expect(second.contains("Israel is a partner, not an ally"), "\(second)")
        // The step's directives: NATO as of 1995 on the title line, the map on Europe.
        #expect(second.split(separator: "\n").first?.contains("as of 1995") == true, "\(second)")
        #expect(second.contains("Map · europe"), "\(second)")
        try s.keys("Space")
        let third = s.wait { $0.contains("step 3/3") }
        #expect(third.contains("The Dialogue opened in December 1994"), "\(third)")
        try s.keys("Escape", "q")
        let end = s.waitForExit()
        #expect(end.split(separator: "\n").contains("EXIT=0"), "\(end)")
    }

    @Test func lessonsInTheUsersDataFolderJoinTheList() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("natoscope-xdg-\(getpid())")
        let folder = home.appendingPathComponent("natoscope/lessons")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try "---\ntitle: My own lesson\n---\n\n## Israel\n<!-- show: israel -->\nA partner.\n"
            .write(to: folder.appendingPathComponent("mine.md"), atomically: true, encoding: .utf8)
        let list = try CLI.run(["tour"], environment: ["XDG_DATA_HOME": home.path])
        #expect(list.status == 0)
        #expect(list.stdout.contains("mine") && list.stdout.contains("My own lesson") && list.stdout.contains("6 tours"), "\(list.stdout)")
        let without = try CLI.run(["tour"], environment: ["XDG_DATA_HOME": folder.appendingPathComponent("none").path])
        #expect(!without.stdout.contains("My own lesson"))
    }

    @Test func aBrokenLessonNamesItsLines() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(getpid()).md")
        try "---\ntitle: Broken\n---\n\n## Israel\n<!-- show: isreal -->\nText.\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try CLI.run(["tour", file.path])
        #expect(run.status == 65)
        #expect(run.stderr.contains("broken-\(getpid()).md:6: unknown id \"isreal\"; did you mean \"israel\"?"), "\(run.stderr)")
    }

    @Test func listingAndErrors() throws {
        let list = try CLI.run(["tour"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("israel-and-nato") && list.stdout.contains("Israel and NATO"))
        #expect(list.stdout.contains("5 tours"))
        let unknown = try CLI.run(["tour", "israel-and-nat"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("did you mean 'israel-and-nato'?"), "\(unknown.stderr)")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("natoscope-tours-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("x.json")
        try #"{"title": "X", "description": "D", "steps": [{"entity": "isreal", "caption": "c"}]}"#.write(to: bad, atomically: true, encoding: .utf8)
        let invalid = try CLI.run(["tour", "--tour-file", bad.path])
        #expect(invalid.status == 65)
        #expect(invalid.stderr.contains(#"x.json: steps[0].entity: unknown id "isreal" (did you mean "israel"?)"#), "\(invalid.stderr)")
    }
}
