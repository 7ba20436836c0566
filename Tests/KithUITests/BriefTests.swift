import KithCore
import XCTest
@testable import KithUI

/// The brief (`b`): one page on a person, laid out to the screen like a printed one-pager.
final class BriefTests: XCTestCase {
    /// The browser on the seed vault with the seed person's brief open.
    static func brief(cols: Int, rows: Int) -> AppState {
        var (s, _) = AppState.start(vaultName: "~/vault", today: SeedVault.today, cols: cols, rows: rows)
        s = KithApp.update(s, .indexLoaded(SeedVault.index())).0
        s.openPerson("People/Deandre Jackson.md")
        return s.press(.char("b"))
    }

    func testSeedBriefGolden() {
        for (c, r) in [(80, 24), (120, 40), (200, 60)] {
            assertSnapshot(KithApp.render(Self.brief(cols: c, rows: r)), named: "brief-seed-\(c)x\(r)")
        }
    }
}
