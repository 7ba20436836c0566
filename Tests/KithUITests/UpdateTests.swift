import KithCore
import XCTest
@testable import KithUI

final class UpdateTests: XCTestCase {
    let wide = TestVault.state(cols: 120, rows: 40)

    func testStartLoadsIndexAndShowsProgress() {
        let (s, fx) = AppState.start(vaultName: "v", today: TestVault.today, cols: 80, rows: 24)
        XCTAssertEqual(fx, [.loadIndex])
        XCTAssertNil(s.index)
        let p = KithApp.update(s, .indexProgress(done: 3, total: 10)).0
        XCTAssertEqual(p.status, .loading(done: 3, total: 10))
        XCTAssertTrue(KithApp.render(p).rowText(23).contains("indexing 3/10"))
    }

    func testEffects() {
        XCTAssertEqual(KithApp.update(wide, .key(.char("q"))).1, [.quit])
        XCTAssertEqual(KithApp.update(wide, .key(.char("R"))).1, [.reload])
        XCTAssertEqual(KithApp.update(wide, .key(.char("e"))).1, [.edit(path: "People/Deandre Jackson.md", line: nil)])
        // In the card, `e` opens the person's note at the selected Recent Context line.
        let card = wide.press(.tab)
        XCTAssertEqual(KithApp.update(card, .key(.char("e"))).1, [.edit(path: "People/Deandre Jackson.md", line: 10)])
    }

    func testBackAndForwardRestoreExactly() {
        let card = wide.press(.char("j"), .tab)
        let reader = card.press(.enter)
        guard case .reader(let path) = reader.nav.page else { return XCTFail("not in the reader") }
        XCTAssertTrue(path.hasPrefix("Sources/Transcripts/"))
        XCTAssertEqual(reader.nav.readerFrom, "Jason Vallery")
        let scrolled = reader.press(.char("j"))
        let back = scrolled.press(.backspace)
        XCTAssertEqual(back.nav, card.nav)
        let forward = back.press(.char("l"))
        XCTAssertEqual(forward.nav, scrolled.nav)
        XCTAssertEqual(forward.press(.char("h")).nav, card.nav)
    }

    func testPersonLinkOpensTheirCardWithListMoved() {
        // Reader on the intro transcript: its links are Deandre Jackson, then Jason Vallery.
        let reader = wide.press(.tab, .enter)
        XCTAssertEqual(reader.nav.reader.item, 0)
        let s = reader.press(.tab, .enter)
        XCTAssertEqual(s.nav.page, .people)
        XCTAssertEqual(s.nav.person, "People/Jason Vallery.md")
        XCTAssertEqual(s.peoplePaths[s.nav.peopleList.selected], "People/Jason Vallery.md")
        XCTAssertEqual(s.press(.backspace).nav, reader.press(.tab).nav)
    }

    func testSortCyclesAndKeepsSelection() {
        let s = wide.press(.char("j"), .char("j"))
        XCTAssertEqual(s.nav.person, "People/Jeff Denworth.md")
        let byName = s.press(.char("s"))
        XCTAssertEqual(byName.sort, .name)
        XCTAssertEqual(byName.nav.person, "People/Jeff Denworth.md")
        XCTAssertEqual(byName.peoplePaths[byName.nav.peopleList.selected], "People/Jeff Denworth.md")
        XCTAssertEqual(byName.press(.char("s")).sort, .stale)
        XCTAssertEqual(byName.press(.char("s"), .char("s")).sort, .recent)
        XCTAssertTrue(KithApp.render(byName).rowText(1).contains("People · name"))
    }

