import KithCore
import XCTest

/// One age format for the list, the card, the Recent headers and the CLI (`RelativeAge`).
final class RelativeAgeTests: XCTestCase {
    let today = CalendarDate(parsing: "2026-11-25")!

    func age(_ daysAgo: Int) -> String { RelativeAge.of(today.adding(days: -daysAgo), today: today) }

    func testUnitsChangeAtTwoWeeksTwoMonthsAndAYear() {
        XCTAssertEqual(age(0), "today")
        XCTAssertEqual(age(1), "1d")
        XCTAssertEqual(age(13), "13d")
        XCTAssertEqual(age(14), "2w")
        XCTAssertEqual(age(32), "4w")
        XCTAssertEqual(age(59), "8w")
        XCTAssertEqual(age(60), "2mo")
        XCTAssertEqual(age(364), "12mo")
        XCTAssertEqual(age(365), "1y")
        XCTAssertEqual(age(800), "2y")
    }

    func testFutureDaysReadIn() {
        XCTAssertEqual(age(-3), "in 3d")
        XCTAssertEqual(age(-21), "in 3w")
    }

    func testAgoIsTheSameAgeInProse() {
        XCTAssertEqual(RelativeAge.ago(today.adding(days: -32), today: today), "4w ago")
        XCTAssertEqual(RelativeAge.ago(today, today: today), "today")
        XCTAssertEqual(RelativeAge.ago(today.adding(days: 5), today: today), "in 5d")
    }
}
