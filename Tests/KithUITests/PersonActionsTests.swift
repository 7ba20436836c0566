import KithCore
import XCTest
@testable import KithUI

/// `o`, `y` and `L` on the person under the cursor: the effects they ask of the runtime, the
/// menus they show and what the status line says.
final class PersonActionsTests: XCTestCase {
    static let files: [(String, String)] = [
        ("People/Ana Lima.md", """
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
        """),
        ("People/Ben Cohen.md", """
        ---
        tags: [people]
        url: https://ben.example.org
        last_contact: 2026-12-09
        ---
        # Ben Cohen

        ## Recent Context

        ## Key Facts
        - Plays chess
        """),
        ("People/Cleo Park.md", "---\ntags: [people]\nlast_contact: 2026-12-08\n---\n# Cleo Park\n\nMet in Lisbon.\n"),
        ("Team/Ana Lima.md", "# Ana Lima (the team page)\n"),
        ("Meetings/2026-12-01 - Sync.md", "---\ntype: meeting\n---\n# Sync\n\nWith [[Ana Lima]].\n"),
    ]

    /// The People view, most recent first: Ana, Ben, Cleo.
    func state(cols: Int = 80, rows: Int = 24) -> AppState {
        var (s, _) = AppState.start(vaultName: "v", today: ContactVault.today, cols: cols, rows: rows)
        let index = VaultIndex(root: "/v", parsed: Self.files.map { NoteParser.parse(path: $0.0, bytes: Array($0.1.utf8)) })
        s = KithApp.update(s, .indexLoaded(index)).0
        return s
    }

    func menu(_ s: AppState, file: StaticString = #filePath, line: UInt = #line) throws -> MenuState {
        guard case .menu(let m)? = s.overlay else {
            XCTFail("no menu", file: file, line: line)
            throw XCTSkip()
        }
        return m
    }

    func testOOpensTheOnlyAddressAtOnceOrOffersAChoice() throws {
        let ben = state().press(.char("j"))
        XCTAssertEqual(ben.nav.person, "People/Ben Cohen.md")
        XCTAssertEqual(KithApp.update(ben, .key(.char("o"))).1, [.openLink(url: "https://ben.example.org")])
        // Ana has a website and an email: a menu, then Enter on the email.
        let ana = state().press(.char("o"))
        let m = try menu(ana)
        XCTAssertEqual(m.title, "Open · Ana Lima")
        XCTAssertEqual(m.items.map(\.label), ["website", "email"])
        XCTAssertEqual(m.items.map(\.value), ["https://ana.dev", "ana@example.com"])
        let (chosen, effects) = KithApp.update(ana.press(.char("j")), .key(.enter))
        XCTAssertEqual(effects, [.openLink(url: "mailto:ana@example.com")])
        XCTAssertNil(chosen.overlay)
        let g = KithApp.render(ana)
        XCTAssertTrue((0..<24).contains { g.rowText($0).contains("website  https://ana.dev") })
        XCTAssertTrue(g.rowText(23).contains("⏎ choose"), g.rowText(23))
        // Esc closes without opening anything.
        let (closed, none) = KithApp.update(ana, .key(.escape))
        XCTAssertNil(closed.overlay)
        XCTAssertEqual(none, [])
        // Nobody to reach: the status line says so.
        let cleo = state().press(.char("j"), .char("j"))
        let (after, nothing) = KithApp.update(cleo, .key(.char("o")))
        XCTAssertEqual(nothing, [])
        XCTAssertEqual(after.message?.text, "Cleo Park has no website or email (url:, website: or email: in the note)")
    }