    func testSearchEscRestoresAndEnterSelects() {
        let before = wide.press(.char("j"), .tab, .char("j"))
        let typing = before.press(.char("/")).type("zoe")
        guard case .search(let search)? = typing.overlay else { return XCTFail("no search") }
        XCTAssertEqual(search.results.first?.path, "People/Zoë Ñúñez.md", "accent-insensitive")
        let cancelled = typing.press(.escape)
        XCTAssertNil(cancelled.overlay)
        XCTAssertEqual(cancelled.nav, before.nav)
        XCTAssertEqual(cancelled.back.count, before.back.count)
        let picked = typing.press(.enter)
        XCTAssertEqual(picked.nav.person, "People/Zoë Ñúñez.md")
        XCTAssertEqual(picked.nav.focus, .list)
        XCTAssertEqual(picked.press(.backspace).nav, before.nav)
    }

    func testSearchLineEditing() {
        var s = wide.press(.char("/")).type("tag:people ja")
        guard case .search(let a)? = s.overlay else { return XCTFail() }
        XCTAssertEqual(Set(a.results.map(\.path)), ["People/Jason Vallery.md", "People/Deandre Jackson.md"])
        s = s.press(.ctrl("w"))
        guard case .search(let b)? = s.overlay else { return XCTFail() }
        XCTAssertEqual(b.query, "tag:people ")
        XCTAssertEqual(b.results.count, 4, "people tagged people")
        // Mid-line, as in a shell: C-u deletes back to the start, C-k to the end.
        s = s.press(.backspace, .left, .char("X"), .ctrl("u"))
        guard case .search(let c)? = s.overlay else { return XCTFail() }
        XCTAssertEqual(c.query, "e")
        XCTAssertEqual(c.cursor, 0)
        s = s.press(.ctrl("k"))
        guard case .search(let d)? = s.overlay else { return XCTFail() }
        XCTAssertEqual(d.query, "")
        XCTAssertEqual(d.results.count, 7)
    }

    func testSearchLineMovesAndDeletesMidLine() {
        var s = wide.press(.char("/")).type("jason")
        func line(_ s: AppState) -> (String, Int) {
            guard case .search(let x)? = s.overlay else { XCTFail("no search line"); return ("", -1) }
            return (x.query, x.cursor)
        }
        s = s.press(.home)
        XCTAssertEqual(line(s).1, 0)
        s = s.press(.delete)
        XCTAssertEqual(line(s).0, "ason", "Delete takes the character under the cursor")
        s = s.press(.end).press(.char("!"))
        XCTAssertEqual(line(s).0, "ason!")
        s = s.press(.ctrl("a"), .char("J"))
        XCTAssertEqual(line(s).0, "Jason!")
        XCTAssertEqual(line(s).1, 1)
        s = s.press(.ctrl("e"), .backspace)
        XCTAssertEqual(line(s).0, "Jason")
        s = s.press(.left, .left, .backspace)
        XCTAssertEqual(line(s).0, "Jaon")
        XCTAssertEqual(line(s).1, 2)
        s = s.press(.right, .ctrl("w"))
        XCTAssertEqual(line(s).0, "n")
        // The keys are the search line's in the help overlay's reference too.
        let help = HelpText.lines()
        for keys in ["Home C-a", "End C-e", "Del", "C-w", "C-u", "← ", "→"] {
            XCTAssertTrue(help.contains { if case .binding(let k, _) = $0 { return k.hasPrefix(keys.trimmingCharacters(in: .whitespaces)) } else { return false } }, keys)
        }
    }

    func testFullTextOpensReaderAtLine() {
        let s = wide.press(.ctrl("f")).type("And the course").press(.enter)
        XCTAssertEqual(s.nav.page, .reader(path: "Sources/Transcripts/2026/2026-11-20 - Intro 1-1 between Jason and Dre.md"))
    }

    func testSelectionKeptOnReindex() {
        let s = wide.press(.char("j"), .char("j"))
        var files = TestVault.files
        files.append(("People/Aaron Abel.md", "---\nlast_contact: 2026-11-24\n---\n# Aaron Abel\n"))
        let index = VaultIndex(root: "/vault", parsed: files.map { NoteParser.parse(path: $0.0, bytes: Array($0.1.utf8)) })
        let r = KithApp.update(s, .indexLoaded(index)).0
        XCTAssertEqual(r.peoplePaths.first, "People/Aaron Abel.md")
        XCTAssertEqual(r.nav.person, "People/Jeff Denworth.md")
        XCTAssertEqual(r.nav.peopleList.selected, 3)
    }

