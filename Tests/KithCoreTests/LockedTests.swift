import XCTest
@testable import KithCore

/// `Locked`, the one lock: no update is lost when many threads change the value at once.
final class LockedTests: XCTestCase {
    func testConcurrentUpdatesAreAllKept() {
        let counter = Locked(0)
        let log = Locked<[Int]>([])
        _ = Parallel.map(64) { task -> Int in
            for _ in 0..<1000 { counter.withLock { $0 += 1 } }
            log.withLock { $0.append(task) }
            return task
        }
        XCTAssertEqual(counter.current, 64_000)
        XCTAssertEqual(log.current.sorted(), Array(0..<64))
    }
}
