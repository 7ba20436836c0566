import KithCore
import XCTest
@testable import KithUI

/// The status line: `? help` always there, messages that give way, and what the index is doing.
final class StatusLineTests: XCTestCase {
    private func status(_ s: AppState) -> String { KithApp.render(s).rowText(s.rows - 1) }

    func testHelpHintShowsOnEveryScreenAt80Columns() throws {
        let s = TestVault.state(cols: 80, rows: 24)
        let screens: [(String, AppState)] = [
            ("list", s), ("card", s.press(.tab)), ("recent", s.press(.char("2"))),
            ("transcripts", s.press(.char("3"))), ("reader", s.press(.char("3"), .enter)),
            ("card after back", s.press(.char("3"), .enter, .backspace)),
            ("long message", KithApp.update(s, .notice(String(repeating: "a very long warning ", count: 8), isError: true)).0),
        ]
        for (name, screen) in screens {
            let line = status(screen)
            XCTAssertTrue(line.contains("? help"), "\(name): \(line)")
            XCTAssertEqual(DisplayWidth.of(line), 80, name)
        }
        // Lower-priority hints give way first; the long message is cut, not the help.
        let long = status(screens.last!.1)
        XCTAssertTrue(long.contains("…"), long)
        // Where there is room, everything shows.
        XCTAssertTrue(status(TestVault.state(cols: 160, rows: 40).press(.tab)).contains("q quit"))
    }

    func testMessagesGiveWayAfterAFewSeconds() {
        var s = KithApp.update(TestVault.state(cols: 120, rows: 40), .notice("3 notes added", isError: false)).0
        XCTAssertTrue(status(s).contains("3 notes added"))
        // The first tick stamps it, at 10 s of the runtime's clock; it stays for 4 s.
        s = KithApp.update(s, .tick(at: 10_000)).0
        s = KithApp.update(s, .tick(at: 13_900)).0
        XCTAssertTrue(status(s).contains("3 notes added"))
        s = KithApp.update(s, .tick(at: 14_000)).0
        XCTAssertFalse(status(s).contains("3 notes added"), status(s))
        XCTAssertTrue(status(s).contains("indexed 12 notes"), "the index status comes back")
        // A new message starts its own time; errors stay twice as long.
        s = KithApp.update(s, .notice("live reload is off", isError: true)).0
        s = KithApp.update(s, .tick(at: 20_000)).0
        s = KithApp.update(s, .tick(at: 27_000)).0
        XCTAssertTrue(status(s).contains("live reload is off"))
        s = KithApp.update(s, .tick(at: 28_000)).0
        XCTAssertNil(s.message)
    }

    func testAVaultWithoutAnOwnerAsksOnceWhetherTheLikelyOneIsYou() {
        // Jason is in all 60 transcripts, Ana in none (only named): Jason is likely the owner.
        let files = HeavyVault.files().map { ($0.0, $0.1.replacingOccurrences(of: ", [[Ana Lima]]", with: "")) }
        func index(_ settings: VaultSettings = VaultSettings()) -> VaultIndex {
            VaultIndex(root: "/v", parsed: files.map { NoteParser.parse(path: $0.0, bytes: Array($0.1.utf8)) }, settings: settings)
        }
        let (start, _) = AppState.start(vaultName: "v", today: HeavyVault.today, cols: 80, rows: 24)
        var s = KithApp.update(start, .indexLoaded(index())).0
        let line = status(s)
        XCTAssertTrue(line.trimmingCharacters(in: .whitespaces).hasSuffix("Is Jason Vallery you? Set me = \"Jason Vallery\" in config.toml"), line)
        XCTAssertTrue(line.contains("? help"), line)
        // It gives way like any message, and a reload does not say it again.
        s = KithApp.update(s, .tick(at: 0)).0
        s = KithApp.update(s, .tick(at: 4_000)).0
        XCTAssertFalse(status(s).contains("you?"), status(s))
        s = KithApp.update(s, .indexLoaded(index(), message: "reloaded: nothing changed")).0
        XCTAssertFalse(status(s).contains("you?"), status(s))
        // Once the owner is named, nothing is asked.
        let named = KithApp.update(start, .indexLoaded(index(VaultSettings(owner: "Jason Vallery")))).0
        XCTAssertFalse(status(named).contains("you?"), status(named))
        XCTAssertTrue(status(named).contains("indexed 63 notes"), status(named))
    }

    func testSearchWhileIndexingSaysSoAndFillsInWhenTheIndexArrives() {
        var (s, _) = AppState.start(vaultName: "v", today: TestVault.today, cols: 100, rows: 30)
        s = s.press(.char("/")).type("ja")
        let g = KithApp.render(s)
        let rows = (0..<g.height).map { g.rowText($0) }.joined(separator: "\n")
        XCTAssertTrue(rows.contains("indexing…"), rows)
        XCTAssertFalse(rows.contains("no matches"), rows)
        XCTAssertFalse(rows.contains("0 of 0"), rows)
        s = KithApp.update(s, .indexLoaded(TestVault.index())).0
        guard case .search(let search)? = s.overlay else { return XCTFail("the search line closed") }
        XCTAssertEqual(search.query, "ja")
        XCTAssertTrue(search.results.contains { $0.title == "Jason Vallery" })
    }

