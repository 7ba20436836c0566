import XCTest
@testable import KithCore

final class LastRangeFastPathTests: XCTestCase {
    func testASCIILastRangeEqualsGenericSearch() {
        let hay = ["", "x (via A)", "a (via B) b (via C)", "(via (via ", "aaa", "aaaa", "a at b at c", "é (via x)",
                   "x\r\n(via y)", " at ", "at"]
        let needles = ["(via ", " at ", "aa", "a", "(", "é"]
        for h in hay { for n in needles {
            for s in [h, "<" + h + ">"] {
                let sub = s.hasPrefix("<") ? s.dropFirst().dropLast() : s[...]
                XCTAssertEqual(sub.lastRange(of: n), sub.lastRangeByCharacter(of: n), "\(s.debugDescription) \(n)")
                XCTAssertEqual(String(sub).lastRange(of: n).map { String(sub)[$0] },
                               String(sub).lastRangeByCharacter(of: n).map { String(sub)[$0] })
            }
        } }
    }
}
