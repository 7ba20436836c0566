import Foundation
import XCTest

/// The action palette, `o`, `y` and `L` in tmux, as a user sees them: a fake `$BROWSER` and a
/// fake `vi` record their arguments; tmux with `set-clipboard on` keeps what OSC 52 copied.
final class UIWorkflowTests: TmuxTestCase {
    var work = ""
    var vault: String { work + "/vault" }
    var recorded: String { work + "/args" }
    var before: [String: Data] = [:]

    static let files: [String: String] = [
        "People/Ana Lima.md": """
        ---
        tags: [people]
        email: ana@example.com
        website: ana.dev
        last_contact: 2026-12-10
        ---
        # Ana Lima

        ## Recent Context

        - 2026-12-10: Lunch — talked about the move
        - 2026-11-02: Call

        ## Notes
        """,
        "People/Ben Cohen.md": "---\ntags: [people]\nurl: https://ben.example.org\nlast_contact: 2026-12-09\n---\n# Ben Cohen\n",
        "People/Cleo Park.md": "---\ntags: [people]\nlast_contact: 2026-12-08\n---\n# Cleo Park\n\nMet in Lisbon.\n",
        "People/Zoë Ñúñez.md": "---\ntags: [people]\nlast_contact: 2026-01-02\n---\n# Zoë Ñúñez\n",
        "Team/Ana Lima.md": "# Ana Lima (the team page)\n",
    ]

