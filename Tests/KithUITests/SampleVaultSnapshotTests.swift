import KithCore
import XCTest
@testable import KithUI

/// Golden screens over the shared sample vault (`Tests/Fixtures/SampleVault`), read by the
/// real loader and parser, with today fixed at 2026-11-25.
final class SampleVaultSnapshotTests: XCTestCase {
    nonisolated(unsafe) static var cached: VaultIndex?

    static func index() throws -> VaultIndex {
        if let cached { return cached }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/SampleVault").path
        var index = try VaultLoader.load(root: root)
        index.buildSeconds = 0.01  // the status line shows it; keep snapshots stable
        cached = index
        return index
    }

    /// The browser as it opens on the sample vault: started, then the index loaded.
    static func started(today: CalendarDate = TestVault.today, cols: Int = 120, rows: Int = 40) throws -> AppState {
        var (s, _) = AppState.start(vaultName: "SampleVault", today: today, cols: cols, rows: rows)
        s = KithApp.update(s, .indexLoaded(try index())).0
        return s
    }

    private func check(_ name: String, _ script: (AppState) -> AppState) throws {
        let index = try Self.index()
        for (c, r) in [(120, 40), (80, 24), (200, 60)] {
            var (s, _) = AppState.start(vaultName: "SampleVault", today: TestVault.today, cols: c, rows: r)
            s = KithApp.update(s, .indexLoaded(index)).0
            assertSnapshot(KithApp.render(script(s)), named: "sample-\(name)-\(c)x\(r)")
        }
    }

    func testPeople() throws { try check("people") { $0 } }
    func testCard() throws { try check("card") { $0.press(.tab) } }
    func testReader() throws { try check("reader") { $0.press(.tab, .enter) } }
    func testRecent() throws { try check("recent") { $0.press(.char("2")) } }
    func testTranscripts() throws { try check("transcripts") { $0.press(.char("3")) } }
    func testSearch() throws { try check("search") { $0.press(.char("/")).type("jose") } }
    func testStaleSort() throws { try check("stale") { $0.press(.char("s"), .char("s")) } }
    func testRecentSearch() throws { try check("recent-search") { $0.press(.char("2"), .char("/")).type("launch") } }
    func testTranscriptsSearch() throws { try check("transcripts-search") { $0.press(.char("3"), .char("/")).type("mara") } }
    func testRecentByMeeting() throws { try check("recent-by-meeting") { $0.press(.char("2"), .char("m")) } }
    func testOrganizations() throws { try check("organizations") { $0.press(.char("4")) } }
    func testOrganizationsByDue() throws { try check("organizations-due") { $0.press(.char("4"), .char("s"), .char("s"), .char("s")) } }
    /// Enter on Fernwood Labs: its people, the chip in the list's title.
    func testOrganizationPeople() throws { try check("organization-people") { $0.press(.char("4"), .char("j"), .enter) } }
    func testBrief() throws { try check("brief") { $0.press(.char("b")) } }
}