    func testAfterParsingTheStatusSaysTheIndexIsLinking() {
        var (s, _) = AppState.start(vaultName: "v", today: TestVault.today, cols: 100, rows: 30)
        s = KithApp.update(s, .indexProgress(done: 5_000, total: 10_000)).0
        XCTAssertTrue(status(s).contains("indexing 5,000/10,000"), status(s))
        s = KithApp.update(s, .indexProgress(done: 10_000, total: 10_000)).0
        s = KithApp.update(s, .indexLinking(notes: 10_000)).0
        XCTAssertTrue(status(s).contains("linking 10,000 notes…"), status(s))
        // Parser threads report out of order: a late count does not take the status back.
        s = KithApp.update(s, .indexProgress(done: 9_936, total: 10_000)).0
        XCTAssertTrue(status(s).contains("linking 10,000 notes…"), status(s))
        s = KithApp.update(s, .indexLoaded(TestVault.index())).0
        XCTAssertTrue(status(s).contains("indexed 12 notes"), status(s))
    }

    func testReloadSaysWhenItIsDone() {
        let s = TestVault.state(cols: 120, rows: 40)
        let (pressed, effects) = KithApp.update(s, .key(.char("R")))
        XCTAssertEqual(effects, [.reload])
        var r = KithApp.update(pressed, .reloadStarted).0
        XCTAssertTrue(status(r).contains("re-indexing…"), status(r))
        r = KithApp.update(r, .indexProgress(done: 3, total: 12)).0
        XCTAssertTrue(status(r).contains("re-indexing 3/12"), status(r))
        XCTAssertEqual(r.nav, s.nav, "the old index stays usable while the new one loads")
        r = KithApp.update(r, .indexLoaded(TestVault.index(), message: "re-indexed 12 notes in 0.01 s")).0
        XCTAssertTrue(status(r).contains("re-indexed 12 notes in 0.01 s"), status(r))
        XCTAssertFalse(status(r).contains("reloading"), status(r))
    }

    func testEditWithNothingSelectedSaysSo() {
        var (s, _) = AppState.start(vaultName: "v", today: TestVault.today, cols: 100, rows: 30)
        var (next, effects) = KithApp.update(s, .key(.char("e")))
        XCTAssertEqual(effects, [])
        XCTAssertTrue(status(next).contains("nothing to edit yet"), status(next))
        s = KithApp.update(s, .indexLoaded(DocVault.index(["Notes/Alone.md": "# Alone\n"]))).0
        (next, effects) = KithApp.update(s, .key(.char("e")))
        XCTAssertEqual(effects, [])
        XCTAssertTrue(status(next).contains("nothing selected to edit"), status(next))
        (next, effects) = KithApp.update(s.press(.char("3")), .key(.char("e")))
        XCTAssertEqual(effects, [])
        XCTAssertTrue(status(next).contains("nothing selected to edit"), status(next))
    }

    func testEditorThemeAndLinkReportsReachTheStatusLine() {
        let s = TestVault.state(cols: 120, rows: 40)
        func after(_ action: Action) -> String { status(KithApp.update(s, action).0) }
        let path = "People/Jason Vallery.md"
        XCTAssertTrue(after(.editorFinished(EditorReport(path: path, editor: "vi", exit: .exited(0), changed: false)))
            .contains("no changes to Jason Vallery.md"))
        XCTAssertTrue(after(.editorFinished(EditorReport(path: path, editor: "vi", exit: .exited(0), changed: true)))
            .contains("re-reading Jason Vallery.md…"))
        XCTAssertTrue(after(.editorFinished(EditorReport(path: path, editor: "nosuch", exit: .exited(127), changed: false)))
            .contains("editor not found: nosuch"))
        XCTAssertTrue(after(.editorFinished(EditorReport(path: path, editor: "vi", exit: .signaled(9), changed: false)))
            .contains("editor was stopped by signal 9"))
        XCTAssertTrue(after(.themeChanged(name: "light", origin: "built-in")).contains("theme light (built-in)"))
        XCTAssertTrue(after(.linkOpened(.opened(url: "https://example.com", program: "xdg-open")))
            .contains("opened https://example.com with xdg-open"))
        XCTAssertTrue(after(.linkOpened(.noOpener(url: "https://example.com/a"))).contains("https://example.com/a"))
    }

    func testExternalLinksBecomeAnOpenEffectAndOnlyWebAndMailLinksOpen() throws {
        let note = """
        # Links

        See [the docs](https://example.com/docs), [mail](mailto:ana@example.com) and [bad](javascript:alert(1)).
        """
        var s = KithApp.update(AppState.start(vaultName: "v", today: TestVault.today, cols: 120, rows: 30).0,
                               .indexLoaded(DocVault.index(["Notes/Links.md": note]))).0
        s = s.press(.char("3"))
        s.open(path: "Notes/Links.md", line: nil, raw: "Links")
        XCTAssertEqual(s.nav.page, .reader(path: "Notes/Links.md"))
        XCTAssertEqual(KithApp.update(s, .key(.enter)).1, [.openLink(url: "https://example.com/docs")])
        s = s.press(.tab)
        XCTAssertEqual(KithApp.update(s, .key(.enter)).1, [.openLink(url: "mailto:ana@example.com")])
        s = s.press(.tab)
        let (refused, effects) = KithApp.update(s, .key(.enter))
        XCTAssertEqual(effects, [])
        XCTAssertTrue(status(refused).contains("not opened"), status(refused))
    }
}
