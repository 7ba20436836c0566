import XCTest
@testable import KithCore

/// Birthdays and yearly dates: next dates, ages, Feb 29, and `upcomingEvents`.
final class UpcomingEventTests: XCTestCase {
    func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    func testYearlyDatesParseOnlyFullDatesAndMonthDays() {
        XCTAssertEqual(YearlyDate(parsing: "1990-07-22")?.year, 1990)
        XCTAssertEqual(YearlyDate(parsing: "--07-22").map { [$0.month, $0.day] }, [7, 22])
        XCTAssertNil(YearlyDate(parsing: "--07-22")?.year)
        XCTAssertNotNil(YearlyDate(parsing: "--02-29"))
        for bad in ["[[July 22nd]]", "July 22", "07-22", "--13-01", "--02-30", "1990-02-29", "1990-07-22 - x"] {
            XCTAssertNil(YearlyDate(parsing: bad), bad)
        }
    }

    /// Decision: a Feb 29 birthday falls on Feb 28 in common years, and the age turns then.
    func testFebruary29FallsOnFebruary28InCommonYears() throws {
        let leap = try XCTUnwrap(YearlyDate(parsing: "2000-02-29"))
        XCTAssertEqual(leap.occurrence(in: 2027), day(2027, 2, 28))
        XCTAssertEqual(leap.occurrence(in: 2028), day(2028, 2, 29))
        XCTAssertEqual(leap.next(onOrAfter: day(2027, 1, 10)), day(2027, 2, 28))
        XCTAssertEqual(leap.next(onOrAfter: day(2027, 3, 1)), day(2028, 2, 29))
        XCTAssertEqual(leap.years(on: day(2027, 2, 27)), 26)
        XCTAssertEqual(leap.years(on: day(2027, 2, 28)), 27)
        XCTAssertEqual(leap.years(on: day(2028, 2, 28)), 27)
        XCTAssertEqual(leap.years(on: day(2028, 2, 29)), 28)
    }

    func testRemarksGiveTheAgeAndTheNextDate() throws {
        let b = try XCTUnwrap(YearlyDate(parsing: "1990-07-22"))
        XCTAssertEqual(b.remarks(today: day(2026, 12, 6), birthday: true), ["36", "next Jul 22 (in 228d)"])
        XCTAssertEqual(b.remarks(today: day(2026, 7, 22), birthday: true), ["36", "today"])
        XCTAssertEqual(b.remarks(today: day(2026, 7, 21), birthday: true), ["35", "next Jul 22 (in 1d)"])
        XCTAssertEqual(try XCTUnwrap(YearlyDate(parsing: "--01-03")).remarks(today: day(2026, 12, 20), birthday: true),
                       ["next Jan 3 (in 14d)"])
        XCTAssertEqual(try XCTUnwrap(YearlyDate(parsing: "2025-06-01")).remarks(today: day(2026, 6, 2), birthday: false),
                       ["1 year", "next Jun 1 (in 364d)"])
    }

    static let vault: [(String, String)] = [
        ("People/Ana Lima.md", "---\ntags: [people]\nBirthday: 1990-12-22\nAnniversary: 2015-12-27\n---\n"),
        ("People/Ben Cohen.md", "---\ntags: [people]\nbirthday: --01-03\n---\n"),
        ("People/Cleo Park.md", "---\ntags: [people]\nbirthday: 1985-12-20\n---\n"),
        ("People/Dan Roe.md", "---\ntags: [people]\nbirthday: \"[[January 5th]]\"\n---\n"),
        ("People/Eve Stone.md", "---\ntags: [people]\nbirthday: 2000-02-29\nanniversary: 2027-01-02\n---\n"),
        ("Meetings/2026-12-28 - Planning.md", "---\ntype: meeting\n---\nWith [[Ana Lima]] and [[Ben Cohen]].\n"),
        ("Meetings/2026-12-20 - Standup.md", "---\ntype: meeting\n---\nWith [[Cleo Park]].\n"),
        ("Meetings/2026-11-02 - Retro.md", "---\ntype: meeting\n---\nWith [[Ben Cohen]].\n"),
        ("Meetings/2027-03-01 - Offsite.md", "---\ntype: meeting\n---\nWith [[Ana Lima]].\n"),
    ]

