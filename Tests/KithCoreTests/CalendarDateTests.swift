import XCTest
@testable import KithCore

final class CalendarDateTests: XCTestCase {
    func testParsesQuotedBareAndWithTime() {
        XCTAssertEqual(CalendarDate(parsing: "2025-10-30")?.description, "2025-10-30")
        XCTAssertEqual(CalendarDate(parsing: "'2025-10-30'")?.description, "2025-10-30")
        XCTAssertEqual(CalendarDate(parsing: "2025-10-30T23:30:00-08:00")?.description, "2025-10-30")
        XCTAssertEqual(CalendarDate.leading(in: "2025-10-30 - Weekly sync")?.description, "2025-10-30")
    }

    func testRejectsNonDates() {
        XCTAssertNil(CalendarDate(parsing: "2025-13-01"))
        XCTAssertNil(CalendarDate(parsing: "2025-02-29"))
        XCTAssertNotNil(CalendarDate(parsing: "2024-02-29"))
        XCTAssertNil(CalendarDate(parsing: "2025-10-301"))
        XCTAssertNil(CalendarDate(parsing: "Meeting notes"))
        XCTAssertNil(CalendarDate(parsing: ""))
    }

    func testDayArithmeticRoundTrips() {
        let d = CalendarDate(year: 2026, month: 11, day: 25)!
        XCTAssertEqual(CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber, 0)
        XCTAssertEqual(d.adding(days: 7).description, "2026-12-02")
        XCTAssertEqual(d.adding(days: -365).description, "2025-11-25")
        XCTAssertEqual(CalendarDate(year: 2024, month: 2, day: 28)!.days(until: CalendarDate(year: 2024, month: 3, day: 1)!), 2)
        for n in stride(from: -800_000, to: 800_000, by: 997) {
            XCTAssertEqual(CalendarDate(dayNumber: n).dayNumber, n)
        }
    }
}
