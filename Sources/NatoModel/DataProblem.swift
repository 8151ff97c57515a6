// Problems found while loading a data set. Loading reports all of them at once.

public struct DataProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as it was named on the command line (or the built-in file's name).
    public var file: String
    /// `line 3, column 7` for syntax errors; the record path (`countries[12] "israel" .memberships[1].framework`) otherwise.
    public var location: String
    public var message: String
    /// The line, for files read line by line (lessons): the problem prints as `file:line: message`.
    public var line: Int?

    public init(file: String, location: String, message: String, line: Int? = nil) {
        self.file = file
        self.location = location
        self.message = message
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
