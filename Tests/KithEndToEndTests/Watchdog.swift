import Foundation
import XCTest

/// Runs `kith` with a generous deadline: a run that outlives it is killed and reported as a
/// hang. Not a speed assertion — a hostile vault may take seconds, never forever.
enum Watchdog {
    struct Outcome {
        var result: CLIResult
        /// The signal that ended kith (a crash), or nil when it exited.
        var signal: Int32?
        /// True when the deadline passed and the watchdog killed kith.
        var hung: Bool
    }

    /// Runs `kith args…` with stdin from /dev/null, stdout and stderr into files.
    static func run(_ args: [String], seconds: Double = 180, environment: [String: String] = [:]) throws -> Outcome {
        guard let binary = CLI.binary else { throw XCTSkip("kith binary not found; build it first (swift build)") }
        let tmp = NSTemporaryDirectory() + "kith-watchdog-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: tmp) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, tmp + "/out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, tmp + "/err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var env = ProcessInfo.processInfo.environment
        env["KITH_VAULT"] = nil
        env["XDG_CONFIG_HOME"] = CLI.emptyConfigHome
        env["XDG_CACHE_HOME"] = CLI.cacheHome
        env["LANG"] = env["LANG"] ?? "C.UTF-8"
        env["KITH_TODAY"] = PinnedToday.sample
        for (k, v) in environment { env[k] = v }
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        let argv = ([binary] + args).map { strdup($0) } + [nil]
        defer { (envp + argv).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, binary, &actions, nil, argv, envp)
        guard rc == 0 else { throw POSIXError(.init(rawValue: rc)!) }
        let deadline = Deadline(seconds: seconds)
        var status: Int32 = 0
        var hung = false
        while true {
            let w = waitpid(pid, &status, WNOHANG)
            if w == pid { break }
            if w < 0 && errno != EINTR { break }
            if deadline.passed {
                hung = true
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                break
            }
            usleep(20_000)
        }
        let read = { (name: String) in
            String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: tmp + "/" + name))) ?? Data(), as: UTF8.self)
        }
        let signaled = (status & 0x7f) != 0 && (status & 0x7f) != 0x7f
        return Outcome(result: CLIResult(status: signaled ? 128 + (status & 0x7f) : (status >> 8) & 0xff,
                                         stdout: read("out"), stderr: read("err")),
                       signal: signaled && !hung ? status & 0x7f : nil, hung: hung)
    }
}
