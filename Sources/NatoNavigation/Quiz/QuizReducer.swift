// The quiz feature's reducer. It changes the app state only when `reduce` hands it a
// `QuizAction`; the quiz's own state lives in `Overlay.quiz` and goes when it closes.
import NatoClassroom
import NatoModel

extension AppState {
    mutating func reduceQuiz(_ action: QuizAction, _ catalog: Catalog) {
        switch action {
        case .open:
            if case .quiz = overlay { return }
            // Each quiz takes the next seed, so Q twice gives two different quizzes, and the
            // same start seed (the runtime passes its launch time) gives the same ones.
            let seed = quizSeed &+ UInt64(quizzesTaken)
            quizzesTaken += 1
            let questions = (try? Quiz.generate(catalog: catalog, seed: seed, count: QuizState.questionCount)) ?? []
            guard !questions.isEmpty else {
                message = "No quiz: the data holds too few facts to ask about"
                return
            }
            overlay = .quiz(QuizState(seed: seed, questions: questions))
        case .answer(let choice):
            guard case .quiz(var quiz) = overlay, let question = quiz.current, quiz.chosen == nil,
                  question.choices.indices.contains(choice) else { return }
            quiz.chosen = choice
            quiz.answered += 1
            if choice == question.correctIndex { quiz.correct += 1 }
            overlay = .quiz(quiz)
        case .next:
            guard case .quiz(var quiz) = overlay else { return }
            if quiz.finished {
                closeQuiz(quiz)
                return
            }
            guard quiz.chosen != nil else { return }
            quiz.index += 1
            quiz.chosen = nil
            overlay = .quiz(quiz)
        case .close:
            guard case .quiz(let quiz) = overlay else { return }
            closeQuiz(quiz)
        }
    }

    private mutating func closeQuiz(_ quiz: QuizState) {
        overlay = nil
        message = quiz.answered == 0 ? "Quiz closed" : "Quiz: " + quiz.score.summary
    }
}
