import XCTest
@testable import KithCore

/// People's interaction lists are written in runs of about equal size, decoded side by side
/// (`SnapshotEncoder.runs`): every list in exactly one run, in order, none empty.
final class SnapshotRunsTests: XCTestCase {
    func testRunsCoverEveryListInOrderWithAboutEqualTotals() {
        var rng = RandomVault.RNG(state: 7)
        for trial in 0..<200 {
            let sizes = (0..<rng.next(60)).map { _ in rng.next(4) == 0 ? rng.next(400) : rng.next(6) }
            let count = 1 + rng.next(20)
            let runs = SnapshotEncoder.runs(sizes, count: count)
            XCTAssertEqual(runs.flatMap { Array($0) }, Array(sizes.indices), "trial \(trial): every list once, in order")
            XCTAssertTrue(runs.allSatisfy { !$0.isEmpty }, "trial \(trial): no empty run")
            XCTAssertLessThanOrEqual(runs.count, count, "trial \(trial)")
            XCTAssertEqual(runs.isEmpty, sizes.isEmpty, "trial \(trial)")
            // Each run but the last ends once the lists so far reach its share of the total,
            // and not a list later.
            let total = sizes.reduce(0, +), parts = max(1, min(count, sizes.count))
            for (k, run) in runs.enumerated().dropLast() {
                let end = sizes[..<run.upperBound].reduce(0, +)
                XCTAssertGreaterThanOrEqual(end * parts, total * (k + 1), "trial \(trial): run \(k) ended short")
                if run.count > 1 {
                    let before = end - sizes[run.upperBound - 1]
                    XCTAssertLessThan(before * parts, total * (k + 1), "trial \(trial): run \(k) went on past its share")
                }
            }
        }
        XCTAssertEqual(SnapshotEncoder.runs([], count: 16), [])
        XCTAssertEqual(SnapshotEncoder.runs([0, 0, 0], count: 2).count, 2)
        // Lists of one size: as many runs as asked, of equal length.
        XCTAssertEqual(SnapshotEncoder.runs(Array(repeating: 3, count: 160), count: 16).map(\.count),
                       Array(repeating: 10, count: 16))
    }
}
