// The one golden-file helper for every test target. A test compares its output with a file
// kept beside the tests; to re-record after an intended change, run the tests with
// NATOSCOPE_RECORD=1 (for example `NATOSCOPE_RECORD=1 swift test --filter SnapshotTests`)
// and review the files' diff before committing it.
import Foundation
import Testing

public enum GoldenFile {
    /// True when the tests write the golden files instead of comparing with them.
    public static var recording: Bool { ProcessInfo.processInfo.environment["NATOSCOPE_RECORD"] == "1" }

    /// The folder `name` beside the calling test file (pass `#filePath`).
    public static func folder(_ name: String, besides filePath: String) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(name)
    }

    /// Compares `actual` with the file at `url` (or writes it when recording), and records
    /// an issue naming the first line that differs.
    public static func check(_ actual: String, at url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        if recording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("cannot write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(url.lastPathComponent) (run with NATOSCOPE_RECORD=1 to write it)", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
        Issue.record("""
            \(url.lastPathComponent) differs at line \(first + 1) (run with NATOSCOPE_RECORD=1 to update):
            expected: \(first < e.count ? String(e[first]) : "<none>")
            actual:   \(first < a.count ? String(a[first]) : "<none>")
            \(actual)
            """, sourceLocation: sourceLocation)
    }
}
