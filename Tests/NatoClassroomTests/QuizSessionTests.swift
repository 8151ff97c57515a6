import NatoClassroom
import NatoModel
import Testing

@Suite("Interactive quiz loop")
struct QuizSessionTests {
    /// Runs a session on scripted input; returns the score and every line written.
    func play(_ questions: [Question], _ c: Catalog, _ lines: [String]) -> (Score, [String]) {
        var input = lines[...]
        var output: [String] = []
        let score = QuizSession.run(questions: questions, catalog: c, input: { input.popFirst() }, output: { output.append($0) })
        return (score, output)
    }

    @Test func rightAnswersScoreFullMarksWithFeedbackAndSources() throws {
        let c = try Fixtures.minimal()
        let questions = try Quiz.generate(catalog: c, seed: 7, count: 4)
        #expect(questions.count == 4)
        // Letters, upper case and numbers all work.
        let answers = questions.enumerated().map { n, q in
            n % 3 == 0 ? Question.letter(q.correctIndex) : n % 3 == 1 ? Question.letter(q.correctIndex).uppercased() : String(q.correctIndex + 1)
        }
        let (score, out) = play(questions, c, answers)
        #expect(score == Score(total: 4, answered: 4, correct: 4))
        #expect(out.filter { $0.hasPrefix("Right: ") }.count == 4)
        #expect(out.contains("Source: A NATO page <https://www.nato.int/example.htm>"))
        #expect(out.last == "Score: 4 of 4 (100%)")
        #expect(out.contains("Question 4 of 4"))
    }

    @Test func wrongAnswersShowTheRightOneAndTheScoreCountsThem() throws {
        let c = try Fixtures.minimal()
        let questions = try Quiz.generate(catalog: c, seed: 7, count: 3)
        let wrong = questions.map { Question.letter(($0.correctIndex + 1) % $0.choices.count) }
        let (score, out) = play(questions, c, wrong)
        #expect(score == Score(total: 3, answered: 3, correct: 0))
        let first = questions[0]
        #expect(out.contains("Not quite: the answer is \(Question.letter(first.correctIndex))) \(first.correctChoice)"))
        #expect(out.contains(first.explanation))
        #expect(out.last == "Score: 0 of 3 (0%)")
    }

    @Test func invalidInputAsksAgainAndQStops() throws {
        let c = try Fixtures.minimal()
        let questions = try Quiz.generate(catalog: c, seed: 7, count: 3)
        let q = questions[0]
        let (score, out) = play(questions, c, ["", "z", "9", " \(Question.letter(q.correctIndex)) ", "q", "a"])
        #expect(score == Score(total: 3, answered: 1, correct: 1))
        #expect(out.filter { $0.hasPrefix("Please answer") }.count == 3)
        #expect(out.last == "Score: 1 of 1 (100%); stopped after 1 of 3 questions")
        #expect(!out.contains("Question 3 of 3"), "q stops at once")
    }

    @Test func endOfInputStopsAndPrintsTheScore() throws {
        let c = try Fixtures.minimal()
        let questions = try Quiz.generate(catalog: c, seed: 2, count: 3)
        let (score, out) = play(questions, c, [])
        #expect(score == Score(total: 3, answered: 0, correct: 0))
        #expect(out.last == "Score: 0 of 0 (0%); stopped after 0 of 3 questions")
    }

    @Test func parseReadsLettersNumbersAndQuit() {
        #expect(QuizSession.parse("b", choices: 4) == .choice(1))
        #expect(QuizSession.parse("D", choices: 4) == .choice(3))
        #expect(QuizSession.parse("4", choices: 4) == .choice(3))
        #expect(QuizSession.parse("  1\t", choices: 2) == .choice(0))
        #expect(QuizSession.parse("c", choices: 2) == .invalid)
        #expect(QuizSession.parse("3", choices: 2) == .invalid)
        #expect(QuizSession.parse("0", choices: 4) == .invalid)
        #expect(QuizSession.parse("ab", choices: 4) == .invalid)
        #expect(QuizSession.parse("Q", choices: 4) == .stop)
        #expect(QuizSession.parse("quit", choices: 4) == .stop)
    }

    @Test func scoreRoundsThePercentage() {
        #expect(Score(total: 3, answered: 3, correct: 2).summary == "Score: 2 of 3 (67%)")
        #expect(Score(total: 3, answered: 3, correct: 1).summary == "Score: 1 of 3 (33%)")
        #expect(!Score(total: 3, answered: 3, correct: 1).stoppedEarly)
    }

    @Test func answerKeyMarksEveryAnswer() throws {
        let c = try Fixtures.minimal()
        let questions = try Quiz.generate(catalog: c, seed: 7, count: 4)
        let key = Quiz.answerKey(questions, catalog: c, seed: 7)
        #expect(key.split(separator: "\n").filter { $0.hasPrefix("   * ") }.count == questions.count)
        #expect(key.hasPrefix("Answer key (seed 7, 4 questions)"))
    }
}
