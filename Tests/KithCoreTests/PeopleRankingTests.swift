import XCTest
@testable import KithCore

/// The lazily ranked list gives, at any range, exactly the rows of the fully sorted list,
/// highlight positions included, while typing narrows a session.
final class PeopleRankingTests: XCTestCase {
    func testAnyRangeOfTheLazyRankingEqualsTheFullySortedList() {
        var rng = RankingRNG(seed: 3)
        let first = ["José", "Zoë", "Anna", "Ana", "Jon", "Émile", "Åsa", "Ann", "Joanna", "王"]
        let last = ["García", "Ñúñez", "Lee", "Abe", "Kim", "Dubois", "Berg", "Straße"]
        let docs = (0..<3000).map { i in
            SearchDocument(path: "People/\(i).md", name: "\(first[rng.next(first.count)]) \(last[rng.next(last.count)])",
                           aliases: rng.next(4) == 0 ? ["\(first[rng.next(first.count)])y"] : [],
                           role: rng.next(2) == 0 ? "Engineer" : nil, organization: rng.next(2) == 0 ? "Acme" : nil,
                           tags: rng.next(3) == 0 ? ["team"] : [])
        }
        let search = PeopleSearch(documents: docs)
        var checked = 0
        for typed in ["an", "jo", "e", "zoe nu", "tag:team a", "org:acme"] {
            var session = search.makeSession()
            var query = ""
            for ch in typed {
                query.append(ch)
                let full = search.search(query)
                let ranking = session.ranked(query)
                XCTAssertEqual(ranking.count, full.count, query)
                guard !full.isEmpty else { continue }
                checked += 1
                // The first screen, pages further down, a screen at the very end, and past it.
                var ranges = [0..<min(30, full.count), max(0, full.count - 7)..<full.count, full.count..<(full.count + 5)]
                for _ in 0..<6 {
                    let lo = rng.next(full.count)
                    ranges.append(lo..<min(full.count, lo + 1 + rng.next(80)))
                }
                for r in ranges {
                    let want = Array(full[min(r.lowerBound, full.count)..<min(r.upperBound, full.count)])
                    XCTAssertEqual(ranking.hits(r), want, "\(query) rows \(r)")
                }
            }
        }
        XCTAssertGreaterThan(checked, 15)
    }
}

private struct RankingRNG {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ n: Int) -> Int {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return Int((z ^ (z >> 31)) % UInt64(n))
    }
}
