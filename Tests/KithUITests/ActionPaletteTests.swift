import KithCore
import XCTest
@testable import KithUI

/// The action palette: built from the action table (keys as bound, rebound ones included),
/// the views, the people and the themes; fuzzy and accent-insensitive; Enter runs the entry.
final class ActionPaletteTests: XCTestCase {
    func state(cols: Int = 80, rows: Int = 24) -> AppState {
        var s = ContactVault.state(cols: cols, rows: rows)
        s.themeNames = ["default", "light", "mono"]
        s.themeName = "default"
        return s
    }

    func palette(_ s: AppState, file: StaticString = #filePath, line: UInt = #line) throws -> PaletteState {
        guard case .palette(let p)? = s.overlay else {
            XCTFail("the palette is not open", file: file, line: line)
            throw XCTSkip()
        }
        return p
    }

    /// Every entry of the open palette, built to the end.
    func allEntries(_ s: AppState) throws -> [PaletteEntry] {
        var s = s
        let count = try palette(s).matches
        s = s.press(Array(repeating: .down, count: count))
        return try palette(s).results
    }

    func testColonAndCtrlPOpenItWithEveryActionViewPersonAndTheme() throws {
        let s = state()
        XCTAssertNotNil(try palette(s.press(.ctrl("p"))))
        let open = s.press(.char(":"))
        let entries = try allEntries(open)
        // Every action of the screen's contexts (global, list and card on the People view),
        // with the keys the table gives it; the views as views; no palette in the palette.
        for c in [Context.global, .list, .card] {
            for spec in ActionTable.entries(in: c) where ![.palette, .viewPeople, .viewRecent, .viewMeetings, .viewOrganizations].contains(spec.command) {
                let keys = spec.keys.map(\.displayName).joined(separator: " ")
                XCTAssertTrue(entries.contains { $0.kind == .action(spec.command, c) && $0.title == spec.help && $0.detail == keys },
                              "\(spec.command) in \(c)")
            }
        }
        XCTAssertFalse(entries.contains { if case .action(.palette, _) = $0.kind { return true } else { return false } })
        XCTAssertEqual(entries.filter { if case .view = $0.kind { return true } else { return false } }.map(\.title),
                       ["People", "Recent", "Meetings", "Organizations"])
        XCTAssertEqual(entries.filter { if case .theme = $0.kind { return true } else { return false } }.map(\.title),
                       ["default", "light", "mono"])
        XCTAssertEqual(entries.first { $0.kind == .theme("default") }?.detail, "current")
        let people = entries.compactMap { e -> String? in if case .person = e.kind { return e.title } else { return nil } }
        XCTAssertEqual(Set(people), Set(s.index!.people.map(\.name)))
        XCTAssertEqual(try palette(open).total, entries.count)
        // Modal keys (the search line's, the help's) are not actions of a screen.
        XCTAssertFalse(entries.contains { $0.title == ActionTable.spec(.searchDeleteWord).help })
    }

    func testReboundKeysShowAsBound() throws {
        let keymap = KeyBindings.keymap(overriding: [.copyContact: [.char("Y")]])
        let s = KithApp.update(state(), .key(.char(":")), keymap: keymap).0
        let copy = try allEntries(s).first { $0.kind == .action(.copyContact, .global) }
        XCTAssertEqual(copy?.detail, "Y")
    }

    func testFuzzyAccentInsensitiveWithTheMatchHighlighted() throws {
        let s = state().press(.char(":")).type("zoe nunez")
        let p = try palette(s)
        let first = try XCTUnwrap(p.results.first)
        XCTAssertEqual(first.kind, .person("People/Zoë Ñúñez.md"))
        XCTAssertEqual(first.positions, [0, 1, 2, 4, 5, 6, 7, 8])
        let g = KithApp.render(s)
        let row = try XCTUnwrap((0..<g.height).first { g.rowText($0).contains("Zoë Ñúñez") })
        XCTAssertTrue(g.rowText(row).contains("person  Zoë Ñúñez"), g.rowText(row))
        let nameX = try XCTUnwrap(g.rowText(row).range(of: "Zoë").map { g.rowText(row).distance(from: g.rowText(row).startIndex, to: $0.lowerBound) })
        XCTAssertEqual(g[nameX, row].style.role, .match, "Z is highlighted")
        XCTAssertEqual(g[nameX + 3, row].style.role, .text, "the space is not")
        XCTAssertTrue(g.rowText(1).contains(": zoe nunez"), g.rowText(1))
        // An action by words of its help line, with its key on the right.
        let sort = state().press(.char(":")).type("cycle sort")
        XCTAssertEqual(try palette(sort).results.first?.kind, .action(.sort, .global))
        let g2 = KithApp.render(sort)
        XCTAssertTrue(g2.rowText(2).hasSuffix("s │"), g2.rowText(2))
        // `theme` lists the themes (views and themes answer to their kind).
        let themes = try palette(state().press(.char(":")).type("theme")).results.map(\.kind)
        for name in ["default", "light", "mono"] { XCTAssertTrue(themes.contains(.theme(name)), name) }
    }

