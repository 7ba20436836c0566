import Foundation
import XCTest

/// The full-screen browser driven as a person would: in tmux, with keys, reading the screen.
final class UIBrowseTests: TmuxTestCase {

    /// Starts `kith ARGS` on the sample vault and waits for the people list.
    @discardableResult
    func open(_ args: String = "--vault \(TmuxSession.quote(CLI.sampleVault))", width: Int = 120, height: Int = 40,
              environment: [String: String] = [:]) throws -> TmuxSession {
        let s = try TmuxSession(command: "\(TmuxSession.quote(CLI.binary!)) \(args)", width: width, height: height,
                                environment: environment)
        session = s
        s.waitFor(text: "indexed 52 notes")
        return s
    }

    /// The terminal after kith exits: its status, and `stty -a` showing a sane cooked mode.
    func assertCleanExit(_ s: TmuxSession, status: Int, file: StaticString = #filePath, line: UInt = #line) {
        let screen = s.waitFor("exit status", file: file, line: line) { $0.contains("[exit ") && $0.contains("[stty ") }
        XCTAssertTrue(screen.contains("[exit \(status)]"), "exit status; screen:\n\(screen)", file: file, line: line)
        XCTAssertTrue(screen.contains("[stty icanon echo]"), "terminal not restored; screen:\n\(screen)", file: file, line: line)
        XCTAssertFalse(screen.contains("People ·"), "the alternate screen is still shown", file: file, line: line)
        XCTAssertFalse(s.alternateScreen, "the terminal is left on the alternate screen", file: file, line: line)
    }

    func testOpensOnPeopleWithCardAndQuitsCleanly() throws {
        let s = try open()
        // The card is built off the UI thread: it may show a moment after the list.
        let screen = s.waitFor("the selected person's card") { $0.contains("Recent Context") }
        XCTAssertTrue(screen.contains("1 People  2 Recent  3 Meetings  4 Organizations"))
        XCTAssertTrue(screen.contains("15 people · 20 transcripts"))
        let rows = screen.split(separator: "\n").map(String.init)
        let first = try XCTUnwrap(rows.firstIndex { $0.contains("Andre Okafor") && $0.contains("1d") })
        XCTAssertTrue(rows[first + 1].contains("Mara Lindqvist"), "recent order")
        XCTAssertTrue(screen.contains("Engineering Manager · Fernwood Labs"), "card of the selected person")
        XCTAssertTrue(screen.contains("Recent Context"))
        s.send("q")
        assertCleanExit(s, status: 0)
    }

    func testSearchAPersonAndSeeTheirCard() throws {
        let s = try open()
        s.send("/")
        s.send("zoe nunez", literal: true)
        s.waitFor(text: "1 of 15")
        s.send("Enter")
        // Her role and last contact in the wait (the card's rows below its title may be drawn a
        // moment after it under load): they must be on screen within the timeout.
        s.waitFor("Zoë's card") {
            $0.contains("┌ Zoë Ñúñez") && $0.contains("Field CTO · Halcyon Cloud") && $0.contains("last contact 2026-11-17")
        }
    }

    func testOpenTranscriptFromCardAndComeBack() throws {
        let s = try open()
        s.send("Tab")
        s.send("Enter")
        s.waitFor("the transcript in the reader") {
            $0.contains("Sources/Transcripts/2026/2026-11-24 - 1-1 Mara and Dre.md")
                && $0.contains("transcript · 2026-11-24") && $0.contains("‹ Andre Okafor")
        }
        s.send("BSpace")
        s.waitFor("Andre's card again") { $0.contains("┌ Andre Okafor") && $0.contains("Recent Context") }
        s.send("l")
        s.waitFor(text: "2026-11-24 - 1-1 Mara and Dre.md")
    }

    func testFullTextHitOpensTheReaderAtTheHitAndNWalksTheHits() throws {
        // Colors on (`swift test` sets NO_COLOR=1; an empty value is "unset").
        let s = try open(environment: ["NO_COLOR": ""])
        s.send("\\")
        s.send("hardening", literal: true)
        s.waitFor(text: "7 lines")
        // The last result: line 38 of the 1-1 transcript (its line 26 is a hidden comment).
        for _ in 0..<6 { s.send("Down") }
        s.send("Enter")
        let reader = s.waitFor(text: "hit 2 of 2")
        XCTAssertTrue(reader.contains("2026-11-24 - 1-1 Mara and Dre.md"), reader)
        XCTAssertTrue(reader.contains("I want two engineers on a hardening sprint"), reader)
        // The current hit is drawn on the selection band in the match color.
        let colors = s.screen(colors: true)
        let line = try XCTUnwrap(colors.split(separator: "\n").first { $0.contains("hardening") && $0.contains("thirtieth") })
        XCTAssertTrue(line.contains("48;5;18") && line.contains("38;5;213"), String(line))
        s.send("n")
        s.waitFor(text: "hit 1 of 2 · from the top again")
    }

    func testSlashSearchesTheRecentView() throws {
        let s = try open()
        s.send("2")
        s.waitFor(text: "Recent · newest first")
        s.send("/")
        s.send("zoe nunez", literal: true)
        let box = s.waitFor(text: "of 74 interactions")
        XCTAssertTrue(box.contains("Zoë Ñúñez"), box)
        s.send("Enter")
        s.waitFor(text: "Halcyon co-sell sync.md")
    }

    func testHelpOverlayListsBindingsAndClosesWithEsc() throws {
        let s = try open()
        s.send("?")
        let help = s.waitFor(text: "Help")
        XCTAssertTrue(help.contains("full-text search"))
        XCTAssertTrue(help.contains("quit"))
        s.send("Escape")
        s.waitFor("help closed") { !$0.contains("Help ·") }
    }

