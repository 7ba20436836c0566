import KithCore
import XCTest
@testable import KithUI

/// A vault kept another way (no people, or people but no meetings): each view says what it
/// would list and how a note gets there, whole at 80 columns.
final class EmptyViewTests: XCTestCase {
    static func state(_ files: [(String, String)], cols: Int = 80, rows: Int = 24) -> AppState {
        let index = VaultIndex(root: "/v", parsed: files.map { NoteParser.parse(path: $0.0, bytes: Array($0.1.utf8)) })
        let (s, _) = AppState.start(vaultName: "v", today: TestVault.today, cols: cols, rows: rows)
        return KithApp.update(s, .indexLoaded(index)).0
    }

    /// The screen's text with each line's box and indentation stripped, lines joined by spaces:
    /// wrapped paragraphs read as written.
    static func prose(_ s: AppState) -> String {
        let g = KithApp.render(s)
        return (1..<(g.height - 1)).map { g.rowText($0).trimmingCharacters(in: CharacterSet(charactersIn: "│┃║|╎┆┊ ")) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    static let notesOnly = [("Canvas.md", "# Canvas\nSee [[Bases]].\n"), ("Bases.md", "# Bases\n")]

    func testRecentWithoutPeopleSaysWhatAnInteractionIsAndWhereToLook() {
        for cols in [80, 200] {
            let text = Self.prose(Self.state(Self.notesOnly, cols: cols).press(.char("2")))
            XCTAssertTrue(text.contains("No interactions yet (0 people)."), text)
            XCTAssertTrue(text.contains("a daily note that links them (met:: [[Ana Lima]] …), or a dated entry in their own note (## 2024-03-02)."), text)
            XCTAssertTrue(text.contains("There are no people yet: press 1 to see how a note becomes one."), text)
        }
        // Pressing 1 shows that explanation.
        let people = Self.prose(Self.state(Self.notesOnly).press(.char("2"), .char("1")))
        XCTAssertTrue(people.contains("No people in this vault (2 notes)."), people)
        XCTAssertTrue(people.contains("Change the rules in the [kinds.person] section of kith's config.toml"), people)
    }

    func testMeetingsWithPeopleButNoMeetingsSaysWhatAMeetingIs() {
        let files = Self.notesOnly + [("People/Ana Lima.md", "---\ntype: person\n---\n# Ana Lima\n")]
        let s = Self.state(files).press(.char("3"))
        let text = Self.prose(s)
        XCTAssertTrue(text.contains("No meetings, transcripts or daily notes with people."), text)
        XCTAssertTrue(text.contains("They are listed here once they link a person."), text)
        XCTAssertTrue(text.contains("[kinds.meeting] and [kinds.transcript] sections of kith's config.toml"), text)
        // With a person, Recent does not send the user to the People view.
        let recent = Self.prose(Self.state(files).press(.char("2")))
        XCTAssertTrue(recent.contains("No interactions yet (1 person)."), recent)
        XCTAssertFalse(recent.contains("press 1"), recent)
    }
}
