import KithCore
import XCTest
@testable import KithUI

/// Columns size to their content: at 200 columns nothing is cut that the screen has room for,
/// and wide characters (CJK, emoji) keep the columns aligned.
final class ColumnWidthTests: XCTestCase {
    static let files: [(String, String)] = [
        ("People/Maximiliana Hohenzollern.md", """
        ---
        last_contact: 2026-11-20
        ---
        # Maximiliana Hohenzollern

        ## Recent Context
        - 2026-11-20: [[2026-11-20 - Quarterly architecture review with the platform and storage teams|Quarterly architecture review with the platform and storage teams]] — Walked through the storage tiering proposal and agreed the migration order for the three regions

        ## Profile
        **Role**: Director of Infrastructure at Consolidated Holdings
        """),
        ("People/🦊 Mika.md", """
        ---
        last_contact: 2026-11-01
        ---
        # 🦊 Mika

        ## Profile
        **Role**: Designer at Fox & Friends
        """),
        ("People/山田太郎.md", """
        ---
        last_contact: 2025-01-01
        ---
        # 山田太郎

        ## Profile
        **Role**: 部長 at 株式会社サンプル製作所
        """),
        ("Sources/Transcripts/2026-11-20 - Quarterly architecture review with the platform and storage teams.md", """
        Participants: [[Maximiliana Hohenzollern]], [[🦊 Mika]], [[山田太郎]]

        ## Summary
        Storage tiering.
        """),
    ]

    /// A name longer than the old search column's 28 cells.
    static let longName = ("People/Alexandrina Victoria von Sachsen-Coburg und Gotha.md", """
        ---
        last_contact: 2026-10-01
        ---
        # Alexandrina Victoria von Sachsen-Coburg und Gotha

        ## Profile
        **Role**: Patron at Royal Society of Arts
        """)

    static func state(cols: Int, rows: Int, extra: [(String, String)] = []) -> AppState {
        let index = VaultIndex(root: "/v", parsed: (files + extra).map { NoteParser.parse(path: $0.0, bytes: Array($0.1.utf8)) })
        var (s, _) = AppState.start(vaultName: "~/v", today: TestVault.today, cols: cols, rows: rows)
        s = KithApp.update(s, .indexLoaded(index)).0
        return s
    }

    func testPeopleListShowsWholeOrganisationsAt200Columns() throws {
        let g = KithApp.render(Self.state(cols: 200, rows: 60))
        let row = try XCTUnwrap(g.row(containing: "▌Maximiliana"))
        XCTAssertTrue(g.rowText(row).contains("Maximiliana Hohenzollern  Director of Infrastructure · Consolidated Holdings"),
                      g.rowText(row))
        // The list takes what it needs (45% at most, and the sparkline's 14 cells) and the card
        // the rest.
        let edge = try XCTUnwrap(g.column(of: "││", row: row))
        XCTAssertLessThanOrEqual(edge + 1, 90 + 14)
        XCTAssertGreaterThan(edge + 1, 60, "wider than the old 60-cell cap")
        for y in 2...4 { XCTAssertFalse(g.rowText(y).prefix(edge).contains("…"), g.rowText(y)) }
    }

    func testPeopleListIsNoWiderThanItsContent() throws {
        let g = KithApp.render(TestVault.state(cols: 200, rows: 60))
        let edge = try XCTUnwrap(g.column(of: "││", row: 2))
        XCTAssertLessThan(edge, 80 + 14, "short names and orgs (and the sparkline) leave the room to the card")
    }

    func testAgesLineUpWhateverTheNameIsMadeOf() throws {
        for cols in [80, 120, 200] {
            let g = KithApp.render(Self.state(cols: cols, rows: 24))
            let rows = ["▌Maximiliana", "│ 🦊 Mika", "│ 山田太郎"].compactMap { g.row(containing: $0) }
            XCTAssertEqual(rows.count, 3)
            let edge = g.column(of: "││", row: rows[0]) ?? g.width - 1
            for y in rows {
                XCTAssertNotEqual(g[edge - 1, y].text, " ", "the age ends by the border at \(cols): \(g.rowText(y))")
                XCTAssertEqual(g[edge, y].text, "│", "nothing runs over the border at \(cols): \(g.rowText(y))")
            }
        }
    }

    func testSearchResultsShowLongNamesWhole() throws {
        let g = KithApp.render(Self.state(cols: 200, rows: 60, extra: [Self.longName]).press(.char("/")))
        let row = try XCTUnwrap(g.row(containing: "Alexandrina"))
        XCTAssertTrue(g.rowText(row).contains("Alexandrina Victoria von Sachsen-Coburg und Gotha  Patron · Royal Society of Arts"),
                      g.rowText(row))
        let other = try XCTUnwrap(g.row(containing: "Maximiliana"))
        XCTAssertTrue(g.rowText(other).contains("Director of Infrastructure · Consolidated Holdings"), g.rowText(other))
    }

    func testRecentAndTranscriptsShowWholeTitlesAt200Columns() throws {
        let recent = KithApp.render(Self.state(cols: 200, rows: 60).press(.char("2")))
        let r = try XCTUnwrap(recent.row(containing: "Quarterly"))
        XCTAssertTrue(recent.rowText(r).contains("Maximiliana Hohenzollern  Quarterly architecture review "
            + "with the platform and storage teams  Walked through the storage tiering proposal"), recent.rowText(r))
        let transcripts = KithApp.render(Self.state(cols: 200, rows: 60).press(.char("3")))
        let t = try XCTUnwrap(transcripts.row(containing: "Quarterly"))
        XCTAssertTrue(transcripts.rowText(t).contains("Quarterly architecture review with the platform and storage teams  "
            + "Maximiliana Hohenzollern, 🦊 Mika, 山田太郎"), transcripts.rowText(t))
    }

    func testColumnFitGivesEachColumnItsContentThenShares() {
        // Room for everything: natural widths, the slack to the last column.
        XCTAssertEqual(ColumnFit.widths(natural: [10, 20], shares: [0.5, 1], minimum: [8, 0], available: 40), [10, 30])
        // Short of room: the first column up to its share, the rest to the second.
        XCTAssertEqual(ColumnFit.widths(natural: [30, 30], shares: [0.5, 1], minimum: [8, 0], available: 40), [20, 20])
        // A short second column gives its room back to the first.
        XCTAssertEqual(ColumnFit.widths(natural: [30, 5], shares: [0.5, 1], minimum: [8, 0], available: 40), [30, 10])
        // Three columns in priority order.
        XCTAssertEqual(ColumnFit.widths(natural: [16, 40, 80], shares: [0.3, 0.4, 1], minimum: [12, 12, 0], available: 100),
                       [16, 40, 44])
        // Floors hold when there is no room at all.
        XCTAssertEqual(ColumnFit.widths(natural: [30, 30], shares: [0.5, 1], minimum: [8, 0], available: 4), [8, 0])
    }
}
