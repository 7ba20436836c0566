import KithCore
import XCTest
@testable import KithUI

/// The card's `G` and the header's tabs.
final class CardAndHeaderTests: XCTestCase {
    func testGShowsTheLastRowOfEveryCard() throws {
        for (cols, rows) in [(80, 24), (120, 40), (200, 60)] {
            let start = try SampleVaultSnapshotTests.started(cols: cols, rows: rows)
            for (i, person) in start.peoplePaths.enumerated() {
                var s = start.press(Array(repeating: Key.char("j"), count: i))
                XCTAssertEqual(s.nav.person, person)
                s = s.press(.tab, .char("G"))
                let view = try XCTUnwrap(s.currentView)
                let lastShown = s.nav.card.top + s.docHeight
                XCTAssertGreaterThanOrEqual(lastShown, view.rowCount,
                                            "\(person) at \(cols)×\(rows): rows \(s.nav.card.top + 1)–\(lastShown) of \(view.rowCount)")
                XCTAssertEqual(s.nav.card.item, view.items.count - 1, "G selects the last link")
                let back = s.press(.char("g"))
                XCTAssertEqual(back.nav.card.item, 0)
                // The top of the card (its title lines) when the first link fits there.
                if view.items[0].lastLine < s.docHeight { XCTAssertEqual(back.nav.card.top, 0, person) }
            }
        }
    }

    func testClickingAHeaderTabSwitchesViews() {
        let s = TestVault.state(cols: 120, rows: 40)
        let starts = Layout.tabStarts()
        func click(_ x: Int, _ state: AppState) -> AppState {
            KithApp.update(state, .mouse(MouseEvent(x: x, y: 0, kind: .click))).0
        }
        XCTAssertEqual(click(starts[1] + 2, s).nav.page, .recent)
        XCTAssertEqual(click(starts[2] + 4, s).nav.page, .meetings)
        XCTAssertEqual(click(starts[0], click(starts[2], s)).nav.page, .people)
        // A slow click (longer than curses' click interval) arrives as a press and a release.
        let pressed = KithApp.update(s, .mouse(MouseEvent(x: starts[2] + 1, y: 0, kind: .press))).0
        XCTAssertEqual(pressed.nav.page, .meetings)
        XCTAssertEqual(KithApp.update(pressed, .mouse(MouseEvent(x: starts[2] + 1, y: 0, kind: .release))).0.nav, pressed.nav)
        // The header of the reader shows where it came from, not tabs: a click there goes back.
        let reader = s.press(.char("3"), .enter)
        XCTAssertEqual(click(starts[1] + 2, reader).nav.page, .meetings)
        XCTAssertEqual(click(115, reader).nav.page, reader.nav.page, "the path at the right is not a link")
    }
}
