import XCTest
@testable import KithCore

/// A backlink from a note's properties reads as the property, not as its YAML.
final class PropertyExcerptTests: XCTestCase {
    func excerpts(_ source: String) -> [String] {
        let index = VaultIndex(root: "/v", parsed: [
            parseNote("---\ntags: [people]\n---\n", path: "People/Ana Lima.md"),
            parseNote("---\ntags: [people]\n---\n", path: "People/Kenji Sato.md"),
            parseNote(source, path: "Notes/Source.md"),
        ])
        return index.backlinks(to: "People/Ana Lima.md").map(\.excerpt)
    }

    func testAListItemShowsTheKeyOfItsList() {
        XCTAssertEqual(excerpts("---\nattendees:\n  - \"[[Kenji Sato]]\"\n\n  # late\n  - \"[[Ana Lima]]\"\n---\n"),
                       ["attendees: Ana Lima"])
        XCTAssertEqual(excerpts("---\nAttendees:\n- '[[Ana Lima|Ana]]'\n---\n"), ["Attendees: Ana"])
    }

    func testAScalarOrFlowListShowsItsValuesWithoutQuotesOrLinkMarkup() {
        XCTAssertEqual(excerpts("---\npeople: \"[[Ana Lima]], Kenji Sato\"\n---\n"), ["people: Ana Lima, Kenji Sato"])
        XCTAssertEqual(excerpts("---\nwith: [\"[[Ana Lima]]\", '[[Kenji Sato#Work]]', Bo]\n---\n"),
                       ["with: Ana Lima, Kenji Sato > Work, Bo"])
        XCTAssertEqual(excerpts("---\n\"host\": \"[[Ana Lima]]\"\n---\n"), ["host: Ana Lima"])
    }

    func testBodyLinesStayAsWritten() {
        XCTAssertEqual(excerpts("---\ntitle: x\n---\n- met [[Ana Lima]]: \"soon\"\n"), ["- met [[Ana Lima]]: \"soon\""])
    }
}
