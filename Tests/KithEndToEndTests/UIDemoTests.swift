import Foundation
import XCTest

/// `kith demo` works on a scratch copy of the sample vault and removes it however it ends.
final class UIDemoTests: TmuxTestCase {
    var tmp = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        tmp = NSTemporaryDirectory() + "kith-demo-e2e-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
    }

    override func tearDown() {
        super.tearDown()
        try? FileManager.default.removeItem(atPath: tmp)
    }

    func scratchCopies() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: tmp)) ?? []).filter { $0.hasPrefix("kith-demo-") }
    }

    func startDemo() throws -> TmuxSession {
        let s = try TmuxSession(command: "\(TmuxSession.quote(CLI.binary!)) demo", environment: ["TMPDIR": tmp + "/"])
        session = s
        s.waitFor(text: "indexed 52 notes")
        XCTAssertEqual(scratchCopies().count, 1, "the demo runs on its own copy")
        return s
    }

    func waitUntilRemoved(file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Deadline(seconds: 10)
        while !scratchCopies().isEmpty && !deadline.passed { usleep(50_000) }
        XCTAssertEqual(scratchCopies(), [], "the scratch copy is left behind", file: file, line: line)
    }

    func testQuitRemovesTheScratchCopy() throws {
        let s = try startDemo()
        s.send("q")
        s.waitFor(text: "[exit 0]")
        waitUntilRemoved()
    }

    func testCtrlCRemovesTheScratchCopy() throws {
        let s = try startDemo()
        s.send("C-c")
        s.waitFor(text: "[exit 130]")
        waitUntilRemoved()
    }

    func testSIGTERMRemovesTheScratchCopy() throws {
        let s = try startDemo()
        let pane = try TmuxSession.run(["tmux", "-L", s.socket, "display-message", "-p", "-t", "0", "#{pane_pid}"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
        let kith = try TmuxSession.run(["ps", "-o", "pid=", "--ppid", pane]).output
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
        try TmuxSession.run(["kill", "-TERM", try XCTUnwrap(kith)])
        s.waitFor(text: "[exit 143]")
        waitUntilRemoved()
    }

    func testClosingTheTerminalRemovesTheScratchCopy() throws {
        let s = try startDemo()
        // The tmux server going away hangs the terminal up (SIGHUP, or a read that fails).
        s.stop()
        waitUntilRemoved()
    }
}
