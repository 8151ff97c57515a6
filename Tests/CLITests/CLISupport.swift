import Foundation
import GoldenFiles
import Testing

/// Runs the built `natoscope` binary as a user would, capturing its output and exit status.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary SwiftPM built beside the test bundle (the CLITests target depends on it).
    static var binary: URL? {
        if let override = ProcessInfo.processInfo.environment["NATOSCOPE_BIN"] { return URL(fileURLWithPath: override) }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("natoscope")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        for build in [".build/debug", ".build/release"] {
            let candidate = packageRoot.appendingPathComponent(build).appendingPathComponent("natoscope")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/NatoModelTests/Fixtures").appendingPathComponent(name).path
    }

    static func run(_ arguments: [String], binary: URL? = nil, environment: [String: String] = [:], cwd: URL? = nil) throws -> Result {
        let exe = try #require(binary ?? Self.binary, "natoscope binary not found; build it first")
        let process = Process()
        process.executableURL = exe
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let cwd { process.currentDirectoryURL = cwd }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Compares with Golden/NAME, or writes it when NATOSCOPE_RECORD=1 (see GoldenFile).
    static func assertGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        GoldenFile.check(text, at: GoldenFile.folder("Golden", besides: #filePath).appendingPathComponent(name), sourceLocation: sourceLocation)
    }
}
