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
        let end = s.wait { $0.split(separator: "\n").contains { $0.hasPrefix("EXIT=") } }
        #expect(end.split(separator: "\n").contains("EXIT=0"), "\(end)")
    }

    @Test func listingAndErrors() throws {
        let list = try CLI.run(["tour"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("israel-and-nato") && list.stdout.contains("Israel and NATO"))
        #expect(list.stdout.contains("4 tours"))
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
