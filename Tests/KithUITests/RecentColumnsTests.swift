import KithCore
import XCTest
@testable import KithUI

/// Recent's title column holds titles: an entry with no note behind it says `note` or `log`
/// there and puts its text with the summary, so the column is as wide as the titles and every
/// summary starts in one column.
final class RecentColumnsTests: XCTestCase {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!
    static let longTitle = "2026-11-20 - Weekly sync between Jason and Lucía"

    func state() -> AppState {
        let index = DocVault.index([
            "People/Ana Lima.md": """
            ---
            type: people
            ---
            # Ana Lima

            ## Recent Context
            - 2026-11-22: Hallway chat after the board meeting about the reorganisation — she wants a summary
            - 2026-11-20: [[\(Self.longTitle)]] — escalated the cadence

            ## Log
            - 2026-11-21 Phone call about the trip to Lisbon and the conference after it.
            """,
            "Sources/Transcripts/\(Self.longTitle).md": "---\ntype: transcript\ndate: 2026-11-20\n---\n# Weekly sync\n\n[[Ana Lima]]\n",
        ])
        var (s, _) = AppState.start(vaultName: "v", today: Self.today, cols: 200, rows: 20)
        s = KithApp.update(s, .indexLoaded(index)).0
        return s.press(.char("2"))
    }

    func testEntriesWithoutANoteSayWhereTheyWereWritten() throws {
        let g = KithApp.render(state())
        let rows = (0..<g.height).map { g.rowText($0) }
        let hallway = try XCTUnwrap(rows.first { $0.contains("Hallway chat") })
        let log = try XCTUnwrap(rows.first { $0.contains("Phone call") })
        let sync = try XCTUnwrap(rows.first { $0.contains("Weekly sync") })
        XCTAssertTrue(hallway.contains("Ana Lima  note "), hallway)
        XCTAssertTrue(hallway.contains("Hallway chat after the board meeting about the reorganisation — she wants a summary"), hallway)
        XCTAssertTrue(log.contains("Ana Lima  log "), log)
        XCTAssertTrue(log.contains("Phone call about the trip to Lisbon"), log)
        // The transcript's name without its date, its summary beside it: the title column is
        // as wide as that title, not as the hallway chat's text.
        XCTAssertTrue(sync.contains("Ana Lima  Weekly sync between Jason and Lucía  escalated the cadence"), sync)
        let start: (String, String) -> Int = { row, text in row.distance(from: row.startIndex, to: row.range(of: text)!.lowerBound) }
        XCTAssertEqual(start(hallway, "Hallway"), start(sync, "escalated"))
        XCTAssertEqual(start(log, "Phone"), start(sync, "escalated"))
        XCTAssertLessThan(start(sync, "escalated"), 55, "the hallway text would push it past 80")
    }
}