    override func setUpWithError() throws {
        try super.setUpWithError()
        work = NSTemporaryDirectory() + "kith-workflow-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: work + "/bin", withIntermediateDirectories: true)
        for (path, text) in Self.files {
            let url = URL(fileURLWithPath: vault + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        before = try CLI.snapshot(vault)
    }

    override func tearDownWithError() throws {
        session?.stop()
        session = nil
        // kith wrote nothing: the browser, the clipboard and the editor got their arguments only.
        XCTAssertEqual(try CLI.snapshot(vault), before, "the vault changed")
        try? FileManager.default.removeItem(atPath: work)
    }

    /// A program at `bin/NAME` that writes its arguments, one a line, to `recorded`.
    func recorder(_ name: String) throws -> String {
        let path = work + "/bin/" + name
        try "#!/bin/sh\nprintf '%s\\n' \"$@\" > \(TmuxSession.quote(recorded))\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    func recordedArgs() -> [String] {
        ((try? String(contentsOfFile: recorded, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    func waitForArgs(_ s: TmuxSession, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        s.waitFor("the program to get \(expected)", file: file, line: line) { _ in self.recordedArgs() == expected }
    }

    @discardableResult
    func open(width: Int = 80, height: Int = 24, environment: [String: String] = [:], config: String = "") throws -> TmuxSession {
        let env = environment.merging(["KITH_TODAY": "2026-12-20"]) { a, _ in a }
        let s = try TmuxSession(command: "\(TmuxSession.quote(CLI.binary!)) --vault \(TmuxSession.quote(vault))",
                                width: width, height: height, environment: env, config: config)
        session = s
        s.waitFor(text: "indexed 5 notes")
        return s
    }

    func statusLine(_ s: TmuxSession) -> String {
        s.screen().split(separator: "\n", omittingEmptySubsequences: false).dropLast().last.map(String.init) ?? ""
    }

    func testPaletteFindsPeopleAndRunsActionsAt80x24() throws {
        let s = try open()
        s.send(":")
        // The palette and its hints (the last line) may reach the terminal in two writes.
        var screen = s.waitFor("the palette and its hints") { $0.contains("┌ : ▏") && $0.contains("⏎ run") }
        XCTAssertTrue(screen.contains("view    People"), screen)
        s.send("zoe nunez", literal: true)
        screen = s.waitFor(text: "person  Zoë Ñúñez")
        let row = screen.split(separator: "\n").first { $0.contains("Zoë Ñúñez") }.map(String.init) ?? ""
        XCTAssertTrue(row.hasPrefix("│▌"), "the best match is highlighted: \(row)")
        s.send("Enter")
        s.waitFor("Zoë's card") { $0.contains("┌ Zoë Ñúñez") && !$0.contains("┌ : ") }
        // Ctrl-P too; an action runs as its key would.
        s.send("Escape")
        s.waitFor(text: "People · recent")
        s.send("C-p")
        s.waitFor(text: "┌ : ▏")
        s.send("cycle sort", literal: true)
        s.waitFor(text: "cycle the sort")
        s.send("Enter")
        s.waitFor(text: "sorted by name")
        // Esc closes and leaves the screen as it was.
        s.send(":")
        s.waitFor(text: "┌ : ▏")
        s.send("Escape")
        screen = s.waitFor("the palette to close") { !$0.contains("┌ : ") }
        XCTAssertTrue(screen.contains("People · name"), screen)
    }

    func testOOpensTheWebsiteOrTheEmailWithTheBrowser() throws {
        let s = try open(width: 120, height: 40, environment: ["BROWSER": try recorder("fake-browser")])
        // Ana has both: a menu.
        s.send("o")
        var screen = s.waitFor("the open menu with both entries") {
            $0.contains("Open · Ana Lima") && $0.contains("website  https://ana.dev") && $0.contains("email    ana@example.com")
        }
        XCTAssertTrue(screen.contains("website  https://ana.dev"), screen)
        XCTAssertTrue(screen.contains("email    ana@example.com"), screen)
        s.send("j")
        s.send("Enter")
        s.waitFor(text: "opened mailto:ana@example.com with")
        waitForArgs(s, ["mailto:ana@example.com"])
        // Ben has a website only: it opens at once.
        s.send("j")
        s.waitFor(text: "┌ Ben Cohen")
        s.send("o")
        s.waitFor(text: "opened https://ben.example.org with")
        waitForArgs(s, ["https://ben.example.org"])
        // Cleo has neither.
        s.send("j")
        s.waitFor(text: "┌ Cleo Park")
        s.send("o")
        screen = s.waitFor(text: "Cleo Park has no website or email")
        XCTAssertFalse(screen.contains("Open ·"), screen)
    }

    func testYCopiesThroughOSC52IntoTmuxsBuffer() throws {
        let s = try open(width: 120, height: 40, config: "set -g set-clipboard on\n")
        s.send("y")
        // The whole menu, not only its title: a capture can land while the frame is drawn.
        let lines = ["name   Ana Lima", "link   [[People/Ana Lima]]", "email  ana@example.com", "path   People/Ana Lima.md"]
        let menu = s.waitFor("the copy menu with its four entries") { screen in
            screen.contains("Copy · Ana Lima") && lines.allSatisfy { screen.contains($0) }
        }
        for line in lines {
            XCTAssertTrue(menu.contains(line), "\(line) in\n\(menu)")
        }
        s.send("j")
        s.send("Enter")
        s.waitFor(text: "copied [[People/Ana Lima]]")
        s.waitFor("tmux to store the copy") { _ in s.pasteBuffer() == "[[People/Ana Lima]]" }
        s.send("y")
        s.waitFor(text: "Copy · Ana Lima")
        s.send("Down")
        s.send("Down")
        s.send("Enter")
        s.waitFor(text: "copied ana@example.com")
        s.waitFor("tmux to store the email") { _ in s.pasteBuffer() == "ana@example.com" }
        XCTAssertTrue(s.screen().contains("┌ Ana Lima"), "kith stays where it was")
    }

    func testLOpensTheNoteInTheEditorAtRecentContext() throws {
        let s = try open(width: 120, height: 40, environment: ["VISUAL": "", "EDITOR": try recorder("vi")])
        s.send("L")
        s.waitFor(text: "no changes to Ana Lima.md")
        waitForArgs(s, ["+11", vault + "/People/Ana Lima.md"])
        // Without the section: the title line, and the status line says how to log there.
        s.send("j")
        s.send("j")
        s.waitFor(text: "┌ Cleo Park")
        s.send("L")
        s.waitFor(text: "Cleo Park.md has no ## Recent Context")
        waitForArgs(s, ["+5", vault + "/People/Cleo Park.md"])
    }
}
