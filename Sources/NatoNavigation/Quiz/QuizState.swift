// The quiz inside the explorer (`Q`): questions generated from the loaded data, answered by
// key or click, with feedback and sources after each answer and the score at the end. The
// same questions as `natoscope quiz --seed N` for the seed shown in the box's title.
import NatoClassroom
import NatoModel

public struct QuizState: Sendable, Equatable {
    /// The seed the questions were generated from (`natoscope quiz --seed` repeats them).
    public let seed: UInt64
    public let questions: [Question]
    /// Index of the question on screen; `questions.count` once the quiz is over.
    public internal(set) var index: Int = 0
    /// The choice picked for the question on screen (its feedback shows), nil before.
    public internal(set) var chosen: Int?
    public internal(set) var answered: Int = 0
    public internal(set) var correct: Int = 0

    /// Questions a quiz in the explorer asks.
    public static let questionCount = 10

    init(seed: UInt64, questions: [Question]) {
        self.seed = seed
        self.questions = questions
    }

    public var finished: Bool { index >= questions.count }
    public var current: Question? { questions.indices.contains(index) ? questions[index] : nil }
    public var score: Score { Score(total: questions.count, answered: answered, correct: correct) }
}

/// The quiz feature's actions.
public enum QuizAction: Sendable, Equatable {
    /// `Q`: a new quiz (the next seed).
    case open
    /// A choice (a-d, 1-4 or a click), zero-based.
    case answer(Int)
    /// Enter or Space after the feedback: the next question (or the score after the last).
    case next
    /// Esc or q: leave the quiz; the score goes to the status line.
    case close
}

extension Action {
    /// `Q`: open a quiz.
    public static var startQuiz: Action { .quiz(.open) }
}
