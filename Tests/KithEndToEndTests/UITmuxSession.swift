import Foundation
import XCTest

/// A private tmux server running one command, for end-to-end tests of the full-screen UI:
/// type with `send`, read the screen with `screen()`, wait for it to settle with `waitFor`.
final class TmuxSession {
    let socket = "kith-e2e-\(UUID().uuidString.prefix(8))"
    private(set) var isRunning = false

    /// Whether tmux is installed (the tests say so and skip cleanly when it is not).
    static var available: Bool { (try? run(["tmux", "-V"]))?.status == 0 }

    /// Starts `command` (run by `sh -c`) in a detached session of `width`×`height`; `config`
    /// adds lines to the server's configuration (`set -g set-clipboard on`).
    init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:],
         config extra: String = "") throws {
        // KITH_TODAY: the browser counts ages from the sample vault's reference day, never
        // from the machine's calendar, unless the test pins another.
        let env = environment.merging(["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                                       "XDG_CONFIG_HOME": CLI.emptyConfigHome, "XDG_CACHE_HOME": CLI.cacheHome,
                                       "KITH_TODAY": PinnedToday.sample]) { a, _ in a }
        let exports = env.sorted { $0.key < $1.key }.map { "export \($0.key)=\(Self.quote($0.value));" }.joined(separator: " ")
        // A shell stays behind the command so the pane (and its exit status) can be inspected.
        // After it exits: its status and the two terminal flags that show a restored terminal.
        let flags = "$(stty -a | grep -oE -- '-?icanon' | head -1) $(stty -a | grep -oE -- '(^| )-?echo( |;|$)' | head -1 | tr -d ' ;')"
        // The shell traps ^C (a trap, unlike an ignore, is reset in kith) so it outlives kith.
        let script = "trap : INT TERM HUP; \(exports) \(command); echo \"[exit $?]\"; echo \"[stty \(flags)]\"; exec sleep 600"
        // A known terminal type that ncurses-base always has, and nothing from the user's config.
        let config = NSTemporaryDirectory() + "\(socket).conf"
        try ("set -g default-terminal screen-256color\nset -g escape-time 10\n" + extra)
            .write(toFile: config, atomically: true, encoding: .utf8)
        let r = try Self.run(["tmux", "-L", socket, "-f", config, "new-session", "-d", "-x", "\(width)",
                              "-y", "\(height)", "sh", "-c", script])
        guard r.status == 0 else { throw NSError(domain: "tmux", code: Int(r.status), userInfo: [NSLocalizedDescriptionKey: r.output]) }
        isRunning = true
    }

    deinit { stop() }

    func stop() {
        guard isRunning else { return }
        _ = try? Self.run(["tmux", "-L", socket, "kill-server"])
        isRunning = false
    }

    /// Sends keys in tmux's syntax (`"Enter"`, `"C-d"`, `"BSpace"`) or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) {
        _ = try? Self.run(["tmux", "-L", socket, "send-keys", "-t", "0"] + (literal ? ["-l"] : []) + keys)
    }

    /// The visible screen as text (`colors` keeps the escape sequences of colors and attributes).
    func screen(colors: Bool = false) -> String {
        (try? Self.run(["tmux", "-L", socket, "capture-pane", "-p", "-t", "0"] + (colors ? ["-e"] : [])))?.output ?? ""
    }

    /// Whether the pane shows the alternate screen (a full-screen program is still drawn).
    var alternateScreen: Bool {
        ((try? Self.run(["tmux", "-L", socket, "display-message", "-p", "-t", "0", "#{alternate_on}"]))?.output ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// The newest paste buffer (what an OSC 52 copy stored, with `set-clipboard on`); nil when
    /// there is none.
    func pasteBuffer() -> String? {
        guard let r = try? Self.run(["tmux", "-L", socket, "show-buffer"]), r.status == 0 else { return nil }
        return r.output
    }

    func resize(width: Int, height: Int) {
        _ = try? Self.run(["tmux", "-L", socket, "resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `predicate` holds (or `timeout` passes); returns the last screen.
    @discardableResult
    func waitFor(_ what: String = "", timeout: Double = 10, file: StaticString = #filePath, line: UInt = #line,
                 _ predicate: (String) -> Bool) -> String {
        let deadline = Deadline(seconds: timeout)
        var last = ""
        while !deadline.passed {
            last = screen()
            if predicate(last) { return last }
            usleep(50_000)
        }
        XCTFail("timed out waiting for \(what); screen was:\n\(last)", file: file, line: line)
        return last
    }

    /// Polls until `predicate` holds on two captures in a row that are the same screen, and
    /// returns it. For tests that read every row: tmux can capture a screen mid-repaint, the
    /// new view's first rows above the old view's last ones, and a predicate on a few words
    /// may already hold on that mixture.
    @discardableResult
    func waitForSettled(_ what: String, timeout: Double = 10, file: StaticString = #filePath, line: UInt = #line,
                        _ predicate: (String) -> Bool) -> String {
        var previous: String?
        return waitFor(what + " (two equal captures)", timeout: timeout, file: file, line: line) { now in
            defer { previous = now }
            return predicate(now) && now == previous
        }
    }

    /// Waits until the screen shows `text` and has settled (`waitForSettled`): callers read
    /// the rest of the screen too, and a text near the top can be drawn before the rows below.
    @discardableResult
    func waitFor(text: String, timeout: Double = 10, file: StaticString = #filePath, line: UInt = #line) -> String {
        waitForSettled("\"\(text)\"", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    struct Result { var status: Int32; var output: String }

    /// Runs a command and returns its status and output. `posix_spawn` and `waitpid` rather
    /// than Foundation's `Process`: the tmux server that `new-session` forks inherits the child's
    /// descriptors, and `Process` was seen to wait on it forever. Output goes through a file.
    @discardableResult
    static func run(_ argv: [String]) throws -> Result {
        let out = NSTemporaryDirectory() + "kith-tmux-\(UUID().uuidString).out"
        defer { unlink(out) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let args = (["/usr/bin/env"] + argv).map { strdup($0) } + [nil]
        defer { args.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/usr/bin/env", &actions, nil, args, environ)
        guard rc == 0 else { throw NSError(domain: "spawn", code: Int(rc)) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let data = (try? Data(contentsOf: URL(fileURLWithPath: out))) ?? Data()
        let exited = (status & 0x7f) == 0
        return Result(status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
                      output: String(decoding: data, as: UTF8.self))
    }
}
