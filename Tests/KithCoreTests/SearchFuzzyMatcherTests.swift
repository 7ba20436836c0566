import XCTest
@testable import KithCore

final class SearchFuzzyMatcherTests: XCTestCase {
    func match(_ query: String, _ candidate: String) -> FuzzyMatch? {
        FuzzyMatcher(query).match(candidate)
    }

    func testAccentInsensitive() throws {
        let m = try XCTUnwrap(match("zoe nunez", "Zoë Ñúñez"))
        // Two terms: "zoe" and "nunez", highlighted on the accented letters themselves.
        XCTAssertEqual(m.positions, [0, 1, 2, 4, 5, 6, 7, 8])
        XCTAssertEqual(try XCTUnwrap(match("jose", "José")).positions, [0, 1, 2, 3])
        XCTAssertNotNil(match("José", "Jose"), "uppercase J: case-sensitive, still accent-insensitive")
        XCTAssertNil(match("José", "JOSE"))
        XCTAssertNotNil(match("strasse", "Straße"))
        XCTAssertEqual(match("strasse", "Straße")?.positions, [0, 1, 2, 3, 4, 5])
    }

    func testPositionsOnCJKAndCombiningMarks() throws {
        XCTAssertEqual(try XCTUnwrap(match("京ワ", "東京タワー")).positions, [1, 3])
        // "é" written as e + combining acute is one Character.
        XCTAssertEqual(try XCTUnwrap(match("ea", "xe\u{301}a")).positions, [1, 2])
    }

    /// The fzf-compatible mode used by `LineFilter`.
    func fzf(_ query: String, _ text: String) -> (score: Int, positions: [Int])? {
        let prepared = MatchText()
        Array(text.utf8).withUnsafeBufferPointer { prepared.load(utf8: $0) }
        return SearchPattern(query, mode: .fzf).match(prepared, withPositions: true)
    }

    func testFzfScores() throws {
        // Values from fzf's own algo tests (FuzzyMatchV2, case-insensitive).
        let a = try XCTUnwrap(fzf("obz", "fooBarbaz1"))
        XCTAssertEqual(a.score, 16 * 3 + 7 - 3 - 3)
        XCTAssertEqual(a.positions, [2, 3, 8])
        let b = try XCTUnwrap(fzf("rdoc", "/AutomatorDocument.icns"))
        XCTAssertEqual(b.score, 16 * 4 + 7 + 4 * 2)
        XCTAssertEqual(b.positions, [9, 10, 11, 12])
        // fzf itself prefers the camelCase hump here; FuzzyMatcher deliberately does not.
        XCTAssertGreaterThan(try XCTUnwrap(fzf("dj", "aDjacent")).score,
                             try XCTUnwrap(fzf("dj", "Deandre Jackson")).score)
    }

    func testWordStartsAndConsecutiveRankHigher() throws {
        let dj = FuzzyMatcher("dj")
        XCTAssertGreaterThan(try XCTUnwrap(dj.score("Deandre Jackson")), try XCTUnwrap(dj.score("aDjacent")))
        let foob = FuzzyMatcher("foob")
        XCTAssertGreaterThan(try XCTUnwrap(foob.score("foobar")), try XCTUnwrap(foob.score("foo-bar")))
        let ff = FuzzyMatcher("ff")
        XCTAssertGreaterThan(try XCTUnwrap(ff.score("fuzzy-finder")), try XCTUnwrap(ff.score("fuzzyfinder")))
        XCTAssertEqual(dj.match("Deandre Jackson")?.positions, [0, 8])
    }

    func testSmartCase() {
        XCTAssertNotNil(match("jo", "john smith"))
        XCTAssertNotNil(match("jo", "JOHN"))
        XCTAssertNotNil(match("Jo", "John"))
        XCTAssertNil(match("Jo", "john"))
        XCTAssertNotNil(FuzzyMatcher("Jo", smartCase: false).match("john"))
        XCTAssertNotNil(match("Zoe", "Zoë"), "case-sensitive but still accent-insensitive")
    }

    func testExtendedSyntax() {
        XCTAssertNotNil(match("'ack", "Jackson"))
        XCTAssertNil(match("'akn", "Jackson"))
        XCTAssertNotNil(match("akn", "Jackson"))
        XCTAssertNotNil(match("^jack", "Jackson"))
        XCTAssertNil(match("^son", "Jackson"))
        XCTAssertNotNil(match("son$", "Jackson"))
        XCTAssertNil(match("jack$", "Jackson"))
        XCTAssertNotNil(match("^jackson$", "Jackson"))
        XCTAssertNil(match("jack !son", "Jackson"))
        XCTAssertNotNil(match("jack !smith", "Jackson"))
        XCTAssertNotNil(match("smith | jack", "Jackson"))
        XCTAssertNil(match("smith | brown", "Jackson"))
        XCTAssertEqual(match("^jack", "Jackson")?.positions, [0, 1, 2, 3])
        XCTAssertNotNil(match("ja\\ ck", "ja ck"), "escaped space")
        XCTAssertNil(match("ja\\ ck", "jack"))
    }

    func testNoMatchAndEmptyQuery() {
        XCTAssertNil(match("xyz", "Jackson"))
        XCTAssertEqual(match("", "anything"), FuzzyMatch(score: 0, positions: []))
        XCTAssertTrue(FuzzyMatcher("   ").isEmpty)
    }
}
