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

    func validate() throws {
        if data.contains("") { throw ValidationError("--data needs a path: a JSON file or a folder of them") }
    }

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

    @Option(name: .long, help: "Wrap text to this many columns, \(FormatOptions.widths.lowerBound)-\(FormatOptions.widths.upperBound) (default: the terminal's width, or 80 when not a terminal).")
    var width: Int?

    static let widths = 20...1000

    func validate() throws {
        if let width, !Self.widths.contains(width) {
            throw ValidationError("--width must be between \(Self.widths.lowerBound) and \(Self.widths.upperBound) columns, not \(width)")
        }
    }

    var style: OutputStyle {
        let tty = isatty(STDOUT_FILENO) == 1
        let noColor = Console.environment("NO_COLOR").map { !$0.isEmpty } ?? false
        return OutputStyle(width: width ?? (tty ? min(Self.widths.upperBound, Console.terminalWidth() ?? 80) : 80), color: tty && !noColor)
    }
}

/// Everything the command line prints goes through here, and through the output gate
/// (NatoOutput.OutputGate) below it: nothing from data or arguments reaches the terminal raw,
/// and a failed write is reported (exit status 74) instead of passing silently.
enum Console {
    /// Exit status when output cannot be written (EX_IOERR).
    static let writeFailed: Int32 = 74

    static func error(_ message: String) {
        // If standard error itself fails there is nowhere left to say so; the exit status
        // of the caller still tells.
        try? OutputWriter.write(message + "\n", to: STDERR_FILENO)
    }

    /// Writes to standard output; `styled` lets the report's own colour sequences through.
    /// A failed write ends the program with "natoscope: cannot write output: REASON".
    static func write(_ text: String, styled: Bool = false) {
        do {
            try OutputWriter.write(text, to: STDOUT_FILENO, styled: styled)
        } catch {
            fail(error)
        }
    }

    static func fail(_ failure: WriteFailure) -> Never {
        error("natoscope: \(failure)")
        exit(writeFailed)
    }

    /// A closed standard output or error would be handed to the next file opened (a data
    /// file, an export's temporary file), and writes meant for the terminal would land there.
    /// Holding the slot with /dev/null opened read-only keeps writes failing with EBADF, so a
    /// closed stdout is still reported.
    static func holdClosedDescriptors() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let held = open("/dev/null", O_RDONLY)
            if held >= 0 && held != fd {
                dup2(held, fd)
                close(held)
            }
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
