// The interactive quiz: asks each question, reads an answer, gives immediate feedback with
// the right answer and its sources, and a score at the end. All I/O goes through closures,
// so the command line (readLine/print), the explorer and the tests can drive it alike.
import NatoModel
import NatoText

public struct Score: Sendable, Equatable {
    /// Questions in the quiz.
    public var total: Int
    /// Questions answered before stopping (q or end of input).
    public var answered: Int
    public var correct: Int

    public init(total: Int, answered: Int, correct: Int) {
        self.total = total
        self.answered = answered
        self.correct = correct
    }

    public var stoppedEarly: Bool { answered < total }

    /// `Score: 7 of 10 (70%)`, with a note when the quiz was stopped early.
    public var summary: String {
        let percent = answered == 0 ? 0 : (correct * 200 + answered) / (answered * 2)
        var s = "Score: \(correct) of \(answered) (\(percent)%)"
        if stoppedEarly { s += "; stopped after \(answered) of \(total) question\(total == 1 ? "" : "s")" }
        return s
    }
}

public enum QuizSession {
    /// What a typed line means.
    public enum Reply: Equatable, Sendable {
        case choice(Int), stop, invalid
    }

    /// `a`-`d` (any case) or `1`-`4` choose; `q` or `quit` stops; anything else is invalid.
    public static func parse(_ line: String, choices: Int) -> Reply {
        let t = String(line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()).lowercased()
        if t == "q" || t == "quit" { return .stop }
        if let n = Int(t), n >= 1, n <= choices { return .choice(n - 1) }
        if t.count == 1, let i = (0..<choices).first(where: { Question.letter($0) == t }) { return .choice(i) }
        return .invalid
    }

    /// Runs the quiz. `input` returns the next line typed (nil at end of input, which stops the
    /// quiz like `q`); `output` receives one line at a time, without its newline.
    @discardableResult
    public static func run(questions: [Question], catalog: Catalog, input: () -> String?, output: (String) -> Void) -> Score {
        var score = Score(total: questions.count, answered: 0, correct: 0)
        output("Quiz: \(questions.count) question\(questions.count == 1 ? "" : "s"). Answer with a letter or a number; q stops.")
        quiz: for (n, q) in questions.enumerated() {
            output("")
            output("Question \(n + 1) of \(questions.count)")
            output(q.prompt.inert)
            for (i, choice) in q.choices.enumerated() { output("  \(Question.letter(i))) \(choice.inert)") }
            let range = "\(Question.letter(0))-\(Question.letter(q.choices.count - 1)) or 1-\(q.choices.count)"
            output("Your answer (\(range), q to stop):")
            while true {
                guard let line = input() else { break quiz }
                switch parse(line, choices: q.choices.count) {
                case .stop:
                    break quiz
                case .invalid:
                    output("Please answer \(range), or q to stop.")
                case .choice(let i):
                    score.answered += 1
                    if i == q.correctIndex {
                        score.correct += 1
                        output("Right: \(Question.letter(i))) \(q.correctChoice.inert)")
                    } else {
                        output("Not quite: the answer is \(Question.letter(q.correctIndex))) \(q.correctChoice.inert)")
                    }
                    output(q.explanation.inert)
                    for line in sourceLines(q, catalog) { output(line) }
                    continue quiz
                }
            }
        }
        output("")
        output(score.summary)
        return score
    }

    /// `Source: Title <address>` lines for a question's sources.
    static func sourceLines(_ q: Question, _ c: Catalog) -> [String] {
        q.sourceIDs.compactMap { id in
            guard let r = c.ref(for: id), r.kind == .source else { return nil }
            let s = c.data.sources[r.index]
            return "Source: " + s.title.inert + (s.url.map { " <\($0.inert)>" } ?? "")
        }
    }
}