    func events(days: Int, yearly: [String] = []) -> [String] {
        let index = VaultIndex(root: "/v", parsed: Self.vault.map { parseNote($0.1, path: $0.0) })
        return index.upcomingEvents(today: day(2026, 12, 20), days: days, yearlyKeys: yearly).map { e in
            let name = String(e.person.dropFirst(7).dropLast(3))
            return "\(e.date) \(e.kind.rawValue) \(name) \(e.label) \(e.years.map(String.init) ?? "-")"
        }
    }

    func testSoonestFirstAcrossTheYearBoundary() {
        XCTAssertEqual(events(days: 30), [
            "2026-12-20 birthday Cleo Park birthday 41",
            "2026-12-22 birthday Ana Lima birthday 36",
            "2026-12-28 meeting Ana Lima 2026-12-28 - Planning -",
            "2026-12-28 meeting Ben Cohen 2026-12-28 - Planning -",
            "2027-01-03 birthday Ben Cohen birthday -",
        ], "a meeting today is a contact, not upcoming; past meetings and link birthdays are left out")
    }

    func testDaysLimitIncludesItsLastDay() {
        XCTAssertEqual(events(days: 2).count, 2)
        XCTAssertEqual(events(days: 0), ["2026-12-20 birthday Cleo Park birthday 41"])
        XCTAssertEqual(events(days: 14).last, "2027-01-03 birthday Ben Cohen birthday -")
        XCTAssertEqual(events(days: 13).count, 4)
    }

    func testYearlyKeysFromTheConfigCompareIgnoringCase() {
        let found = events(days: 14, yearly: ["anniversary"])
        XCTAssertTrue(found.contains("2026-12-27 yearly Ana Lima Anniversary 11"), "\(found)")
        XCTAssertTrue(found.contains("2027-01-02 yearly Eve Stone anniversary 0"), "the first day itself")
        XCTAssertFalse(events(days: 14).contains { $0.contains("yearly") }, "not listed unless configured")
    }

    func testTheOwnerIsNoPersonOfAnUpcomingMeeting() {
        // The owner by tag, by `me: true`, and by the config's `me`: each attends every meeting.
        let owners: [(note: String, settings: VaultSettings)] = [
            ("---\ntags: [people, me]\n---\n", VaultSettings()),
            ("---\ntags: [people]\nme: true\n---\n", VaultSettings()),
            ("---\ntags: [people]\n---\n", VaultSettings(owner: "Jo Self")),
        ]
        for (note, settings) in owners {
            let files = Self.vault + [
                ("People/Jo Self.md", note),
                ("Meetings/2026-12-29 - Sync.md", "---\ntype: meeting\n---\nWith [[Jo Self]] and [[Cleo Park]].\n"),
            ]
            let index = VaultIndex(root: "/v", parsed: files.map { parseNote($0.1, path: $0.0) }, settings: settings)
            XCTAssertEqual(index.owner, "People/Jo Self.md")
            let meetings = index.upcomingEvents(today: day(2026, 12, 20), days: 30).filter { $0.kind == .meeting }
            XCTAssertEqual(meetings.map { "\($0.date) \($0.person)" },
                           ["2026-12-28 People/Ana Lima.md", "2026-12-28 People/Ben Cohen.md", "2026-12-29 People/Cleo Park.md"],
                           "the owner is at every meeting: listing them says nothing")
        }
    }

    func testALongerWindowListsEachYearAndFebruary28() {
        let found = events(days: 400)
        XCTAssertTrue(found.contains("2027-02-28 birthday Eve Stone birthday 27"), "\(found)")
        XCTAssertTrue(found.contains("2027-03-01 meeting Ana Lima 2027-03-01 - Offsite -"))
        XCTAssertEqual(found.filter { $0.contains("birthday Ben Cohen") }.count, 2, "Jan 3 2027 and 2028")
        XCTAssertEqual(found, found.sorted { $0.prefix(10) < $1.prefix(10) } , "soonest first")
    }
}
