import ArgumentParser
import NatoData
import NatoModel
import NatoOutput

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a data set: prints 'ok' with counts, or every problem (exit status 65).",
        discussion: "With no path, checks the built-in data set. Paths are JSON files or folders of JSON files, loaded together as one data set."
    )

    @Argument(help: ArgumentHelp("Data files or folders.", valueName: "path"), completion: .file(extensions: ["json"]))
    var paths: [String] = []

    @OptionGroup var dataOptions: DataOptions
    @Option(name: .long, help: "Output format: text or json.") var format: OutputFormat = .text

    func validate() throws {
        if paths.contains("") {
            throw ValidationError("a data path is empty; give a JSON file or a folder of them (or no path for the built-in data)")
        }
    }

    func run() throws {
        let all = paths + dataOptions.data
        let result = all.isEmpty ? BuiltinData.load() : DataLoader.load(paths: all)
        switch result {
        case .success(let c):
            if format == .json {
                Console.write(JSONReports.validation(c))
            } else {
                let counts = EntityKind.allCases.map { "\(c.count($0)) \($0.collection)" }.joined(separator: ", ")
                Console.write("ok: \(counts)\n")
            }
        case .failure(let problems):
            if format == .json {
                Console.write(JSONReports.problems(problems))
            } else {
                Console.write(problems.description + "\n")
                Console.error("natoscope: \(problems.problems.count) problem\(problems.problems.count == 1 ? "" : "s") found")
            }
            throw ExitCode(65)
        }
    }
}

