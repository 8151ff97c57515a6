import ArgumentParser
import NatoClassroom
import NatoModel

enum QuizFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct Quiz: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A multiple-choice quiz generated from the data, with sources for every answer.",
        discussion: """
            Answer with a-d or 1-4; q stops. Answers can come from a pipe too: at the end of input \
            the quiz stops and prints the score. --seed makes a quiz repeatable on any machine; \
            --answers (or --format json) prints the questions with their answers instead, for an answer key.
            Examples: natoscope quiz --seed 7; natoscope quiz --framework md --count 5; natoscope quiz --seed 7 --answers
            """
    )

    @Option(help: ArgumentHelp("Number of questions.", valueName: "n"))
    var count = NatoClassroom.Quiz.defaultCount

    @Option(help: ArgumentHelp("Seed for a repeatable quiz (default: a new one each time, printed at the end).", valueName: "n"))
    var seed: UInt64?

    @Option(help: ArgumentHelp("Only questions about this framework.", valueName: "id"))
    var framework: String?

    @Option(help: ArgumentHelp("Only questions about this country.", valueName: "id"))
    var country: String?

    @Flag(help: "Print the questions with their answers, explanations and sources instead of asking them.")
    var answers = false

    @Option(name: .long, help: "With --answers: text or json (json implies --answers).")
    var format: QuizFormat = .text

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if count < 1 { throw ValidationError("--count must be at least 1") }
        if count > 1000 { throw ValidationError("--count must be at most 1000") }
    }

    func run() throws {
        let catalog = try dataOptions.catalog()
        let seed = self.seed ?? UInt64.random(in: 0...999_999)
        let questions: [Question]
        do {
            questions = try NatoClassroom.Quiz.generate(catalog: catalog, seed: seed, count: count, framework: framework, country: country)
        } catch {
            throw error.exit()
        }
        guard !questions.isEmpty else {
            Console.error("natoscope: the data set has nothing to ask about here; try without --framework or --country")
            throw ExitCode(1)
        }
        if format == .json {
            Console.write(NatoClassroom.Quiz.json(questions, catalog: catalog, seed: seed))
            return
        }
        if answers {
            Console.write(NatoClassroom.Quiz.answerKey(questions, catalog: catalog, seed: seed))
            return
        }
        if questions.count < count {
            Console.write("(This data set supports \(questions.count) distinct question\(questions.count == 1 ? "" : "s") here.)\n")
        }
        QuizSession.run(questions: questions, catalog: catalog, input: { readLine() }, output: { Console.write($0 + "\n") })
        var again = "natoscope quiz --seed \(seed)"
        if count != NatoClassroom.Quiz.defaultCount { again += " --count \(count)" }
        if let framework { again += " --framework \(framework)" }
        if let country { again += " --country \(country)" }
        Console.write("Seed \(seed): '\(again)' asks the same questions again.\n")
    }
}
