// Signal handling that keeps the terminal usable on every exit path.
// SIGINT, SIGTERM and SIGHUP only set a flag: the main loop sees it within 100 ms, leaves,
// and restores the terminal. Crash signals (a Swift trap raises SIGILL or SIGTRAP) restore
// the terminal at once, put back the previous handler (the Swift runtime's backtracer) and
// raise the signal again, so the crash report appears on a clean screen.
import CNcursesw
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

public enum StopSignal {
    static let received = Atomic<Int32>(0)

    /// The signal that asked the program to stop, or nil.
    public static var pending: Int32? {
        let s = received.load(ordering: .relaxed)
        return s == 0 ? nil : s
    }
}

nonisolated(unsafe) private var previousActions: [sigaction] = Array(repeating: sigaction(), count: 65)
nonisolated(unsafe) private var terminalActive = false

enum Signals {
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    @MainActor static func install() {
        // A parent may have blocked these (signal masks are inherited); the handlers must run.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in stopSignals { sigaddset(&unblock, sig) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        for sig in stopSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in StopSignal.received.store(sig, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
        for sig in crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                if terminalActive {
                    terminalActive = false
                    endwin()
                }
                sigaction(sig, &previousActions[Int(sig)], nil)
                raise(sig)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, &previousActions[Int(sig)])
        }
    }

    @MainActor static func terminal(active: Bool) { terminalActive = active }
}
