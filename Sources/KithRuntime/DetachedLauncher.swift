import Foundation
import KithUI

/// Starts a program with no terminal (stdin, stdout and stderr on /dev/null, in a process
/// group of its own so the terminal's Ctrl-C does not reach it) and reports its end from a
/// thread that waits for it, so it never becomes a zombie.
public struct DetachedLauncher: BackgroundLauncher {
    public init() {}

    public func start(_ argv: [String], done: @escaping @Sendable (ProgramExit) -> Void) {
        guard let program = argv.first else { return done(.failedToStart(program: "", reason: "no program")) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        posix_spawnattr_setpgroup(&attr, 0)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETPGROUP))
        let args = argv.map { strdup($0) } + [nil]
        defer { args.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, program, &actions, &attr, args, environ)
        guard rc == 0 else { return done(.failedToStart(program: program, reason: String(cString: strerror(rc)))) }
        let child = pid
        Thread.detachNewThread {
            var status: Int32 = 0
            while waitpid(child, &status, 0) < 0 && errno == EINTR {}
            let code = (status >> 8) & 0xff, signal = status & 0x7f
            done(signal == 0 ? .exited(code) : .signaled(signal))
        }
    }
}
