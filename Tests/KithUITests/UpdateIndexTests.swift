import KithCore
import XCTest
@testable import KithUI

/// An index that changes under the user (live reload, the editor's save) leaves them where they
/// were: same person, same scroll, same Recent entry; a deleted note's reader closes.
final class UpdateIndexTests: XCTestCase {
    private func index(adding extra: [(String, String)] = [], removing gone: Set<String> = []) -> VaultIndex {
        let files = TestVault.files.filter { !gone.contains($0.0) } + extra
        return VaultIndex(root: "/vault", parsed: files.map { NoteParser.parse(path: $0.0, bytes: Array($0.1.utf8)) })
    }

    private let newcomer = ("People/Ann Newcomer.md", """
        ---
        last_contact: '2026-11-24'
        tags: [people]
        ---
        # Ann Newcomer

        ## Recent Context
        - 2026-11-24: [[Cloud Migration]] — the newest thing that happened
        """)

    func testSelectionAndCardScrollSurviveAPersonAddedAbove() {
        var s = TestVault.state(cols: 100, rows: 16).press(.char("j"), .char("j"))
        let person = s.nav.person
        let row = s.nav.peopleList.selected
        s = s.press(.tab, .ctrl("d"))
        let top = s.nav.card.top
        XCTAssertGreaterThan(top, 0, "the card scrolled")
        s = KithApp.update(s, .indexUpdated(index(adding: [newcomer]), message: "Ann Newcomer.md added")).0
        XCTAssertEqual(s.nav.person, person)
        XCTAssertEqual(s.nav.peopleList.selected, row + 1, "the new person sorts first (newest contact)")
        XCTAssertEqual(s.nav.card.top, top)
        XCTAssertEqual(s.nav.focus, .card)
        XCTAssertEqual(s.message?.text, "Ann Newcomer.md added")
        XCTAssertTrue(KithApp.render(s).text.contains("Ann Newcomer"))
    }

    func testTheSelectedRecentEntryStaysSelected() {
        var s = TestVault.state(cols: 100, rows: 30).press(.char("2"), .char("j"), .char("j"))
        guard case .item(let before)? = s.recentRows[safe: s.nav.recent.selected] else {
            return XCTFail("no Recent entry selected")
        }
        s = KithApp.update(s, .indexUpdated(index(adding: [newcomer]), message: nil)).0
        guard case .item(let after)? = s.recentRows[safe: s.nav.recent.selected] else {
            return XCTFail("no Recent entry selected after the update")
        }
        XCTAssertEqual(after, before)
    }

    func testAReaderOnADeletedNoteGoesBack() {
        let transcript = "Sources/Transcripts/2026/2026-11-12 - Weekly SE community call.md"
        var s = TestVault.state(cols: 100, rows: 30).press(.char("3"))
        s.show(.reader(path: transcript))
        XCTAssertEqual(s.nav.page, .reader(path: transcript))
        s = KithApp.update(s, .indexUpdated(index(removing: [transcript]), message: "1 note removed")).0
        XCTAssertEqual(s.nav.page, .meetings)
        XCTAssertEqual(s.message?.text, "2026-11-12 - Weekly SE community call.md was removed")
        XCTAssertFalse(s.meetingRows.contains { $0.path == transcript })
        XCTAssertTrue(KithApp.render(s).text.contains("存储架构评审"), "the Transcripts view shows")
    }
}
