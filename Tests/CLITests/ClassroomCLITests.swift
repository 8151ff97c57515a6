import Foundation
import Testing

/// Runs the binary with `input` on standard input (a pipe), as a class would script it.
func runWithInput(_ arguments: [String], input: String) throws -> CLI.Result {
    let exe = try #require(CLI.binary, "natoscope binary not found; build it first")
    let process = Process()
    process.executableURL = exe
    process.arguments = arguments
    let stdin = Pipe(), out = Pipe(), err = Pipe()
    process.standardInput = stdin
    process.standardOutput = out
    process.standardError = err
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLI.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
}

@Suite("natoscope quiz and export handouts", .serialized)
struct ClassroomCLITests {
    let minimal = CLI.fixture("valid/minimal.json")

    /// The answer letters of a seeded quiz, read from its JSON answer key.
    func answerLetters(_ arguments: [String]) throws -> [String] {
        let r = try CLI.run(["quiz", "--format", "json"] + arguments)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let questions = try #require(json["questions"] as? [[String: Any]])
        return questions.compactMap { $0["answerLetter"] as? String }
    }

    @Test func answersThroughAPipeScoreFullMarks() throws {
        let args = ["--seed", "7", "--count", "4", "--data", minimal]
        let letters = try answerLetters(args)
        #expect(letters.count == 4)
        let r = try runWithInput(["quiz"] + args, input: letters.joined(separator: "\n") + "\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Score: 4 of 4 (100%)"))
        #expect(r.stdout.contains("Source: A NATO page <https://www.nato.int/example.htm>"))
        #expect(r.stdout.contains("natoscope quiz --seed 7 --count 4"), "says how to repeat the quiz")
        try CLI.assertGolden(r.stdout, "quiz-session.txt")
    }

    @Test func endOfInputStopsTheQuizWithTheScore() throws {
        let r = try runWithInput(["quiz", "--seed", "3", "--data", minimal], input: "1\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("stopped after 1 of "))
        let builtin = try runWithInput(["quiz", "--seed", "3"], input: "")
        #expect(builtin.status == 0)
        #expect(builtin.stdout.contains("Score: 0 of 0 (0%); stopped after 0 of 10 questions"))
    }

    @Test func aSeedGivesTheSameQuizEveryRun() throws {
        let a = try CLI.run(["quiz", "--seed", "2024", "--answers"])
        let b = try CLI.run(["quiz", "--seed", "2024", "--answers"])
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.split(separator: "\n").filter { $0.hasPrefix("   * ") }.count == 10)
        let other = try CLI.run(["quiz", "--seed", "2025", "--answers"])
        #expect(other.stdout != a.stdout)
        let key = try CLI.run(["quiz", "--seed", "7", "--answers", "--count", "4", "--data", minimal])
        try CLI.assertGolden(key.stdout, "quiz-answers.txt")
        let narrow = try CLI.run(["quiz", "--seed", "1", "--count", "5", "--framework", "md", "--answers"])
        #expect(narrow.status == 0)
        #expect(narrow.stdout.contains("Answer key (seed 1, 5 questions)"))
    }

    @Test func unknownIdsAndBadCountsAreClearErrors() throws {
        let fw = try CLI.run(["quiz", "--framework", "pfpp"])
        #expect(fw.status == 1)
        #expect(fw.stderr.contains("no framework 'pfpp'; did you mean 'pfp'?"))
        let country = try CLI.run(["quiz", "--country", "isreal"])
        #expect(country.status == 1)
        #expect(country.stderr.contains("no country 'isreal'; did you mean 'israel'?"))
        let count = try CLI.run(["quiz", "--count", "0"])
        #expect(count.status == 64)
        let help = try CLI.run(["quiz", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: natoscope quiz"))
        #expect(try CLI.run(["--help"]).stdout.contains("quiz"))
    }

    @Test(arguments: [
        ("export-israel.md", ["export", "--format", "markdown", "israel"]),
        ("export-md.md", ["export", "--format", "markdown", "md"]),
        ("export-all.md", ["export", "--format", "markdown"]),
        ("export-countries.csv", ["export", "--format", "csv", "countries"]),
        ("export-milestones.csv", ["export", "--format", "csv", "milestones"]),
    ])
    func handoutsMatchGolden(golden: String, arguments: [String]) throws {
        let r = try CLI.run(arguments + ["--data", minimal])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\r" })
        try CLI.assertGolden(r.stdout, golden)
    }

    @Test func exportArgumentsAreChecked() throws {
        let unknown = try CLI.run(["export", "--format", "markdown", "isreal"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("did you mean 'israel'?"))
        let list = try CLI.run(["export", "--format", "csv", "allies"])
        #expect(list.status == 64)
        #expect(list.stderr.contains("countries, milestones"))
        #expect(try CLI.run(["export", "--format", "csv"]).status == 64)
        #expect(try CLI.run(["export", "--format", "json", "israel"]).status == 64)
        let json = try CLI.run(["export", "--data", minimal])
        #expect(json.status == 0)
        #expect(json.stdout.hasPrefix("{"), "json stays the default")
    }
}
