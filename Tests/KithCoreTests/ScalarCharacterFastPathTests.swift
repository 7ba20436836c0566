import XCTest
@testable import KithCore

/// The byte scans used where every scalar is a `Character` of its own (Recent Context bullets of
/// Latin names) against the `Character` searches they stand in for, on random lines that mix
/// such text with what breaks the rule: combining marks after the delimiters, CR LF, the
/// Kelvin sign (canonically a `K`), CJK and emoji with modifiers.
final class ScalarCharacterFastPathTests: XCTestCase {
    static let pieces = ["a", "b", "K", " ", " ", "-", "—", "–", "|", "\\|", "(via ", "(", ")", "é", "ø", "ł", "ş",
                         "e\u{301}", "|\u{301}", " \u{301}", "-\u{301}", "(\u{301}", "\r\n", "\r", "\t", "\u{212A}",
                         "[[", "]]", "…", "漢", "👍🏽", "2025-10-30", "**", ": ", "Søren"]

    static func line(_ rng: inout some RandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...14, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    func testScalarsAreCharactersOnlyWhereEachScalarIsOne() {
        XCTAssertTrue("Søren Małgorzata Ayşe Björn (via x) - y".scalarsAreCharacters)
        XCTAssertTrue("".scalarsAreCharacters)
        XCTAssertFalse("e\u{301}".scalarsAreCharacters, "a combining mark joins its letter")
        XCTAssertFalse("\u{212A}".scalarsAreCharacters, "the Kelvin sign equals K")
        XCTAssertFalse("Анна".scalarsAreCharacters)
        XCTAssertFalse("👍🏽".scalarsAreCharacters)
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let s = Self.line(&rng)
            if s.scalarsAreCharacters {
                XCTAssertEqual(s.replacingOccurrences(of: "\r\n", with: "\r").count,
                               s.replacingOccurrences(of: "\r\n", with: "\r").unicodeScalars.count, s.debugDescription)
            }
        }
    }

    func testByteScansEqualCharacterSearchesOnRandomLines() {
        var rng = SystemRandomNumberGenerator()
        var fast = 0
        for _ in 0..<5_000 {
            let s = Self.line(&rng)
            // Whole strings and slices that start and end inside them, as the callers pass.
            let trimmed = s.count > 2 ? s.dropFirst().dropLast() : s[...]
            for sub in [s[...], trimmed] {
                if sub.scalarsAreCharacters { fast += 1 }
                XCTAssertEqual(PersonSections.firstBar(in: sub), PersonSections.firstBarByCharacter(in: sub), sub.debugDescription)
                XCTAssertEqual(PersonSections.separatorRange(in: sub), PersonSections.separatorRangeByCharacter(in: sub),
                               sub.debugDescription)
                for needle in ["(via ", " at ", "a", "|"] {
                    XCTAssertEqual(sub.lastRange(of: needle), sub.lastRangeByCharacter(of: needle), "\(sub.debugDescription) \(needle)")
                }
            }
        }
        XCTAssertGreaterThan(fast, 500, "the byte scans were exercised")
    }

    func testRecentContextEntriesWithAccentsKeepTheirParts() {
        let e = PersonSections.entry(from: "2025-10-30: [[Søren Łukasz|Søren]] — met at Café Zürich (via Ayşe Öztürk)",
                                     line: 3) { _ in "People/Søren Łukasz.md" }
        XCTAssertEqual(e?.label, "Søren")
        XCTAssertEqual(e?.target, "People/Søren Łukasz.md")
        XCTAssertEqual(e?.summary, "met at Café Zürich")
        XCTAssertEqual(e?.via, "Ayşe Öztürk")
        let plain = PersonSections.entry(from: "2025-10-31 Lunch with Björn - talked pricing", line: 4) { _ in nil }
        XCTAssertEqual(plain?.label, "Lunch with Björn")
        XCTAssertEqual(plain?.summary, "talked pricing")
    }
}
