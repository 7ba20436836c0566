import KithCore
import XCTest
@testable import KithUI

/// Roles and bands matter as much as text: a theme colors them.
final class StyleTests: XCTestCase {
    let wide = TestVault.state(cols: 120, rows: 40)

    func testSelectedRowBand() {
        let g = KithApp.render(wide)
        let edge = listBorder(g)
        XCTAssertEqual(g[5, 2].style.band, .selection)
        XCTAssertEqual(g[edge - 2, 2].style.band, .selection)
        XCTAssertEqual(g[5, 3].style.band, .none)
        // With the card focused, the list's selection is inactive and the link is selected.
        let card = KithApp.render(wide.press(.tab))
        XCTAssertEqual(card[5, 2].style.band, .selectionInactive)
        // The first Recent Context entry's label is the selected link.
        let row = (0..<card.height).first { card.rowText($0).contains("Intro 1-1 between Jason and Dre") }!
        let x = card.rowText(row).distance(of: "Intro 1-1")
        XCTAssertEqual(card[x, row].style.band, .selection)
        XCTAssertEqual(card[x, row].style.role, .link)
        XCTAssertEqual(card[x - 13, row].text, "›", "focus mark in the margin")
        XCTAssertEqual(card[edge + 2, 1].style.role, .borderFocus)
    }

    func testMatchRoleOnMatchedCharacters() {
        let g = KithApp.render(wide.press(.char("/")).type("jas"))
        // "Jason Vallery" is first; J, a and s matched.
        XCTAssertEqual(g.rowText(2).dropFirst(2).prefix(5), "Jason")
        XCTAssertEqual(g[2, 2].style.role, .match)
        XCTAssertEqual(g[3, 2].style.role, .match)
        XCTAssertEqual(g[4, 2].style.role, .match)
        XCTAssertEqual(g[5, 2].style.role, .text)
        XCTAssertEqual(g[2, 2].style.band, .selection)
        XCTAssertEqual(g.cursor?.y, 1)
    }

    func testUnresolvedAndStaleRoles() {
        let g = KithApp.render(wide)
        let row = (0..<g.height).first { g.rowText($0).contains("Offsite planning notes") }!
        let x = g.rowText(row).distance(of: "Offsite")
        XCTAssertEqual(g[x, row].style.role, .unresolved)
        let zoe = (0..<g.height).first { g.rowText($0).contains("Zoë") }!
        let edge = listBorder(g)
        XCTAssertEqual(g[edge - 1, zoe].style.role, .stale)
        XCTAssertEqual(g[g.column(of: "! ", row: zoe)!, zoe].style.role, .stale)  // the `!` mark
        // Recent contact is calm: the dim role, not a highlight.
        let jason = (0..<g.height).first { g.rowText($0).contains("Jason Vallery") }!
        XCTAssertEqual(g.rowText(jason).prefix(edge).last, "d")
        XCTAssertEqual(g[edge - 1, jason].style.role, .dim)
    }

    func testWideCharactersKeepColumnsAligned() {
        let g = KithApp.render(wide)
        // Every age ends in the same column, whatever the name's width.
        let edge = listBorder(g)
        for y in 2...8 { XCTAssertNotEqual(g[edge - 1, y].text, " ", "row \(y)") }
        let wang = (0..<g.height).first { g.rowText($0).contains("王小明") }!
        XCTAssertEqual(g[2, wang].text, "王")
        XCTAssertEqual(g[3, wang].text, "")
        XCTAssertEqual(g[edge, wang].text, "│", "text never runs over the border")
    }

    /// The column of the People list's right border.
    func listBorder(_ g: CellGrid) -> Int { g.rowText(2).distance(of: "││") }
}

extension String {
    /// Column (in cells, one per grid cell) where `s` starts in a row from `rowText`.
    func distance(of s: String) -> Int {
        guard let r = range(of: s) else { return -1 }
        return self[..<r.lowerBound].count
    }
}
