import CNcursesw
import Glibc
import Synchronization

/// SIGINT, SIGTERM and SIGHUP only set a flag here; the run loop sees it within one poll
/// (100 ms), leaves through the one `stop()` path, and the process exits 128 + signal.
/// SIGCONT (after Ctrl-Z and `fg`) sets another flag so the next frame is a full repaint.
public enum TerminalSignals {
    private static let exitSignal = Atomic<Int32>(0)
    private static let resumedFlag = Atomic<Bool>(false)
    private static let installed = Atomic<Bool>(false)

    /// Installs the handlers once per process. `Terminal.start()` does this before `newterm`.
    public static func install() {
        // Touch the atomics first: their lazy initialisation must not run inside a handler.
        _ = exitSignal.load(ordering: .relaxed)
        _ = resumedFlag.load(ordering: .relaxed)
        guard !installed.exchange(true, ordering: .relaxed) else { return }
        let onExit: @convention(c) (Int32) -> Void = { sig in
            _ = TerminalSignals.exitSignal.compareExchange(expected: 0, desired: sig, ordering: .relaxed)
        }
        let onResume: @convention(c) (Int32) -> Void = { _ in
            TerminalSignals.resumedFlag.store(true, ordering: .relaxed)
        }
        for sig in [SIGINT, SIGTERM, SIGHUP] { setHandler(sig, onExit) }
        setHandler(SIGCONT, onResume)
    }

    /// The first exit signal received (SIGINT, SIGTERM, SIGHUP), or nil.
    public static var received: Int32? {
        let s = exitSignal.load(ordering: .relaxed)
        return s == 0 ? nil : s
    }

    /// The exit code for `received`: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP.
    public static var exitCode: Int32? { received.map { 128 + $0 } }

    /// True once after the process was continued (`fg`); clears the flag.
    public static func takeResumed() -> Bool {
        resumedFlag.exchange(false, ordering: .relaxed)
    }

    /// For tests: behave as if `sig` had arrived (0 clears).
    public static func simulate(_ sig: Int32) {
        exitSignal.store(sig, ordering: .relaxed)
    }

    static func setHandler(_ sig: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var sa = sigaction()
        sigemptyset(&sa.sa_mask)
        sa.sa_flags = 0  // no SA_RESTART: a signal must wake the blocked get_wch
        kith_sigaction_set_handler(&sa, handler)
        sigaction(sig, &sa, nil)
    }
}

/// On a crash (`fatalError` traps with SIGILL, or SIGSEGV, SIGBUS, SIGTRAP, SIGABRT, SIGFPE)
/// puts the terminal back before anything prints: restores the termios saved at start and
/// writes sgr0, cnorm, rmkx, mouse-off and rmcup with `write(2)`, then hands the signal to the
/// previous handler (Swift's backtracer, or the default), so the backtrace is readable.
enum CrashGuard {
    private static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]
    /// Everything the handler touches, allocated once: a handler must not allocate.
    private struct State {
        var fd: Int32 = 1
        var termiosSaved = false
        var termios = Glibc.termios()
        var restore: (UnsafeMutablePointer<UInt8>, Int) = (UnsafeMutablePointer<UInt8>.allocate(capacity: 1024), 0)
        var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    }
    nonisolated(unsafe) private static let state: UnsafeMutablePointer<State> = {
        let p = UnsafeMutablePointer<State>.allocate(capacity: 1)
        p.initialize(to: State())
        return p
    }()
    private static let armed = Atomic<Bool>(false)
    private static let installed = Atomic<Bool>(false)

    /// Saves the shell's terminal modes, before curses changes them.
    static func saveTerminalModes(fd: Int32) {
        state.pointee.termiosSaved = tcgetattr(fd, &state.pointee.termios) == 0
    }

    /// Fetches the restore strings for the current curses terminal and installs the handlers.
    static func arm(fd: Int32) {
        var bytes: [UInt8] = []
        for cap in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let s = tigetstr(cap), Int(bitPattern: s) != -1 else { continue }
            bytes += Array(String(cString: s).utf8)
        }
        if let km = tigetstr("kmous"), Int(bitPattern: km) != -1 {
            bytes += Array("\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l".utf8)  // mouse reporting off
        }
        bytes += Array("\r\n".utf8)
        let n = min(bytes.count, 1024)
        bytes.withUnsafeBufferPointer { state.pointee.restore.0.update(from: $0.baseAddress!, count: n) }
        state.pointee.restore.1 = n
        state.pointee.fd = fd
        _ = armed.load(ordering: .relaxed)
        if !installed.exchange(true, ordering: .relaxed) {
            let handler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
                sig, info, _ in CrashGuard.handle(sig, code: kith_siginfo_code(info))
            }
            for sig in signals {
                var sa = sigaction()
                sigemptyset(&sa.sa_mask)
                sa.sa_flags = 0
                kith_sigaction_set_siginfo(&sa, handler)
                sigaction(sig, &sa, state.pointee.previous + Int(sig))
            }
        }
        armed.store(true, ordering: .relaxed)
    }

    /// After `stop()` a crash needs no terminal repair; the handlers stay but do nothing.
    static func disarm() {
        armed.store(false, ordering: .relaxed)
    }

    /// Async-signal-safe only: tcsetattr, write, sigaction, raise.
    private static func handle(_ sig: Int32, code: Int32) {
        let s = state
        if armed.exchange(false, ordering: .relaxed) {
            if s.pointee.termiosSaved { tcsetattr(s.pointee.fd, TCSANOW, &s.pointee.termios) }
            _ = write(s.pointee.fd, s.pointee.restore.0, s.pointee.restore.1)
        }
        sigaction(sig, s.pointee.previous + Int(sig), nil)
        // A fault (code > 0) happens again when the handler returns, now reaching the previous
        // handler with the real context; a sent signal (abort, kill) has to be sent again.
        if code <= 0 || sig == SIGTRAP || sig == SIGABRT { raise(sig) }
    }
}
