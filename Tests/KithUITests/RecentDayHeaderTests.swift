import KithCore
import XCTest
@testable import KithUI

/// The Recent view's day headers say how long ago a day was in words a person reads at a
/// glance: "today" rather than "0d ago".
final class RecentDayHeaderTests: XCTestCase {
    private func recentScreen(today: CalendarDate) throws -> [String] {
        let g = KithApp.render(try SampleVaultSnapshotTests.started(today: today).press(.char("2")))
        return (0..<40).map { g.rowText($0) }
    }

    func testNewestDayIsTodayWhenItIsToday() throws {
        let rows = try recentScreen(today: CalendarDate(year: 2026, month: 11, day: 24)!)
        XCTAssertTrue(rows.contains { $0.contains("2026-11-24  Tuesday · today") }, rows.joined(separator: "\n"))
        XCTAssertFalse(rows.contains { $0.contains("0d ago") })
    }

    func testOlderDaysSayHowLongAgo() throws {
        let rows = try recentScreen(today: TestVault.today)
        XCTAssertTrue(rows.contains { $0.contains("2026-11-24  Tuesday · 1d ago") }, rows.joined(separator: "\n"))
        XCTAssertTrue(rows.contains { $0.contains("2026-11-04  Wednesday · 3w ago") })
    }
}
