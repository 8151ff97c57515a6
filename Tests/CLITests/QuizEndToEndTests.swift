import Foundation
import Testing

/// The quiz inside the explorer, in a real terminal: `Q` opens it over the panes (the title
/// line and the status line stay), a key answers, Esc goes back to the explorer.
@Suite("Quiz in the explorer end to end (tmux)", .serialized)
struct QuizEndToEndTests {
    let binary: String

    init() throws {
        binary = try #require(CLI.binary).path
    }

    @Test func qRunsTheQuizInsideTheScreen() throws {
        let s = try TmuxSession(columns: 100, rows: 30)
        s.wait { $0.contains("$") }
        try s.run("'\(binary)'; echo EXIT=$?")
        s.wait { $0.contains("Countries") && $0.contains("quit") }
        try s.keys("Q")
        let open = s.wait { $0.contains("question 1 of") }
        let lines = open.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.contains("natoscope") == true && lines.first?.contains("quiz") == true, "the title line stays:\n\(open)")
        #expect(open.contains("a) ") && open.contains("b) "), "choices are listed:\n\(open)")
        #expect(lines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.contains("answer") == true, "the status line shows the quiz keys:\n\(open)")
        try s.keys("a")
        let answered = s.wait { $0.contains("Right: ") || $0.contains("Not quite: ") }
        #expect(answered.contains("Right: ") || answered.contains("Not quite: "), "no feedback:\n\(answered)")
        #expect(answered.contains("Source: "), "the feedback names its sources:\n\(answered)")
        try s.keys("Enter")
        #expect(s.wait { $0.contains("question 2 of") }.contains("question 2 of"))
        try s.keys("Escape")
        let back = s.wait { !$0.contains("question 2 of") }
        #expect(back.contains("Score: ") && back.contains("Frameworks"), "Esc returns to the explorer with the score:\n\(back)")
        try s.keys("q")
        let end = s.waitForExit()
        #expect(end.split(separator: "\n").contains("EXIT=0"), "\(end)")
    }
}
