import KithCore
import XCTest
@testable import KithUI

/// A full-text hit opens the reader at the hit, highlighted; `n`/`N` walk the note's hits and
/// the status line counts them; result titles keep their date and their line.
final class ReaderHitsTests: XCTestCase {
    static let transcript = "Sources/Transcripts/2026-11-02 - Quarterly storage planning with the platform team.md"
    static var files: [(String, String)] {
        var body = ["# Quarterly storage planning", "", "Participants: [[Ana Lima]]", ""]
        for i in 1...80 {
            switch i {
            case 10: body.append("We talked about the Tiering plan for next year.")
            case 40: body.append("Ana: the **tiering** budget is tight; tiering twice is not an option.")
            case 70: body.append("Action: write up the TIÉRING proposal.")
            default: body.append("Line \(i) of the discussion.")
            }
        }
        return [
            (transcript, body.joined(separator: "\n")),
            ("People/Ana Lima.md", "---\nlast_contact: 2026-11-02\n---\n# Ana Lima\n\n## Profile\n**Role**: Storage lead at Acme\n\nShe owns the tiering roadmap.\n"),
        ]
    }

    static func state(cols: Int = 100, rows: Int = 24) -> AppState {
        let index = VaultIndex(root: "/v", parsed: files.map { NoteParser.parse(path: $0.0, bytes: Array($0.1.utf8)) })
        var (s, _) = AppState.start(vaultName: "~/v", today: TestVault.today, cols: cols, rows: rows)
        s = KithApp.update(s, .indexLoaded(index)).0
        return s
    }

    /// Opens the `\` search for `query` and accepts the result on `line` of the transcript.
    func openHit(_ query: String, line: Int, cols: Int = 100) throws -> AppState {
        var s = Self.state(cols: cols).press(.char("\\")).type(query)
        guard case .search(let box)? = s.overlay else { throw XCTSkip("no search") }
        let i = try XCTUnwrap(box.results.firstIndex { $0.path == Self.transcript && $0.line == line }, "\(box.results)")
        s = s.press([Key](repeating: .down, count: i))
        return s.press(.enter)
    }

    /// Rows of the screen showing `text`, with the cells where it starts.
    func spots(_ g: CellGrid, _ text: String) -> [(x: Int, y: Int)] {
        (0..<g.height).compactMap { y in g.column(of: text, row: y).map { ($0, y) } }
    }

    func testTheReaderOpensAtTheHitWithItHighlighted() throws {
        // The hit on line 40 of the body (note line 44) is the second of four.
        let s = try openHit("tiering", line: 44)
        XCTAssertEqual(s.nav.page, .reader(path: Self.transcript))
        let g = KithApp.render(s)
        let here = try XCTUnwrap(spots(g, "tiering** budget").first ?? spots(g, "tiering budget").first, g.text)
        // Every cell of the current hit: the match role on the selection band.
        for x in here.x..<(here.x + 7) {
            XCTAssertEqual(g[x, here.y].style.role, .match)
            XCTAssertEqual(g[x, here.y].style.band, .selection)
        }
        XCTAssertNotEqual(g[here.x + 7, here.y].style.role, .match)
        // The other hit on that line is marked but not current.
        let other = try XCTUnwrap(g.column(of: "tiering twice", row: here.y))
        XCTAssertEqual(g[other, here.y].style.role, .match)
        XCTAssertNotEqual(g[other, here.y].style.band, .selection)
        XCTAssertTrue(g.rowText(g.height - 1).contains("hit 2 of 4"), g.rowText(g.height - 1))
        XCTAssertTrue(g.rowText(g.height - 1).contains("n next hit"), g.rowText(g.height - 1))
    }

