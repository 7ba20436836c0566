import XCTest
@testable import KithCore

/// The chunked timeline behaves as one sorted array under inserts, removals and merges.
final class TimelineStoreTests: XCTestCase {
    private func item(_ day: Int, _ line: Int) -> Interaction {
        Interaction(date: CalendarDate(year: 2025, month: 1 + day % 12, day: 1 + day % 28), person: "p\(line % 7)",
                    target: nil, label: "x", summary: nil, via: nil, line: line, origin: .recentContext)
    }

    private func before(_ a: Interaction, _ b: Interaction) -> Bool {
        if a.date != b.date { return a.date! > b.date! }
        return a.line < b.line
    }

    func testChunkedEditsEqualThePlainArray() {
        var rng = RandomVault.RNG(state: 9)
        var plain = (0..<200).map { _ in item(rng.next(300), rng.next(50)) }.sorted(by: before)
        var store = TimelineStore(plain, chunkSize: 8)
        for step in 0..<400 {
            switch rng.next(3) {
            case 0:
                let x = item(rng.next(300), rng.next(50))
                let at = plain.firstIndex { before(x, $0) } ?? plain.count
                plain.insert(x, at: at)
                store.insert(x, before: before)
            case 1:
                let line = rng.next(50)
                plain.removeAll { $0.line == line }
                store.removeAll { $0.line == line }
            default:
                let run = (0..<rng.next(30)).map { _ in item(rng.next(300), rng.next(50)) }.sorted(by: before)
                var merged: [Interaction] = []
                var k = 0
                for old in plain {
                    while k < run.count, before(run[k], old) { merged.append(run[k]); k += 1 }
                    merged.append(old)
                }
                plain = merged + run[k...]
                store.merge(run, before: before)
            }
            XCTAssertEqual(store.all, plain, "step \(step)")
            XCTAssertEqual(Array(store.elements), plain, "step \(step)")
            let line = rng.next(50)
            XCTAssertEqual(store.first { $0.line == line }, plain.first { $0.line == line }, "step \(step)")
            XCTAssertFalse(store.chunks.contains { $0.isEmpty || $0.count >= 16 }, "step \(step): chunk sizes")
        }
    }

    /// An interaction keeps its fields in one object its copies share: what the index's
    /// person list and timeline hold reads back field for field as it was made.
    func testAnInteractionReadsBackAsMade() {
        let made = Interaction(date: CalendarDate(year: 2026, month: 3, day: 2), person: "People/Ana.md",
                               target: "Meetings/Sync.md", label: "Sync", summary: "Planned Q2",
                               via: "Ben", line: 7, origin: .meeting)
        let store = TimelineStore([made, made], chunkSize: 1)
        XCTAssertEqual(store.all, [made, made])
        XCTAssertEqual(store.all[1].description, "Interaction(date: 2026-03-02, person: People/Ana.md, "
                       + "target: Meetings/Sync.md, label: Sync, summary: Planned Q2, via: Ben, line: 7, origin: meeting)")
        let other = Interaction(date: made.date, person: made.person, target: nil, label: made.label,
                                summary: made.summary, via: made.via, line: made.line, origin: made.origin)
        XCTAssertNotEqual(other, made)
    }
}
