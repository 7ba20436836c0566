import KithCore
import XCTest
@testable import KithUI

/// The help overlay: the current screen's keys first, paging, and `/` search with `n`/`N`.
final class HelpOverlayTests: XCTestCase {
    private func help(_ s: AppState) -> HelpState? {
        if case .help(let h)? = s.overlay { return h }
        return nil
    }

    private func screen(_ s: AppState) -> [String] {
        let g = KithApp.render(s)
        return (0..<g.height).map { g.rowText($0) }
    }

    func testTheCurrentScreensKeysComeFirst() throws {
        let s = TestVault.state(cols: 120, rows: 40)
        let headings: (AppState) -> [String] = { state in
            HelpText.lines(keymap: state.keymap, leading: self.help(state)?.leading ?? []).compactMap {
                if case .heading(let t) = $0 { return t } else { return nil }
            }
        }
        XCTAssertEqual(headings(s.press(.char("?"))).prefix(2), ["Lists", "Global"])
        XCTAssertEqual(headings(s.press(.tab, .char("?"))).prefix(2), ["Card", "Global"])
        XCTAssertEqual(headings(s.press(.char("3"), .enter, .char("?"))).prefix(2), ["Reader", "Global"])
        // The first rows on screen are the card's keys.
        let rows = screen(s.press(.tab, .char("?")))
        let first = try XCTUnwrap(rows.firstIndex { $0.contains("Card") && !$0.contains("Help") })
        XCTAssertTrue(rows[first + 1].contains("next link"), rows.joined(separator: "\n"))
    }

    func testPageKeysAndEnds() throws {
        let s = TestVault.state(cols: 80, rows: 24).press(.char("?"))
        let total = HelpText.lines(leading: try XCTUnwrap(help(s)).leading).count
        let height = s.helpHeight
        XCTAssertGreaterThan(total, height * 2, "the help is longer than two screens at 80×24")
        XCTAssertEqual(help(s.press(.pageDown))?.top, height - 1)
        XCTAssertEqual(help(s.press(.char(" ")))?.top, height - 1)
        XCTAssertEqual(help(s.press(.ctrl("d")))?.top, height / 2)
        XCTAssertEqual(help(s.press(.pageDown, .pageUp))?.top, 0)
        XCTAssertEqual(help(s.press(.ctrl("d"), .ctrl("u")))?.top, 0)
        XCTAssertEqual(help(s.press(.char("G")))?.top, total - height, "G shows the last line")
        XCTAssertEqual(help(s.press(.end, .char("g")))?.top, 0)
        XCTAssertEqual(help(s.press(.char("G"), .char("j")))?.top, total - height, "never past the end")
        let bottom = screen(s.press(.char("G")))
        XCTAssertTrue(bottom.joined().contains("\(total - height + 1)–\(total)/\(total)"), bottom.joined(separator: "\n"))
        XCTAssertNil(s.press(.escape).overlay)
        XCTAssertNil(s.press(.char("?")).overlay)
    }

    func testSlashSearchesTheHelpAndNMovesBetweenMatches() throws {
        let s = TestVault.state(cols: 80, rows: 24).press(.char("?"))
        let lines = HelpText.lines(leading: try XCTUnwrap(help(s)).leading)
        let matches = AppState.helpMatches("page", in: lines)
        XCTAssertGreaterThan(matches.count, 3)
        // Typing moves to the first match; Enter keeps it, n/N step through the rest.
        let typed = s.press(.char("/")).type("page")
        XCTAssertEqual(help(typed)?.match, matches[0])
        XCTAssertTrue(screen(typed).joined().contains("/ page"), "the line shows what is typed")
        let found = typed.press(.enter)
        XCTAssertNil(help(found)?.line)
        XCTAssertEqual(help(found)?.query, "page")
        XCTAssertEqual(help(found.press(.char("n")))?.match, matches[1])
        XCTAssertEqual(help(found.press(.char("n"), .char("n"), .char("N")))?.match, matches[1])
        XCTAssertEqual(help(found.press(.char("N")))?.match, matches.last, "N wraps to the last")
        // The current match is on screen, marked, and its words highlighted.
        let last = found.press(.char("N"))
        let h = try XCTUnwrap(help(last))
        XCTAssertTrue((h.top..<(h.top + last.helpHeight)).contains(matches.last!))
        let g = KithApp.render(last)
        let row = try XCTUnwrap((0..<g.height).first { g.rowText($0).contains("▌") })
        let text = g.rowText(row)
        let col = try XCTUnwrap(text.range(of: "page").map { DisplayWidth.of(String(text[..<$0.lowerBound])) })
        XCTAssertEqual(g[col, row].style.role, .match)
        XCTAssertTrue(g.rowText(layoutTitleRow(last)).contains("of \(matches.count) matches"), g.rowText(layoutTitleRow(last)))
        // No match says so; Esc on the line closes only the line.
        let none = s.press(.char("/")).type("zzzz").press(.enter)
        XCTAssertNil(help(none)?.match)
        XCTAssertTrue(screen(none).joined().contains("no match"))
        XCTAssertNotNil(help(s.press(.char("/"), .escape)), "Esc closes the search line, not the help")
        // The line edits like the search line.
        XCTAssertEqual(help(s.press(.char("/")).type("pagx").press(.backspace).type("e"))?.line?.text, "page")
    }

    private func layoutTitleRow(_ s: AppState) -> Int { Layout(s).helpBox.y }
}