    func testNAndShiftNWalkTheHitsRoundTheEnds() throws {
        var s = try openHit("tiering", line: 44)
        s = s.press(.char("n"))
        XCTAssertEqual(s.nav.readerHits?.current, 2)
        s = s.press(.char("n"))
        XCTAssertEqual(s.nav.readerHits?.current, 3)
        var g = KithApp.render(s)
        // Accents and case ignored: TIÉRING is the fourth hit, scrolled into view.
        let last = try XCTUnwrap(spots(g, "TIÉRING").first, g.text)
        XCTAssertEqual(g[last.x, last.y].style.band, .selection)
        XCTAssertTrue(g.rowText(g.height - 1).contains("hit 4 of 4"))
        s = s.press(.char("n"))
        XCTAssertEqual(s.nav.readerHits?.current, 0)
        g = KithApp.render(s)
        XCTAssertTrue(g.rowText(g.height - 1).contains("hit 1 of 4 · from the top again"), g.rowText(g.height - 1))
        XCTAssertNotNil(spots(g, "Tiering plan").first, "the first hit is in view again")
        s = s.press(.char("N"))
        XCTAssertEqual(s.nav.readerHits?.current, 3)
        XCTAssertTrue(KithApp.render(s).rowText(s.rows - 1).contains("hit 4 of 4 · from the bottom again"))
        s = s.press(.char("N"), .char("N"))
        XCTAssertEqual(s.nav.readerHits?.current, 1)
        XCTAssertTrue(KithApp.render(s).rowText(s.rows - 1).contains("hit 2 of 4"))
    }

    func testBackAndForwardKeepTheHits() throws {
        let s = try openHit("tiering", line: 74).press(.char("N"))
        XCTAssertEqual(s.nav.readerHits?.current, 2)
        let away = s.press(.tab, .enter)  // follow the first link (Ana Lima)
        XCTAssertEqual(away.nav.page, .people, "Ana Lima's card")
        let back = away.press(.backspace)
        XCTAssertEqual(back.nav.readerHits?.current, 2)
        XCTAssertTrue(KithApp.render(back).rowText(back.rows - 1).contains("hit 3 of 4"))
    }

    func testAHitInAPersonsNoteOpensTheNoteNotTheCard() throws {
        var s = Self.state().press(.char("\\")).type("roadmap")
        s = s.press(.enter)
        XCTAssertEqual(s.nav.page, .reader(path: "People/Ana Lima.md"))
        let g = KithApp.render(s)
        let at = try XCTUnwrap(spots(g, "roadmap").first)
        XCTAssertEqual(g[at.x, at.y].style.role, .match)
        XCTAssertTrue(g.rowText(g.height - 1).contains("hit 1 of 1"))
    }

    func testWithoutHitsNStillWalksLinks() throws {
        // The reader opened from a list, not a search: n is the next link as before.
        let s = Self.state().press(.char("3"), .enter)
        XCTAssertNil(s.nav.readerHits)
        let n = s.press(.char("n"))
        XCTAssertEqual(n.nav.reader.item, s.press(.tab).nav.reader.item)
        XCTAssertFalse(KithApp.render(s).rowText(s.rows - 1).contains("next hit"), "no hits, no hint")
    }

    func testResultTitlesKeepTheirDateAndLineAndCutTheMiddle() throws {
        let s = Self.state(cols: 80).press(.char("\\")).type("tiering")
        let g = KithApp.render(s)
        let row = g.rowText(try XCTUnwrap(g.row(containing: "│ 2026-11-02")))
        // `2026-11-02 - Quarterly s…form team:14`: the date, a cut, the end and the line.
        XCTAssertTrue(row.hasPrefix("│ 2026-11-02 - Quarter"), row)
        let title = try XCTUnwrap(row.dropFirst(2).components(separatedBy: "  ").first)
        XCTAssertTrue(title.contains("…") && title.hasSuffix("team:14"), title)
        XCTAssertEqual(DisplayWidth.middleCut("2025-10-30 - Intro 1-1 between Jason and Dre on SE enablement", to: 41),
                       "2025-10-30 - Intro 1-1 betw…SE enablement")
        XCTAssertEqual(DisplayWidth.middleCut("short", to: 40), "short")
        XCTAssertEqual(DisplayWidth.of(DisplayWidth.middleCut("王小明王小明王小明王小明王小明", to: 11)), 11)
    }
}
