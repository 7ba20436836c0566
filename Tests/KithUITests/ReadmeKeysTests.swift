import Foundation
import XCTest
import KithUI

/// The README's key reference is generated from the action table; this keeps them equal.
/// `KITH_RECORD_SNAPSHOTS=1 swift test --filter ReadmeKeysTests` rewrites it.
final class ReadmeKeysTests: XCTestCase {
    func testReadmeKeyReferenceMatchesTheActionTable() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let begin = "<!-- keys:begin (generated from ActionTable; see ReadmeKeysTests) -->\n"
        let end = "<!-- keys:end -->"
        let start = try XCTUnwrap(text.range(of: begin), "README has no generated key reference")
        let stop = try XCTUnwrap(text.range(of: end, range: start.upperBound..<text.endIndex))
        let generated = ActionTable.markdownReference()
        if ProcessInfo.processInfo.environment["KITH_RECORD_SNAPSHOTS"] == "1" {
            let updated = text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: generated)
            try updated.write(to: readme, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(String(text[start.upperBound..<stop.lowerBound]), generated,
                       "README key reference is stale: run KITH_RECORD_SNAPSHOTS=1 swift test --filter ReadmeKeysTests")
    }
}
