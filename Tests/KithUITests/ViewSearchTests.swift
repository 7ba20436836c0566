import KithCore
import XCTest
@testable import KithUI

/// `/` searches the view showing: People (with `kind:` for other notes, as `kith search`),
/// Recent's interactions and the transcripts, fuzzy and accent-insensitive; Enter opens the
/// selected result.
final class ViewSearchTests: XCTestCase {
    func box(_ s: AppState) throws -> SearchState {
        guard case .search(let b)? = s.overlay else { throw XCTSkip("no search box") }
        return b
    }

    func testSlashOnRecentFiltersTheInteractions() throws {
        let s = TestVault.state(cols: 120, rows: 40).press(.char("2"), .char("/")).type("field playbook")
        let b = try box(s)
        XCTAssertEqual(b.mode, .recent)
        XCTAssertEqual(b.total, 9, "every interaction was searched")
        // The three people of the weekly call (its summary names the playbook), newest first.
        let g = KithApp.render(s)
        XCTAssertTrue(g.rowText(1).contains("3 of 9 interactions"), g.rowText(1))
        let rows = (2..<5).map { g.rowText($0) }
        XCTAssertTrue(rows.allSatisfy { $0.contains("2026-11-12") && $0.contains("Weekly SE community call") }, "\(rows)")
        XCTAssertTrue(rows[0].contains("Deandre Jackson"), rows[0])
        // The matched characters are marked in the summary column.
        let y = 2, x = try XCTUnwrap(g.column(of: "field playbook", row: y))
        XCTAssertEqual(g[x, y].style.role, .match)
        XCTAssertEqual(g[x, y].style.band, .selection)
    }

    func testRecentSearchMatchesAcrossColumnsAndOpensTheEntry() throws {
        let start = TestVault.state(cols: 120, rows: 40).press(.char("2"))
        // A person and a word of the summary, in one query.
        let s = start.press(.char("/")).type("jason first")
        let b = try box(s)
        XCTAssertEqual(b.results.first?.path, "Sources/Transcripts/2026/2026-11-20 - Intro 1-1 between Jason and Dre.md")
        let g = KithApp.render(s)
        XCTAssertTrue(g.rowText(2).contains("Jason Vallery") && g.rowText(2).contains("First 1:1"), g.rowText(2))
        // Enter opens it as Enter on the row would, and Back returns to Recent on that entry.
        let opened = s.press(.enter)
        XCTAssertEqual(opened.nav.page, .reader(path: "Sources/Transcripts/2026/2026-11-20 - Intro 1-1 between Jason and Dre.md"))
        let back = opened.press(.backspace)
        XCTAssertEqual(back.nav.page, .recent)
        guard case .item(let it)? = back.recentRows[safe: back.nav.recent.selected] else { return XCTFail("no entry") }
        XCTAssertEqual(it.person, "People/Jason Vallery.md")
    }

    func testRecentKindFilterKeepsWhatEnterWouldOpen() throws {
        let start = TestVault.state(cols: 120, rows: 40).press(.char("2"), .char("/"))
        // Entries without a note of their own (or with a link to nowhere) open the person's card.
        let people = try box(start.type("kind:person"))
        XCTAssertEqual(people.results.map(\.path), ["People/Deandre Jackson.md", "People/Nidhi Shah.md"])
        let transcripts = try box(start.type("kind:transcript"))
        XCTAssertEqual(transcripts.matches, 7)
        XCTAssertTrue(transcripts.results.allSatisfy { $0.path.hasPrefix("Sources/Transcripts/") })
        // Filters and words combine: tag: is the person's tag.
        XCTAssertEqual(try box(start.type("tag:research coffee")).results.map(\.path), ["People/Nidhi Shah.md"])
    }

    func testRecentSearchIsAccentInsensitive() throws {
        let s = try SampleVaultSnapshotTests.started().press(.char("2"), .char("/")).type("zoe nunez")
        let b = try box(s)
        XCTAssertGreaterThan(b.matches, 0)
        let g = KithApp.render(s)
        XCTAssertTrue(g.rowText(2).contains("Zoë Ñúñez"), g.rowText(2))
        XCTAssertEqual(g[try XCTUnwrap(g.column(of: "Zoë", row: 2)), 2].style.role, .match)
    }

