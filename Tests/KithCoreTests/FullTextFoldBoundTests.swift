import XCTest
@testable import KithCore

/// The test that spares folding a line never rules out a line whose fold matches.
final class FullTextFoldBoundTests: XCTestCase {
    /// Random lines without a raw match: accents that fold into the query beside and apart
    /// from its letters, combining marks inside a word, ligatures, full-width letters, the
    /// Kelvin sign, CJK and emoji. Whenever the fold matches, the test said it might.
    func testRuledOutLinesNeverMatchFolded() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["chec", "kpoint", "check", "point", "Jos", "é", "É", "e\u{0301}", "\u{0301}", "ø", "Ø", "ö", "ß", "ﬁ",
                      "Ｑ", "\u{212A}", "東京", "✅", "👩‍💻", " ", "k", "caf", "Zo", "ë", "x", "q", "s", "—", "İ", "ǅ"]
        let queries = ["checkpoint", "cafe", "zoe", "jose", "e", "ss", "fi", "q", "k", "kpoint", "checke"]
        var ruledOut = 0, matched = 0
        for _ in 0..<20000 {
            var line = ""
            for _ in 0..<Int.random(in: 1...14, using: &rng) { line += pieces.randomElement(using: &rng)! }
            let bytes = Array(line.utf8)
            for query in queries {
                let needle = Array(TextFolding.fold(query).utf8), set = FullTextSearch.asciiSet(needle)!
                bytes.withUnsafeBufferPointer { b in
                    guard FullTextSearch.asciiFind(b, needle) == nil else { return }
                    let folded = FullTextSearch.plainFoldedMatchColumn(b, needle)
                    if folded != nil { matched += 1 }
                    if !FullTextSearch.foldMayMatch(b, needle: needle, asciiSet: set) {
                        ruledOut += 1
                        XCTAssertNil(folded, "\(line.debugDescription) \(query)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(ruledOut, 1000)
        XCTAssertGreaterThan(matched, 1000)
    }
}
