// Options shared by every subcommand, and the helpers that turn them into a catalog and a style.
import ArgumentParser
import Foundation
import NatoData
import NatoModel
import NatoOutput

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A data file or a folder of data files to use instead of the built-in data set.", valueName: "path"),
            completion: .file(extensions: ["json"]))
    var data: [String] = []

    /// Loads the data set, or prints every problem to standard error and exits with 65.
    func catalog() throws -> Catalog {
        let result = data.isEmpty ? BuiltinData.load() : DataLoader.load(paths: data)
        switch result {
        case .success(let c):
            return c
        case .failure(let problems):
            Console.error(problems.description)
            Console.error("natoscope: the data set has \(problems.problems.count) problem\(problems.problems.count == 1 ? "" : "s") (see docs/DATA.md)")
            throw ExitCode(65)
        }
    }
}

struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Wrap text to this many columns (default: the terminal's width, or 80 when not a terminal).")
    var width: Int?

    var style: OutputStyle {
        let tty = isatty(STDOUT_FILENO) == 1
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return OutputStyle(width: width ?? (tty ? Console.terminalWidth() ?? 80 : 80), color: tty && !noColor)
    }
}

enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func terminalWidth() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

extension QueryError {
    /// Unknown ids exit with 1 and a suggestion; invalid option values are usage errors.
    func exit() -> ExitCode {
        Console.error("natoscope: \(description)")
        if case .invalidValue = self { return ExitCode(64) }
        return ExitCode(1)
    }
}
