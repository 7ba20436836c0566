import KithCore
import XCTest
@testable import KithUI

/// `e` names the note under the cursor, at the line the cursor shows, in every view.
final class EditEffectTests: XCTestCase {
    private func edit(_ s: AppState) -> (path: String, line: Int?)? {
        guard case .edit(let path, let line)? = KithApp.update(s, .key(.char("e"))).1.first else { return nil }
        return (path, line)
    }

    func testRecentEntriesOpenTheTranscriptAtTheLineLinkingThePerson() throws {
        var s = TestVault.state(cols: 100, rows: 30).press(.char("2"))
        let index = try XCTUnwrap(s.index)
        var sawTranscript = false, sawContext = false
        for (row, r) in s.recentRows.enumerated() {
            guard case .item(let i) = r else { continue }
            s.nav.recent.selected = row
            let e = try XCTUnwrap(edit(s))
            switch (i.origin, i.target) {
            case (.transcript, let t?), (.meeting, let t?), (.daily, let t?), (.inlineField, let t?):
                // The transcript, at a line that links the person.
                XCTAssertEqual(e.path, t)
                let line = try XCTUnwrap(e.line)
                let name = try XCTUnwrap(index.note(i.person)?.name)
                XCTAssertTrue(index.note(t)!.parsed.line(line).contains(name), "line \(line) of \(t)")
                sawTranscript = true
            case (.recentContext, let t?), (.log, let t?):
                XCTAssertEqual(e.path, t)
                XCTAssertNil(e.line)
                sawContext = true
            case (_, nil):
                // A bullet without a link: the person's note at that bullet.
                XCTAssertEqual(e.path, i.person)
                XCTAssertEqual(e.line, i.line)
            }
        }
        XCTAssertTrue(sawTranscript && sawContext)
    }

    func testTranscriptsViewOpensTheSelectedTranscript() throws {
        let s = TestVault.state(cols: 100, rows: 30).press(.char("3"), .char("j"))
        XCTAssertEqual(edit(s)?.path, s.meetingRows[1].path)
        XCTAssertNil(edit(s)?.line)
    }

    func testReaderOpensAtItsTopLine() throws {
        let path = "Sources/Transcripts/2026/2026-11-20 - Intro 1-1 between Jason and Dre.md"
        var s = TestVault.state(cols: 100, rows: 12).press(.char("3"))
        s.show(.reader(path: path))
        XCTAssertEqual(edit(s)?.path, path)
        let first = try XCTUnwrap(edit(s)?.line)
        s = s.press(.char("j"), .char("j"), .char("j"))
        let scrolled = try XCTUnwrap(edit(s)?.line)
        XCTAssertGreaterThan(scrolled, first, "scrolling down moves the line the editor opens at")
        XCTAssertLessThanOrEqual(scrolled, s.index!.note(path)!.parsed.lineCount)
    }
}
