// Problems found while loading a data set. Loading reports all of them at once.
import NatoText

public struct DataProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as it was named on the command line (or the built-in file's name).
    public var file: String
    /// `line 3, column 7` for syntax errors; the record path (`countries[12] "israel" .memberships[1].framework`) otherwise.
    public var location: String
    public var message: String
    /// The line, for files read line by line (lessons): the problem prints as `file:line: message`.
    public var line: Int?

    /// Every part is made inert here: file names, field names, ids and suggestions all come
    /// from outside, and a problem is always printed. (The CLI's output gate checks again.)
    public init(file: String, location: String, message: String, line: Int? = nil) {
        self.file = file.inert
        self.location = location.inert
        self.message = message.inert
        self.line = line
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return location.isEmpty ? "\(file): \(message)" : "\(file): \(location): \(message)"
    }
}

/// Every problem of a data set that failed to load.
public struct DataProblems: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [DataProblem]

    public init(_ problems: [DataProblem]) { self.problems = problems }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
