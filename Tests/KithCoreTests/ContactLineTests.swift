import XCTest
@testable import KithCore

/// A line read as a record of contact: its summary, inline fields, open tasks, leading dates.
final class ContactLineTests: XCTestCase {
    func summary(_ s: String) -> String? { ContactLine.summary(Substring(s)) }

    func testSummariesDropMarkupKeysAndWhoItWasWith() {
        XCTAssertEqual(summary("met:: [[Ana Lima]] on my way home. Had a nice chat."), "on my way home. Had a nice chat.")
        XCTAssertEqual(summary("- met:: [[Ana Lima]], [[Bo Chen]] lunch"), "lunch")
        XCTAssertEqual(summary("- Talked to (person:: [[Lead]]) about pricing."), "Talked to Lead about pricing.")
        XCTAssertEqual(summary("- Saw [with:: [[Bo|Bo C.]]] at the gym"), "Saw Bo C. at the gym")
        XCTAssertEqual(summary("- Met [[Tomás Ferreira]] after his talk"), "Met Tomás Ferreira after his talk")
        XCTAssertEqual(summary("- [[Ana Lima]]: lunch at the café"), "lunch at the café")
        XCTAssertEqual(summary("- [[Ana Lima]] — lunch"), "lunch")
        XCTAssertEqual(summary("- [[Ana Lima]] and I had lunch"), "Ana Lima and I had lunch")
        XCTAssertEqual(summary("- Ben sent the brief; reply by Monday. [[Ben Cartwright]]"), "Ben sent the brief; reply by Monday.")
        XCTAssertEqual(summary("- Lunch with [[Ana Lima]]"), "Lunch with Ana Lima")
        XCTAssertEqual(summary("- [x] Called [[Ana]] ![[photo.png]]"), "Called Ana photo.png")
        XCTAssertEqual(summary("- 2026-11-12 Coffee with [[Ana]]"), "Coffee with Ana")
        XCTAssertEqual(summary("> - [[Note#Heading|shown]] text"), "shown text")
        XCTAssertNil(summary("- [[Ana Lima]]"))
        XCTAssertNil(summary("met:: [[Ana Lima]]"))
        XCTAssertEqual(summary("met:: [[王芳]] 在上海见面"), "在上海见面")
    }

    func testInlineFieldsAndTheirValues() {
        func fields(_ s: String) -> [String] {
            let line = Substring(s)
            return ContactLine.fields(line).map { "\($0.key)=\(line[$0.value].trimmingCharacters(in: .whitespaces))" }
        }
        XCTAssertEqual(fields("met:: [[Ana]] today"), ["met=[[Ana]] today"])
        XCTAssertEqual(fields("- Lunch (with:: [[Ana]]) and [who:: [[Bo]]]."), ["with=[[Ana]]", "who=[[Bo]]"])
        XCTAssertEqual(fields("- See [[a:: b]] and `x:: y`"), [])
        XCTAssertEqual(fields("No field: 10:30 meeting"), [])
        XCTAssertEqual(fields("https://example.com::8080"), [])
    }

    func testOpenTasksAndLeadingDates() {
        XCTAssertTrue(ContactLine.isOpenTask("- [ ] call [[Ana]]"))
        XCTAssertTrue(ContactLine.isOpenTask("  1. [ ] call"))
        XCTAssertFalse(ContactLine.isOpenTask("- [x] called [[Ana]]"))
        XCTAssertFalse(ContactLine.isOpenTask("- [[Ana]] [ ]"))
        XCTAssertEqual(ContactLine.leadingDate("- 2024-03-02 coffee")?.description, "2024-03-02")
        XCTAssertEqual(ContactLine.leadingDate("- **2024-03-02**: coffee")?.description, "2024-03-02")
        XCTAssertEqual(ContactLine.leadingDate("- [x] [[2024-03-02]] coffee")?.description, "2024-03-02")
        XCTAssertNil(ContactLine.leadingDate("- coffee on 2024-03-02"))
    }

    func testNonContactKeys() {
        XCTAssertFalse(ContactLine.isContactKey("Author"))
        XCTAssertFalse(ContactLine.isContactKey("created"))
        XCTAssertTrue(ContactLine.isContactKey("Attendees"))
        XCTAssertTrue(ContactLine.isContactKey("with"))
    }

    func testPlainNamesInPropertiesMatchNamesAndAliases() {
        let index = VaultIndex(root: "/v", parsed: [
            parseNote("---\ntype: person\naliases: [Chuck]\n---\n", path: "People/Charles Blake.md"),
            parseNote("---\ntype: person\n---\n", path: "People/Zoë Ñúñez.md"),
            parseNote("---\ntype: meeting\ndate: 2024-01-02\nattendees: Chuck, zoe nunez; Nobody\nauthor: Chuck\n---\n",
                      path: "m.md"),
            parseNote("---\ntype: meeting\ndate: 2024-01-03\nattendees: [[Charles Blake]]\n---\n", path: "n.md"),
        ])
        XCTAssertEqual(index.participants(of: "m.md"), ["People/Charles Blake.md", "People/Zoë Ñúñez.md"])
        // `[[X]]` without quotes is a list in a list in YAML: still the name.
        XCTAssertEqual(index.participants(of: "n.md"), ["People/Charles Blake.md"])
        XCTAssertEqual(index.interactions(of: "People/Charles Blake.md").map(\.line), [4, 4])
    }
}
