import XCTest
import KithCore
@testable import KithUI

/// The Recent view's meeting groups come out the same whether a day's interactions are
/// compared pairwise (small days) or through a table (busy days of a large vault).
final class MeetingGroupingTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/SampleVault").path

    func testATableGroupsABusyDayAsPairwiseComparisonDoes() throws {
        let index = try VaultLoader.load(root: Self.root)
        // The whole timeline as one day: far more interactions than `pairwiseLimit`, with
        // meetings shared by several people.
        let items = index.timeline
        XCTAssertGreaterThan(items.count, DerivedRows.pairwiseLimit)
        var pairwise: [RecentRow] = [], table: [RecentRow] = []
        DerivedRows.byMeeting(items, index, into: &pairwise, pairwiseLimit: .max)
        DerivedRows.byMeeting(items, index, into: &table, pairwiseLimit: 0)
        XCTAssertTrue(pairwise.contains { if case .meeting = $0 { return true } else { return false } },
                      "the sample vault has shared meetings")
        XCTAssertEqual(table, pairwise)
    }
}
