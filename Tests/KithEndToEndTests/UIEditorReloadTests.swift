import Foundation
import XCTest

/// The editor round trip and live reload, in tmux, on a temporary copy of the sample vault:
/// `e` runs `$EDITOR` (a script that records its arguments outside the vault and adds a line),
/// and files written or deleted by another process show up on screen without a keypress.
final class UIEditorReloadTests: TmuxTestCase {
    var work = ""
    var vault: String { work + "/vault" }
    var argsFile: String { work + "/editor-args" }
    var fixtureBefore: [String: Data] = [:]

    override func setUpWithError() throws {
        try super.setUpWithError()
        fixtureBefore = try CLI.snapshot(CLI.sampleVault)
        work = NSTemporaryDirectory() + "kith-editor-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: work + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.sampleVault, toPath: vault)
    }

    override func tearDownWithError() throws {
        session?.stop()
        session = nil
        try? FileManager.default.removeItem(atPath: work)
        // Only the editor script and the test wrote, and only into the copy.
        let after = try CLI.snapshot(CLI.sampleVault)
        XCTAssertEqual(after, fixtureBefore, "the fixture changed")
    }

    /// An editor named `name` (so kith picks its line syntax) that records its arguments, one
    /// per line (written whole, then renamed: the test may read them while a second run writes
    /// them), and puts a dated Recent Context bullet at the top of the section.
    func makeEditor(named name: String) throws -> String {
        let path = work + "/bin/" + name
        let script = """
        #!/bin/sh
        printf '%s\\n' "$@" > \(TmuxSession.quote(argsFile + ".part"))
        mv \(TmuxSession.quote(argsFile + ".part")) \(TmuxSession.quote(argsFile))
        for file; do :; done
        sed -i 's/^## Recent Context$/## Recent Context\\n\\n- 2026-11-25: Coffee with the test editor — line added by the editor/' "$file"
        """
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    func open(editor: String) throws -> TmuxSession {
        let s = try TmuxSession(command: "\(TmuxSession.quote(CLI.binary!)) --vault \(TmuxSession.quote(vault))",
                                environment: ["VISUAL": "", "EDITOR": editor])
        session = s
        s.waitFor(text: "indexed 52 notes")
        return s
    }

    func editorArgs() -> [String] {
        ((try? String(contentsOfFile: argsFile, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    func testEditingThePersonShowsTheNewLineOnTheCard() throws {
        let s = try open(editor: try makeEditor(named: "fake-editor"))
        s.waitFor(text: "┌ Andre Okafor")
        XCTAssertFalse(s.screen().contains("Coffee with the test editor"))
        s.send("e")
        let screen = s.waitFor(text: "Coffee with the test editor")
        XCTAssertTrue(screen.contains("Andre Okafor.md changed"), "status line; screen:\n\(screen)")
        XCTAssertTrue(screen.contains("Recent Context (6)"), "screen:\n\(screen)")
        // An editor kith knows no line syntax for gets the file alone.
        XCTAssertEqual(editorArgs(), [vault + "/People/Andre Okafor.md"])
        // Still on the same person, the list intact.
        XCTAssertTrue(screen.contains("┌ Andre Okafor"))
        XCTAssertTrue(screen.contains("1/15"))
    }

    func testViGetsTheLineOfTheSelectedCardEntry() throws {
        let s = try open(editor: try makeEditor(named: "vi"))
        s.waitFor(text: "┌ Andre Okafor")
        s.send("e")
        s.waitFor(text: "Andre Okafor.md changed")
        // The person itself: no line.
        XCTAssertEqual(editorArgs(), [vault + "/People/Andre Okafor.md"])
        // The card's second link is the launch readiness review, further down the file now
        // (the editor's bullet and a blank line were added above it).
        let lines = try String(contentsOfFile: vault + "/People/Andre Okafor.md", encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let review = try XCTUnwrap(lines.firstIndex { $0.contains("Launch readiness review") }) + 1
        s.send("Tab")
        s.send("j")
        s.send("e")
        s.waitFor("the editor to run again") { _ in self.editorArgs().first != self.vault + "/People/Andre Okafor.md" }
        XCTAssertEqual(editorArgs().first, "+\(review)")
        XCTAssertEqual(editorArgs().last, vault + "/People/Andre Okafor.md")
    }

    func testAnEditorThatChangesNothingSaysSo() throws {
        let path = work + "/bin/true-editor"
        try "#!/bin/sh\nexit 0\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        let s = try open(editor: path)
        s.send("e")
        let screen = s.waitFor(text: "no changes to Andre Okafor.md")
        XCTAssertTrue(screen.contains("┌ Andre Okafor"))
    }

    /// vi's `:wq` without an edit writes the same bytes again with a new modification time:
    /// that is no change (kith compares the content, not the time).
    func testWritingTheSameContentIsNoChange() throws {
        let path = work + "/bin/vi"
        let copy = work + "/same-content"
        try """
        #!/bin/sh
        for file; do :; done
        cat "$file" > \(TmuxSession.quote(copy))
        cat \(TmuxSession.quote(copy)) > "$file"
        touch -d '2030-01-01 12:00' "$file"
        """.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        let before = try Data(contentsOf: URL(fileURLWithPath: vault + "/People/Andre Okafor.md"))
        let s = try open(editor: path)
        s.send("e")
        let screen = s.waitFor(text: "no changes to Andre Okafor.md")
        XCTAssertFalse(screen.contains("re-reading"), screen)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: vault + "/People/Andre Okafor.md")), before)
    }

    func testAMissingEditorSaysSoAndTheScreenComesBack() throws {
        let s = try open(editor: work + "/bin/no-such-editor")
        s.send("e")
        let screen = s.waitFor(text: "editor not found")
        XCTAssertTrue(screen.contains("no-such-editor"), "screen:\n\(screen)")
        XCTAssertTrue(screen.contains("┌ Andre Okafor"), "the card is back; screen:\n\(screen)")
        XCTAssertTrue(screen.contains("Mara Lindqvist"), "the list is back")
    }

    func testAnotherProgramAddsAndDeletesPeopleAndTheScreenFollows() throws {
        let s = try open(editor: "true")
        s.send("j")
        s.waitFor(text: "┌ Mara Lindqvist")
        XCTAssertTrue(s.screen().contains("Marcus Bell"))
        let person = "---\ntype: people\nlast_contact: 2026-11-25\n---\n# Zed Newcomer\n\n## Profile\n\n**Role**: Tester at Nowhere\n"
        try person.write(toFile: vault + "/People/Zed Newcomer.md", atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: vault + "/People/Marcus Bell.md")
        let screen = s.waitFor("the list to follow") { $0.contains("Zed Newcomer") && !$0.contains("Marcus Bell") }
        // The selection stayed on Mara, now third (Zed is the most recent contact).
        XCTAssertTrue(screen.contains("┌ Mara Lindqvist"), "screen:\n\(screen)")
        XCTAssertTrue(screen.contains("3/15"), "screen:\n\(screen)")
        // One batch ("1 note added, 1 removed") or two, the last saying what was removed.
        XCTAssertTrue(screen.contains("removed"), "status; screen:\n\(screen)")
        // A new person's card opens from the live index.
        s.send("g")
        s.waitFor(text: "┌ Zed Newcomer")
        s.waitFor(text: "Tester · Nowhere")
    }
}
