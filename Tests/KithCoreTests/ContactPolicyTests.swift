import XCTest
@testable import KithCore

/// Who is due when: own cadence, then the shortest tag cadence, then stale days; `--days`
/// overrides all three.
final class ContactPolicyTests: XCTestCase {
    let today = CalendarDate(year: 2026, month: 11, day: 25)!

    /// A vault of people with the given frontmatter lines (name → extra YAML).
    func vault(_ people: [String: String]) -> VaultIndex {
        let parsed = people.map { name, yaml in
            parseNote("---\ntype: people\n\(yaml)\n---\n# \(name)\n", path: "People/\(name).md")
        }
        return VaultIndex(root: "/v", parsed: parsed)
    }

    func testOwnCadenceWinsThenShortestTagThenStaleDays() {
        let v = vault([
            "Own": "cadence: 2w\ntags: [customer]\nlast_contact: 2026-11-01",
            "Tagged": "tags: [customer, friend]\nlast_contact: 2026-11-01",
            "Nested": "tags: [customer/acme]\nlast_contact: 2026-11-01",
            "Plain": "tags: [other]\nlast_contact: 2026-11-01",
        ])
        let policy = ContactPolicy(staleDays: 60, tagCadences: ["customer": 30, "friend": 10])
        func limit(_ n: String) -> ContactPolicy.Limit { policy.limit(for: v.note("People/\(n).md")!) }
        XCTAssertEqual(limit("Own"), .init(days: 14, source: .frontmatter))
        XCTAssertEqual(limit("Tagged"), .init(days: 10, source: .tag("friend")))
        XCTAssertEqual(limit("Nested"), .init(days: 30, source: .tag("customer/acme")))
        XCTAssertEqual(limit("Plain"), .init(days: 60, source: .staleDays))
        var forced = policy
        forced.override = 5
        XCTAssertEqual(forced.limit(for: v.note("People/Own.md")!), .init(days: 5, source: .override))
    }

    func testStatusDueDateAndOverdueDays() throws {
        let v = vault(["A": "cadence: 30d\nlast_contact: 2026-10-01", "B": "cadence: 1y\nlast_contact: 2026-10-01",
                       "C": "cadence: 55d\nlast_contact: 2026-10-01", "Never": "cadence: 30d"])
        let p = ContactPolicy()
        let a = try XCTUnwrap(v.contactStatus(of: "People/A.md", policy: p, today: today))
        XCTAssertEqual(a.due, CalendarDate(year: 2026, month: 10, day: 31))
        XCTAssertEqual(a.daysSince, 55)
        XCTAssertEqual(a.overdueDays, 25)
        XCTAssertTrue(a.isDue)
        let b = try XCTUnwrap(v.contactStatus(of: "People/B.md", policy: p, today: today))
        XCTAssertEqual(b.overdueDays, 55 - 365)
        XCTAssertFalse(b.isDue)
        // On the due date itself the person is not yet overdue.
        let c = try XCTUnwrap(v.contactStatus(of: "People/C.md", policy: p, today: today))
        XCTAssertEqual(c.overdueDays, 0)
        XCTAssertFalse(c.isDue)
        let never = try XCTUnwrap(v.contactStatus(of: "People/Never.md", policy: p, today: today))
        XCTAssertNil(never.due)
        XCTAssertNil(never.overdueDays)
        XCTAssertTrue(never.isDue)
    }

    func testStaleSortIsRelativeToEachCadenceNeverContactedLast() {
        // Overdue relative to each cadence: yearly, 400 days silent, is 35 over; weekly, 21 days
        // silent, 14 over; the 90-day default, 100 days silent, 10 over.
        let v = vault([
            "Weekly": "cadence: 1w\nlast_contact: 2026-11-04",
            "Yearly": "cadence: 1y\nlast_contact: 2025-10-21",
            "Default": "last_contact: 2026-08-17",
            "Fresh": "cadence: 1w\nlast_contact: 2026-11-24",
            "Never": "cadence: 1w",
        ])
        let p = ContactPolicy()
        XCTAssertEqual(v.people(sortedBy: .stale, policy: p, today: today).map(\.name),
                       ["Yearly", "Weekly", "Default", "Fresh", "Never"])
        XCTAssertEqual(v.duePeople(policy: p, today: today).map(\.name), ["Yearly", "Weekly", "Default", "Never"])
        // One limit for everyone (`--days`) is plain oldest-first.
        XCTAssertEqual(v.duePeople(policy: ContactPolicy(override: 20), today: today).map(\.name),
                       ["Yearly", "Default", "Weekly", "Never"])
        XCTAssertEqual(v.duePeople(policy: ContactPolicy(override: 30), today: today).map(\.name),
                       ["Yearly", "Default", "Never"])
        XCTAssertEqual(v.people(sortedBy: .stale, policy: ContactPolicy(override: 0), today: today).map(\.name),
                       ["Yearly", "Default", "Weekly", "Fresh", "Never"])
    }

    func testSampleVaultCadenceAndDefault() throws {
        let i = try VaultLoader.load(root: SampleVaultIndexTests.root)
        let p = ContactPolicy()
        // SampleVault.md: only José García has a cadence (30d); 76 days since → 46 overdue.
        let jose = try XCTUnwrap(i.contactStatus(of: "People/José García.md", policy: p, today: today))
        XCTAssertEqual(jose.limit, .init(days: 30, source: .frontmatter))
        XCTAssertEqual(jose.overdueDays, 46)
        // Marcus Bell's last_contact (2025-05-22) is behind the 2026-10-22 retro: not due. The
        // daily note's open task to chase José is not a contact.
        XCTAssertEqual(i.duePeople(policy: p, today: today).map(\.name), ["José García", "佐藤花子"])
    }
}