    func testRecentAndTranscriptViews() throws {
        let s = try open()
        s.send("2")
        let recent = s.waitFor(text: "Recent · newest first")
        XCTAssertTrue(recent.contains("2026-11-24  Tuesday"), "day header")
        let andre = recent.split(separator: "\n").first { $0.contains("Andre Okafor") }.map(String.init) ?? ""
        XCTAssertTrue(andre.contains("1-1 Mara and Dre"), recent)
        s.send("3")
        let meetings = s.waitFor(text: "Meetings · newest first")
        XCTAssertTrue(meetings.contains("Advisory session with 王小明"))
        s.send("Enter")
        s.waitFor(text: "2026-11-24 - 1-1 Mara and Dre.md")
    }

    func testResizeRelaysOutAndSaysWhenTooSmall() throws {
        let s = try open()
        s.resize(width: 80, height: 24)
        let narrow = s.waitFor("one pane at 80 columns") { $0.contains("People ·") && !$0.contains("┌ Andre Okafor") }
        XCTAssertTrue(narrow.split(separator: "\n").allSatisfy { $0.count <= 80 })
        s.resize(width: 30, height: 8)
        s.waitFor(text: "too small")
        s.resize(width: 120, height: 40)
        s.waitFor(text: "┌ Andre Okafor")
    }

    func testControlCLeavesASaneTerminal() throws {
        let s = try open()
        s.send("C-c")
        assertCleanExit(s, status: 130)
    }

    func testSIGTERMLeavesASaneTerminal() throws {
        // A vault path no other process has, so the signal reaches this kith only.
        let copy = NSTemporaryDirectory() + "kith-term-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: CLI.sampleVault, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let s = try open("--vault \(TmuxSession.quote(copy))")
        // Anchored at the binary so neither the shell nor the tmux server (whose command lines
        // also name the vault) is hit.
        _ = try TmuxSession.run(["pkill", "-TERM", "-f", "^\(CLI.binary!) --vault \(copy)$"])
        assertCleanExit(s, status: 143)
    }

    func testClosingTheTerminalEndsKith() throws {
        let copy = NSTemporaryDirectory() + "kith-hup-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: CLI.sampleVault, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let s = try open("--vault \(TmuxSession.quote(copy))")
        let pattern = "^\(CLI.binary!) --vault \(copy)$"
        XCTAssertEqual(try TmuxSession.run(["pgrep", "-f", pattern]).status, 0, "kith is running")
        s.stop()  // the terminal goes away, as when its window is closed
        let deadline = Deadline(seconds: 5)
        while !deadline.passed, (try? TmuxSession.run(["pgrep", "-f", pattern]))?.status == 0 { usleep(100_000) }
        XCTAssertNotEqual(try TmuxSession.run(["pgrep", "-f", pattern]).status, 0, "kith outlived its terminal")
    }

    func testDemoOpensTheSampleVault() throws {
        let s = try TmuxSession(command: "\(TmuxSession.quote(CLI.binary!)) demo", width: 120, height: 40)
        session = s
        let screen = s.waitFor(text: "indexed 52 notes")
        XCTAssertTrue(screen.contains("sample vault"))
        XCTAssertTrue(screen.contains("Andre Okafor"))
        s.send("q")
        assertCleanExit(s, status: 0)
    }

    func testUnknownTermIsOneClearLine() throws {
        let s = try TmuxSession(command: "\(TmuxSession.quote(CLI.binary!)) --vault \(TmuxSession.quote(CLI.sampleVault))",
                                environment: ["TERM": "no-such-terminal"])
        session = s
        let screen = s.waitFor(text: "[exit 2]")
        let lines = screen.split(separator: "\n").filter { $0.hasPrefix("kith:") }
        XCTAssertEqual(lines.count, 1, screen)
        XCTAssertTrue(lines.first?.contains("no-such-terminal") ?? false, screen)
        XCTAssertTrue(lines.first?.hasPrefix("kith: unknown terminal type") ?? false, "one 'kith:' prefix: \(screen)")
    }

    func testNoTerminalIsOneClearLine() throws {
        let r = try CLI.run(["--vault", CLI.sampleVault], stdin: "")
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("kith: the browser needs a terminal"), r.stderr)
    }

    func testBrowsingLeavesTheVaultUntouched() throws {
        let before = try CLI.snapshot(CLI.sampleVault)
        let s = try open()
        // Each key waits for what it shows before the next is sent, as a person reads before
        // typing on (and Esc is done before q, which it would otherwise turn into Alt-q).
        let steps: [(key: String, shows: (String) -> Bool)] = [
            ("j", { $0.contains("2/15") }),
            ("j", { $0.contains("3/15") && $0.contains("┌ Ben Cartwright") }),
            ("Tab", { $0.contains("›2026-11-17  Halcyon co-sell sync") }),
            ("Enter", { $0.contains("2026-11-17 - Halcyon co-sell sync.md") }),
            ("BSpace", { $0.contains("People · recent") && $0.contains("┌ Ben Cartwright") }),
            ("2", { $0.contains("Recent · newest first") }),
            ("Enter", { $0.contains("┌ José García") }),
            ("3", { $0.contains("Meetings · newest first") }),
            ("/", { $0.contains("┌ / ▏") }),
            ("a", { $0.contains("┌ / a▏") }),
            ("Escape", { $0.contains("Meetings · newest first") && !$0.contains("┌ / ") }),
        ]
        for (key, shows) in steps {
            s.send(key)
            s.waitFor("the screen after \(key)", shows)
        }
        s.send("q")
        assertCleanExit(s, status: 0)
        XCTAssertEqual(try CLI.snapshot(CLI.sampleVault), before)
    }
}
