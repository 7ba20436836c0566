import Foundation
import XCTest

/// A private tmux server running one command, for end-to-end tests of the full-screen UI:
/// type with `send`, read the screen with `screen()`, wait for it to settle with `waitFor`.
final class TmuxSession {
    let socket = "kith-e2e-\(UUID().uuidString.prefix(8))"
    private(set) var isRunning = false

    /// Whether tmux is installed (the tests say so and skip cleanly when it is not).
    static var available: Bool { (try? run(["tmux", "-V"]))?.status == 0 }

    /// Starts `command` (run by `sh -c`) in a detached session of `width`×`height`.
    init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        let env = environment.merging(["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]) { a, _ in a }
        let exports = env.sorted { $0.key < $1.key }.map { "export \($0.key)=\(Self.quote($0.value));" }.joined(separator: " ")
        // A shell stays behind the command so the pane (and its exit status) can be inspected.
        let script = "\(exports) \(command); echo \"[exit $?]\"; stty -a | tr '\\n' ' '; echo; exec sleep 600"
        // A known terminal type that ncurses-base always has, and nothing from the user's config.
        let config = NSTemporaryDirectory() + "\(socket).conf"
        try "set -g default-terminal screen-256color\nset -g escape-time 10\n".write(toFile: config, atomically: true, encoding: .utf8)
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

    func resize(width: Int, height: Int) {
        _ = try? Self.run(["tmux", "-L", socket, "resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `predicate` holds (or `timeout` passes); returns the last screen.
    @discardableResult
    func waitFor(_ what: String = "", timeout: Double = 10, file: StaticString = #filePath, line: UInt = #line,
                 _ predicate: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if predicate(last) { return last }
            usleep(50_000)
        }
        XCTFail("timed out waiting for \(what); screen was:\n\(last)", file: file, line: line)
        return last
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: Double = 10, file: StaticString = #filePath, line: UInt = #line) -> String {
        waitFor("\"\(text)\"", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    struct Result { var status: Int32; var output: String }

    @discardableResult
    static func run(_ argv: [String]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = argv
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
