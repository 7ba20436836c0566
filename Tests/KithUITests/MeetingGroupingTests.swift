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
        var pairwise: [UInt32] = [], table: [UInt32] = []
        DerivedRows.byMeeting(items.map(\.target), at: Array(items.indices), into: &pairwise, pairwiseLimit: .max)
        DerivedRows.byMeeting(items.map(\.target), at: Array(items.indices), into: &table, pairwiseLimit: 0)
        XCTAssertTrue(pairwise.contains { $0 >> 30 == TimelineRows.Kind.meeting.rawValue }, "the sample vault has shared meetings")
        XCTAssertEqual(table, pairwise)
        // And as the rows it stands for: the reference construction's.
        var reference: [RecentRow] = []
        Reference.byMeeting(items, index, into: &reference, pairwiseLimit: .max)
        let rows = TimelineRows(list: index.timelineList, codes: table, owner: index.owner,
                                interactions: items.count)
        XCTAssertEqual((0..<rows.count).map { rows[$0] }, reference)
    }

    /// Paths equal byte for byte are one meeting; any other byte (an accent) another.
    func testMeetingPathsCompareByTheirBytes() {
        typealias P = DerivedRows.MeetingPath
        XCTAssertEqual(P(path: "Meetings/Réunion.md"), P(path: "Meetings/" + "Réunion.md"))
        XCTAssertEqual(Set([P(path: "Meetings/Réunion.md"), P(path: "Meetings/Réunion.md")]).count, 1)
        XCTAssertNotEqual(P(path: "Meetings/Réunion.md"), P(path: "Meetings/Reunion.md"))
        XCTAssertNotEqual(P(path: "a"), P(path: "ab"))
    }
}
