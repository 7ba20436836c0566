import XCTest
@testable import KithUI

/// Contacts per month as eight levels: blocks, or ASCII where the terminal lacks them.
final class SparklineTests: XCTestCase {
    func testLevelsScaleToTheBusiestMonthAndAnyContactShows() {
        // Andre Okafor in the sample: 1 · 0 0 0 · 1 · 0 · 1 · 0 0 0 0 · 3.
        let andre = [1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 3]
        XCTAssertEqual(Sparkline.text(andre), "▄▁▁▁▄▁▄▁▁▁▁█")
        XCTAssertEqual(Sparkline.text(andre, ascii: true), "=...=.=....@")
        // One contact among fifty still shows above an empty month.
        XCTAssertEqual(Sparkline.levels([1, 0, 50]), [1, 0, 7])
        XCTAssertEqual(Sparkline.text(Array(repeating: 0, count: 12)), "▁▁▁▁▁▁▁▁▁▁▁▁")
        XCTAssertEqual(Sparkline.total([1, 0, 3]), "4 in 12 months")
        XCTAssertEqual(Sparkline.total([0, 0]), "none in 12 months")
    }

    func testASCIIOnTheLinuxConsoleAndWithoutAUTF8Locale() {
        XCTAssertFalse(Sparkline.prefersASCII(environment: ["TERM": "xterm-256color", "LANG": "en_US.UTF-8"]))
        XCTAssertTrue(Sparkline.prefersASCII(environment: ["TERM": "linux", "LANG": "en_US.UTF-8"]))
        XCTAssertTrue(Sparkline.prefersASCII(environment: ["TERM": "xterm", "LANG": "C"]))
        XCTAssertTrue(Sparkline.prefersASCII(environment: ["TERM": "xterm"]), "no locale is the C locale")
        // LC_ALL wins over LANG, as in setlocale.
        XCTAssertTrue(Sparkline.prefersASCII(environment: ["TERM": "xterm", "LC_ALL": "POSIX", "LANG": "en_US.UTF-8"]))
        XCTAssertFalse(Sparkline.prefersASCII(environment: ["TERM": "screen", "LC_CTYPE": "de_DE.utf8"]))
    }

    func testTheScreenDrawsBlocksAsASCIIWhenAsked() throws {
        var s = try SampleVaultSnapshotTests.started(cols: 120, rows: 40)
        s.asciiGlyphs = true
        let g = KithApp.render(s)
        let row = try XCTUnwrap(g.row(containing: "▌Andre Okafor"))
        XCTAssertTrue(g.rowText(row).contains("=...=.=....@"), g.rowText(row))
        XCTAssertFalse((0..<g.height).contains { g.rowText($0).contains("▁") })
    }
}
