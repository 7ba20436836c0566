import KithCore
import XCTest
@testable import KithUI

/// Golden screens of every view at 120×40 and 80×24.
final class SnapshotTests: XCTestCase {
    static let sizes = [(120, 40), (80, 24)]

    private func check(_ name: String, _ script: (AppState) -> AppState) {
        for (c, r) in Self.sizes {
            var s = script(TestVault.state(cols: c, rows: r))
            if case .loaded(let n, _) = s.status { s.status = .loaded(notes: n, seconds: 0.01) }
            assertSnapshot(KithApp.render(s), named: "\(name)-\(c)x\(r)")
        }
    }

    func testPeopleStart() { check("people") { $0 } }

    func testLoading() {
        for (c, r) in Self.sizes {
            var (s, _) = AppState.start(vaultName: "~/vault", today: TestVault.today, cols: c, rows: r)
            s = KithApp.update(s, .indexProgress(done: 4210, total: 10000)).0
            assertSnapshot(KithApp.render(s), named: "loading-\(c)x\(r)")
        }
    }

    func testCardFocus() { check("card-focus") { $0.press(.tab, .char("j")) } }

    func testSearchTyped() { check("search") { $0.press(.char("/")).type("ja") } }

    func testFullTextSearch() { check("fulltext") { $0.press(.char("\\")).type("course") } }

    func testReaderFromCard() { check("reader") { $0.press(.tab, .enter) } }

    func testReaderAndBack() { check("reader-back") { $0.press(.tab, .enter, .backspace) } }

    func testHelp() { check("help") { $0.press(.char("?")) } }

    func testRecent() { check("recent") { $0.press(.char("2")) } }

    func testTranscripts() { check("transcripts") { $0.press(.char("3"), .char("j")) } }

    func testSortByName() { check("people-by-name") { $0.press(.char("s"), .char("j"), .char("j")) } }

    func testUnresolvedMessage() { check("unresolved") { $0.press(.tab, .char("j"), .char("j"), .enter) } }

    func testTooSmall() {
        var s = TestVault.state(cols: 120, rows: 40)
        s = KithApp.update(s, .resize(cols: 30, rows: 8)).0
        assertSnapshot(KithApp.render(s), named: "too-small-30x8")
    }
}
