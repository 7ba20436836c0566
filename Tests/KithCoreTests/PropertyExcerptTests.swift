import Foundation
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

    /// The byte fast paths (ASCII wikilinks, quotes with nothing to unescape) answer as
    /// Foundation's searching and replacing do.
    func testFastPathsEqualFoundationsSearches() {
        let pieces = ["[[", "]]", "[", "]", "|", "#", "Ana", " ", "'", "''", "\"", "\\", "\\\"", "x", "é", "e\u{301}", "[\u{301}", "王", ">"]
        var rng = SystemRandomNumberGenerator()
        var linked = 0
        for _ in 0..<20_000 {
            let s = (0..<Int.random(in: 0...10, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            if s.contains("[[") {
                XCTAssertEqual(PropertyExcerpt.plain(s), PropertyExcerpt.plainSearching(s), s.debugDescription)
                linked += 1
            }
            for q in ["'", "\""] {
                let quoted = Substring(q + s + q)
                let inner = quoted.dropFirst().dropLast()
                let expected = quoted.count < 2 || quoted.first != Character(q) || quoted.last != Character(q) ? String(quoted)
                    : q == "'" ? inner.replacingOccurrences(of: "''", with: "'")
                    : inner.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
                XCTAssertEqual(Array(PropertyExcerpt.unquoted(quoted).utf8), Array(expected.utf8), quoted.debugDescription)
            }
        }
        XCTAssertGreaterThan(linked, 2_000)
    }
}
