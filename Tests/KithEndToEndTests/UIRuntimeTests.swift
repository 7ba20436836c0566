import Foundation
import XCTest

/// Background work that finishes by itself (the reload), the hint bar and help at 80×24, the
/// header tabs under the mouse, and external links, in tmux on the sample vault.
final class UIRuntimeTests: TmuxTestCase {
    var work = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        work = NSTemporaryDirectory() + "kith-runtime-e2e-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: work + "/bin", withIntermediateDirectories: true)
    }

    override func tearDown() {
        super.tearDown()
        try? FileManager.default.removeItem(atPath: work)
    }

    @discardableResult
    func open(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws -> TmuxSession {
        let s = try TmuxSession(command: "\(TmuxSession.quote(CLI.binary!)) --vault \(TmuxSession.quote(CLI.sampleVault))",
                                width: width, height: height, environment: environment)
        session = s
        s.waitFor(text: "indexed 52 notes")
        return s
    }

    func statusLine(_ s: TmuxSession) -> String {
        s.screen().split(separator: "\n", omittingEmptySubsequences: false).dropLast().last.map(String.init) ?? ""
    }

    func testReloadFinishesOnScreenWithoutAnotherKey() throws {
        let s = try open()
        s.send("R")
        // Nothing else is typed: the loop must wake for the runtime's post and draw it.
        let done = s.waitFor(text: "re-indexed 52 notes")
        XCTAssertFalse(done.contains("reloading"), done)
        XCTAssertTrue(done.contains("Andre Okafor"), "the list is still there")
        // And the message gives way to the index's status a few seconds later, still untouched.
        s.waitFor("the message to give way", timeout: 15) { $0.contains("indexed 52 notes") && !$0.contains("re-indexed") }
    }

    func testHelpHintAndHelpPagingAndSearchAt80x24() throws {
        let s = try open()
        XCTAssertTrue(statusLine(s).contains("? help"), statusLine(s))
        s.send("Tab")
        s.waitFor(text: "next link")
        XCTAssertTrue(statusLine(s).contains("? help"), "the card's hints keep it: \(statusLine(s))")
        s.send("?")
        var screen = s.waitFor(text: "Help")
        let rows = screen.split(separator: "\n").map(String.init)
        let firstHeading = rows.first { $0.contains("│ Card") || $0.contains("│ Global") || $0.contains("│ Lists") }
        XCTAssertTrue(firstHeading?.contains("Card") == true, "the card's keys first:\n\(screen)")
        s.send("G")
        screen = s.waitFor("the end of the help") { $0.range(of: #"(\d+)–(\d+)/\2"#, options: .regularExpression) != nil }
        XCTAssertTrue(screen.contains("go to the first match"), "the last section shows:\n\(screen)")
        s.send("g")
        s.send("/")
        s.send("color theme", literal: true)
        s.send("Enter")
        screen = s.waitFor(text: "/color theme")
        XCTAssertTrue(screen.contains("next color theme"), screen)
        XCTAssertTrue(screen.contains("1 of 1 match"), screen)
        s.send("Escape")
        s.waitFor("the help to close") { !$0.contains("/color theme") }
    }

    /// An X10 mouse report, as tmux sends it for TERM=screen: button, column and row, 1-based.
    func mouse(_ s: TmuxSession, button: Int, x: Int, y: Int) {
        let bytes = [27, 91, 77, 32 + button, 33 + x, 33 + y].map { Character(UnicodeScalar(UInt8($0))) }
        s.send(String(bytes), literal: true)
    }

    func testClickingAHeaderTabSwitchesEvenASlowClick() throws {
        let s = try open(width: 120, height: 40)
        // "2 Recent" starts at column 17; a quick click (press and release at once).
        mouse(s, button: 0, x: 19, y: 0)
        mouse(s, button: 3, x: 19, y: 0)
        s.waitFor(text: "Recent · newest first")
        // A slow click: the press alone (curses reports no click when the release comes late).
        mouse(s, button: 0, x: 30, y: 0)
        s.waitFor(text: "Meetings · newest first")
        mouse(s, button: 3, x: 30, y: 0)
        mouse(s, button: 0, x: 9, y: 0)
        s.waitFor(text: "People · recent")
    }

    /// Opens Home.md in the reader and moves the selection to the link whose line contains `text`.
    func selectLinkInHome(_ s: TmuxSession, _ text: String) {
        s.send("C-f")
        s.send("Company site", literal: true)
        s.waitFor(text: "Home:26")
        s.send("Enter")
        s.waitFor(text: "Home.md")
        var shown = s.screen(colors: true)
        for _ in 0..<40 {
            if shown.split(separator: "\n").contains(where: { $0.contains("›") && $0.contains(text) }) { return }
            // The next Tab only once this one has moved the selection (the highlight moves even
            // between two links of one line), never after a pause a loaded machine could outrun.
            let before = shown
            s.send("Tab")
            s.waitFor("the selection to move") { _ in
                shown = s.screen(colors: true)
                return shown != before
            }
        }
        XCTFail("no selected link on a line with \(text):\n\(s.screen())")
    }

    func testExternalLinksOpenInTheBrowserOrShowTheURL() throws {
        let record = work + "/browser-args"
        let browser = work + "/bin/fake-browser"
        try "#!/bin/sh\nprintf '%s\\n' \"$@\" > \(TmuxSession.quote(record))\n".write(toFile: browser, atomically: true, encoding: .utf8)
        chmod(browser, 0o755)
        var s = try open(width: 120, height: 40, environment: ["BROWSER": browser])
        selectLinkInHome(s, "Company site")
        s.send("Enter")
        s.waitFor(text: "opened https://example.com with \(browser)")
        s.waitFor("the browser to run") { _ in
            (try? String(contentsOfFile: record, encoding: .utf8)) == "https://example.com\n"
        }
        XCTAssertTrue(s.screen().contains("Home.md"), "kith stays in the reader")
        s.stop()
        // Nothing to open it with: the URL is shown to copy.
        s = try open(width: 120, height: 40, environment: ["BROWSER": "", "PATH": work + "/bin"])
        selectLinkInHome(s, "Mail")
        s.send("Enter")
        s.waitFor(text: "mailto:mara@example.com  (set $BROWSER to open links)")
    }
}
