import CNcursesw
import Foundation
import Glibc
import KithUI
import XCTest

@testable import KithTerminal

final class LoopTests: XCTestCase {
    func testMailboxTakesPostsFromManyThreads() {
        let box = Mailbox<Int>()
        DispatchQueue.concurrentPerform(iterations: 8) { t in
            for i in 0..<100 { box.post(t * 1000 + i) }
        }
        let all = box.drain()
        XCTAssertEqual(all.count, 800)
        XCTAssertEqual(Set(all).count, 800)
        XCTAssertTrue(box.drain().isEmpty)
    }

    func testExternalProgramStatusAndSpawnErrors() {
        XCTAssertEqual(Terminal.spawnAndWait(["sh", "-c", "exit 3"]), .exited(3))
        XCTAssertEqual(Terminal.spawnAndWait(["true"]), .exited(0))
        XCTAssertEqual(Terminal.spawnAndWait(["sh", "-c", "kill -TERM $$"]), .signaled(SIGTERM))
        let missing = Terminal.spawnAndWait(["/no/such/kith-editor"])
        XCTAssertEqual(missing, .failedToStart(program: "/no/such/kith-editor", errno: ENOENT))
        XCTAssertTrue(missing.description.contains("No such file"))
    }
}

/// The run loop and `runExternal` on a started (test) terminal, kept apart from `CursesTests`
/// but still one test at a time.
extension CursesTests {
    private func devNullTerminal() throws -> (Terminal, [UnsafeMutablePointer<FILE>]) {
        let i = try XCTUnwrap(fopen("/dev/null", "r"))
        let o = try XCTUnwrap(fopen("/dev/null", "w"))
        return (Terminal(term: "xterm-256color", input: i, output: o), [i, o])
    }

    func testRunLoopDeliversMessagesAndTicksAndQuits() throws {
        let (t, f) = try devNullTerminal()
        defer { f.forEach { fclose($0) } }
        let box = Mailbox<String>()
        box.post("hello")
        var seen: [String] = []
        let code = try t.run(initial: 0, mailbox: box, tickMs: 10, update: { state, input, ctx in
            switch input {
            case .message(let m): seen.append(m); state += 1
            case .tick: seen.append("tick"); ctx.quit(7)
            case .event: break
            }
        }, render: { state, cols, rows in
            var g = CellGrid(width: cols, height: rows)
            g.put("state \(state)", x: 0, y: 0)
            return g
        })
        XCTAssertEqual(code, 7)
        XCTAssertEqual(seen, ["hello", "tick"])
        XCTAssertFalse(t.isStarted, "run stops the terminal")
        XCTAssertNil(t.lastDrawn, "stop forgets the screen")
    }

    func testRunLoopEndsOnSignalWithItsExitCode() throws {
        let (t, f) = try devNullTerminal()
        defer { f.forEach { fclose($0) } }
        TerminalSignals.simulate(SIGTERM)
        defer { TerminalSignals.simulate(0) }
        let code = try t.run(initial: (), update: { _, _, _ in }, render: { _, c, r in CellGrid(width: c, height: r) })
        XCTAssertEqual(code, 143)
        XCTAssertFalse(t.isStarted)
    }

    func testRunExternalSuspendsAndRepaints() throws {
        let (t, f) = try devNullTerminal()
        defer { f.forEach { fclose($0) } }
        try t.start()
        defer { t.stop() }
        var g = CellGrid(width: 10, height: 2)
        g.put("before", x: 0, y: 0)
        t.draw(g)
        XCTAssertEqual(t.runExternal(argv: ["sh", "-c", "exit 2"]), .exited(2))
        XCTAssertFalse(t.needsFull, "the last frame was repainted in full")
        XCTAssertEqual(t.lastDrawn, g)
        XCTAssertEqual(t.runExternal(argv: []), .failedToStart(program: "", errno: ENOENT))
    }
}

extension CursesTests {
    func testEdgesBottomRightCornerAndClipping() throws {
        let i = try XCTUnwrap(fopen("/dev/null", "r")), o = try XCTUnwrap(fopen("/dev/null", "w"))
        defer { fclose(i); fclose(o) }
        let t = Terminal(term: "xterm-256color", input: i, output: o)
        try t.start()
        defer { t.stop() }
        let (cols, rows) = t.size
        // Bottom-right corner: curses reports ERR there but must still draw the cell.
        var g = CellGrid(width: cols, height: rows)
        g.put("中z", x: cols - 3, y: rows - 1)
        t.draw(g)
        var cc = cchar_t()
        var wch = [wchar_t](repeating: 0, count: 8)
        var attrs: attr_t = 0
        var pair: Int32 = 0
        _ = mvwin_wch(kith_stdscr(), Int32(rows - 1), Int32(cols - 1), &cc)
        _ = kith_getcchar(&cc, &wch, &attrs, &pair)
        XCTAssertEqual(wch[0], 0x7A)
        _ = mvwin_wch(kith_stdscr(), Int32(rows - 1), Int32(cols - 3), &cc)
        _ = kith_getcchar(&cc, &wch, &attrs, &pair)
        XCTAssertEqual(wch[0], 0x4E2D)
        // A grid wider than the screen: a wide character across the right edge becomes `�`.
        var wide = CellGrid(width: cols + 5, height: 2)
        wide.put("中", x: cols - 1, y: 0)
        t.draw(wide)
        _ = mvwin_wch(kith_stdscr(), 0, Int32(cols - 1), &cc)
        _ = kith_getcchar(&cc, &wch, &attrs, &pair)
        XCTAssertEqual(wch[0], 0xFFFD)
    }
}
