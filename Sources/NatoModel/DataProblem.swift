// Problems found while loading a data set. Loading reports all of them at once.
import NatoText

public struct DataProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as it was named on the command line (or the built-in file's name).
    public var file: String
    /// `line 3, column 7` for syntax errors; the record path (`countries[12] "israel" .memberships[1].framework`) otherwise.
    public var location: String
    public var message: String

    /// Every part is made inert here: file names, field names, ids and suggestions all come
    /// from outside, and a problem is always printed. (The CLI's output gate checks again.)
    public init(file: String, location: String, message: String) {
        self.file = file.inert
        self.location = location.inert
        self.message = message.inert
    }

    public var description: String {
        location.isEmpty ? "\(file): \(message)" : "\(file): \(location): \(message)"
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
