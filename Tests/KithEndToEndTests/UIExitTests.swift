import Foundation
import XCTest

/// Every way out of the browser leaves the shell as it was: cooked mode (`icanon echo`) and the
/// normal screen. (`q`, ^C, SIGTERM and closing the terminal are in `UIBrowseTests`.)
final class UIExitTests: TmuxTestCase {
    var copy = ""
    var guardian: VaultGuard?

    override func setUpWithError() throws {
        try super.setUpWithError()
        // A vault path no other process has, so a signal reaches this kith only.
        copy = NSTemporaryDirectory() + "kith-exit-\(UUID().uuidString.prefix(8))"
        try FileManager.default.copyItem(atPath: CLI.sampleVault, toPath: copy)
        guardian = try VaultGuard(copy)
    }

    override func tearDown() {
        super.tearDown()
        guardian?.verify()
        try? FileManager.default.removeItem(atPath: copy)
    }

    private var kithCommand: String { "\(TmuxSession.quote(CLI.binary!)) --vault \(TmuxSession.quote(copy))" }

    private func open(environment: [String: String] = [:]) throws -> TmuxSession {
        let s = try TmuxSession(command: kithCommand, environment: environment)
        session = s
        s.waitFor(text: "indexed 52 notes")
        return s
    }

    private func assertCleanExit(_ s: TmuxSession, status: Int? = nil, file: StaticString = #filePath, line: UInt = #line) {
        let screen = s.waitFor("kith exits", file: file, line: line) { $0.contains("[exit ") && $0.contains("[stty ") }
        if let status { XCTAssertTrue(screen.contains("[exit \(status)]"), screen, file: file, line: line) }
        XCTAssertTrue(screen.contains("[stty icanon echo]"), "terminal not restored:\n\(screen)", file: file, line: line)
        XCTAssertFalse(screen.contains("People ·"), "kith's screen is still shown:\n\(screen)", file: file, line: line)
        XCTAssertFalse(s.alternateScreen, "the terminal is left on the alternate screen", file: file, line: line)
    }

    /// A script to use as `$EDITOR`.
    private func editor(_ body: String) throws -> String {
        let path = NSTemporaryDirectory() + "kith-editor-\(UUID().uuidString.prefix(8)).sh"
        try "#!/bin/sh\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        addTeardownBlock { unlink(path) }
        return path
    }

    func testHangupLeavesASaneTerminal() throws {
        let s = try open()
        _ = try TmuxSession.run(["pkill", "-HUP", "-f", "^\(CLI.binary!) --vault \(copy)$"])
        assertCleanExit(s, status: 129)
    }

    func testSuspendAndResume() throws {
        // An interactive shell with job control, as a person's terminal has.
        let s = try TmuxSession(command: "exec bash --norc --noprofile -i", environment: ["PS1": "[prompt] "])
        session = s
        s.waitFor(text: "[prompt]")
        s.send(kithCommand, "Enter")
        s.waitFor(text: "indexed 52 notes")
        s.send("j")
        let before = s.waitFor(text: "┌ Mara Lindqvist")
        s.send("C-z")
        let stopped = s.waitFor(text: "Stopped")
        XCTAssertFalse(stopped.contains("People ·"), "the shell's screen is back while kith is stopped")
        XCTAssertFalse(s.alternateScreen, "suspended kith leaves the alternate screen")
        s.send("stty -a | grep -oE -- '-?icanon|(^| )-?echo( |;|$)' | tr -d ' ;\\n'; echo", "Enter")
        s.waitFor(text: "icanonecho")
        s.send("fg", "Enter")
        // From kith's header row down (the capture may carry a shell line above it).
        let frame = { (screen: String) in
            screen.split(separator: "\n", omittingEmptySubsequences: false)
                .drop { !$0.contains("1 People  2 Recent") }.prefix(30).map(String.init)
        }
        // The whole frame, not its first line: a loaded machine draws the rest a moment later.
        let after = s.waitFor("the screen redrawn after fg") { frame($0) == frame(before) }
        XCTAssertEqual(frame(after).count, 30, after)
        XCTAssertEqual(frame(after), frame(before), "the same screen after fg")
        s.send("q")
        // (bash drops the rest of a command list once a job in it stops: ask for $? apart.)
        s.waitFor("the prompt") { screen in
            screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
                .trimmingCharacters(in: .whitespaces) == "[prompt]"
        }
        s.send("echo \"[exit $?]\"", "Enter")
        s.waitFor(text: "[exit 0]")
        s.send("stty -a | grep -oE -- '-?icanon|(^| )-?echo( |;|$)' | tr -d ' ;\\n'; echo", "Enter")
        s.waitFor(text: "icanonecho")
        XCTAssertFalse(s.alternateScreen)
    }

    func testEditorThatFailsLeavesKithUsable() throws {
        let s = try open(environment: ["EDITOR": try editor("exit 3"), "VISUAL": ""])
        s.send("e")
        let screen = s.waitFor(text: "editor exited with status 3")
        XCTAssertTrue(screen.contains("┌ Andre Okafor"), "the card is drawn again:\n\(screen)")
        XCTAssertTrue(screen.contains("People ·"), screen)
        XCTAssertTrue(s.alternateScreen)
        s.send("j")
        s.waitFor(text: "┌ Mara Lindqvist")
        s.send("q")
        assertCleanExit(s, status: 0)
    }

    func testEditorThatIsKilledLeavesKithUsable() throws {
        let s = try open(environment: ["EDITOR": try editor("kill -KILL $$"), "VISUAL": ""])
        s.send("e")
        let screen = s.waitFor(text: "editor was stopped by signal 9")
        XCTAssertTrue(screen.contains("┌ Andre Okafor"), "the card is drawn again:\n\(screen)")
        s.send("C-c")
        assertCleanExit(s, status: 130)
    }

    func testCrashRestoresTheTerminal() throws {
        let s = try TmuxSession(command: kithCommand, environment: ["KITH_DEBUG_CRASH": "1", "SWIFT_BACKTRACE": "enable=no"])
        session = s
        let screen = s.waitFor("kith crashed", timeout: 20) { $0.contains("[exit ") && $0.contains("[stty ") }
        let status = screen.split(separator: "\n").first { $0.hasPrefix("[exit ") }
        XCTAssertTrue(["[exit 132]", "[exit 133]", "[exit 134]"].contains(status.map(String.init) ?? ""),
                      "kith traps (debug builds honour KITH_DEBUG_CRASH):\n\(screen)")
        assertCleanExit(s)
    }

    func testResizeStorm() throws {
        let s = try open()
        // The card is built off the UI thread: compare against the screen with it drawn.
        let before = s.waitFor("the card drawn") { $0.contains("last contact") && !$0.contains("loading card") }
        let sizes = [(20, 5), (80, 24), (33, 7), (120, 40), (21, 6), (200, 60), (47, 13), (20, 5), (99, 31)]
        for i in 0..<300 {
            let (w, h) = sizes[i % sizes.count]
            s.resize(width: w, height: h)
        }
        s.resize(width: 20, height: 5)
        s.waitFor(text: "too small")
        s.resize(width: 120, height: 40)
        // 300 resizes queue 300 redraws: on a loaded machine they take a while to drain.
        let after = s.waitFor("the people list redrawn", timeout: 30) { $0 == before }
        XCTAssertEqual(after, before, "the same screen as before the storm")
        XCTAssertEqual(try TmuxSession.run(["pgrep", "-f", "^\(CLI.binary!) --vault \(copy)$"]).status, 0, "kith is alive")
        s.send("q")
        assertCleanExit(s, status: 0)
    }
}