    func testYCopiesNameLinkEmailOrPathAndTheStatusConfirms() throws {
        let s = state().press(.char("y"))
        let m = try menu(s)
        XCTAssertEqual(m.title, "Copy · Ana Lima")
        XCTAssertEqual(m.items.map(\.label), ["name", "link", "email", "path"])
        // Another "Ana Lima" lives in Team/: the bare name is kept only when it leads here.
        let link = m.items[1].value
        XCTAssertEqual(link, "[[People/Ana Lima]]")
        XCTAssertEqual(m.items.map(\.value), ["Ana Lima", link, "ana@example.com", "People/Ana Lima.md"])
        let (copied, effects) = KithApp.update(s.press(.char("j")), .key(.enter))
        XCTAssertEqual(effects, [.copyToClipboard(text: link)])
        let reported = KithApp.update(copied, .clipboardWritten(.copied(text: link))).0
        XCTAssertEqual(reported.message?.text, "copied \(link)")
        XCTAssertTrue(KithApp.render(reported).rowText(23).contains("copied [[People/Ana Lima]]"))
        let refused = KithApp.update(copied, .clipboardWritten(.unsupported(text: link, reason: "no clipboard here"))).0
        XCTAssertEqual(refused.message, StatusMessage("not copied: no clipboard here", isError: true))
        // Ben's name is his alone: `[[Ben Cohen]]`.
        XCTAssertEqual(try menu(state().press(.char("j"), .char("y"))).items[1].value, "[[Ben Cohen]]")
    }

    func testLEditsAtTheFirstRecentContextBulletOrTheHeading() {
        XCTAssertEqual(KithApp.update(state(), .key(.char("L"))).1, [.edit(path: "People/Ana Lima.md", line: 11)])
        // An empty section: its heading.
        XCTAssertEqual(KithApp.update(state().press(.char("j")), .key(.char("L"))).1, [.edit(path: "People/Ben Cohen.md", line: 8)])
    }

    func testLWithoutTheSectionEditsAtTheTitleAndSaysSoWhenTheEditorIsBack() {
        let (s, effects) = KithApp.update(state().press(.char("j"), .char("j")), .key(.char("L")))
        XCTAssertEqual(effects, [.edit(path: "People/Cleo Park.md", line: 5)])
        let back = KithApp.update(s, .editorFinished(EditorReport(path: "People/Cleo Park.md", editor: "vi", exit: .exited(0),
                                                                  changed: false))).0
        XCTAssertEqual(back.message?.text,
                       "no changes to Cleo Park.md · Cleo Park.md has no ## Recent Context section: add one to log contacts there")
        // The note is said once: a later edit reports only itself.
        let again = KithApp.update(back, .editorFinished(EditorReport(path: "People/Cleo Park.md", editor: "vi", exit: .exited(0),
                                                                      changed: false))).0
        XCTAssertEqual(again.message?.text, "no changes to Cleo Park.md")
    }

    func testThePersonUnderTheCursorInOtherViews() {
        // Recent: the interaction's person.
        let recent = state().press(.char("2"))
        guard case .item(let i)? = recent.recentRows[safe: recent.nav.recent.selected] else {
            return XCTFail("no interaction selected: \(recent.recentRows)")
        }
        XCTAssertEqual(recent.personUnderCursor?.path, i.person)
        // Transcripts: nobody, and the status line says so.
        let transcripts = state().press(.char("3"))
        XCTAssertNil(transcripts.personUnderCursor)
        let (after, effects) = KithApp.update(transcripts, .key(.char("y")))
        XCTAssertEqual(effects, [])
        XCTAssertNil(after.overlay)
        XCTAssertEqual(after.message?.text, "no person selected")
    }

    func testMenuRowsAreClickable() throws {
        let s = state().press(.char("y"))
        let box = Screens.menuBox(try menu(s), Layout(s))
        let clicked = KithApp.update(s, .mouse(MouseEvent(x: box.x + 3, y: box.inner.y + 3, kind: .click))).0
        XCTAssertEqual(try menu(clicked).selected, 3)
        let (_, effects) = KithApp.update(clicked, .mouse(MouseEvent(x: box.x + 3, y: box.inner.y + 3, kind: .doubleClick)))
        XCTAssertEqual(effects, [.copyToClipboard(text: "People/Ana Lima.md")])
    }
}
