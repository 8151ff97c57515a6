// The quiz inside the explorer, driven through the test store: every action's whole
// resulting state and effects are asserted.
import NatoClassroom
import NatoModel
@testable import NatoNavigation
import Testing

@Suite struct ExplorerQuizTests {
    static let seed: UInt64 = 2024

    func store() -> TestStore { TestStore(AppState(catalog: catalog, columns: 100, rows: 30, quizSeed: Self.seed), catalog: catalog) }

    func questions(_ seed: UInt64) throws -> [Question] {
        try Quiz.generate(catalog: catalog, seed: seed, count: QuizState.questionCount)
    }

    @Test func qOpensTheSeededQuizAndAnswersGiveFeedbackAndScore() throws {
        var s = store()
        let qs = try questions(Self.seed)
        #expect(!qs.isEmpty)
        #expect(KeyMap.action(for: .character("Q"), in: s.state) == .startQuiz)
        s.send(.startQuiz) {
            $0.quizzesTaken = 1
            $0.overlay = .quiz(QuizState(seed: Self.seed, questions: qs))
        }
        #expect(s.state.mode == .quiz)
        // A wrong answer, then the right one for the second question.
        let wrong = (qs[0].correctIndex + 1) % qs[0].choices.count
        #expect(KeyMap.action(for: .character(Character(Question.letter(wrong))), in: s.state) == .quiz(.answer(wrong)))
        s.send(.quiz(.answer(wrong))) { $0.overlay = .quiz(Self.quiz(qs, index: 0, chosen: wrong, answered: 1, correct: 0)) }
        s.send(.quiz(.answer(qs[0].correctIndex)))  // one answer a question: nothing changes
        s.send(.quiz(.next)) { $0.overlay = .quiz(Self.quiz(qs, index: 1, chosen: nil, answered: 1, correct: 0)) }
        s.send(.quiz(.next))  // no answer yet: stays
        #expect(KeyMap.action(for: .character(Character(String(qs[1].correctIndex + 1))), in: s.state) == .quiz(.answer(qs[1].correctIndex)))
        s.send(.quiz(.answer(qs[1].correctIndex))) {
            $0.overlay = .quiz(Self.quiz(qs, index: 1, chosen: qs[1].correctIndex, answered: 2, correct: 1))
        }
        if case .quiz(let q) = s.state.overlay {
            let text = q.lines(width: 70, catalog: catalog).map(\.text).joined(separator: "\n")
            #expect(text.contains("Right: "), "\(text)")
            #expect(text.contains("Source: "), "feedback names the sources:\n\(text)")
        }
        s.send(.quiz(.close)) {
            $0.overlay = nil
            $0.message = "Quiz: Score: 1 of 2 (50%); stopped after 2 of \(qs.count) questions"
        }
        // The next quiz takes the next seed.
        s.send(.startQuiz) {
            $0.message = nil
            $0.quizzesTaken = 2
            $0.overlay = .quiz(QuizState(seed: Self.seed + 1, questions: (try? questions(Self.seed + 1)) ?? []))
        }
    }

    @Test func theScoreShowsAfterTheLastQuestionAndEnterLeaves() throws {
        var s = store()
        let qs = try questions(Self.seed)
        s.send(.startQuiz) {
            $0.quizzesTaken = 1
            $0.overlay = .quiz(QuizState(seed: Self.seed, questions: qs))
        }
        for (i, q) in qs.enumerated() {
            s.send(.quiz(.answer(q.correctIndex))) { $0.overlay = .quiz(Self.quiz(qs, index: i, chosen: q.correctIndex, answered: i + 1, correct: i + 1)) }
            s.send(.quiz(.next)) { $0.overlay = .quiz(Self.quiz(qs, index: i + 1, chosen: nil, answered: i + 1, correct: i + 1)) }
        }
        guard case .quiz(let done) = s.state.overlay else { Issue.record("quiz closed too early"); return }
        #expect(done.finished)
        #expect(done.lines(width: 70, catalog: catalog).first?.text == "Score: \(qs.count) of \(qs.count) (100%)")
        s.send(.quiz(.next)) {
            $0.overlay = nil
            $0.message = "Quiz: Score: \(qs.count) of \(qs.count) (100%)"
        }
    }

    @Test func clickingAChoiceAnswersIt() throws {
        var s = store()
        let qs = try questions(Self.seed)
        s.send(.startQuiz) {
            $0.quizzesTaken = 1
            $0.overlay = .quiz(QuizState(seed: Self.seed, questions: qs))
        }
        guard case .quiz(let quiz) = s.state.overlay else { return }
        let inner = s.state.layout.quizBox.inner
        let lines = quiz.lines(width: inner.width - 2, catalog: catalog)
        let pick = qs[0].choices.count - 1
        let row = try #require(lines.firstIndex { $0.choice == pick })
        s.send(.click(row: inner.row + row, column: inner.column + 3)) {
            $0.overlay = .quiz(Self.quiz(qs, index: 0, chosen: pick, answered: 1, correct: qs[0].correctIndex == pick ? 1 : 0))
        }
        s.send(.click(row: inner.row, column: inner.column + 3)) {
            $0.overlay = .quiz(Self.quiz(qs, index: 1, chosen: nil, answered: 1, correct: qs[0].correctIndex == pick ? 1 : 0))
        }
    }

    static func quiz(_ qs: [Question], index: Int, chosen: Int?, answered: Int, correct: Int) -> QuizState {
        var q = QuizState(seed: seed, questions: qs)
        q.index = index
        q.chosen = chosen
        q.answered = answered
        q.correct = correct
        return q
    }
}
