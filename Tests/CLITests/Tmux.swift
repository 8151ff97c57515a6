import Foundation
import Testing

/// A tmux session on a private socket running an interactive shell, for end-to-end tests of
/// the explorer in a real terminal. Each session is killed when the value is released.
final class TmuxSession {
    static let socket = "natoscope-test-\(getpid())"
    let name: String

    init(columns: Int, rows: Int, environment: [String: String] = [:]) throws {
        name = "s\(UInt32.random(in: 0...UInt32.max))"
        var args = ["new-session", "-d", "-s", name, "-x", String(columns), "-y", String(rows)]
        for (k, v) in environment.merging(["PS1": "$ ", "LANG": "C.UTF-8"], uniquingKeysWith: { a, _ in a }) {
            args += ["-e", "\(k)=\(v)"]
        }
        args += ["bash", "--norc", "--noprofile"]
        // When the previous test's session was the last one, its server may still be exiting
        // and refuse the new session: try again briefly.
        var attempt = 0
        while true {
            do {
                try Self.tmux(args, capture: false)
                break
            } catch {
                attempt += 1
                if attempt >= 5 { throw error }
                usleep(200_000)
            }
        }
        // Keep the session at the size we asked for, whatever clients attach.
        _ = try? Self.tmux(["set-option", "-t", name, "window-size", "manual"], capture: false)
    }

    deinit {
        _ = try? Self.tmux(["kill-session", "-t", name], capture: false)
    }

    /// Runs a tmux command. `capture: false` for commands that may start the tmux server:
    /// the server inherits the client's output, so reading a pipe to its end would never end.
    /// (posix_spawn and waitpid rather than Foundation's Process, which did not notice the
    /// tmux client exit once the client had forked the server.)
    @discardableResult
    static func tmux(_ args: [String], capture: Bool = true) throws -> String {
        try spawn(["tmux", "-L", socket] + args, capture: capture)
    }

    static func spawn(_ argv: [String], capture: Bool) throws -> String {
        var fds: [Int32] = [-1, -1]
        if capture { guard pipe(&fds) == 0 else { throw TmuxError.failed("pipe") } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        // The test runner blocks some signals in its threads; children must not inherit that,
        // or the explorer under test would never see SIGTERM or SIGHUP.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, argv[0], &actions, &attributes, &cArgs, environ)
        if capture { close(fds[1]) }
        guard rc == 0 else {
            if capture { close(fds[0]) }
            throw TmuxError.failed("cannot run \(argv[0]) (is it installed?)")
        }
        var output = [UInt8]()
        if capture {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fds[0], &buffer, buffer.count)
                if n <= 0 { break }
                output.append(contentsOf: buffer[0..<n])
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        if status != 0 { throw TmuxError.failed(argv.joined(separator: " ")) }
        return String(decoding: output, as: UTF8.self)
    }

    enum TmuxError: Error { case failed(String) }

    /// Sends tmux key names ("Down", "Enter", "Escape", "BSpace", "C-c", "q").
    func keys(_ keys: String...) throws {
        try Self.tmux(["send-keys", "-t", name] + keys, capture: false)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try Self.tmux(["send-keys", "-t", name, "-l", text], capture: false)
    }

    func run(_ command: String) throws {
        try type(command)
        try keys("Enter")
    }

    func screen() -> String {
        (try? Self.tmux(["capture-pane", "-p", "-t", name])) ?? ""
    }

    func resize(columns: Int, rows: Int) throws {
        try Self.tmux(["resize-window", "-t", name, "-x", String(columns), "-y", String(rows)], capture: false)
    }

    /// Waits until the screen satisfies `predicate` (polling every 50 ms, at most `timeout` s).
    /// The default is generous: a wait ends as soon as the screen is right, and CI runs every
    /// suite at once on two cores, where a one-second step locally took over ten.
    @discardableResult
    func wait(timeout: Double = 30, _ predicate: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = screen()
        while !predicate(last) && Date() < deadline {
            usleep(50_000)
            last = screen()
        }
        return last
    }

    /// Waits for the shell's `EXIT=` line after the program under test ends. The wait is
    /// longer than `wait`'s: on CI every suite runs at once. When the line never comes, the
    /// screen is followed by what the pane's processes are doing (state, kernel wait channel,
    /// system call), so that a failure tells a program that hangs from a starved machine.
    @discardableResult
    func waitForExit(timeout: Double = 90) -> String {
        let screen = wait(timeout: timeout) { $0.split(separator: "\n").contains { $0.hasPrefix("EXIT=") } }
        guard !screen.split(separator: "\n").contains(where: { $0.hasPrefix("EXIT=") }) else { return screen }
        return screen + "\n--- no EXIT= line after \(Int(timeout)) s; the pane's processes:\n" + processReport()
    }

    /// `ps` of the pane's shell and its children, with each child's /proc wait channel,
    /// system call and kernel stack where readable.
    func processReport() -> String {
        guard let shell = try? Self.tmux(["display-message", "-p", "-t", name, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines) else { return "(tmux did not name the pane's shell)" }
        var report = (try? Self.spawn(["ps", "-o", "pid,stat,wchan:24,etime,time,args", "-p", shell, "--ppid", shell], capture: true)) ?? "(ps failed)"
        let children = (try? Self.spawn(["pgrep", "-P", shell], capture: true)) ?? ""
        for child in children.split(separator: "\n") {
            for file in ["wchan", "syscall", "stack"] {
                let text = (try? String(contentsOfFile: "/proc/\(child)/\(file)", encoding: .utf8)) ?? "(unreadable)"
                report += "/proc/\(child)/\(file): \(text)\n"
            }
        }
        return report
    }

    /// The pid of the foreground process in the pane (the explorer while it runs).
    func foregroundPID() -> Int32? {
        guard let shell = try? Self.tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]) else { return nil }
        let children = (try? Self.spawn(["pgrep", "-P", shell.trimmingCharacters(in: .whitespacesAndNewlines)], capture: true)) ?? ""
        return children.split(separator: "\n").first.flatMap { Int32($0) }
    }
}