    func testSlashOnMeetingsFiltersTitlesAndParticipants() throws {
        let start = TestVault.state(cols: 120, rows: 40).press(.char("3"))
        let s = start.press(.char("/")).type("jeff")
        let b = try box(s)
        XCTAssertEqual(b.mode, .meetings)
        XCTAssertEqual(b.total, 3)
        XCTAssertEqual(Set(b.results.map(\.path)), ["Sources/Transcripts/2026/2026-11-12 - Weekly SE community call.md",
                                                    "Sources/Transcripts/2026/2026-09-01 - 存储架构评审.md"])
        XCTAssertTrue(KithApp.render(s).rowText(1).contains("2 of 3 meetings"))
        // A title word; Enter opens the transcript, Back returns to the list on it.
        let t = start.press(.char("/")).type("存储")
        XCTAssertEqual(try box(t).results.map(\.path), ["Sources/Transcripts/2026/2026-09-01 - 存储架构评审.md"])
        let opened = t.press(.enter)
        XCTAssertEqual(opened.nav.page, .reader(path: "Sources/Transcripts/2026/2026-09-01 - 存储架构评审.md"))
        let back = opened.press(.backspace)
        XCTAssertEqual(back.nav.page, .meetings)
        XCTAssertEqual(back.meetingRows[back.nav.meetings.selected].path, "Sources/Transcripts/2026/2026-09-01 - 存储架构评审.md")
    }

    func testPeopleSearchWithKindFindsOtherNotesAsTheCLIDoes() throws {
        let s = TestVault.state(cols: 120, rows: 40).press(.char("/")).type("kind:project cloud")
        let b = try box(s)
        XCTAssertEqual(b.results.map(\.path), ["Projects/Cloud Migration.md"])
        XCTAssertEqual(b.total, 12, "every note was searched")
        let g = KithApp.render(s)
        XCTAssertTrue(g.rowText(2).contains("Cloud Migration") && g.rowText(2).contains("project"), g.rowText(2))
        XCTAssertEqual(s.press(.enter).nav.page, .reader(path: "Projects/Cloud Migration.md"))
        // Without kind: only people, as before.
        XCTAssertEqual(try box(TestVault.state(cols: 120, rows: 40).press(.char("/")).type("cloud")).matches, 0)
    }

    func testTheEmptyBoxSaysWhatEachViewSearches() throws {
        let s = TestVault.state(cols: 120, rows: 40)
        XCTAssertTrue(KithApp.render(s.press(.char("2"), .char("/"))).rowText(1).contains("9 of 9 interactions"))
        XCTAssertTrue(KithApp.render(s.press(.char("2"), .char("/")).type("zzzz")).rowText(2).contains("no matches"))
        let t = KithApp.render(s.press(.char("3"), .char("/")).type("zzzz"))
        XCTAssertTrue(t.rowText(1).contains("0 of 3 meetings"), t.rowText(1))
        XCTAssertTrue(t.rowText(2).contains("\\ searches the text of every note"), t.rowText(2))
    }

    func testAPeopleSearchWithoutMatchesSaysWhereElseToLook() throws {
        let s = TestVault.state(cols: 120, rows: 40).press(.char("/")).type("cloud")
        let hint = KithApp.render(s).rowText(2)
        XCTAssertTrue(hint.contains("no people match"), hint)
        XCTAssertTrue(hint.contains("kind:note"), hint)
        // The hint's advice works: with kind: the project is found, and its box says no more.
        let found = KithApp.render(s.type(" kind:project"))
        XCTAssertTrue(found.rowText(2).contains("Cloud Migration"), found.rowText(2))
        let none = KithApp.render(TestVault.state(cols: 120, rows: 40).press(.char("/")).type("kind:project zzzz"))
        XCTAssertTrue(none.rowText(2).contains("no matches"), none.rowText(2))
        XCTAssertFalse(none.rowText(2).contains("no people"), none.rowText(2))
    }
}