    func testEnterRunsTheEntryAsItsKeyWould() throws {
        // An action: as if `s` was pressed.
        let sorted = state().press(.char(":")).type("cycle people sort").press(.enter)
        XCTAssertNil(sorted.overlay)
        XCTAssertEqual(sorted.sort, .name)
        XCTAssertEqual(sorted.message?.text, "sorted by name")
        // A card action from the list: the card gets the focus first, then moves.
        let card = state(cols: 120, rows: 40).press(.char(":")).type("next link").press(.enter)
        XCTAssertEqual(card.nav.focus, .card)
        XCTAssertEqual(card.nav, state(cols: 120, rows: 40).press(.tab, .char("j")).nav, "as Tab then j")
        XCTAssertEqual(card.nav.card.item, 1)
        // A view.
        XCTAssertEqual(state().press(.char(":")).type("recent view").press(.enter).nav.page, .recent)
        // A person: their card.
        let ben = state().press(.char(":")).type("ben cohen").press(.enter)
        XCTAssertEqual(ben.nav.person, "People/Ben Cohen.md")
        XCTAssertEqual(ben.nav.focus, .card)
        XCTAssertTrue(KithApp.render(ben).rowText(1).contains("Ben Cohen"))
        // A theme: the runtime switches; the one in use says so.
        var s = state().press(.char(":")).type("light")
        var (after, effects) = KithApp.update(s, .key(.enter))
        XCTAssertEqual(effects, [.setTheme(name: "light")])
        after = KithApp.update(after, .themeChanged(name: "light", origin: "built-in")).0
        XCTAssertEqual(after.themeName, "light")
        s = after.press(.char(":")).type("default")
        XCTAssertEqual(KithApp.update(s, .key(.enter)).1, [.setTheme(name: "default")])
        XCTAssertEqual(after.press(.char(":")).type("light").press(.enter).message?.text, "theme light is in use")
        // An effect comes back like the key's: `e` edits the selected person.
        let edit = KithApp.update(state().press(.char(":")).type("edit the note"), .key(.enter)).1
        XCTAssertEqual(edit, [.edit(path: state().nav.person!, line: nil)])
    }

    func testEscClosesAndLeavesEverythingAsItWas() throws {
        let s = state().press(.char("j"))
        let back = s.press(.char(":")).type("ana").press(.down).press(.escape)
        XCTAssertNil(back.overlay)
        XCTAssertEqual(back.nav, s.nav)
        XCTAssertEqual(back.back.count, s.back.count)
        // Editing keys are the search line's: C-w deletes the word, C-u the line.
        let edited = s.press(.char(":")).type("ana lima").press(.ctrl("w"))
        XCTAssertEqual(try palette(edited).query, "ana ")
        XCTAssertEqual(try palette(edited.press(.ctrl("u"))).query, "")
    }

    func testFitsAt80x24WithKindNameAndKeyAndItsHints() throws {
        let s = state().press(.char(":"))
        let g = KithApp.render(s)
        XCTAssertEqual(g.width, 80)
        let rows = (0..<24).map(g.rowText)
        XCTAssertTrue(rows[1].hasPrefix("┌ : ▏"), rows[1])
        XCTAssertTrue(rows[1].contains(" of "), rows[1])
        XCTAssertTrue(rows[2].contains("view    People"), rows[2])
        XCTAssertTrue(rows[2].hasSuffix("1 │"), rows[2])
        XCTAssertTrue(rows.contains { $0.contains("action  copy the person's name, [[link]], email or path") && $0.hasSuffix("y │") },
                      rows.joined(separator: "\n"))
        XCTAssertTrue(rows[23].contains("⏎ run"), rows[23])
        XCTAssertTrue(rows[23].contains("esc close"), rows[23])
        XCTAssertFalse(rows[23].contains("cancel"), "the search line's Enter and Esc are not the palette's: \(rows[23])")
    }

    func testRowsAreBuiltAScreenAtATimeOverManyPeople() throws {
        let files = (0..<3000).map { i in
            NoteParser.parse(path: "People/Person \(i).md", bytes: Array("---\ntags: [people]\n---\n# Person \(i)\n".utf8))
        }
        var (s, _) = AppState.start(vaultName: "v", today: ContactVault.today, cols: 80, rows: 24)
        s = KithApp.update(s, .indexLoaded(VaultIndex(root: "/v", parsed: files))).0
        s = s.press(.char(":")).type("person 2")
        let p = try palette(s)
        XCTAssertGreaterThan(p.matches, 1000)
        XCTAssertLessThanOrEqual(p.results.count, 64, "one screen, not every match")
        XCTAssertEqual(p.results.first?.title, "Person 2")
        let moved = try palette(s.press(Array(repeating: .down, count: 100)))
        XCTAssertEqual(moved.selected, 100)
        XCTAssertGreaterThan(moved.results.count, 100)
    }
}
