import XCTest
@testable import KithCore

/// Contact details as people record them in properties: the order and kinds the card lists,
/// role and organization without a Profile section, birthdays (with and without a year, Feb 29).
final class ContactPropertiesTests: XCTestCase {
    static let files: [(String, String)] = [
        ("People/Ana Lima.md", """
        ---
        tags: [people]
        hobbies: [climbing, chess]
        Company: "[[Obsidian]]"
        kids: 2
        role: Staff Engineer
        Birthday: 1990-07-22
        last_contact: 2026-12-01
        newsletter: true
        phone: "+49 151 2345 678"
        email: ana@example.com
        met: 2024-05-01T18:30
        website: https://ana.dev
        cadence: 30d
        aliases: []
        notes:
        created: 2024-01-01
        ---
        # Ana Lima
        """),
        ("People/Ben Cohen.md", """
        ---
        type: person
        birthday: --01-03
        org: Acme
        role: Advisor
        ---
        # Ben Cohen

        ## Profile
        **Role**: CTO at Initech
        """),
        ("People/Link Birthday.md", """
        ---
        tags: [people]
        Birthday: "[[July 22nd]]"
        organization: ["[[Obsidian|Obsidian Inc]]", "Freelance"]
        Title: Link Birthday
        ---
        # Link Birthday
        """),
        ("People/Leap Day.md", """
        ---
        tags: [people]
        birthday: 2000-02-29
        position: Engineer at Initech (Platform)
        ---
        # Leap Day
        """),
        ("Organizations/Obsidian.md", "# Obsidian\n"),
    ]

    static func index(_ extra: [(String, String)] = []) -> VaultIndex {
        VaultIndex(root: "/v", parsed: (files + extra).map { parseNote($0.1, path: $0.0) })
    }

    func testKnownContactKeysFirstThenTheRestAsWrittenWithTheirKinds() throws {
        let ana = try XCTUnwrap(Self.index().note("People/Ana Lima.md"))
        let listed = NoteProperties.listed(for: ana)
        // Known keys in the card's order whatever their case and place in the file; then the
        // rest in file order; tags, aliases, last_contact, cadence, created and empty values out.
        XCTAssertEqual(listed.map(\.key), ["email", "phone", "website", "Birthday", "Company", "role",
                                           "hobbies", "kids", "newsletter", "met"])
        XCTAssertEqual(listed.map(\.kind), [.text, .text, .text, .date, .link, .text,
                                            .list, .number, .checkbox, .datetime])
        XCTAssertEqual(listed.first { $0.key == "hobbies" }?.texts, ["climbing", "chess"])
        XCTAssertEqual(listed.first { $0.key == "Birthday" }?.line, 7)
    }

    func testALinkValuedBirthdayIsALinkNotADate() throws {
        let index = Self.index()
        let note = try XCTUnwrap(index.note("People/Link Birthday.md"))
        let listed = NoteProperties.listed(for: note)
        XCTAssertEqual(listed.map(\.key), ["Birthday", "organization"], "Title is the note's name: left out")
        XCTAssertEqual(listed.map(\.kind), [.link, .list])
        let july = index.upcomingEvents(today: CalendarDate(year: 2027, month: 7, day: 20)!, days: 30)
        XCTAssertEqual(july.map(\.person), ["People/Ana Lima.md"], "Ana's 07-22 is a date; [[July 22nd]] is not")
    }

    func testATranscriptsDateIsItsDateNotAProperty() throws {
        let index = Self.index([("Meetings/Kickoff.md", "---\ntype: meeting\ndate: 2026-12-28\nroom: 4B\n---\n")])
        let kickoff = try XCTUnwrap(index.note("Meetings/Kickoff.md"))
        XCTAssertEqual(kickoff.date, CalendarDate(year: 2026, month: 12, day: 28))
        XCTAssertEqual(NoteProperties.listed(for: kickoff).map(\.key), ["room"])
    }

    func testRoleAndOrganizationFromPropertiesWithoutAProfile() throws {
        let index = Self.index()
        let ana = try XCTUnwrap(index.note("People/Ana Lima.md"))
        XCTAssertEqual(ana.profile.role, "Staff Engineer")
        XCTAssertEqual(ana.profile.organization, "Obsidian", "the link resolved to the note's name")
        let link = try XCTUnwrap(index.note("People/Link Birthday.md"))
        XCTAssertEqual(link.profile.organization, "Obsidian Inc, Freelance", "a label wins; a list is joined")
        XCTAssertNil(link.profile.role, "`title` is the note's name, not a role")
        let leap = try XCTUnwrap(index.note("People/Leap Day.md"))
        XCTAssertEqual(leap.profile.role, "Engineer")
        XCTAssertEqual(leap.profile.organization, "Initech")
        XCTAssertEqual(leap.profile.team, "Platform")
    }

    func testTheProfileSectionWinsOverProperties() throws {
        let ben = try XCTUnwrap(Self.index().note("People/Ben Cohen.md"))
        XCTAssertEqual(ben.profile.role, "CTO")
        XCTAssertEqual(ben.profile.organization, "Initech")
    }

    func testAnUnresolvedOrganizationLinkShowsItsTarget() throws {
        let index = Self.index([("People/Cy.md", "---\ntags: [people]\nORG: \"[[Companies/Nowhere Ltd]]\"\n---\n")])
        XCTAssertEqual(index.note("People/Cy.md")?.profile.organization, "Nowhere Ltd")
    }

    func testPropertyTextShowsLinksAsTheNamesTheyLeadTo() {
        let index = Self.index([("Organizations/Acme.md", "---\ntitle: ACME Corporation\n---\n")])
        XCTAssertEqual(index.propertyText("[[Acme]] and [[Gone]] and [[Obsidian|Obs]]", from: "People/Ana Lima.md"),
                       "ACME Corporation and Gone and Obs")
    }

    func testValueKinds() {
        func kind(_ s: String) -> PropertyKind? { NoteProperties.kind(of: .scalar(s)) }
        XCTAssertEqual(kind("42"), .number)
        XCTAssertEqual(kind("-2.5"), .number)
        XCTAssertEqual(kind("0151 234"), .text)
        XCTAssertEqual(kind("+4915112345678"), .text, "a phone number is not a number")
        XCTAssertEqual(kind("007"), .text)
        XCTAssertEqual(kind("False"), .checkbox)
        XCTAssertEqual(kind("2026-02-30"), .text, "not a real day")
        XCTAssertEqual(kind("--12-24"), .date)
        XCTAssertEqual(kind("2026-01-05 09:00"), .datetime)
        XCTAssertEqual(kind("2026-01-05 - Kickoff"), .text)
        XCTAssertEqual(kind("[[A]] and [[B]]"), .text)
        XCTAssertEqual(kind(" "), nil)
        XCTAssertEqual(NoteProperties.kind(of: .list([.scalar(""), .null])), nil)
        XCTAssertEqual(NoteProperties.kind(of: .map(["a": .scalar("x")])), .text)
    }
}
