import XCTest
@testable import KithCore

/// `Parallel`: the results of concurrent tasks come back complete and in order, and the
/// ranges split the input without gaps or overlaps, whatever the sizes.
final class ParallelTests: XCTestCase {
    func testMapKeepsTaskOrder() {
        XCTAssertEqual(Parallel.map(0) { $0 }, [])
        XCTAssertEqual(Parallel.map(1) { $0 * 2 }, [0])
        XCTAssertEqual(Parallel.map(1000) { "\($0)" }, (0..<1000).map { "\($0)" })
    }

    func testRangesCoverTheInputOnceInOrder() {
        for count in [0, 1, 2, 7, 64, 1000, 4097] {
            for parts in [1, 2, 3, 8, 64, 5000] {
                let ranges = Parallel.ranges(count, parts: parts)
                XCTAssertEqual(ranges.flatMap { Array($0) }, Array(0..<count), "\(count) in \(parts)")
                XCTAssertLessThanOrEqual(ranges.count, max(1, min(parts, count)))
                XCTAssertFalse(ranges.contains { $0.isEmpty }, "\(count) in \(parts): an empty range")
                if let widest = ranges.map(\.count).max(), let narrowest = ranges.map(\.count).min() {
                    XCTAssertLessThanOrEqual(widest - narrowest, 1, "\(count) in \(parts): unbalanced")
                }
            }
        }
    }

    func testChunksEqualTheSequentialWork() {
        let words = (0..<10_000).map { "w\($0 % 97)" }
        let sequential = words.filter { $0.hasSuffix("7") }
        let parallel = Parallel.chunks(of: words.count, into: Parallel.cores * 4) { range in
            range.map { words[$0] }.filter { $0.hasSuffix("7") }
        }.flatMap { $0 }
        XCTAssertEqual(parallel, sequential)
    }

    func testBatchedMapKeepsIndexOrderAndReportsEveryIndexOnce() {
        for (count, batch) in [(0, 4), (1, 4), (5, 1), (7, 3), (1000, 64), (4097, 4096), (10, 100), (3, 0)] {
            let done = Locked(0)
            let out = Parallel.map(count, batch: batch, { "\($0)" }, finished: { n in done.withLock { $0 += n } })
            XCTAssertEqual(out, (0..<count).map { "\($0)" }, "\(count) by \(batch)")
            XCTAssertEqual(done.withLock { $0 }, count, "\(count) by \(batch): progress")
        }
    }
}