    func testUnresolvedLinkSaysSo() {
        let s = wide.press(.tab, .char("j"), .char("j"), .enter)
        XCTAssertEqual(s.message, StatusMessage("not in the vault: [[Offsite planning notes]]", isError: true))
        XCTAssertEqual(s.nav.page, .people)
    }

    func testNarrowEnterShowsCardAndBackspaceReturns() {
        let narrow = TestVault.state(cols: 80, rows: 24)
        let card = narrow.press(.enter)
        XCTAssertTrue(card.nav.cardOnly)
        XCTAssertNil(Layout(card).list)
        let list = card.press(.backspace)
        XCTAssertEqual(list.nav, narrow.nav)
        XCTAssertEqual(narrow.press(.tab, .escape).nav.cardOnly, false)
    }

    func testRecentSkipsDayHeadersAndOpens() throws {
        let s = wide.press(.char("2"))
        // Selectable rows: the Due group's people, then interactions; headers in between.
        let selectable = s.recentRows.indices.filter { s.recentRows[$0].isSelectable }
        XCTAssertEqual(s.nav.recent.selected, selectable[0])
        func isItem(_ row: Int) -> Bool { if case .item = s.recentRows[row] { return true } else { return false } }
        let k = try XCTUnwrap(selectable.indices.dropLast().first { i in
            selectable[i + 1] - selectable[i] == 2 && isItem(selectable[i])
        })
        let next = s.press(Array(repeating: Key.char("j"), count: k + 1))
        XCTAssertEqual(next.nav.recent.selected, selectable[k + 1], "the header of the next day is skipped")
        let firstItem = try XCTUnwrap(selectable.firstIndex(where: isItem))
        let opened = s.press(Array(repeating: Key.char("j"), count: firstItem)).press(.enter)
        guard case .reader = opened.nav.page else { return XCTFail("should open the transcript") }
        // An interaction without a note opens the person's card.
        let last = s.press(.char("G"), .enter)
        XCTAssertEqual(last.nav.page, .people)
        XCTAssertEqual(last.nav.person, "People/Nidhi Shah.md")
    }

    func testResizeAndTooSmall() {
        let small = KithApp.update(wide, .resize(cols: 39, rows: 24)).0
        XCTAssertTrue(KithApp.render(small).text.contains("terminal too small"))
        let back = KithApp.update(small, .resize(cols: 80, rows: 24)).0
        XCTAssertTrue(KithApp.render(back).rowText(0).contains("1 People"))
    }

    func testMouse() {
        // Click the third row of the list, then the Recent tab.
        let clicked = KithApp.update(wide, .mouse(MouseEvent(x: 5, y: 4, kind: .click))).0
        XCTAssertEqual(clicked.nav.person, "People/Jeff Denworth.md")
        let x = Layout.tabStarts()[1]
        XCTAssertEqual(KithApp.update(wide, .mouse(MouseEvent(x: x, y: 0, kind: .click))).0.nav.page, .recent)
        let wheel = KithApp.update(wide, .mouse(MouseEvent(x: 5, y: 5, kind: .wheelDown))).0
        XCTAssertEqual(wheel.nav.peopleList.selected, 3)
        // Double-click a link in the card opens it.
        let g = KithApp.render(wide)
        let row = (0..<g.height).first { g.rowText($0).contains("Intro 1-1 between Jason and Dre") }!
        let linkX = g.rowText(row).distance(of: "Intro 1-1")
        let opened = KithApp.update(wide, .mouse(MouseEvent(x: linkX + 2, y: row, kind: .doubleClick))).0
        guard case .reader = opened.nav.page else { return XCTFail("double-click should open") }
    }
}
