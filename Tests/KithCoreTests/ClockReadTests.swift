import Foundation
import XCTest

/// No test may depend on the day it runs: the tests pin "today" (`--today`, `KITH_TODAY`, or
/// a `today:` argument) instead of reading the calendar. This reads every test source and
/// fails on a calendar read, so a new time bomb is caught the day it is written, not the day
/// it goes off. Waiting for a condition uses `Deadline` (the monotonic clock), which is allowed.
final class ClockReadTests: XCTestCase {
    /// What reads the wall clock or the calendar in Swift on Linux.
    /// What reads the wall clock or the calendar in Swift on Linux (whole words: a name like
    /// `keptWithoutDate()` is not `Date()`).
    static let calendarReads = [
        #"\bDate\(\)"#, #"\bDate\.now\b"#, #"\bDate\(timeIntervalSinceNow"#, #"\.today\(\)"#, #"\btime\(nil\)"#,
        #"\blocaltime"#, #"\bgettimeofday\b"#, #"CLOCK_REALTIME"#, #"\bCalendar\.current\b"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    static func reads(in line: String) -> [String] {
        let range = NSRange(line.startIndex..., in: line)
        return calendarReads.filter { $0.firstMatch(in: line, range: range) != nil }.map(\.pattern)
    }

    func testNoTestSourceReadsTheCalendar() throws {
        let testsRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let walker = try XCTUnwrap(FileManager.default.enumerator(atPath: testsRoot.path))
        var scanned = 0
        var offenders: [String] = []
        for case let rel as String in walker where rel.hasSuffix(".swift") {
            // This file names the reads it looks for.
            if rel.hasSuffix("ClockReadTests.swift") { continue }
            let text = try String(contentsOf: testsRoot.appendingPathComponent(rel), encoding: .utf8)
            scanned += 1
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for read in Self.reads(in: String(line)) {
                    offenders.append("\(rel):\(n + 1): \(read)")
                }
            }
        }
        XCTAssertGreaterThan(scanned, 50, "the test sources were not found at \(testsRoot.path)")
        XCTAssertEqual(offenders, [], "tests must pin today, not read the clock")
    }

    /// The scan itself finds a calendar read (so an empty result above means something).
    func testTheScanRecognisesACalendarRead() {
        XCTAssertEqual(Self.reads(in: "        let today = CalendarDate.today()").count, 1)
        XCTAssertEqual(Self.reads(in: "let t = Date().addingTimeInterval(3)").count, 1)
        XCTAssertEqual(Self.reads(in: "let d = Deadline(seconds: 5)"), [])
        XCTAssertEqual(Self.reads(in: "func testUndatedBulletKeptWithoutDate() {"), [])
    }
}
