import KithCore
import XCTest
@testable import KithUI

/// What a newcomer does first in `kith demo`: search, open a card, follow a Recent Context
/// link and come back. Sample vault, today 2026-11-25, 120×40.
final class SampleVaultFlowTests: XCTestCase {
    private func start(cols: Int = 120, rows: Int = 40) throws -> AppState {
        try SampleVaultSnapshotTests.started(cols: cols, rows: rows)
    }

    private func results(_ s: AppState) -> [SearchResult] {
        guard case .search(let search)? = s.overlay else { return [] }
        return search.results
    }

    func testSearchZoeNunezHighlightsAccentedName() throws {
        let s = try start().press(.char("/")).type("zoe nunez")
        XCTAssertEqual(results(s).first?.path, "People/Zoë Ñúñez.md")
        let g = KithApp.render(s)
        XCTAssertTrue(g.rowText(1).contains("/ zoe nunez▏"), g.rowText(1))
        XCTAssertTrue(g.rowText(1).contains("of 15"))
        // "Zoë Ñúñez" starts at column 2 of the first result row; every letter matched.
        XCTAssertEqual(g.rowText(2).dropFirst(2).prefix(9), "Zoë Ñúñez")
        for x in [2, 3, 4, 6, 7, 8, 9, 10] { XCTAssertEqual(g[x, 2].style.role, .match, "column \(x)") }
    }

    func testJoseFindsJoseGarciaAndEnterShowsTheCard() throws {
        let s = try start().press(.char("/")).type("jose")
        XCTAssertEqual(results(s).map(\.path), ["People/José García.md"])
        XCTAssertEqual(KithApp.render(s)[2, 2].style.role, .match)
        let card = s.press(.enter)
        XCTAssertNil(card.overlay)
        XCTAssertEqual(card.nav.person, "People/José García.md")
        XCTAssertTrue(KithApp.render(card).rowText(1).contains("José García"), "the card's title")
        // One pane: Enter shows the card itself.
        let narrow = try start(cols: 80, rows: 24).press(.char("/")).type("jose").press(.enter)
        XCTAssertTrue(narrow.nav.cardOnly)
        XCTAssertTrue(KithApp.render(narrow).rowText(1).contains("José García"))
    }

    func testFirstTabSelectsFirstRecentContextEntry() throws {
        let s = try start().press(.tab)
        let view = try XCTUnwrap(s.currentView)
        XCTAssertEqual(s.nav.card.item, 0)
        XCTAssertEqual(view.items[0].destination.path, "Sources/Transcripts/2026/2026-11-24 - 1-1 Mara and Dre.md")
        XCTAssertEqual(s.nav.card.top, 0, "the card's header stays in view")
    }

    func testTranscriptFromRecentContextAndBackReturnsToTheSameItem() throws {
        let card = try start().press(.tab, .char("j"))
        XCTAssertEqual(card.nav.card.item, 1)
        let reader = card.press(.enter)
        XCTAssertEqual(reader.nav.page, .reader(path: "Sources/Transcripts/2026/2026-11-04 - Launch readiness review.md"))
        XCTAssertTrue(KithApp.render(reader).rowText(0).contains("‹ Andre Okafor"))
        let back = reader.press(.backspace)
        XCTAssertEqual(back.nav, card.nav)
        XCTAssertEqual(back.nav.card.item, 1)
        XCTAssertEqual(back.press(.char("l")).nav.page, reader.nav.page, "forward again")
    }

    func testUnresolvedRecentContextLinkSaysNotInTheVault() throws {
        var s = try start().press(.char("/")).type("zoe").press(.enter, .tab)
        XCTAssertEqual(s.nav.person, "People/Zoë Ñúñez.md")
        let view = try XCTUnwrap(s.currentView)
        let target = try XCTUnwrap(view.items.firstIndex { $0.destination.path == nil && $0.destination.raw.contains("2026-02-18") })
        s = s.press(Array(repeating: .char("j"), count: target))
        XCTAssertEqual(s.nav.card.item, target)
        s = s.press(.enter)
        XCTAssertEqual(s.nav.page, .people)
        XCTAssertEqual(s.message?.isError, true)
        let status = KithApp.render(s).rowText(39)
        XCTAssertTrue(status.contains("not in the vault"), status)
        XCTAssertEqual(KithApp.render(s)[119 - 1, 39].style.role, .error)
    }

    func testReaderHidesCommentsAndShowsScrollPercent() throws {
        let s = try start().press(.tab, .enter)
        let g = KithApp.render(s)
        XCTAssertFalse(g.text.contains("<!--"))
        XCTAssertFalse(g.text.contains("%%"))
        XCTAssertTrue(g.rowText(39).trimmingCharacters(in: .whitespaces).hasSuffix("%"), g.rowText(39))
        XCTAssertTrue(g.rowText(39).hasPrefix(" ⌫ back"))
    }

    func testDocumentViewIsCachedAcrossKeystrokes() throws {
        let s = try start().press(.tab)
        XCTAssertNotNil(s.views.view(for: try XCTUnwrap(s.docKey)), "update leaves the showing view cached")
        let moved = s.press(.char("j"))
        XCTAssertNotNil(moved.views.view(for: try XCTUnwrap(moved.docKey)))
    }

    func testCadenceMarksStale() throws {
        // José García: cadence 30d, last contact 76 days ago (under the 90-day default).
        let g = KithApp.render(try start())
        let row = try XCTUnwrap((0..<g.height).first { g.rowText($0).contains("José García") })
        XCTAssertTrue(g.rowText(row).contains("! 2mo"), g.rowText(row))
        let bang = try XCTUnwrap(g.rowText(row).firstIndex(of: "!"))
        XCTAssertEqual(g[g.rowText(row).distance(from: g.rowText(row).startIndex, to: bang), row].style.role, .stale)
    }
}
