import XCTest
@testable import KithCore

/// Recent Context bullets and Profile lines in the forms the seed note uses.
final class PersonSectionTests: XCTestCase {
    func entry(_ s: String) -> ContextEntry? {
        PersonSections.entry(from: s, line: 7) { $0 == "Known" ? "Sources/Known.md" : nil }
    }

    func testFullPathLinkWithLabelAndEmDash() {
        let e = entry("2025-10-30: [[Sources/Transcripts/2025/2025-10-30 - Intro.md|Intro 1-1]] — Dre outlined SE cadence...")!
        XCTAssertEqual(e.date?.description, "2025-10-30")
        XCTAssertEqual(e.link, "Sources/Transcripts/2025/2025-10-30 - Intro.md|Intro 1-1")
        XCTAssertEqual(e.label, "Intro 1-1")
        XCTAssertEqual(e.summary, "Dre outlined SE cadence...")
        XCTAssertNil(e.via)
        XCTAssertEqual(e.line, 7)
    }

    func testShortLinkHyphenSeparatorAndVia() {
        let e = entry("2025-10-27: [[Known]] - Weekly 1:1 aligning priorities... (via Jeff Denworth)")!
        XCTAssertEqual(e.label, "Known")
        XCTAssertEqual(e.target, "Sources/Known.md")
        XCTAssertEqual(e.summary, "Weekly 1:1 aligning priorities...")
        XCTAssertEqual(e.via, "Jeff Denworth")
    }

    func testLinkWithHeadingAndEscapedPipe() {
        let e = entry("2025-01-02: [[Known#Notes\\|the notes]] — x")!
        XCTAssertEqual(e.label, "the notes")
        XCTAssertEqual(e.target, "Sources/Known.md")
    }

    func testBulletWithoutLinkOrSummary() {
        let e = entry("2025-03-04: Coffee at the summit — talked hiring (via SRE)")!
        XCTAssertNil(e.link)
        XCTAssertNil(e.target)
        XCTAssertEqual(e.label, "Coffee at the summit")
        XCTAssertEqual(e.summary, "talked hiring")
        XCTAssertEqual(e.via, "SRE")
        let bare = entry("2025-03-04: [[Nobody]]")!
        XCTAssertEqual(bare.label, "Nobody")
        XCTAssertNil(bare.target)
        XCTAssertNil(bare.summary)
    }

    func testUndatedBulletKeptWithoutDate() {
        let e = entry("[[Known]] — no date here")!
        XCTAssertNil(e.date)
        XCTAssertEqual(e.summary, "no date here")
    }

    func testRoleOrganizationAndNestedTeam() {
        let (role, org, team) = PersonSections.splitRole("Technical Enablement Director at VAST Data (Enablement (SE enablement))")
        XCTAssertEqual(role, "Technical Enablement Director")
        XCTAssertEqual(org, "VAST Data")
        XCTAssertEqual(team, "Enablement (SE enablement)")
        let (r2, o2, t2) = PersonSections.splitRole("Freelance designer")
        XCTAssertEqual(r2, "Freelance designer")
        XCTAssertNil(o2)
        XCTAssertNil(t2)
        XCTAssertEqual(PersonSections.splitRole("CTO at [[Acme Robotics|Acme]]").1, "Acme")
    }

    func testProfileFields() {
        XCTAssertEqual(PersonSections.field("**Role**: PM at X")?.0, "role")
        XCTAssertEqual(PersonSections.field("- **Relationship**: Customer champion")?.1, "Customer champion")
        XCTAssertEqual(PersonSections.field("**Relationship:** Friend")?.1, "Friend")
        XCTAssertNil(PersonSections.field("**Background**:"))
        XCTAssertNil(PersonSections.field("plain text"))
    }
}
