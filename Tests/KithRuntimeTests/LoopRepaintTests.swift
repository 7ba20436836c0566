import Foundation
import Glibc
import KithCore
import KithTerminal
import KithUI
import XCTest

@testable import KithRuntime

/// The runtime through the real terminal loop (curses on a pipe and /dev/null): `R` typed
/// once, and the loop must draw the reload's end by itself, woken by the runtime's post.
final class LoopRepaintTests: XCTestCase {
    func testAPostWakesTheLoopsPoll() {
        let box = Mailbox<Int>()
        var fd = pollfd(fd: box.wakeDescriptor, events: Int16(POLLIN), revents: 0)
        XCTAssertEqual(poll(&fd, 1, 0), 0, "nothing posted: nothing to wake for")
        DispatchQueue.global().sync { box.post(1) }
        box.post(2)
        XCTAssertEqual(poll(&fd, 1, 0), 1, "a post makes the loop's poll return")
        XCTAssertEqual(box.drain(), [1, 2])
        fd.revents = 0
        XCTAssertEqual(poll(&fd, 1, 0), 0, "drained: the wake is consumed")
    }

    func testReloadFinishesOnScreenWithoutAnotherKey() throws {
        let vault = try ScratchVault()
        defer { vault.remove() }
        var pipeFDs: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&pipeFDs), 0)
        let input = try XCTUnwrap(fdopen(pipeFDs[0], "r"))
        let output = try XCTUnwrap(fopen("/dev/null", "w"))
        defer { fclose(input); fclose(output); close(pipeFDs[1]) }
        let terminal = Terminal(term: "xterm-256color", input: input, output: output)
        try terminal.start()
        let mailbox = Mailbox<Action>()
        let today = CalendarDate(year: 2026, month: 11, day: 25)!
        let live = LiveIndex(root: vault.root, classifier: .standard, policy: ContactPolicy(), today: today,
                             sink: mailbox, watching: FakeWatching())
        let runner = EffectRunner(vaultRoot: vault.root, live: live, host: FakeHost(), sink: mailbox,
                                  launcher: FakeLauncher(), environment: [:])
        var (state, effects) = AppState.start(vaultName: "v", today: today, cols: terminal.size.cols, rows: terminal.size.rows)
        for effect in effects { for action in runner.perform(effect) { state = runner.dispatch(action, to: state) } }
        var frames: [String] = []
        var typedR = false
        var ticks = 0
        let code = try terminal.run(initial: state, mailbox: mailbox, tickMs: 20, update: { state, input, context in
            switch input {
            case .event(let e): state = runner.dispatch(Action(e), to: state)
            case .message(let a):
                state = runner.dispatch(a, to: state)
                // Once the first load is drawn, type `R`, once, as a user would.
                if case .indexLoaded = a, !typedR {
                    typedR = true
                    _ = write(pipeFDs[1], "R", 1)
                }
            case .tick:
                ticks += 1
                // Stop once the finished reload was drawn (or after ~10 s of ticks).
                if frames.last?.contains("re-indexed 3 notes") == true || ticks > 500 { context.quit(0) }
            }
        }, render: { state, _, _ in
            let g = KithApp.render(state)
            frames.append(g.rowText(g.height - 1))
            return g
        })
        XCTAssertEqual(code, 0)
        XCTAssertTrue(typedR)
        // ("re-indexing…" may never be drawn: three notes can load before the loop draws again.)
        XCTAssertTrue(frames.last?.contains("re-indexed 3 notes") == true, frames.joined(separator: "\n"))
    }
}

/// As in the browser (`BrowserSession`): the loop's mailbox is where the runtime posts.
extension Mailbox: ActionSink where Message == Action {}
