// Options shared by every subcommand, and the helpers that turn them into a catalog and a style.
import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
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
        data.isEmpty ? try Self.builtinCatalog() : try Self.catalog(DataLoader.load(paths: data))
    }

    static func builtinCatalog() throws -> Catalog { try catalog(BuiltinData.load()) }

    private static func catalog(_ result: Result<Catalog, DataProblems>) throws -> Catalog {
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
        let noColor = Console.environment("NO_COLOR").map { !$0.isEmpty } ?? false
        return OutputStyle(width: width ?? (tty ? Console.terminalWidth() ?? 80 : 80), color: tty && !noColor)
    }
}

enum Console {
    static func error(_ message: String) {
        writeAll(STDERR_FILENO, message + "\n")
    }

    static func write(_ text: String) {
        writeAll(STDOUT_FILENO, text)
    }

    /// Writes every byte (a pipe may take fewer at a time), giving up on a closed pipe.
    static func writeAll(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(fd, base, buffer.count)
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            bytes = bytes.dropFirst(n)
        }
    }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
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
