import CNcursesw
import Glibc

/// How an external program (the editor) ended.
public enum ExternalResult: Equatable, Sendable, CustomStringConvertible {
    /// It ran and exited with this status.
    case exited(Int32)
    /// It was killed by this signal.
    case signaled(Int32)
    /// It could not be started (`errno`, e.g. ENOENT when the program is not on PATH).
    case failedToStart(program: String, errno: Int32)

    /// True when the program ran and exited 0.
    public var succeeded: Bool { self == .exited(0) }

    public var description: String {
        switch self {
        case .exited(let s): return "exited with status \(s)"
        case .signaled(let s): return "killed by signal \(s)"
        case .failedToStart(let p, let e): return "cannot run \(p): \(String(cString: strerror(e)))"
        }
    }
}

extension Terminal {
    /// Runs `argv` (looked up on PATH) on the real terminal and waits for it: curses is
    /// suspended around it and the screen fully repainted afterwards. The child shares kith's
    /// process group (so vim's job control works), starts with SIGINT/SIGQUIT at their
    /// defaults, while kith ignores them until it returns. Works stopped too (no curses then).
    /// For an `$EDITOR` with arguments, pass `["/bin/sh", "-c", "exec $EDITOR \"$@\"", "sh", path]`.
    public func runExternal(argv: [String]) -> ExternalResult {
        guard let program = argv.first, !program.isEmpty else {
            return .failedToStart(program: "", errno: ENOENT)
        }
        let wasStarted = screen != nil
        if wasStarted {
            def_prog_mode()
            endwin()
        }
        fflush(nil)
        defer {
            if wasStarted {
                reset_prog_mode()
                invalidate()
                if let last = lastDrawn { draw(last) } else { refresh() }
            }
        }
        return Terminal.spawnAndWait(argv)
    }

    static func spawnAndWait(_ argv: [String]) -> ExternalResult {
        var ignore = sigaction()
        sigemptyset(&ignore.sa_mask)
        kith_sigaction_set_ignore(&ignore)
        var oldInt = sigaction(), oldQuit = sigaction()
        sigaction(SIGINT, &ignore, &oldInt)
        sigaction(SIGQUIT, &ignore, &oldQuit)
        defer {
            sigaction(SIGINT, &oldInt, nil)
            sigaction(SIGQUIT, &oldQuit, nil)
        }

        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attr, &defaults)
        var noMask = sigset_t()
        sigemptyset(&noMask)
        posix_spawnattr_setsigmask(&attr, &noMask)
        posix_spawnattr_setflags(&attr, kith_posix_spawn_setsigdef() | kith_posix_spawn_setsigmask())

        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
        cArgs.append(nil)
        defer { for p in cArgs { free(p) } }

        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, argv[0], nil, &attr, cArgs, kith_environ())
        guard rc == 0 else { return .failedToStart(program: argv[0], errno: rc) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            if errno != EINTR { return .failedToStart(program: argv[0], errno: errno) }
        }
        if kith_wifexited(status) != 0 { return .exited(kith_wexitstatus(status)) }
        if kith_wifsignaled(status) != 0 { return .signaled(kith_wtermsig(status)) }
        return .exited(status)
    }
}
