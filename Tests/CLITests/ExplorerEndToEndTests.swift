import Foundation
import Testing

/// The explorer in a real terminal: tmux runs the built binary at fixed sizes, the tests send
/// keys and read the screen, as a user would.
@Suite("Explorer end to end (tmux)", .serialized)
struct ExplorerEndToEndTests {
    let binary: String

    init() throws {
        binary = try #require(CLI.binary).path
    }

    /// Starts the explorer in a fresh shell and waits for its first frame.
    func start(columns: Int = 100, rows: Int = 30, arguments: String = "", environment: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession(columns: columns, rows: rows, environment: environment)
        session.wait { $0.contains("$") }
        try session.run("'\(binary)' \(arguments); echo EXIT=$?")
        let screen = session.wait { $0.contains("Countries") && $0.contains("quit") }
        #expect(screen.contains("Countries"), "first frame did not appear:\n\(screen)")
        return session
    }

    func quit(_ session: TmuxSession, expect status: Int = 0) {
        _ = try? session.keys("q")
        let screen = session.waitForExit()
        #expect(Self.exitStatus(screen) == status, "\(screen)")
    }

    /// The status the shell printed after the explorer ended (the line `EXIT=N`; the command
    /// line itself reads `... echo EXIT=$?`).
    static func exitStatus(_ screen: String) -> Int? {
        for line in screen.split(separator: "\n") where line.hasPrefix("EXIT=") {
            return Int(line.dropFirst(5).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    @Test func panesAppearAndQuitLeavesTheShellPromptClean() throws {
        let s = try start()
        let screen = s.screen()
        for title in ["Countries", "Frameworks", "Areas", "Timeline", "Detail"] {
            #expect(screen.contains(title), "missing pane \(title):\n\(screen)")
        }
        #expect(screen.contains("Afghanistan"))
        quit(s)
        let after = s.screen()
        #expect(!after.contains("Frameworks"), "the explorer's screen stayed behind:\n\(after)")
        let lines = after.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains { $0.hasPrefix("$ ") && $0.contains(binary) })
        #expect(lines.contains("EXIT=0"))
        // The shell still echoes what is typed: the terminal mode was restored.
        try s.type("echo restored")
        #expect(s.wait { $0.contains("$ echo restored") }.contains("$ echo restored"))
    }

    @Test func selectingTheMediterraneanDialogueMarksIsraelAndItsMilestones() throws {
        let s = try start()
        try s.keys("/")
        try s.type("Mediterranean Dialogue")
        s.wait { $0.contains("Mediterranean Dialogue") }
        try s.keys("Enter")
        let selected = s.wait { $0.contains("Frameworks") && $0.contains("Israel") }
        #expect(selected.contains("Mediterranean Dialogue"))
        #expect(selected.contains("Israel"), "Israel is not shown as a member:\n\(selected)")
        try s.keys("f")
        let filtered = s.wait { $0.contains("of 70") }
        #expect(filtered.contains("Israel"))
        #expect(filtered.contains("Algeria"))
        #expect(!filtered.contains("Afghanistan"), "the filter did not narrow the countries:\n\(filtered)")
        #expect(filtered.contains("Israel joins") || filtered.contains("Mediterranean Dialogue partners") || filtered.contains("Dialogue"), "no MD milestone in the timeline:\n\(filtered)")
        quit(s)
    }

    @Test func searchFindsCyberAndJumpsToIt() throws {
        let s = try start()
        try s.keys("/")
        try s.type("cyber")
        let results = s.wait { $0.contains("Cyber defence") }
        #expect(results.contains("Cyber defence"), "\(results)")
        try s.keys("Enter")
        let jumped = s.wait { !$0.contains("Search") && $0.contains("Cyber defence") }
        #expect(jumped.contains("Cyber defence"))
        quit(s)
    }

    @Test func helpOpensAndCloses() throws {
        let s = try start()
        try s.keys("?")
        let help = s.wait { $0.contains("filter panes by the selection") }
        #expect(help.contains("filter panes by the selection"), "\(help)")
        try s.keys("Escape")
        let closed = s.wait { !$0.contains("filter panes by the selection") }
        #expect(!closed.contains("filter panes by the selection"))
        try s.keys("F1")
        #expect(s.wait { $0.contains("filter panes by the selection") }.contains("filter panes by the selection"))
        try s.keys("Escape")
        quit(s)
    }

    /// History records the places visited by search, links and Enter (like a browser),
    /// not every move of a selection.
    @Test func backReturnsToThePreviousRecordAndForwardComesBack() throws {
        let s = try start()
        func breadcrumb(_ screen: String) -> String { screen.split(separator: "\n").first.map(String.init) ?? "" }
        #expect(breadcrumb(s.screen()).contains("Afghanistan"))
        try s.keys("/")
        try s.type("japan")
        s.wait { $0.contains("Japan") && $0.contains("Search") }
        try s.keys("Enter")
        let jumped = s.wait { breadcrumb($0).contains("Japan") }
        #expect(breadcrumb(jumped).contains("Japan"), "\(jumped)")
        try s.keys("BSpace")
        let back = s.wait { breadcrumb($0).contains("Afghanistan") }
        #expect(breadcrumb(back).contains("Afghanistan"), "\(back)")
        try s.keys("]")
        let forward = s.wait { breadcrumb($0).contains("Japan") }
        #expect(breadcrumb(forward).contains("Japan"), "\(forward)")
        quit(s)
    }

    @Test func resizeReflowsAndTooSmallRecovers() throws {
        let s = try start(columns: 100, rows: 30)
        try s.resize(columns: 80, rows: 24)
        let small = s.wait { $0.split(separator: "\n", omittingEmptySubsequences: false).count <= 24 && $0.contains("Countries") }
        #expect(small.contains("Countries"))
        #expect(small.split(separator: "\n").allSatisfy { $0.count <= 80 })
        try s.resize(columns: 40, rows: 10)
        let tiny = s.wait { $0.contains("too small") }
        #expect(tiny.contains("terminal too small"), "\(tiny)")
        try s.resize(columns: 120, rows: 40)
        let big = s.wait { $0.contains("Countries") && !$0.contains("too small") }
        #expect(big.contains("Frameworks"))
        quit(s)
    }

    @Test(arguments: [("TERM", 143), ("HUP", 129)])
    func signalsRestoreTheTerminal(signal: String, status: Int) throws {
        let s = try start()
        let pid = try #require(s.foregroundPID())
        kill(pid, signal == "TERM" ? SIGTERM : SIGHUP)
        let screen = s.waitForExit()
        #expect(Self.exitStatus(screen) == status, "\(screen)")
        #expect(!screen.contains("Frameworks"))
        try s.type("echo ok-after-\(signal)")
        #expect(s.wait { $0.contains("$ echo ok-after-\(signal)") }.contains("$ echo ok-after-\(signal)"))
    }

    @Test func controlCQuits() throws {
        let s = try start()
        try s.keys("C-c")
        let screen = s.waitForExit()
        #expect(Self.exitStatus(screen) == 0)
        #expect(!screen.contains("Frameworks"))
    }

    @Test func monochromeUnderNoColorAndAsciiLines() throws {
        let s = try start(arguments: "--ascii", environment: ["NO_COLOR": "1"])
        let screen = s.screen()
        #expect(!screen.contains("─") && !screen.contains("│"), "ASCII mode drew Unicode lines")
        #expect(screen.contains("Countries"))
        quit(s)
    }

    /// A crash (here a SIGSEGV sent from outside) still leaves a usable terminal: the handler
    /// restores it before the signal does its default work.
    @Test func aCrashRestoresTheTerminal() throws {
        let s = try start(environment: ["SWIFT_BACKTRACE": "enable=no"])
        let pid = try #require(s.foregroundPID())
        kill(pid, SIGSEGV)
        let screen = s.waitForExit()
        #expect(Self.exitStatus(screen) == 139, "\(screen)")
        #expect(!screen.contains("Frameworks"))
        try s.type("echo ok-after-crash")
        #expect(s.wait { $0.contains("$ echo ok-after-crash") }.contains("$ echo ok-after-crash"))
    }

    @Test func anUnknownTerminalTypeIsAClearError() throws {
        let s = try TmuxSession(columns: 100, rows: 30)
        s.wait { $0.contains("$") }
        try s.run("TERM=nonexistent '\(binary)'; echo EXIT=$?")
        let screen = s.waitForExit()
        #expect(Self.exitStatus(screen) == 1)
        #expect(screen.contains("cannot use the terminal type 'nonexistent'"))
    }

    /// TERM=dumb is a known type without cursor addressing: curses would start and show only
    /// a status line. It is refused like an unknown type, with the same status.
    @Test func aTerminalWithoutCursorAddressingIsAClearError() throws {
        let s = try TmuxSession(columns: 100, rows: 30)
        s.wait { $0.contains("$") }
        try s.run("TERM=dumb '\(binary)'; echo EXIT=$?")
        let screen = s.waitForExit()
        #expect(Self.exitStatus(screen) == 1, "\(screen)")
        #expect(screen.contains("the terminal type 'dumb' cannot move the cursor"), "\(screen)")
        #expect(!screen.contains("quit"), "the explorer's status line must not appear")
    }
}
