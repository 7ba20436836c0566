import XCTest
@testable import KithCore

final class IndexFastPathReferenceTests: XCTestCase {
    func testDotSegmentScanEqualsSplit() {
        for key in ["", ".", "..", "...", "a", "./a", "a/.", "a/../b", "a..b/c", ".a/b", "a/.b", "//.//", "a//..",
                    "x.md", "é/./ü", "../../x", "a/b/..."] {
            XCTAssertEqual(LinkResolver.hasDotSegment(key),
                           key.split(separator: "/").contains { $0 == "." || $0 == ".." }, key)
        }
    }

    /// The timeline sorts positions with name ranks; the plain way sorts interactions by name keys.
    func testTimelineEqualsPlainSort() {
        let parsed = IndexBuildEqualityTests.generatedVault(notes: 1500)
        let index = VaultIndex(root: "/v", parsed: parsed)
        var plain = index.peopleIDs.flatMap { index.interactionsByPerson[$0]?.all ?? [] }
        let keys = Dictionary(uniqueKeysWithValues: index.peopleIDs.map {
            (index.notes[$0].path, NameOrder.key(index.notes[$0].name))
        })
        plain.sort { a, b in
            if a.date != b.date { return IndexBuilder.newestFirst(a, b) }
            if a.person != b.person { return keys[a.person]! < keys[b.person]! }
            return a.line < b.line
        }
        XCTAssertGreaterThan(plain.count, 100)
        XCTAssertEqual(index.timeline, plain)
    }
}
