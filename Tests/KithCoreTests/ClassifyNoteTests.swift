import XCTest
@testable import KithCore

final class ClassifyNoteTests: XCTestCase {
    let c = NoteClassifier.standard

    func testPersonByTypeTagCategoryOrFolderAtAnyDepth() {
        XCTAssertEqual(c.kind(path: "x.md", type: "people", tags: [], categories: []), .person)
        XCTAssertEqual(c.kind(path: "x.md", type: "Person", tags: [], categories: []), .person)
        XCTAssertEqual(c.kind(path: "x.md", type: nil, tags: ["Type/People"], categories: []), .person)
        XCTAssertEqual(c.kind(path: "x.md", type: nil, tags: ["people"], categories: []), .person)
        XCTAssertEqual(c.kind(path: "x.md", type: nil, tags: [], categories: ["[[People]]"]), .person)
        XCTAssertEqual(c.kind(path: "Work/people/x.md", type: nil, tags: [], categories: []), .person)
        XCTAssertEqual(c.kind(path: "People.md", type: nil, tags: [], categories: []), .note)
    }

    func testOtherKinds() {
        XCTAssertEqual(c.kind(path: "x.md", type: "meeting", tags: [], categories: []), .transcript)
        XCTAssertEqual(c.kind(path: "Sources/Transcripts/2025/x.md", type: nil, tags: [], categories: []), .transcript)
        XCTAssertEqual(c.kind(path: "Sources/x.md", type: nil, tags: [], categories: []), .note)
        XCTAssertEqual(c.kind(path: "x.md", type: nil, tags: ["type/transcript"], categories: []), .transcript)
        XCTAssertEqual(c.kind(path: "Projects/Cloud.md", type: nil, tags: [], categories: []), .project)
        XCTAssertEqual(c.kind(path: "x.md", type: "company", tags: [], categories: []), .organization)
        XCTAssertEqual(c.kind(path: "x.md", type: "Customer", tags: [], categories: []), .organization)
        XCTAssertEqual(c.kind(path: "Organizations/Acme.md", type: nil, tags: [], categories: []), .organization)
        XCTAssertEqual(c.kind(path: "Daily/x.md", type: "daily", tags: ["journal"], categories: []), .note)
    }

    func testExplicitTypeBeatsFolder() {
        XCTAssertEqual(c.kind(path: "People/Cloud.md", type: "project", tags: [], categories: []), .project)
        XCTAssertEqual(c.kind(path: "Projects/Ana.md", type: nil, tags: ["type/people"], categories: []), .person)
    }

    func testRulesAreConfigurable() {
        var custom = NoteClassifier.standard
        custom.person = .init(types: ["contact"], folders: ["Contacts"])
        XCTAssertEqual(custom.kind(path: "Contacts/Ana.md", type: nil, tags: [], categories: []), .person)
        XCTAssertEqual(custom.kind(path: "x.md", type: "CONTACT", tags: [], categories: []), .person)
        XCTAssertEqual(custom.kind(path: "People/Ana.md", type: nil, tags: [], categories: []), .note)
    }
}
