import XCTest
@testable import KithCore

final class TrimFastPathTests: XCTestCase {
    func testTrimmedSpacesFastPathEqualsCharacterLoop() {
        let pieces = ["", " ", "\t", "a", "é", "e\u{301}", "\u{301}", "\u{A0}", "\u{3000}", "\r\n", "\n", "\r",
                      "\u{0B}", "\u{0600}", "王", "👩‍👩‍👧", "\u{200D}", "x y", "#"]
        for a in pieces { for b in pieces { for c in pieces {
            for s in [a + b + c, " " + a + b + c + " ", "\t" + a + " " + b + "\t" + c, a + "  " + b + c + "\t "] {
                XCTAssertEqual(String(s.trimmedSpaces), String(s.trimmedSpacesByCharacter), s.debugDescription)
                let sub = ("<" + s + ">").dropFirst().dropLast()
                XCTAssertEqual(String(sub.trimmedSpaces), String(sub.trimmedSpacesByCharacter), s.debugDescription)
            }
        } } }
    }
}
